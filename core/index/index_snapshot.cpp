// Adopting a stored index: reading its arrays and checking them against
// the dataset, in slices (index_snapshot.h).
#include "index_snapshot.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

#include "index_snapshot_access.h"
#include "searchable_text.h"
#include "text_fold.h"
#include "utf8.h"

namespace accord {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the block stores arrays as they lie in memory");

namespace {

const char* const kSectionNames[] = {"", "order", "facets", "text"};
// Work per step(): a few milliseconds in WebAssembly.
constexpr size_t kCopyBytesPerStep = size_t{8} << 20;
constexpr size_t kEventsPerStep = 20000;
constexpr size_t kItemsPerStep = size_t{1} << 20;
constexpr size_t kTextSamples = 4096, kTextSamplesPerStep = 256;

bool has_bit(const uint64_t* bits, size_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }

size_t popcount(const std::vector<uint64_t>& bits) {
  size_t n = 0;
  for (uint64_t w : bits) n += static_cast<size_t>(__builtin_popcountll(w));
  return n;
}

}  // namespace

// --- adopting -------------------------------------------------------------------

struct EventIndexAdopt::State {
  std::string bytes;
  size_t offset = 0, block_end = 0;  // the block in `bytes`
  size_t file_offset = 0;            // where `bytes` lie in the file, for problems
  const Dataset* d = nullptr;
  EventIndex ix = IndexSnapshotAccess::blank();
  std::vector<uint64_t> bits[3];  // partners, topics, types: FacetBitsets once checked
  std::string error;
  bool planned = false, finished = false;

  // The work, in order: copying arrays, then checking them.
  struct Task {
    const char* phase;
    size_t total, per_step;
    std::function<void(size_t from, size_t to)> run;
  };
  std::vector<Task> tasks;
  size_t task = 0, next = 0;
  // Where each array starts in the file, for problems: by its address.
  std::unordered_map<const void*, size_t> at, count;
  const char* section = "";
  size_t events = 0, pieces = 0, tokens = 0, separators = 0;  // the limits of ids
  std::unique_ptr<HashedLookup> lookup;                       // for the text's sampled check
  std::vector<uint32_t> ordinal_of;                           // the order's inverse, while checking
  size_t pairs[4] = {};  // (event, value) pairs the events make: partners, topics, types, inferred

  bool fail(const char* field, const std::string& what, size_t byte) {
    if (error.empty())
      error = std::string("stored index, ") + section + ": " + field + ": " + what + " (at byte " +
              std::to_string(byte + file_offset) + ")";
    return false;
  }
  template <typename V>
  size_t byte_of(const V& v, size_t i) const {
    return at.at(&v) + i * sizeof(v[0]);
  }
  template <typename V>
  bool fail_at(const V& v, size_t i, const char* field, const std::string& what) {
    return fail((std::string(field) + "[" + std::to_string(i) + "]").c_str(), what, byte_of(v, i));
  }

  // Reading the framing and the counts, every one checked against its section.
  size_t pos = 0, end = 0;
  bool need(size_t n, const char* field) {
    if (!error.empty()) return false;
    if (n > end - pos)
      return fail(field, "needs " + std::to_string(n) + " bytes, the section has " + std::to_string(end - pos), pos);
    return true;
  }
  uint64_t u64(const char* field) {
    if (!need(8, field)) return 0;
    uint64_t v = 0;
    for (int k = 7; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(bytes[pos + k]);
    pos += 8;
    return v;
  }
  uint32_t u32(const char* field) {
    if (!need(4, field)) return 0;
    uint32_t v = 0;
    for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(bytes[pos + k]);
    pos += 4;
    return v;
  }
  bool strings(const char* field, std::vector<std::string>& into) {
    const uint32_t n = u32(field);
    if (!error.empty()) return false;
    if (n > (end - pos) / 4) return fail(field, "count " + std::to_string(n) + " is larger than the section", pos - 4);
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t len = u32(field);
      if (!need(len, field)) return false;
      into.emplace_back(bytes, pos, len);
      if (!is_valid_utf8(into.back())) return fail(field, "is not UTF-8 text", pos);
      pos += len;
    }
    return true;
  }
  // An array's count; its items are copied by a task, a slice at a time.
  template <typename V>
  bool array(const char* field, V& into) {
    using T = std::remove_reference_t<decltype(into[0])>;
    const uint64_t n = u64(field);
    if (!error.empty()) return false;
    if (n > (end - pos) / sizeof(T))
      return fail(field, "count " + std::to_string(n) + " is larger than the section allows", pos - 8);
    into.reserve(static_cast<size_t>(n));  // allocated, not yet touched
    at[&into] = pos;
    count[&into] = static_cast<size_t>(n);
    const size_t from = pos;
    tasks.push_back({"reading index", static_cast<size_t>(n) * sizeof(T), kCopyBytesPerStep,
                     [this, &into, from](size_t a, size_t b) {
                       const size_t old = into.size();
                       into.resize(old + (b - a) / sizeof(T));
                       std::memcpy(&into[old], bytes.data() + from + a, b - a);
                     }});
    pos += static_cast<size_t>(n) * sizeof(T);
    return true;
  }
  void check(size_t total, size_t per_step, std::function<void(size_t, size_t)> run) {
    tasks.push_back({"checking index", total, per_step, std::move(run)});
  }
};

namespace {

// Offsets into a CSR array: from 0, never decreasing, ending at its size.
template <typename V>
void check_starts(EventIndexAdopt::State& s, const std::vector<uint32_t>& starts, const char* field, const V& of,
                  const char* of_field, size_t less = 0) {
  s.check(1, 1, [&s, &starts, field, &of, of_field, less](size_t, size_t) {
    if (starts.empty() || starts.front() != 0) {
      s.fail_at(starts, 0, field, "does not start at 0");
      return;
    }
    for (size_t i = 1; i < starts.size(); ++i)
      if (starts[i] < starts[i - 1]) {
        s.fail_at(starts, i, field, "goes back (" + std::to_string(starts[i]) + ")");
        return;
      }
    if (starts.back() + less != of.size())
      s.fail_at(starts, starts.size() - 1, field,
                "ends at " + std::to_string(starts.back()) + ", " + of_field + " has " + std::to_string(of.size()));
  });
}

// Ids below `limit`, ascending within each CSR row.
void check_rows(EventIndexAdopt::State& s, const std::vector<uint32_t>& starts, const std::vector<uint32_t>& ids,
                const char* field, const size_t* limit, const char* what) {
  // By ids, not rows: a common word's row holds a good share of them. The
  // arrays are not copied yet: their sizes are the counts read.
  s.check(s.count.at(&ids), kItemsPerStep / 4, [&s, &starts, &ids, field, limit, what](size_t from, size_t to) {
    size_t r = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), from) - starts.begin()) - 1;
    for (size_t k = from; k < to; ++k) {
      while (starts[r + 1] <= k) ++r;  // the row holding k (starts are checked by now)
      if (ids[k] >= *limit)
        return void(
            s.fail_at(ids, k, field,
                      std::string("names ") + what + " " + std::to_string(ids[k]) + " of " + std::to_string(*limit)));
      if (k > starts[r] && ids[k] < ids[k - 1]) return void(s.fail_at(ids, k, field, "is out of order"));
    }
  });
}

}  // namespace

// Reads the framing and every count, and lines up the copies and checks.
void IndexSnapshotAccess::plan(EventIndexAdopt& a) {
  EventIndexAdopt::State& s = *a.s_;
  const Dataset& d = *s.d;
  EventIndex& ix = s.ix;
  EventTextIndex& t = ix.text_;
  const size_t n = d.events.size(), words = (n + 63) / 64;
  s.pos = s.offset;
  s.end = s.block_end;
  s.section = "block";
  const uint32_t count = s.u32("section count");
  if (!s.error.empty()) return;
  if (count > (s.end - s.pos) / 12) {
    s.fail("section count", std::to_string(count) + " is larger than the block allows", s.pos - 4);
    return;
  }
  size_t body[4] = {}, length[4] = {};
  for (uint32_t i = 0; i < count && s.error.empty(); ++i) {
    s.end = s.block_end;
    const uint32_t tag = s.u32("section tag");
    const uint64_t len = s.u64("section length");
    if (!s.need(static_cast<size_t>(std::min<uint64_t>(len, SIZE_MAX)), "section length")) return;
    if (tag >= 1 && tag <= 3) {
      if (body[tag]) {
        s.fail("section tag", std::string("a second ") + kSectionNames[tag] + " section", s.pos - 12);
        return;
      }
      body[tag] = s.pos;
      length[tag] = static_cast<size_t>(len);
    }
    s.pos += static_cast<size_t>(len);
  }
  if (!s.error.empty()) return;
  if (s.pos != s.block_end) {
    s.fail("sections", std::to_string(s.block_end - s.pos) + " unexpected bytes after the last", s.pos);
    return;
  }
  for (uint32_t tag = 1; tag <= 3; ++tag)
    if (!body[tag]) {
      s.fail("sections", std::string("the ") + kSectionNames[tag] + " section is missing", s.offset);
      return;
    }
  const auto enter = [&](uint32_t tag) {
    s.section = kSectionNames[tag];
    s.pos = body[tag];
    s.end = body[tag] + length[tag];
  };
  const auto leave = [&]() {
    if (s.error.empty() && s.pos != s.end)
      s.fail("end", std::to_string(s.end - s.pos) + " unexpected bytes at the end of the section", s.pos);
    return s.error.empty();
  };

  enter(kIndexOrderTag);
  if (!s.array("order", ix.order_)) return;
  if (s.count[&ix.order_] != n || n >= UINT32_MAX) {
    s.fail("order", "holds " + std::to_string(s.count[&ix.order_]) + " events, the dataset has " + std::to_string(n),
           body[kIndexOrderTag]);
    return;
  }
  if (!leave()) return;

  enter(kIndexFacetsTag);
  if (!s.strings("partner_ids", ix.partner_ids_) || !s.strings("topics", ix.topics_)) return;
  const size_t columns[3] = {ix.partner_ids_.size(), ix.topics_.size(), all_event_types().size()};
  const char* const names[3] = {"partners", "topics", "types"};
  for (int k = 0; k < 3; ++k) {
    if (!s.array(names[k], s.bits[k])) return;
    if (s.count[&s.bits[k]] != columns[k] * words) {
      s.fail(names[k],
             "has " + std::to_string(s.count[&s.bits[k]]) + " words, expected " + std::to_string(columns[k] * words),
             s.at[&s.bits[k]] - 8);
      return;
    }
  }
  if (!s.array("inferred", ix.inferred_dates_)) return;
  if (s.count[&ix.inferred_dates_] != words) {
    s.fail("inferred",
           "has " + std::to_string(s.count[&ix.inferred_dates_]) + " words, expected " + std::to_string(words),
           s.at[&ix.inferred_dates_] - 8);
    return;
  }
  for (uint32_t v = 0; v < ix.partner_ids_.size(); ++v)
    if (!ix.partner_value_.emplace(ix.partner_ids_[v], v).second) {
      s.fail("partner_ids", "\"" + ix.partner_ids_[v] + "\" is there twice", body[kIndexFacetsTag]);
      return;
    }
  for (uint32_t v = 0; v < ix.topics_.size(); ++v)
    if (!ix.topic_value_.emplace(ix.topics_[v], v).second) {
      s.fail("topics", "\"" + ix.topics_[v] + "\" is there twice", body[kIndexFacetsTag]);
      return;
    }
  if (!leave()) return;

  enter(kIndexTextTag);
  s.array("piece_bytes", t.piece_bytes_);
  s.array("piece_start", t.piece_start_);
  s.array("piece_event_start", t.piece_event_start_);
  s.array("piece_events", t.piece_events_);
  s.array("token_text", t.token_text_);
  s.array("token_start", t.token_start_);
  s.array("sep_text", t.sep_text_);
  s.array("sep_start", t.sep_start_);
  s.array("token_piece_start", t.token_piece_start_);
  s.array("token_pieces", t.token_pieces_);
  s.array("token_places", t.token_places_);
  if (!leave()) return;
  s.events = n;
  s.pieces = s.count[&t.piece_start_] ? s.count[&t.piece_start_] - 1 : 0;
  s.tokens = s.count[&t.token_start_] ? s.count[&t.token_start_] - 1 : 0;
  s.separators = s.count[&t.sep_start_] ? s.count[&t.sep_start_] - 1 : 0;
  plan_checks(s);
}

// The checks, once every array is copied: the order and the facets against
// the events, the text index's offsets and ids against its own sizes.
void IndexSnapshotAccess::plan_checks(EventIndexAdopt::State& s) {
  const Dataset& d = *s.d;
  EventIndex& ix = s.ix;
  EventTextIndex& t = ix.text_;
  const size_t n = s.events;
  s.section = "text";
  const auto count = [&](const auto& v) { return s.count.at(&v); };
  if (count(t.piece_start_) < 1 || count(t.piece_bytes_) < 1 || count(t.token_start_) < 1 || count(t.token_text_) < 1 ||
      count(t.sep_start_) < 3) {
    s.fail("sizes", "an array is empty that never is", s.at.at(&t.piece_bytes_) - 8);
    return;
  }
  if (count(t.piece_event_start_) != count(t.piece_start_) || count(t.token_piece_start_) != count(t.token_start_) ||
      count(t.token_places_) != count(t.token_pieces_)) {
    s.fail("sizes", "the arrays' counts do not agree", s.at.at(&t.piece_bytes_) - 8);
    return;
  }

  // The order: a permutation (its inverse kept), then each event in dataset
  // order (the events are read in turn, not at random): its date columns
  // and facet bits at its ordinal (their totals after: no bit is set that
  // should not be), then the ordinals sorted by date then dataset index.
  ix.date_start_.resize(n);
  ix.date_end_.resize(n);
  ix.date_end_max_.resize(n);
  s.ordinal_of.assign(n, UINT32_MAX);
  s.check(n, kItemsPerStep / 4, [&s, &ix, n](size_t from, size_t to) {
    s.section = "order";
    for (size_t i = from; i < to; ++i) {
      const uint32_t o = ix.order_[i];
      if (o >= n)
        return void(s.fail_at(ix.order_, i, "order", "names event " + std::to_string(o) + " of " + std::to_string(n)));
      if (s.ordinal_of[o] != UINT32_MAX)
        return void(s.fail_at(ix.order_, i, "order", "names event " + std::to_string(o) + " twice"));
      s.ordinal_of[o] = static_cast<uint32_t>(i);
    }
  });
  s.check(n, kEventsPerStep, [&s, &d, &ix, n](size_t from, size_t to) {
    s.section = "facets";
    const size_t words = (n + 63) / 64;
    std::vector<uint32_t> values;
    for (size_t o = from; o < to; ++o) {
      const uint32_t i = s.ordinal_of[o];
      const Event& e = d.events[o];
      ix.date_start_[i] = e.date.sort_key();
      ix.date_end_[i] = e.date.sort_key_end();
      const auto bad = [&](const char* field, const std::string& what) {
        s.fail(field, "ordinal " + std::to_string(i) + " (event " + std::to_string(o) + "): " + what,
               s.at.at(&s.bits[0]));
      };
      if (!has_bit(s.bits[2].data() + static_cast<size_t>(e.type) * words, i))
        return bad("types", "its type is not set");
      if (has_bit(ix.inferred_dates_.data(), i) != e.date.inferred()) return bad("inferred", "disagrees with its date");
      values.clear();
      for (const std::string& c : e.countries) {
        if (c == d.home_country) continue;
        const auto it = ix.partner_value_.find(c);
        if (it == ix.partner_value_.end()) return bad("partner_ids", "partner \"" + c + "\" is not listed");
        if (!has_bit(s.bits[0].data() + it->second * words, i)) return bad("partners", "\"" + c + "\" is not set");
        values.push_back(it->second);
      }
      std::sort(values.begin(), values.end());
      s.pairs[0] += static_cast<size_t>(std::unique(values.begin(), values.end()) - values.begin());
      values.clear();
      for (const std::string& topic : e.topics) {
        const auto it = ix.topic_value_.find(topic);
        if (it == ix.topic_value_.end()) return bad("topics", "topic \"" + topic + "\" is not listed");
        if (!has_bit(s.bits[1].data() + it->second * words, i)) return bad("topics", "\"" + topic + "\" is not set");
        values.push_back(it->second);
      }
      std::sort(values.begin(), values.end());
      s.pairs[1] += static_cast<size_t>(std::unique(values.begin(), values.end()) - values.begin());
      s.pairs[2] += 1;
      s.pairs[3] += e.date.inferred();
    }
  });
  s.check(n, kItemsPerStep, [&s, &ix](size_t from, size_t to) {
    s.section = "order";
    for (size_t i = from; i < to; ++i) {
      if (i > 0 && (ix.date_start_[i] < ix.date_start_[i - 1] ||
                    (ix.date_start_[i] == ix.date_start_[i - 1] && ix.order_[i] < ix.order_[i - 1])))
        return void(s.fail_at(ix.order_, i, "order", "is not by date (event " + std::to_string(ix.order_[i]) + ")"));
      ix.date_end_max_[i] = std::max(ix.date_end_[i], i ? ix.date_end_max_[i - 1] : INT_MIN);
    }
  });
  s.check(1, 1, [&s, &ix](size_t, size_t) {
    s.section = "facets";
    const std::vector<uint64_t>* columns[4] = {&s.bits[0], &s.bits[1], &s.bits[2], &ix.inferred_dates_};
    const char* const names[4] = {"partners", "topics", "types", "inferred"};
    for (int k = 0; k < 4; ++k)
      if (popcount(*columns[k]) != s.pairs[k])
        return void(s.fail(
            names[k],
            "has " + std::to_string(popcount(*columns[k])) + " bits set, the events make " + std::to_string(s.pairs[k]),
            s.at.at(columns[k])));
  });

  // The text index: offsets, then each piece's ids, then the postings.
  s.check(1, 1, [&s](size_t, size_t) { s.section = "text"; });
  check_starts(s, t.piece_start_, "piece_start", t.piece_bytes_, "piece_bytes (and its spare 0)", 1);
  check_starts(s, t.piece_event_start_, "piece_event_start", t.piece_events_, "piece_events");
  check_starts(s, t.sep_start_, "sep_start", t.sep_text_, "sep_text");
  check_starts(s, t.token_piece_start_, "token_piece_start", t.token_pieces_, "token_pieces");
  s.check(1, 1, [&s, &t](size_t, size_t) {
    if (t.sep_start_[1] != 0 || t.separator(1) != " ")
      return void(s.fail_at(t.sep_start_, 1, "sep_start", "separators 0 and 1 are not \"\" and \" \""));
    if (t.token_start_[0] != 1 || t.token_text_[0] != '\n')
      return void(s.fail_at(t.token_start_, 0, "token_start", "the token text does not start with a line break"));
    for (size_t k = 1; k < t.token_start_.size(); ++k)
      if (t.token_start_[k] < t.token_start_[k - 1] + 2 || t.token_start_[k] > t.token_text_.size() ||
          t.token_text_[t.token_start_[k] - 1] != '\n')
        return void(s.fail_at(t.token_start_, k, "token_start", "is not the end of a token"));
    if (t.token_start_.back() != t.token_text_.size() ||
        static_cast<size_t>(std::count(t.token_text_.begin(), t.token_text_.end(), '\n')) != t.token_start_.size())
      s.fail_at(t.token_start_, t.token_start_.size() - 1, "token_start", "does not cover the token text");
  });
  check_rows(s, t.piece_event_start_, t.piece_events_, "piece_events", &s.events, "event");
  check_rows(s, t.token_piece_start_, t.token_pieces_, "token_pieces", &s.pieces, "piece");
  s.check(s.pieces, kItemsPerStep / 32, [&s, &t](size_t from, size_t to) {
    // Each piece: separator (token separator)*, as varints of at most 5 bytes, ids in range.
    const uint8_t* bytes = t.piece_bytes_.data();
    for (size_t p = from; p < to; ++p) {
      size_t at = t.piece_start_[p];
      const size_t end = t.piece_start_[p + 1];
      bool token = false;  // what the next id must be
      while (at < end) {
        const size_t begin = at;
        uint64_t v = 0;
        for (unsigned shift = 0; at < end && shift < 35; shift += 7) {
          v |= uint64_t{bytes[at] & 0x7fu} << shift;
          if (bytes[at++] < 0x80) break;
        }
        const size_t limit = token ? s.tokens : s.separators;
        if (bytes[at - 1] >= 0x80 || v > UINT32_MAX || (v & 1) != token || (v >> 1) >= limit)
          return void(
              s.fail_at(t.piece_bytes_, begin, "piece_bytes", "is not a valid id of piece " + std::to_string(p)));
        token = !token;
      }
      if (!token)  // none read, or a token last
        return void(s.fail_at(t.piece_bytes_, end, "piece_bytes",
                              "piece " + std::to_string(p) + " does not end in a separator"));
    }
    if (to == s.pieces && t.piece_bytes_.back() != 0)
      s.fail_at(t.piece_bytes_, t.piece_bytes_.size() - 1, "piece_bytes", "lacks its spare 0");
  });

  // The text against the events, sampled evenly: a piece must be a whole
  // part of the text of the first event said to have it (a block written
  // for other events with the same dates and facets is caught here).
  s.check(std::min(s.pieces, kTextSamples), kTextSamplesPerStep, [&s, &d, &ix, &t](size_t from, size_t to) {
    const size_t samples = std::min(s.pieces, kTextSamples);
    if (!s.lookup) s.lookup = std::make_unique<HashedLookup>(d);
    for (size_t k = from; k < to; ++k) {
      const uint32_t p = static_cast<uint32_t>(k * s.pieces / samples);
      if (t.piece_event_start_[p] == t.piece_event_start_[p + 1]) continue;
      const uint32_t o = ix.order_[t.piece_events_[t.piece_event_start_[p]]];
      const std::string text = "\n" + fold(searchable_text_unfolded(d.events[o], *s.lookup));
      if (text.find("\n" + t.piece_text(p)) == std::string::npos)
        return void(s.fail_at(
            t.piece_bytes_, t.piece_start_[p], "piece_bytes",
            "piece " + std::to_string(p) + " is not in the text of event " + std::to_string(o) + ", which it lists"));
    }
  });
}

void IndexSnapshotAccess::finish(EventIndex& ix, const Dataset& d, std::vector<uint64_t> bits[3]) {
  const size_t n = d.events.size();
  ix.d_ = &d;
  ix.lookup_ = std::make_unique<HashedLookup>(d);
  ix.partners_ = detail::FacetBitsets::adopt(n, std::move(bits[0]));
  ix.topic_sets_ = detail::FacetBitsets::adopt(n, std::move(bits[1]));
  ix.types_ = detail::FacetBitsets::adopt(n, std::move(bits[2]));
}

EventIndexAdopt::EventIndexAdopt(std::string bytes, size_t begin, size_t end, size_t file_offset, const Dataset& d)
    : s_(std::make_unique<State>()) {
  s_->bytes = std::move(bytes);
  s_->offset = std::min(begin, s_->bytes.size());
  s_->block_end = std::min(std::max(end, s_->offset), s_->bytes.size());
  s_->file_offset = file_offset;
  s_->d = &d;
}
EventIndexAdopt::~EventIndexAdopt() = default;

bool EventIndexAdopt::failed() const { return !s_->error.empty(); }
const std::string& EventIndexAdopt::problem() const { return s_->error; }

const char* EventIndexAdopt::phase() const {
  if (s_->finished) return "done";
  if (!s_->planned || s_->tasks.empty()) return "reading index";
  return s_->task < s_->tasks.size() ? s_->tasks[s_->task].phase : "checking index";  // then freeing the bytes
}

double EventIndexAdopt::progress() const {
  const State& s = *s_;
  if (s.finished) return 1.0;
  if (s.tasks.empty()) return 0.0;
  // Reading takes about as long as checking: each task an equal share is rough, but moves.
  const double in_task = s.task < s.tasks.size() && s.tasks[s.task].total
                             ? static_cast<double>(s.next) / static_cast<double>(s.tasks[s.task].total)
                             : 0.0;
  return (static_cast<double>(s.task) + in_task) / static_cast<double>(s.tasks.size());
}

bool EventIndexAdopt::step() {
  State& s = *s_;
  if (s.finished) return true;
  if (!s.planned) {
    s.planned = true;
    IndexSnapshotAccess::plan(*this);
  } else if (s.task < s.tasks.size() && s.error.empty()) {
    State::Task& task = s.tasks[s.task];
    const size_t to = std::min(task.total, s.next + task.per_step);
    if (s.next < to) task.run(s.next, to);
    s.next = to;
    if (s.next >= task.total) {
      ++s.task;
      s.next = 0;
    }
  } else {
    // A step of its own: natively, returning a gigabyte to the system takes ~0.1 s.
    s.finished = true;
    s.tasks.clear();  // they hold references into the state
    s.bytes.clear();
    s.bytes.shrink_to_fit();
    s.ordinal_of = {};
    s.lookup.reset();
  }
  return s.finished;
}

EventIndex EventIndexAdopt::take() {
  if (!s_->finished || failed()) throw std::logic_error("EventIndexAdopt::take before a good finish");
  IndexSnapshotAccess::finish(s_->ix, *s_->d, s_->bits);
  return std::move(s_->ix);
}

}  // namespace accord
