#include "event_index.h"

#include <algorithm>
#include <climits>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_set>

#include "analytics.h"
#include "searchable_text.h"
#include "sliced_sort.h"
#include "text_fold.h"

namespace accord {

// --- building -----------------------------------------------------------------

namespace {

// Distinct values ranked by how many events have them, most first; ties
// keep first-seen order (so a fixed vocabulary keeps its display order).
std::vector<std::string> rank_by_frequency(const std::vector<std::string>& seen_order,
                                           const std::unordered_map<std::string, size_t>& counts) {
  std::vector<std::string> out = seen_order;
  std::stable_sort(out.begin(), out.end(),
                   [&](const std::string& a, const std::string& b) { return counts.at(a) > counts.at(b); });
  return out;
}

template <typename T>
size_t bytes_of(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

EventIndex::EventIndex(const Dataset& d) : EventIndex(EventIndexBuild(d).run()) {}
EventIndex::EventIndex() = default;
EventIndex::~EventIndex() = default;
EventIndex::EventIndex(EventIndex&&) noexcept = default;
EventIndex& EventIndex::operator=(EventIndex&&) noexcept = default;

void EventIndex::rebind(const Dataset& moved_to) { d_ = &moved_to; }

// --- building in slices ---------------------------------------------------------

namespace {
// Events per step() in each stage: a few milliseconds of work in WebAssembly.
constexpr size_t kKeyEventsPerStep = 100000;
constexpr size_t kColumnEventsPerStep = 50000;
constexpr size_t kCountEventsPerStep = 20000;
constexpr size_t kFacetEventsPerStep = 50000;
constexpr size_t kTextEventsPerStep = 4000;
}  // namespace

struct EventIndexBuild::Work {
  // Sorting by date (the Order stage).
  std::vector<int32_t> keys;
  std::unique_ptr<SlicedKeySort> sort;
  int32_t running_max = INT_MIN;
  std::unordered_map<std::string, size_t> partner_count, topic_count;
  std::vector<std::string> partners_seen, topics_seen = topic_vocabulary();
  EventTextIndex::Builder text;
  std::unordered_map<const void*, uint32_t> entity_piece;  // an entity's part is folded once
  std::vector<uint32_t> pieces;
};

EventIndexBuild::EventIndexBuild(const Dataset& d) : work_(std::make_unique<Work>()) {
  if (d.events.size() >= UINT32_MAX) throw std::length_error("EventIndex holds at most 2^32 - 1 events");
  ix_.d_ = &d;
}
EventIndexBuild::~EventIndexBuild() = default;

const char* EventIndexBuild::phase() const {
  switch (stage_) {
    case Stage::Order:
      return "sorting by date";
    case Stage::CountFacets:
    case Stage::SetFacets:
      return "indexing filters";
    case Stage::Text:
    case Stage::FinishText:
      return "indexing text";
    case Stage::Done:
      break;
  }
  return "done";
}

double EventIndexBuild::progress() const {
  const double n = static_cast<double>(std::max<size_t>(ix_.d_->events.size(), 1));
  const double at = static_cast<double>(std::min<size_t>(next_, ix_.d_->events.size())) / n;
  // Rough shares of the time each stage takes (measured on 1,000,000 events).
  switch (stage_) {
    case Stage::Order:  // keys, sort, columns
      if (!work_ || !work_->sort) return 0.005 * at;
      return work_->sort->done() ? 0.045 + 0.005 * at : 0.005 + 0.04 * work_->sort->progress();
    case Stage::CountFacets:
      return 0.05 + 0.05 * at;
    case Stage::SetFacets:
      return 0.10 + 0.05 * at;
    case Stage::Text:
      return 0.15 + 0.75 * at;
    case Stage::FinishText:
      return 0.90 + 0.10 * work_->text.finish_progress();
    case Stage::Done:
      break;
  }
  return 1.0;
}

bool EventIndexBuild::step() {
  EventIndex& ix = ix_;
  const Dataset& d = *ix.d_;
  const size_t n = d.events.size();
  Work& w = *work_;
  switch (stage_) {
    case Stage::Order: {
      // In slices: the keys, the sort (SlicedKeySort), then the date columns.
      if (!w.sort) {
        if (!ix.lookup_) {
          ix.lookup_ = std::make_unique<HashedLookup>(d);
          w.keys.resize(n);
        }
        const size_t end = std::min(n, next_ + kKeyEventsPerStep);
        for (; next_ < end; ++next_) w.keys[next_] = d.events[next_].date.sort_key();
        if (next_ < n) break;
        w.sort = std::make_unique<SlicedKeySort>(std::move(w.keys));
        next_ = 0;
        break;
      }
      if (!w.sort->done()) {
        w.sort->step();
        if (!w.sort->done()) break;
        ix.order_ = w.sort->take_order();
        ix.date_start_ = w.sort->take_sorted_keys();
        ix.date_end_.resize(n);
        ix.date_end_max_.resize(n);
        next_ = 0;
        break;
      }
      const size_t end = std::min(n, next_ + kColumnEventsPerStep);
      for (; next_ < end; ++next_) {
        ix.date_end_[next_] = d.events[ix.order_[next_]].date.sort_key_end();
        w.running_max = std::max(w.running_max, ix.date_end_[next_]);
        ix.date_end_max_[next_] = w.running_max;
      }
      if (next_ < n) break;
      w.sort.reset();
      for (const std::string& t : w.topics_seen) w.topic_count[t] = 0;
      stage_ = Stage::CountFacets;
      next_ = 0;
      break;
    }
    case Stage::CountFacets: {
      const size_t end = std::min(n, next_ + kCountEventsPerStep);
      for (; next_ < end; ++next_) {
        const Event& e = d.events[next_];
        for (const std::string& c : event_partners(d, e))
          if (w.partner_count[c]++ == 0) w.partners_seen.push_back(c);
        for (const std::string& t : e.topics)
          if (w.topic_count[t]++ == 0 && !is_topic(t)) w.topics_seen.push_back(t);
      }
      if (next_ < n) break;
      ix.partner_ids_ = rank_by_frequency(w.partners_seen, w.partner_count);
      ix.topics_ = rank_by_frequency(w.topics_seen, w.topic_count);
      for (uint32_t i = 0; i < ix.partner_ids_.size(); ++i) ix.partner_value_[ix.partner_ids_[i]] = i;
      for (uint32_t i = 0; i < ix.topics_.size(); ++i) ix.topic_value_[ix.topics_[i]] = i;
      ix.partners_ = detail::FacetBitsets(ix.partner_ids_.size(), n);
      ix.topic_sets_ = detail::FacetBitsets(ix.topics_.size(), n);
      ix.types_ = detail::FacetBitsets(all_event_types().size(), n);
      ix.inferred_dates_.assign((n + 63) / 64, 0);
      stage_ = Stage::SetFacets;
      next_ = 0;
      break;
    }
    case Stage::SetFacets: {
      const size_t end = std::min(n, next_ + kFacetEventsPerStep);
      for (; next_ < end; ++next_) {
        const uint32_t i = static_cast<uint32_t>(next_);
        const Event& e = d.events[ix.order_[i]];
        for (const std::string& c : e.countries)
          if (c != d.home_country) ix.partners_.set(ix.partner_value_.at(c), i);
        for (const std::string& t : e.topics) ix.topic_sets_.set(ix.topic_value_.at(t), i);
        ix.types_.set(static_cast<uint32_t>(e.type), i);
        if (e.date.inferred()) ix.inferred_dates_[i >> 6] |= uint64_t{1} << (i & 63);
      }
      if (next_ < n) break;
      stage_ = Stage::Text;
      next_ = 0;
      break;
    }
    case Stage::Text: {
      const size_t end = std::min(n, next_ + kTextEventsPerStep);
      for (; next_ < end; ++next_) {
        w.pieces.clear();
        for_each_searchable_part(d.events[ix.order_[next_]], *ix.lookup_,
                                 [&](const void* entity, std::string_view part, const char*) {
                                   if (!entity) {
                                     w.pieces.push_back(w.text.add_piece(fold(part)));
                                     return;
                                   }
                                   const auto found = w.entity_piece.find(entity);
                                   if (found != w.entity_piece.end())
                                     w.pieces.push_back(found->second);
                                   else
                                     w.pieces.push_back(w.entity_piece[entity] = w.text.add_piece(fold(part)));
                                 });
        w.text.add_event(w.pieces);
      }
      if (next_ == n) stage_ = Stage::FinishText;
      break;
    }
    case Stage::FinishText:
      if (!w.text.finish_step()) break;
      ix.text_ = w.text.take();
      work_.reset();
      stage_ = Stage::Done;
      break;
    case Stage::Done:
      break;
  }
  return stage_ == Stage::Done;
}

EventIndex EventIndexBuild::run() {
  while (!step()) {
  }
  return take();
}

EventIndex EventIndexBuild::take() {
  if (stage_ != Stage::Done) throw std::logic_error("EventIndexBuild::take before the build is done");
  return std::move(ix_);
}

// --- querying -----------------------------------------------------------------

std::vector<uint64_t> EventIndex::text_matches(const std::string& needle, const std::vector<uint64_t>& wanted) const {
  std::vector<uint64_t> bits((order_.size() + 63) / 64, 0);
  if (needle.find('\n') == std::string::npos) {
    text_.match(needle, bits, &wanted);
    return bits;
  }
  // A needle spanning lines (never typed in a search box): check each event's whole text.
  for (uint32_t i = 0; i < order_.size(); ++i)
    if (((wanted[i >> 6] >> (i & 63)) & 1) &&
        fold(searchable_text_unfolded(d_->events[order_[i]], *lookup_)).find(needle) != std::string::npos)
      bits[i >> 6] |= uint64_t{1} << (i & 63);
  return bits;
}

namespace {

// A facet's selection over a slice of words: the union of the chosen
// values' bitsets. An inactive facet selects everything.
struct Selection {
  bool active = false;
  std::vector<uint64_t> bits;
  uint64_t word(size_t k) const { return active ? bits[k] : ~uint64_t{0}; }
};

Selection select(const detail::FacetBitsets& facet, const std::vector<uint32_t>& values, size_t first_word,
                 size_t words) {
  Selection s;
  s.active = true;
  s.bits.assign(words, 0);
  for (uint32_t v : values) {
    const uint64_t* bits = facet.of(v) + first_word;
    for (size_t k = 0; k < words; ++k) s.bits[k] |= bits[k];
  }
  return s;
}

// counts[v] = events of value v among `among`, 64 at a time.
void count_values(const detail::FacetBitsets& facet, const std::vector<uint64_t>& among, size_t first_word,
                  std::vector<size_t>& counts) {
  for (uint32_t v = 0; v < facet.values(); ++v) {
    const uint64_t* bits = facet.of(v) + first_word;
    size_t c = 0;
    for (size_t k = 0; k < among.size(); ++k) c += static_cast<size_t>(__builtin_popcountll(bits[k] & among[k]));
    counts[v] = c;
  }
}

}  // namespace

std::vector<uint32_t> EventIndex::selected_partners(const EventFilter& f) const {
  std::vector<uint32_t> values;
  for (const std::string& wanted : f.partners)
    if (const Country* c = find_country_by_name(*d_, wanted)) {
      const auto it = partner_value_.find(c->id);
      if (it != partner_value_.end()) values.push_back(it->second);
    }
  return values;
}

std::vector<uint32_t> EventIndex::selected_topics(const EventFilter& f) const {
  std::vector<uint32_t> values;
  for (const std::string& t : f.topics) {
    const auto it = topic_value_.find(t);
    if (it != topic_value_.end()) values.push_back(it->second);
  }
  return values;
}

QueryResult EventIndex::query(const EventFilter& f) const {
  QueryResult r;
  r.partner_counts.assign(partner_ids_.size(), 0);
  r.topic_counts.assign(topics_.size(), 0);
  r.type_counts.assign(all_event_types().size(), 0);
  const std::string needle = f.text.empty() ? std::string() : fold(f.text);
  query_indexed(f, needle, r);
  if (!pending_.empty()) query_pending(f, needle, r);
  r.total = r.events.size();
  return r;
}

void EventIndex::query_indexed(const EventFilter& f, const std::string& needle, QueryResult& r) const {
  // The date range as a slice of ordinals [lo, hi). Before `all_from`, a
  // partly known date ("2024") may or may not overlap "from": check its end.
  const int32_t from_key = f.from ? f.from->sort_key() : INT_MIN;
  const int32_t to_key = f.to ? f.to->sort_key_end() : INT_MAX;
  const uint32_t lo = static_cast<uint32_t>(std::lower_bound(date_end_max_.begin(), date_end_max_.end(), from_key) -
                                            date_end_max_.begin());
  const uint32_t all_from =
      static_cast<uint32_t>(std::lower_bound(date_start_.begin(), date_start_.end(), from_key) - date_start_.begin());
  const uint32_t hi =
      static_cast<uint32_t>(std::upper_bound(date_start_.begin(), date_start_.end(), to_key) - date_start_.begin());
  if (lo >= hi) return;

  // Everything below works on the words covering the slice.
  const size_t first_word = lo / 64, words = (hi + 63) / 64 - first_word;
  std::vector<uint64_t> base(words, ~uint64_t{0});  // in the date range, then matching the text
  base.front() &= ~uint64_t{0} << (lo % 64);
  if (hi % 64) base.back() &= ~(~uint64_t{0} << (hi % 64));
  for (uint32_t i = lo; i < all_from && i < hi; ++i)
    if (date_end_[i] < from_key) base[i / 64 - first_word] &= ~(uint64_t{1} << (i % 64));
  if (!stale_.empty())  // events changed or gone since the build
    for (size_t k = 0; k < words; ++k) base[k] &= ~stale_[first_word + k];

  // Selections, resolved once. A chosen value no event has selects nothing.
  Selection partners, topics, types;
  if (!f.partners.empty()) partners = select(partners_, selected_partners(f), first_word, words);
  if (!f.topics.empty()) topics = select(topic_sets_, selected_topics(f), first_word, words);
  if (!f.types.empty()) {
    std::vector<uint32_t> values;
    for (EventType t : f.types) values.push_back(static_cast<uint32_t>(t));
    types = select(types_, values, first_word, words);
  }

  // Text last: only events failing at most one facet can show anywhere, so
  // only they need their text checked.
  if (!needle.empty()) {
    std::vector<uint64_t> wanted((order_.size() + 63) / 64, 0);
    for (size_t k = 0; k < words; ++k) {
      const uint64_t p = partners.word(k), t = topics.word(k), y = types.word(k);
      wanted[first_word + k] = base[k] & ((p & t) | (p & y) | (t & y));
    }
    const std::vector<uint64_t> text = text_matches(needle, wanted);
    for (size_t k = 0; k < words; ++k) base[k] &= text[first_word + k];
  }

  // Crossfilter semantics: each facet counts among the events that pass
  // every filter except its own.
  std::vector<uint64_t> but_partner(words), but_topic(words), but_type(words);
  size_t matches = 0;
  for (size_t k = 0; k < words; ++k) {
    const uint64_t b = base[k], p = partners.word(k), t = topics.word(k), y = types.word(k);
    but_partner[k] = b & t & y;
    but_topic[k] = b & p & y;
    but_type[k] = b & p & t;
    matches += static_cast<size_t>(__builtin_popcountll(but_partner[k] & p));
  }
  // Sized once: half a million matches would otherwise grow the vector ~20 times.
  r.events.resize(matches);
  size_t* out = r.events.data();
  for (size_t k = 0; k < words; ++k)
    for (uint64_t match = but_partner[k] & partners.word(k); match; match &= match - 1)
      *out++ = order_[(first_word + k) * 64 + static_cast<size_t>(__builtin_ctzll(match))];
  count_values(partners_, but_partner, first_word, r.partner_counts);
  count_values(topic_sets_, but_topic, first_word, r.topic_counts);
  count_values(types_, but_type, first_word, r.type_counts);
}

// The events kept aside, one by one, with the same semantics; the matches
// are merged into r.events by date, then dataset order.
void EventIndex::query_pending(const EventFilter& f, const std::string& needle, QueryResult& r) const {
  const int32_t from_key = f.from ? f.from->sort_key() : INT_MIN;
  const int32_t to_key = f.to ? f.to->sort_key_end() : INT_MAX;
  const std::vector<uint32_t> partners = selected_partners(f), topics = selected_topics(f);
  const auto any_of = [](const std::vector<uint32_t>& have, const std::vector<uint32_t>& chosen) {
    for (uint32_t v : have)
      if (std::find(chosen.begin(), chosen.end(), v) != chosen.end()) return true;
    return false;
  };
  std::vector<size_t> hits;
  for (const Pending& p : pending_) {
    if (p.key_end < from_key || p.key > to_key) continue;
    if (!needle.empty() && p.text.find(needle) == std::string::npos) continue;
    const bool partner_ok = f.partners.empty() || any_of(p.partners, partners);
    const bool topic_ok = f.topics.empty() || any_of(p.topics, topics);
    const bool type_ok =
        f.types.empty() || std::find(f.types.begin(), f.types.end(), static_cast<EventType>(p.type)) != f.types.end();
    if (partner_ok && topic_ok && type_ok) hits.push_back(p.event);
    if (topic_ok && type_ok)
      for (uint32_t v : p.partners) ++r.partner_counts[v];
    if (partner_ok && type_ok)
      for (uint32_t v : p.topics) ++r.topic_counts[v];
    if (partner_ok && topic_ok) ++r.type_counts[p.type];
  }
  if (hits.empty()) return;
  // Each hit's place by binary search: no pass over every match's date.
  const auto before = [&](size_t a, size_t b) {
    const int32_t ka = d_->events[a].date.sort_key(), kb = d_->events[b].date.sort_key();
    return ka < kb || (ka == kb && a < b);
  };
  std::vector<size_t> merged;
  merged.reserve(r.events.size() + hits.size());
  auto from = r.events.begin();
  for (size_t hit : hits) {
    const auto at = std::partition_point(from, r.events.end(), [&](size_t e) { return before(e, hit); });
    merged.insert(merged.end(), from, at);
    merged.push_back(hit);
    from = at;
  }
  merged.insert(merged.end(), from, r.events.end());
  r.events.swap(merged);
}

// --- following edits --------------------------------------------------------------

namespace {

// Whether an event names one of a few ids (a handful per edit: a plain
// scan beats hashing every reference of every event).
class NamesAny {
 public:
  explicit NamesAny(const std::unordered_set<std::string>& ids) : set_(ids), few_(ids.begin(), ids.end()) {
    if (few_.size() > 8) few_.clear();
  }
  bool operator()(const Event& e) const {
    for (const Participation& p : e.participants)
      if (is_one(p.person)) return true;
    for (const std::string& id : e.organizations)
      if (is_one(id)) return true;
    for (const AgreementAct& a : e.agreements)
      if (is_one(a.agreement)) return true;
    for (const std::string& id : e.mechanisms)
      if (is_one(id)) return true;
    return false;
  }

 private:
  bool is_one(const std::string& id) const {
    if (few_.empty()) return set_.count(id) > 0;
    for (const std::string& x : few_)  // ids share prefixes ("p-0412"): test the last byte first
      if (x.size() == id.size() && !x.empty() && x.back() == id.back() && x == id) return true;
    return false;
  }
  const std::unordered_set<std::string>& set_;
  std::vector<std::string> few_;
};

// Sorted, without repeats: a bitset column counts an event once.
std::vector<uint32_t> distinct(std::vector<uint32_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

bool EventIndex::update(const ChangeEffects& fx) {
  const Dataset& d = *d_;
  if (fx.everything) return false;                  // a new dataset: rebuilt, not followed
  auto lookup = std::make_unique<HashedLookup>(d);  // the entity lists may have moved
  if (fx.empty()) {
    lookup_ = std::move(lookup);
    return true;
  }

  // Follow each dataset index through the ops: its ordinal, or kAside for
  // an event kept aside. Ordinals whose event changed or went turn stale.
  constexpr uint32_t kAside = UINT32_MAX;
  size_t size_before = d.events.size();
  for (const ListOp& op : fx.events) {
    if (op.kind == ListOp::Kind::Append || op.kind == ListOp::Kind::Insert) --size_before;
    if (op.kind == ListOp::Kind::Erase) ++size_before;
  }
  if (size_before != order_.size() - stale_count_ + pending_.size()) return false;
  std::vector<uint32_t> ordinal_of(size_before, kAside);
  std::vector<uint64_t> stale = stale_.empty() ? std::vector<uint64_t>((order_.size() + 63) / 64, 0) : stale_;
  for (uint32_t o = 0; o < order_.size(); ++o)
    if (!((stale[o >> 6] >> (o & 63)) & 1)) {
      if (order_[o] >= size_before) return false;
      ordinal_of[order_[o]] = o;
    }
  const auto set_aside = [&](size_t i) {
    if (ordinal_of[i] != kAside) stale[ordinal_of[i] >> 6] |= uint64_t{1} << (ordinal_of[i] & 63);
    ordinal_of[i] = kAside;
  };
  for (const ListOp& op : fx.events) {
    const size_t n = ordinal_of.size();
    switch (op.kind) {
      case ListOp::Kind::Replace:
        if (op.index >= n) return false;
        set_aside(op.index);
        break;
      case ListOp::Kind::Append:
      case ListOp::Kind::Insert:
        if (op.index > n) return false;
        ordinal_of.insert(ordinal_of.begin() + static_cast<std::ptrdiff_t>(op.index), kAside);
        break;
      case ListOp::Kind::Erase:
        if (op.index >= n) return false;
        set_aside(op.index);
        ordinal_of.erase(ordinal_of.begin() + static_cast<std::ptrdiff_t>(op.index));
        break;
    }
  }
  if (ordinal_of.size() != d.events.size()) return false;
  if (!fx.entities.empty()) {
    const NamesAny names_changed(fx.entities);
    for (size_t i = 0; i < ordinal_of.size(); ++i)
      if (ordinal_of[i] != kAside && names_changed(d.events[i])) set_aside(i);
  }

  // The events aside, with what a query checks; each must fit the columns.
  std::vector<Pending> pending;
  for (size_t i = 0; i < ordinal_of.size(); ++i) {
    if (ordinal_of[i] != kAside) continue;
    if (pending.size() == kMaxPending) return false;
    const Event& e = d.events[i];
    Pending p;
    p.event = static_cast<uint32_t>(i);
    p.key = e.date.sort_key();
    p.key_end = e.date.sort_key_end();
    p.type = static_cast<uint32_t>(e.type);
    p.inferred = e.date.inferred();
    for (const std::string& c : event_partners(d, e)) {
      const auto it = partner_value_.find(c);
      if (it == partner_value_.end()) return false;
      p.partners.push_back(it->second);
    }
    for (const std::string& t : e.topics) {
      const auto it = topic_value_.find(t);
      if (it == topic_value_.end()) return false;
      p.topics.push_back(it->second);
    }
    p.partners = distinct(std::move(p.partners));
    p.topics = distinct(std::move(p.topics));
    p.text = fold(searchable_text_unfolded(e, *lookup));
    pending.push_back(std::move(p));
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) { return a.key < b.key; });

  // Commit.
  size_t stale_count = 0;
  for (uint64_t w : stale) stale_count += static_cast<size_t>(__builtin_popcountll(w));
  for (uint32_t i = 0; i < ordinal_of.size(); ++i)
    if (ordinal_of[i] != kAside) order_[ordinal_of[i]] = i;
  stale_ = std::move(stale);
  stale_count_ = stale_count;
  pending_ = std::move(pending);
  lookup_ = std::move(lookup);
  return true;
}

EventIndex::Overview EventIndex::overview() const {
  Overview o;
  o.events = size();
  const auto live = [&](uint32_t i) { return stale_.empty() || !((stale_[i >> 6] >> (i & 63)) & 1); };
  for (size_t w = 0; w < inferred_dates_.size(); ++w)
    o.inferred_dates +=
        static_cast<size_t>(__builtin_popcountll(inferred_dates_[w] & (stale_.empty() ? ~uint64_t{0} : ~stale_[w])));
  // As compute_stats: the earliest date, and the first event (in dataset
  // order) with the latest one.
  const auto earlier = [&](size_t a, size_t b) {
    const int32_t ka = d_->events[a].date.sort_key(), kb = d_->events[b].date.sort_key();
    return ka < kb || (ka == kb && a < b);
  };
  size_t first = SIZE_MAX, last = SIZE_MAX;
  for (uint32_t i = 0; i < order_.size(); ++i)
    if (live(i)) {
      first = order_[i];
      break;
    }
  for (uint32_t i = static_cast<uint32_t>(order_.size()); i-- > 0;) {
    if (!live(i)) continue;
    if (last != SIZE_MAX && date_start_[i] != d_->events[last].date.sort_key()) break;
    last = order_[i];  // walks back to the first of the latest
  }
  for (const Pending& p : pending_) {
    if (p.inferred) ++o.inferred_dates;
    if (first == SIZE_MAX || earlier(p.event, first)) first = p.event;
    const int32_t last_key = last == SIZE_MAX ? INT_MIN : d_->events[last].date.sort_key();
    if (last == SIZE_MAX || p.key > last_key || (p.key == last_key && p.event < last)) last = p.event;
  }
  if (first != SIZE_MAX) o.first = &d_->events[first];
  if (last != SIZE_MAX) o.last = &d_->events[last];
  return o;
}

FacetCounts EventIndex::totals() const {
  const size_t words = stale_.empty() ? 0 : stale_.size();
  const auto live_count = [&](const uint64_t* bits) {
    size_t n = 0;
    for (size_t w = 0; w < (order_.size() + 63) / 64; ++w)
      n += static_cast<size_t>(__builtin_popcountll(bits[w] & (w < words ? ~stale_[w] : ~uint64_t{0})));
    return n;
  };
  std::vector<size_t> partners(partner_ids_.size()), topics(topics_.size()), types(all_event_types().size());
  for (uint32_t v = 0; v < partners.size(); ++v) partners[v] = live_count(partners_.of(v));
  for (uint32_t v = 0; v < topics.size(); ++v) topics[v] = live_count(topic_sets_.of(v));
  for (uint32_t v = 0; v < types.size(); ++v) types[v] = live_count(types_.of(v));
  std::map<int, size_t> years;
  // Ordinals are by date: each year is a slice, less its stale events.
  for (size_t lo = 0; lo < date_start_.size();) {
    const int year = Date::year_of_sort_key(date_start_[lo]);
    const size_t hi = static_cast<size_t>(std::lower_bound(date_start_.begin() + static_cast<std::ptrdiff_t>(lo),
                                                           date_start_.end(), Date::first_sort_key_of_year(year + 1)) -
                                          date_start_.begin());
    size_t n = hi - lo;
    if (!stale_.empty())
      for (size_t i = lo; i < hi; ++i) n -= (stale_[i >> 6] >> (i & 63)) & 1;
    if (n) years[year] += n;
    lo = hi;
  }
  for (const Pending& p : pending_) {
    for (uint32_t v : p.partners) ++partners[v];
    for (uint32_t v : p.topics) ++topics[v];
    ++types[p.type];
    ++years[d_->events[p.event].date.year];
  }
  // As facet_counts: values in use only, most events first, ties by value.
  const auto most_first = [](const std::vector<std::string>& names, const std::vector<size_t>& counts) {
    std::vector<std::pair<std::string, size_t>> out;
    for (size_t v = 0; v < names.size(); ++v)
      if (counts[v]) out.emplace_back(names[v], counts[v]);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
  };
  FacetCounts f;
  f.partners = most_first(partner_ids_, partners);
  f.topics = most_first(topics_, topics);
  for (EventType t : all_event_types())
    if (types[static_cast<size_t>(t)]) f.types.emplace_back(t, types[static_cast<size_t>(t)]);
  f.years.assign(years.begin(), years.end());
  return f;
}

EventIndex::Memory EventIndex::memory() const {
  Memory m;
  m.order = bytes_of(order_);
  m.dates = bytes_of(date_start_) + bytes_of(date_end_) + bytes_of(date_end_max_);
  m.types = types_.memory() + bytes_of(inferred_dates_);
  m.partners = partners_.memory();
  m.topics = topic_sets_.memory();
  m.text = text_.memory();
  m.edits = bytes_of(stale_);
  for (const Pending& p : pending_) m.edits += sizeof p + p.text.capacity() + bytes_of(p.partners) + bytes_of(p.topics);
  return m;
}

}  // namespace accord
