#include "dataset_snapshot.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "utf8.h"

namespace accord {

namespace {

constexpr char kMagic[8] = {'A', 'C', 'C', 'S', 'N', 'A', 'P', '\n'};
// Work per step(): enough to amortise the call, small enough for a 10 ms slice.
constexpr size_t kChecksumBytesPerStep = size_t{4} << 20;
constexpr size_t kEventsPerStep = 2000;
constexpr size_t kTableItemsPerStep = 2000;  // sources, people, agreements

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

// --- writing --------------------------------------------------------------------

class Writer {
 public:
  std::string out;
  void u8(uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
  }
  void u64(uint64_t v) {
    for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    out += s;
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  void date(const Date& d) {
    i32(d.year);
    u8(static_cast<uint8_t>(d.month));
    u8(static_cast<uint8_t>(d.day));
    u8(static_cast<uint8_t>(d.precision));
    u8(static_cast<uint8_t>(d.basis));
    str(d.reason);
  }
  void opt_date(const std::optional<Date>& d) {
    u8(d ? 1 : 0);
    if (d) date(*d);
  }
  template <typename T, typename Fn>
  void list(const std::vector<T>& v, Fn write_item) {
    u32(static_cast<uint32_t>(v.size()));
    for (const T& item : v) write_item(item);
  }
};

void write_event(Writer& w, const Event& e) {
  w.str(e.id);
  w.str(e.title);
  w.u8(static_cast<uint8_t>(e.type));
  w.date(e.date);
  w.opt_date(e.end_date);
  w.str(e.location.city);
  w.str(e.location.country);
  w.u8(e.location.is_virtual ? 1 : 0);
  w.strs(e.countries);
  w.str(e.summary);
  w.str(e.status);
  w.str(e.part_of);
  w.list(e.participants, [&](const Participation& p) {
    w.str(p.person);
    w.str(p.role);
    w.str(p.part);
  });
  w.strs(e.organizations);
  w.list(e.agreements, [&](const AgreementAct& a) {
    w.str(a.agreement);
    w.u8(static_cast<uint8_t>(a.action));
  });
  w.strs(e.topics);
  w.strs(e.mechanisms);
  w.list(e.commitments, [&](const Commitment& c) {
    w.str(c.text);
    w.strs(c.topics);
  });
  w.list(e.figures, [&](const Figure& f) {
    w.f64(f.quantity);
    w.str(f.unit);
    w.str(f.what);
    w.str(f.period);
    w.str(f.source);
  });
  w.strs(e.sources);
}

void write_tables(Writer& w, const Dataset& d) {
  w.str(d.title);
  w.str(d.home_country);
  w.list(d.sources, [&](const Source& s) {
    w.str(s.id);
    w.str(s.title);
    w.str(s.publisher);
    w.str(s.language);
    w.opt_date(s.published);
    w.str(s.url);
    w.str(s.note);
  });
  w.list(d.countries, [&](const Country& c) {
    w.str(c.id);
    w.str(c.name);
    w.i32(c.iso_numeric);
    w.strs(c.aliases);
    w.strs(c.demonyms);
  });
  w.list(d.organizations, [&](const Organization& o) {
    w.str(o.id);
    w.str(o.name);
    w.str(o.kind);
    w.str(o.country);
    w.str(o.parent);
    w.strs(o.aliases);
  });
  w.list(d.mechanisms, [&](const Mechanism& m) {
    w.str(m.id);
    w.str(m.name);
    w.str(m.full_name);
    w.str(m.kind);
    w.strs(m.aliases);
  });
  w.list(d.people, [&](const Person& p) {
    w.str(p.id);
    w.str(p.name);
    w.str(p.native_name);
    w.strs(p.aliases);
    w.str(p.country);
    w.list(p.roles, [&](const Role& r) {
      w.str(r.title);
      w.str(r.organization);
      w.str(r.rank);
      w.opt_date(r.from);
      w.opt_date(r.to);
      w.str(r.source);
    });
  });
  w.list(d.agreements, [&](const Agreement& a) {
    w.str(a.id);
    w.u8(static_cast<uint8_t>(a.kind));
    w.str(a.title);
    w.strs(a.parties);
    w.strs(a.organizations);
    w.str(a.amends);
    w.list(a.history, [&](const AgreementStatus& s) {
      w.u8(static_cast<uint8_t>(s.action));
      w.opt_date(s.date);
      w.str(s.event);
      w.str(s.source);
    });
    w.str(a.note);
  });
}

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
  // The item being read, for messages ("events[12]").
  std::string where;

  void fail(const char* field, const std::string& what) {
    if (failed()) return;
    error_ =
        (where.empty() ? std::string() : where + ".") + field + ": " + what + " (at byte " + std::to_string(pos_) + ")";
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
    const uint32_t n = u32(field);
    if (!need(n, field)) return {};
    std::string s = bytes_.substr(pos_, n);
    // The checksum proves the file intact, not its writer honest: text that
    // is not UTF-8 would reach the screen and every JSON written.
    if (const size_t bad = first_invalid_utf8(s); bad != std::string::npos) {
      pos_ += bad;
      fail(field, "is not UTF-8 text");
      return {};
    }
    pos_ += n;
    return s;
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
  std::vector<std::string> strs(const char* field) {
    std::vector<std::string> v(count(field, 4));
    for (std::string& s : v) s = str(field);
    return v;
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
  template <typename T, typename Fn>
  std::vector<T> list(const char* field, size_t min_item_bytes, Fn read_item) {
    std::vector<T> v(count(field, min_item_bytes));
    const std::string outer = where;
    for (size_t i = 0; i < v.size() && !failed(); ++i) {
      where = outer + (outer.empty() ? "" : ".") + field + "[" + std::to_string(i) + "]";
      v[i] = read_item();
    }
    where = outer;
    return v;
  }

 private:
  const std::string& bytes_;
  size_t pos_;
  std::string error_;
};

constexpr int kLastEventType = static_cast<int>(EventType::Other);
constexpr int kLastAction = static_cast<int>(AgreementAction::Implemented);
constexpr int kLastKind = static_cast<int>(AgreementKind::Other);

Event read_event(Cursor& c) {
  Event e;
  e.id = c.str("id");
  e.title = c.str("title");
  e.type = c.enumeration<EventType>("type", kLastEventType);
  e.date = c.date("date");
  e.end_date = c.opt_date("end_date");
  e.location.city = c.str("location.city");
  e.location.country = c.str("location.country");
  e.location.is_virtual = c.flag("location.virtual");
  e.countries = c.strs("countries");
  e.summary = c.str("summary");
  e.status = c.str("status");
  e.part_of = c.str("part_of");
  e.participants = c.list<Participation>("participants", 12, [&] {
    Participation p;
    p.person = c.str("person");
    p.role = c.str("role");
    p.part = c.str("part");
    return p;
  });
  e.organizations = c.strs("organizations");
  e.agreements = c.list<AgreementAct>("agreements", 5, [&] {
    AgreementAct a;
    a.agreement = c.str("agreement");
    a.action = c.enumeration<AgreementAction>("action", kLastAction);
    return a;
  });
  e.topics = c.strs("topics");
  e.mechanisms = c.strs("mechanisms");
  e.commitments = c.list<Commitment>("commitments", 8, [&] {
    Commitment m;
    m.text = c.str("text");
    m.topics = c.strs("topics");
    return m;
  });
  e.figures = c.list<Figure>("figures", 24, [&] {
    Figure f;
    f.quantity = c.f64("quantity");
    f.unit = c.str("unit");
    f.what = c.str("what");
    f.period = c.str("period");
    f.source = c.str("source");
    return f;
  });
  e.sources = c.strs("sources");
  return e;
}

Source read_source(Cursor& c) {
  Source s;
  s.id = c.str("id");
  s.title = c.str("title");
  s.publisher = c.str("publisher");
  s.language = c.str("language");
  s.published = c.opt_date("published");
  s.url = c.str("url");
  s.note = c.str("note");
  return s;
}

// The tables come in parts so the sources, people and agreements, which
// grow with the events, can be read in slices (SnapshotReader::step).
void read_tables_head(Cursor& c, Dataset& d) {
  d.title = c.str("title");
  d.home_country = c.str("home_country");
}

// The small tables between the sources and the people.
void read_small_tables(Cursor& c, Dataset& d) {
  d.countries = c.list<Country>("countries", 20, [&] {
    Country k;
    k.id = c.str("id");
    k.name = c.str("name");
    k.iso_numeric = c.i32("iso_numeric");
    k.aliases = c.strs("aliases");
    k.demonyms = c.strs("demonyms");
    return k;
  });
  d.organizations = c.list<Organization>("organizations", 24, [&] {
    Organization o;
    o.id = c.str("id");
    o.name = c.str("name");
    o.kind = c.str("kind");
    o.country = c.str("country");
    o.parent = c.str("parent");
    o.aliases = c.strs("aliases");
    return o;
  });
  d.mechanisms = c.list<Mechanism>("mechanisms", 20, [&] {
    Mechanism m;
    m.id = c.str("id");
    m.name = c.str("name");
    m.full_name = c.str("full_name");
    m.kind = c.str("kind");
    m.aliases = c.strs("aliases");
    return m;
  });
}

Person read_person(Cursor& c) {
  Person p;
  p.id = c.str("id");
  p.name = c.str("name");
  p.native_name = c.str("native_name");
  p.aliases = c.strs("aliases");
  p.country = c.str("country");
  p.roles = c.list<Role>("roles", 18, [&] {
    Role r;
    r.title = c.str("title");
    r.organization = c.str("organization");
    r.rank = c.str("rank");
    r.from = c.opt_date("from");
    r.to = c.opt_date("to");
    r.source = c.str("source");
    return r;
  });
  return p;
}

Agreement read_agreement(Cursor& c) {
  Agreement a;
  a.id = c.str("id");
  a.kind = c.enumeration<AgreementKind>("kind", kLastKind);
  a.title = c.str("title");
  a.parties = c.strs("parties");
  a.organizations = c.strs("organizations");
  a.amends = c.str("amends");
  a.history = c.list<AgreementStatus>("history", 10, [&] {
    AgreementStatus s;
    s.action = c.enumeration<AgreementAction>("action", kLastAction);
    s.date = c.opt_date("date");
    s.event = c.str("event");
    s.source = c.str("source");
    return s;
  });
  a.note = c.str("note");
  return a;
}

// Reads up to `budget` more items of a list of `total` (its count already
// read); returns how many it read.
template <typename T, typename Fn>
size_t read_some(Cursor& c, const char* field, std::vector<T>& into, uint32_t total, size_t budget, Fn read_item) {
  const size_t end = std::min<size_t>(total, into.size() + budget);
  size_t n = 0;
  for (; !c.failed() && into.size() < end; ++n) {
    c.where = std::string(field) + "[" + std::to_string(into.size()) + "]";
    into.push_back(read_item());
  }
  c.where.clear();
  return n;
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
  return bytes.size() >= sizeof kMagic && std::memcmp(bytes.data(), kMagic, sizeof kMagic) == 0;
}

std::string snapshot_bytes(const Dataset& d) {
  Writer w;
  write_tables(w, d);
  w.u32(static_cast<uint32_t>(d.events.size()));
  for (const Event& e : d.events) write_event(w, e);

  Writer header;
  header.out.append(kMagic, sizeof kMagic);
  header.u32(kSnapshotVersion);
  header.i32(d.schema_version);
  header.u64(w.out.size());
  header.u64(snapshot_checksum(w.out.data(), w.out.size()));
  return header.out + w.out;
}

std::string save_snapshot_file(const Dataset& d, const std::string& path) {
  const std::string bytes = snapshot_bytes(d);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + tmp;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return "cannot write " + tmp + " (disk full?)";
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot replace " + path;
  }
  return "";
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
  uint32_t events_total = 0;
  int table = 0;            // the part of the tables being read (see step)
  uint32_t list_total = 0;  // items in the list being read
  LoadResult result;

  void fail(const std::string& message) {
    result.problems.push_back({name, message});
    phase = Phase::Done;
  }
};

SnapshotReader::SnapshotReader(std::string bytes, std::string name) : s_(std::make_unique<State>()) {
  s_->bytes = std::move(bytes);
  s_->name = std::move(name);
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
      if (version != kSnapshotVersion) {
        s.fail("snapshot format version " + std::to_string(version) + " is not supported (this build reads " +
               std::to_string(kSnapshotVersion) + "); make a new one from the JSON with `accord snapshot`");
        break;
      }
      const int32_t schema = static_cast<int32_t>(header_u32(b, 12));
      if (schema != kSchemaVersion) {
        s.fail("snapshot of schema_version " + std::to_string(schema) + " is not supported (this build reads " +
               std::to_string(kSchemaVersion) + ")");
        break;
      }
      s.result.dataset.schema_version = schema;
      const uint64_t payload = header_u64(b, 16);
      if (payload != b.size() - kSnapshotHeaderSize) {
        s.fail("truncated or padded snapshot: the header says " + std::to_string(payload) +
               " bytes of data, the file has " + std::to_string(b.size() - kSnapshotHeaderSize));
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
        if (s.sum.value() != s.expected_sum)
          s.fail("corrupt snapshot: its checksum does not match its contents");
        else
          s.phase = State::Phase::Tables;
      }
      break;
    }
    case State::Phase::Tables: {
      // Table by table; the ones that grow with the events (sources,
      // people, agreements) over as many steps as they need.
      Cursor c(b, s.pos);
      Dataset& d = s.result.dataset;
      size_t budget = kTableItemsPerStep;
      while (budget > 0 && !c.failed() && s.table < 7) {
        switch (s.table) {
          case 0:
            read_tables_head(c, d);
            s.list_total = c.count("sources", 25);
            d.sources.reserve(s.list_total);
            ++s.table;
            break;
          case 1:
            budget -= read_some(c, "sources", d.sources, s.list_total, budget, [&] { return read_source(c); });
            if (d.sources.size() == s.list_total) ++s.table;
            break;
          case 2:
            read_small_tables(c, d);
            s.list_total = c.count("people", 24);
            d.people.reserve(s.list_total);
            ++s.table;
            break;
          case 3:
            budget -= read_some(c, "people", d.people, s.list_total, budget, [&] { return read_person(c); });
            if (d.people.size() == s.list_total) ++s.table;
            break;
          case 4:
            s.list_total = c.count("agreements", 29);
            d.agreements.reserve(s.list_total);
            ++s.table;
            break;
          case 5:
            budget -= read_some(c, "agreements", d.agreements, s.list_total, budget, [&] { return read_agreement(c); });
            if (d.agreements.size() == s.list_total) ++s.table;
            break;
          case 6:
            s.events_total = c.count("events", 40);
            d.events.reserve(event_capacity_for(s.events_total));
            ++s.table;
            break;
        }
      }
      if (c.failed()) {
        s.fail(c.error());
        break;
      }
      s.pos = c.pos();
      if (s.table == 7) s.phase = State::Phase::Events;
      break;
    }
    case State::Phase::Events: {
      Cursor c(b, s.pos);
      std::vector<Event>& events = s.result.dataset.events;
      const size_t end = std::min<size_t>(s.events_total, events.size() + kEventsPerStep);
      while (events.size() < end) {
        c.where = "events[" + std::to_string(events.size()) + "]";
        events.push_back(read_event(c));
        if (c.failed()) {
          s.fail(c.error());
          return true;
        }
      }
      s.pos = c.pos();
      if (events.size() == s.events_total) {
        if (s.pos != b.size())
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
  s_->bytes.clear();
  s_->bytes.shrink_to_fit();
  return out;
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
