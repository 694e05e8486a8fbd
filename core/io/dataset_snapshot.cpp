#include "dataset_snapshot.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <type_traits>

#include "record_fields.h"
#include "utf8.h"

namespace accord {

namespace {

// Work per step(): enough to amortise the call, small enough for a 10 ms slice.
constexpr size_t kChecksumBytesPerStep = size_t{4} << 20;
constexpr size_t kRowsPerStep = 2000;
constexpr int kEventsTable = kTableCount - 1;  // the last table; its own phase

// 64-bit checksum, 8 bytes at a time (a multiply-xorshift mix): catches
// truncation, flipped bits and edited bytes; it is not a signature.
class Checksum {
 public:
  void add(const unsigned char* p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w = 0;
      for (int k = 7; k >= 0; --k) w = (w << 8) | p[i + k];
      mix(w);
    }
    if (i < n) {
      uint64_t w = 0;
      for (size_t k = n; k > i; --k) w = (w << 8) | p[k - 1];
      mix(w ^ (uint64_t{n - i} << 56));
    }
  }
  uint64_t value() const { return h_ ^ (h_ >> 29); }

 private:
  void mix(uint64_t w) {
    h_ ^= w;
    h_ *= 0x9E3779B97F4A7C15ull;
    h_ ^= h_ >> 32;
  }
  uint64_t h_ = 0xCBF29CE484222325ull;
};

// --- reading --------------------------------------------------------------------

// Reads the payload with every length and value checked. The first problem
// stops the read: `error` says what, at which field and byte.
class Cursor {
 public:
  Cursor(const std::string& bytes, size_t begin) : bytes_(bytes), pos_(begin) {}
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  size_t pos() const { return pos_; }
  size_t remaining() const { return bytes_.size() - pos_; }
  // The item being read, for messages ("events[12]"), and the records
  // nested in it ("location"): pointers, as they change for every event.
  std::string where;
  const char* nested[4] = {};  // deeper than any record nests
  int depth = 0;

  void fail(const char* field, const std::string& what) {
    if (failed()) return;
    std::string path = where;
    for (int i = 0; i < depth; ++i) path += (path.empty() ? "" : ".") + std::string(nested[i]);
    error_ =
        (path.empty() ? std::string() : path + ".") + field + ": " + what + " (at byte " + std::to_string(pos_) + ")";
  }
  bool need(size_t n, const char* field) {
    if (failed()) return false;
    if (n > remaining()) {
      fail(field, "needs " + std::to_string(n) + " bytes but the file ends after " + std::to_string(remaining()));
      return false;
    }
    return true;
  }
  uint8_t u8(const char* field) {
    if (!need(1, field)) return 0;
    return static_cast<uint8_t>(bytes_[pos_++]);
  }
  uint32_t u32(const char* field) {
    if (!need(4, field)) return 0;
    uint32_t v = 0;
    for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(bytes_[pos_ + k]);
    pos_ += 4;
    return v;
  }
  uint64_t u64(const char* field) {
    if (!need(8, field)) return 0;
    uint64_t v = 0;
    for (int k = 7; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(bytes_[pos_ + k]);
    pos_ += 8;
    return v;
  }
  int32_t i32(const char* field) { return static_cast<int32_t>(u32(field)); }
  double f64(const char* field) {
    const uint64_t bits = u64(field);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  bool flag(const char* field) {
    const uint8_t v = u8(field);
    if (v > 1) fail(field, "flag is " + std::to_string(v) + ", expected 0 or 1");
    return v == 1;
  }
  std::string str(const char* field) {
    std::string s;
    str(field, s);
    return s;
  }
  void str(const char* field, std::string& into) {
    const uint32_t n = u32(field);
    if (!need(n, field)) return;
    into = bytes_.substr(pos_, n);  // exactly n: assign() would round a short string's capacity up to 30
    // The checksum proves the file intact, not its writer honest: text that
    // is not UTF-8 would reach the screen and every JSON written.
    if (const size_t bad = first_invalid_utf8(into); bad != std::string::npos) {
      pos_ += bad;
      fail(field, "is not UTF-8 text");
      into.clear();
      return;
    }
    pos_ += n;
  }
  // A list's count; every item takes at least `min_item_bytes`, so a count
  // larger than the rest of the file is refused before anything is allocated.
  uint32_t count(const char* field, size_t min_item_bytes) {
    const uint32_t n = u32(field);
    if (failed()) return 0;
    if (static_cast<uint64_t>(n) * min_item_bytes > remaining()) {
      fail(field, "count " + std::to_string(n) + " is larger than the rest of the file allows");
      return 0;
    }
    return n;
  }
  void strs(const char* field, std::vector<std::string>& into) {
    into.resize(count(field, 4));
    for (std::string& s : into) str(field, s);
  }
  template <typename Enum>
  Enum enumeration(const char* field, int last) {
    const uint8_t v = u8(field);
    if (v > last) fail(field, "value " + std::to_string(v) + " is out of range (0-" + std::to_string(last) + ")");
    return static_cast<Enum>(v > last ? 0 : v);
  }
  Date date(const char* field) {
    Date d;
    d.year = i32(field);
    d.month = u8(field);
    d.day = u8(field);
    d.precision = enumeration<DatePrecision>(field, static_cast<int>(DatePrecision::Day));
    d.basis = enumeration<DateBasis>(field, static_cast<int>(DateBasis::Context));
    d.reason = str(field);
    if (failed()) return d;
    const bool month_ok = d.precision == DatePrecision::Year ? d.month == 0 : d.month >= 1 && d.month <= 12;
    const bool day_ok =
        d.precision == DatePrecision::Day ? d.day >= 1 && d.day <= days_in_month(d.year, d.month) : d.day == 0;
    if (d.year < 1 || d.year > 9999 || !month_ok || !day_ok)
      fail(field, "is not a valid date (" + std::to_string(d.year) + "-" + std::to_string(d.month) + "-" +
                      std::to_string(d.day) + ")");
    return d;
  }
  std::optional<Date> opt_date(const char* field) {
    if (!flag(field)) return std::nullopt;
    return date(field);
  }

 private:
  const std::string& bytes_;
  size_t pos_;
  std::string error_;
};

// The fewest bytes a record takes: a list count larger than the rest of
// the file allows is refused before anything is allocated.
struct SnapshotMinBytes {
  size_t bytes = 0;

  void text(FieldKey, const std::string&) { bytes += 4; }
  void texts(FieldKey, const std::vector<std::string>&) { bytes += 4; }
  template <typename Enum>
  void enumeration(FieldKey, Enum) {
    bytes += 1;
  }
  void date(FieldKey, const Date&) { bytes += 12; }
  void date(FieldKey, const std::optional<Date>&) { bytes += 1; }
  void number(FieldKey, int) { bytes += 4; }
  void number(FieldKey, double) { bytes += 8; }
  void flag(FieldKey, bool) { bytes += 1; }
  template <typename Record>
  void record(FieldKey, const Record& r) {
    visit_fields(r, *this);
  }
  template <typename Record>
  void records(FieldKey, const std::vector<Record>&) {
    bytes += 4;
  }
};

template <typename Record>
size_t min_snapshot_bytes() {
  static const size_t bytes = [] {
    SnapshotMinBytes sum;
    const Record blank{};
    visit_fields(blank, sum);
    return sum.bytes;
  }();
  return bytes;
}

// Reads a record's fields in description order, each checked by the Cursor.
struct SnapshotFieldReader {
  Cursor& c;

  void text(FieldKey k, std::string& v) { c.str(k.name, v); }
  void texts(FieldKey k, std::vector<std::string>& v) { c.strs(k.name, v); }
  template <typename Enum>
  void enumeration(FieldKey k, Enum& v) {
    v = c.enumeration<Enum>(k.name, static_cast<int>(EnumInfo<Enum>::kLast));
  }
  void date(FieldKey k, Date& d) { d = c.date(k.name); }
  void date(FieldKey k, std::optional<Date>& d) { d = c.opt_date(k.name); }
  void number(FieldKey k, int& v) { v = c.i32(k.name); }
  void number(FieldKey k, double& v) { v = c.f64(k.name); }
  void flag(FieldKey k, bool& v) { v = c.flag(k.name); }
  template <typename Record>
  void record(FieldKey k, Record& r) {
    c.nested[c.depth++] = k.name;
    visit_fields(r, *this);
    --c.depth;
  }
  template <typename Record>
  void records(FieldKey k, std::vector<Record>& list) {
    list.resize(c.count(k.name, min_snapshot_bytes<Record>()));
    if (list.empty()) return;
    const std::string outer = c.where;
    for (size_t i = 0; i < list.size() && !c.failed(); ++i) {
      c.where = outer + (outer.empty() ? "" : ".") + k.name + "[" + std::to_string(i) + "]";
      visit_fields(list[i], *this);
    }
    c.where = outer;
  }
};

// f(key, table) for the table at `index` in for_each_table order.
template <typename F>
void with_table(Dataset& d, int index, F&& f) {
  int at = 0;
  for_each_table(d, [&](const char* key, auto& table) {
    if (at++ == index) f(key, table);
  });
}

uint64_t header_u64(const std::string& b, size_t at) {
  uint64_t v = 0;
  for (int k = 7; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(b[at + k]);
  return v;
}
uint32_t header_u32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(b[at + k]);
  return v;
}

}  // namespace

uint64_t snapshot_checksum(const char* payload, size_t size) {
  Checksum sum;
  sum.add(reinterpret_cast<const unsigned char*>(payload), size);
  return sum.value();
}

bool looks_like_snapshot(const std::string& bytes) {
  return bytes.size() >= sizeof kSnapshotMagic && std::memcmp(bytes.data(), kSnapshotMagic, sizeof kSnapshotMagic) == 0;
}

// --- the sliced reader ------------------------------------------------------------

struct SnapshotReader::State {
  enum class Phase { Header, Checking, Tables, Events, Done };
  std::string bytes, name;
  Phase phase = Phase::Header;
  Checksum sum;
  uint64_t expected_sum = 0;
  size_t checked = kSnapshotHeaderSize;  // bytes summed so far
  size_t pos = kSnapshotHeaderSize;      // read position in the payload
  int table = -1;                        // the table being read (for_each_table order); -1: the dataset's own fields
  bool counted = false;                  // the table's row count has been read
  uint32_t list_total = 0;               // that count
  uint32_t version = 0;
  uint64_t file_size = 0;  // bytes.size(), or more when only the dataset part is held
  size_t index_at = 0;     // where the index block starts (version 4), 0: none
  size_t index_end = 0;    // and ends (its trailer follows)
  bool checksum_deferred = false;
  LoadResult result;

  void fail(const std::string& message) {
    result.problems.push_back({name, message});
    phase = Phase::Done;
  }

  // After the last event of a version 4 file: zeros to a multiple of 8,
  // then the index block (the index layer reads it), then where it starts.
  void find_index() {
    const size_t aligned = (pos + 7) / 8 * 8;
    for (size_t i = pos; i < aligned && i < bytes.size(); ++i)
      if (bytes[i] != 0)
        return fail("the padding after the last event is not zero (at byte " + std::to_string(i) + ")");
    if (file_size != bytes.size()) {  // only the dataset part is here: it must end where the index starts
      if (aligned != bytes.size())
        return fail("the dataset part ends at byte " + std::to_string(aligned) + ", the index starts at byte " +
                    std::to_string(bytes.size()));
      index_at = bytes.size();
      index_end = static_cast<size_t>(file_size - 8);
      phase = Phase::Done;
      return;
    }
    if (aligned + 8 > bytes.size() || header_u64(bytes, bytes.size() - 8) != aligned)
      return fail("the index's place is not given after it (at byte " +
                  std::to_string(bytes.size() < 8 ? 0 : bytes.size() - 8) + "): expected " + std::to_string(aligned));
    index_at = aligned;
    index_end = bytes.size() - 8;
    phase = Phase::Done;
  }

  // Reads the table's count (once), then rows until it is complete or the
  // budget is spent; a complete table moves on to the next.
  template <typename Row>
  void read_rows(Cursor& c, const char* key, std::vector<Row>& rows, size_t& budget) {
    if (!counted) {
      list_total = c.count(key, min_snapshot_bytes<Row>());
      rows.reserve(std::is_same<Row, Event>::value ? event_capacity_for(list_total) : list_total);
      counted = true;
    }
    SnapshotFieldReader fields{c};
    for (; budget > 0 && rows.size() < list_total && !c.failed(); --budget) {
      c.where = std::string(key) + "[" + std::to_string(rows.size()) + "]";
      rows.emplace_back();
      visit_fields(rows.back(), fields);
    }
    c.where.clear();
    if (rows.size() == list_total && !c.failed()) {
      ++table;
      counted = false;
    }
  }
};

SnapshotReader::SnapshotReader(std::string bytes, std::string name) : s_(std::make_unique<State>()) {
  s_->bytes = std::move(bytes);
  s_->name = std::move(name);
  s_->file_size = s_->bytes.size();
}

SnapshotReader::SnapshotReader(std::string dataset_part, std::string name, uint64_t file_size)
    : SnapshotReader(std::move(dataset_part), std::move(name)) {
  s_->file_size = std::max<uint64_t>(file_size, s_->bytes.size());
}
SnapshotReader::~SnapshotReader() = default;

bool SnapshotReader::done() const { return s_->phase == State::Phase::Done; }

const char* SnapshotReader::phase() const {
  switch (s_->phase) {
    case State::Phase::Header:
    case State::Phase::Checking:
      return "checking";
    case State::Phase::Tables:
      return "reading tables";
    case State::Phase::Events:
      return "reading events";
    case State::Phase::Done:
      break;
  }
  return "done";
}

double SnapshotReader::progress() const {
  const State& s = *s_;
  if (s.phase == State::Phase::Done) return 1.0;
  const double size = static_cast<double>(s.bytes.size() ? s.bytes.size() : 1);
  // Checking reads every byte once, reading does again: half the bar each.
  if (s.phase <= State::Phase::Checking) return 0.5 * static_cast<double>(s.checked) / size;
  return 0.5 + 0.5 * static_cast<double>(s.pos) / size;
}

bool SnapshotReader::step() {
  State& s = *s_;
  const std::string& b = s.bytes;
  switch (s.phase) {
    case State::Phase::Header: {
      if (!looks_like_snapshot(b)) {
        s.fail("not an Accord Atlas snapshot (the file does not start with \"ACCSNAP\")");
        break;
      }
      if (b.size() < kSnapshotHeaderSize) {
        s.fail("truncated snapshot: " + std::to_string(b.size()) + " bytes, shorter than its " +
               std::to_string(kSnapshotHeaderSize) + "-byte header");
        break;
      }
      const uint32_t version = header_u32(b, 8);
      if (version != kSnapshotVersion && version != kSnapshotVersionNoIndex) {
        s.fail("snapshot format version " + std::to_string(version) + " is not supported (this build reads " +
               std::to_string(kSnapshotVersionNoIndex) + " and " + std::to_string(kSnapshotVersion) +
               "); make a new one from the JSON with `accord snapshot`");
        break;
      }
      s.version = version;
      const int32_t schema = static_cast<int32_t>(header_u32(b, 12));
      if (schema != kSchemaVersion) {
        s.fail("snapshot of schema_version " + std::to_string(schema) + " is not supported (this build reads " +
               std::to_string(kSchemaVersion) + ")");
        break;
      }
      s.result.dataset.schema_version = schema;
      const uint64_t payload = header_u64(b, 16);
      if (payload != s.file_size - kSnapshotHeaderSize) {
        s.fail("truncated or padded snapshot: the header says " + std::to_string(payload) +
               " bytes of data, the file has " + std::to_string(s.file_size - kSnapshotHeaderSize));
        break;
      }
      if (s.file_size != b.size() && version != kSnapshotVersion) {
        s.fail("only the dataset part of a snapshot without an index was read");
        break;
      }
      s.expected_sum = header_u64(b, 24);
      s.phase = State::Phase::Checking;
      break;
    }
    case State::Phase::Checking: {
      const size_t n = std::min(kChecksumBytesPerStep, b.size() - s.checked);
      s.sum.add(reinterpret_cast<const unsigned char*>(b.data()) + s.checked, n);
      s.checked += n;
      if (s.checked == b.size()) {
        s.checksum_deferred = s.file_size != b.size();  // the index part follows: add_to_checksum()
        if (s.checksum_deferred)
          s.phase = State::Phase::Tables;
        else if (s.sum.value() != s.expected_sum)
          s.fail("corrupt snapshot: its checksum does not match its contents");
        else
          s.phase = State::Phase::Tables;
      }
      break;
    }
    case State::Phase::Tables:
    case State::Phase::Events: {
      // Row by row, up to kRowsPerStep a step; the events in their own phase.
      Cursor c(b, s.pos);
      Dataset& d = s.result.dataset;
      if (s.table < 0) {
        SnapshotFieldReader fields{c};
        visit_fields(d, fields);
        s.table = 0;
      }
      size_t budget = kRowsPerStep;
      while (budget > 0 && !c.failed() && s.table < kTableCount &&
             (s.table == kEventsTable) == (s.phase == State::Phase::Events)) {
        with_table(d, s.table, [&](const char* key, auto& rows) { s.read_rows(c, key, rows, budget); });
      }
      if (c.failed()) {
        s.fail(c.error());
        break;
      }
      s.pos = c.pos();
      if (s.table == kEventsTable) s.phase = State::Phase::Events;
      if (s.table == kTableCount) {
        if (s.version == kSnapshotVersion) {
          s.find_index();
        } else if (s.pos != b.size())
          s.fail(std::to_string(b.size() - s.pos) + " unexpected bytes after the last event (at byte " +
                 std::to_string(s.pos) + ")");
        else
          s.phase = State::Phase::Done;
      }
      break;
    }
    case State::Phase::Done:
      break;
  }
  return done();
}

LoadResult SnapshotReader::take() {
  LoadResult out = std::move(s_->result);
  if (!out.ok()) out.dataset = Dataset{};  // a partly read snapshot is never handed on
  if (!out.ok()) s_->index_at = 0;
  if (s_->index_at == 0 || s_->file_size != s_->bytes.size()) {
    s_->bytes.clear();
    s_->bytes.shrink_to_fit();
  }
  return out;
}

size_t SnapshotReader::index_block_offset() const { return s_->index_at; }
size_t SnapshotReader::index_block_end() const { return s_->index_end; }

void SnapshotReader::add_to_checksum(const char* p, size_t n) {
  s_->sum.add(reinterpret_cast<const unsigned char*>(p), n);
}
bool SnapshotReader::checksum_matches() const { return s_->sum.value() == s_->expected_sum; }

std::string SnapshotReader::take_bytes() {
  s_->index_at = 0;
  return std::move(s_->bytes);
}

LoadResult read_snapshot(std::string bytes, const std::string& name) {
  SnapshotReader reader(std::move(bytes), name);
  while (!reader.step()) {
  }
  return reader.take();
}

LoadResult load_snapshot_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    LoadResult result;
    result.problems.push_back({path, "cannot open the file"});
    return result;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return read_snapshot(bytes.str(), path);
}

}  // namespace accord
