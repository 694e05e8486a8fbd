#include "event_index.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <stdexcept>

#include "searchable_text.h"
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
size_t bytes_of(const std::vector<T>& v) { return v.capacity() * sizeof(T); }

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
constexpr size_t kCountEventsPerStep = 20000;
constexpr size_t kFacetEventsPerStep = 50000;
constexpr size_t kTextEventsPerStep = 4000;
}  // namespace

struct EventIndexBuild::Work {
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
    case Stage::Order: return "sorting by date";
    case Stage::CountFacets:
    case Stage::SetFacets: return "indexing filters";
    case Stage::Text:
    case Stage::FinishText: return "indexing text";
    case Stage::Done: break;
  }
  return "done";
}

double EventIndexBuild::progress() const {
  const double n = static_cast<double>(std::max<size_t>(ix_.d_->events.size(), 1));
  const double at = static_cast<double>(std::min<size_t>(next_, ix_.d_->events.size())) / n;
  // Rough shares of the time each stage takes (measured on 1,000,000 events).
  switch (stage_) {
    case Stage::Order: return 0.0;
    case Stage::CountFacets: return 0.05 + 0.05 * at;
    case Stage::SetFacets: return 0.10 + 0.05 * at;
    case Stage::Text: return 0.15 + 0.75 * at;
    case Stage::FinishText: return 0.90 + 0.10 * work_->text.finish_progress();
    case Stage::Done: break;
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
      ix.lookup_ = std::make_unique<HashedLookup>(d);
      // Sort (key, index) pairs: no pointer chasing into the events while sorting.
      std::vector<std::pair<int32_t, uint32_t>> keyed(n);
      for (uint32_t i = 0; i < n; ++i) keyed[i] = {d.events[i].date.sort_key(), i};
      std::sort(keyed.begin(), keyed.end());  // ties by index: dataset order
      ix.order_.resize(n);
      ix.date_start_.resize(n);
      ix.date_end_.resize(n);
      ix.date_end_max_.resize(n);
      int32_t running_max = INT_MIN;
      for (size_t k = 0; k < n; ++k) {
        ix.order_[k] = keyed[k].second;
        ix.date_start_[k] = keyed[k].first;
        ix.date_end_[k] = d.events[keyed[k].second].date.sort_key_end();
        running_max = std::max(running_max, ix.date_end_[k]);
        ix.date_end_max_[k] = running_max;
      }
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
        for_each_searchable_part(d.events[ix.order_[next_]], *ix.lookup_, [&](const void* entity, std::string_view part) {
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
    case Stage::Done: break;
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

QueryResult EventIndex::query(const EventFilter& f) const {
  QueryResult r;
  r.partner_counts.assign(partner_ids_.size(), 0);
  r.topic_counts.assign(topics_.size(), 0);
  r.type_counts.assign(all_event_types().size(), 0);

  // The date range as a slice of ordinals [lo, hi). Before `all_from`, a
  // partly known date ("2024") may or may not overlap "from": check its end.
  const int32_t from_key = f.from ? f.from->sort_key() : INT_MIN;
  const int32_t to_key = f.to ? f.to->sort_key_end() : INT_MAX;
  const uint32_t lo = static_cast<uint32_t>(
      std::lower_bound(date_end_max_.begin(), date_end_max_.end(), from_key) - date_end_max_.begin());
  const uint32_t all_from = static_cast<uint32_t>(
      std::lower_bound(date_start_.begin(), date_start_.end(), from_key) - date_start_.begin());
  const uint32_t hi = static_cast<uint32_t>(
      std::upper_bound(date_start_.begin(), date_start_.end(), to_key) - date_start_.begin());
  if (lo >= hi) return r;

  // Everything below works on the words covering the slice.
  const size_t first_word = lo / 64, words = (hi + 63) / 64 - first_word;
  std::vector<uint64_t> base(words, ~uint64_t{0});  // in the date range, then matching the text
  base.front() &= ~uint64_t{0} << (lo % 64);
  if (hi % 64) base.back() &= ~(~uint64_t{0} << (hi % 64));
  for (uint32_t i = lo; i < all_from && i < hi; ++i)
    if (date_end_[i] < from_key) base[i / 64 - first_word] &= ~(uint64_t{1} << (i % 64));

  // Selections, resolved once. A chosen value no event has selects nothing.
  Selection partners, topics, types;
  if (!f.partners.empty()) {
    std::vector<uint32_t> values;
    for (const std::string& wanted : f.partners)
      if (const Country* c = find_country_by_name(*d_, wanted)) {
        const auto it = partner_value_.find(c->id);
        if (it != partner_value_.end()) values.push_back(it->second);
      }
    partners = select(partners_, values, first_word, words);
  }
  if (!f.topics.empty()) {
    std::vector<uint32_t> values;
    for (const std::string& t : f.topics) {
      const auto it = topic_value_.find(t);
      if (it != topic_value_.end()) values.push_back(it->second);
    }
    topics = select(topic_sets_, values, first_word, words);
  }
  if (!f.types.empty()) {
    std::vector<uint32_t> values;
    for (EventType t : f.types) values.push_back(static_cast<uint32_t>(t));
    types = select(types_, values, first_word, words);
  }

  // Text last: only events failing at most one facet can show anywhere, so
  // only they need their text checked.
  const std::string needle = f.text.empty() ? std::string() : fold(f.text);
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
  for (size_t k = 0; k < words; ++k) {
    const uint64_t b = base[k], p = partners.word(k), t = topics.word(k), y = types.word(k);
    but_partner[k] = b & t & y;
    but_topic[k] = b & p & y;
    but_type[k] = b & p & t;
    for (uint64_t match = but_partner[k] & p; match; match &= match - 1)
      r.events.push_back(order_[(first_word + k) * 64 + static_cast<size_t>(__builtin_ctzll(match))]);
  }
  count_values(partners_, but_partner, first_word, r.partner_counts);
  count_values(topic_sets_, but_topic, first_word, r.topic_counts);
  count_values(types_, but_type, first_word, r.type_counts);
  r.total = r.events.size();
  return r;
}

EventIndex::Memory EventIndex::memory() const {
  Memory m;
  m.order = bytes_of(order_);
  m.dates = bytes_of(date_start_) + bytes_of(date_end_) + bytes_of(date_end_max_);
  m.types = types_.memory();
  m.partners = partners_.memory();
  m.topics = topic_sets_.memory();
  m.text = text_.memory();
  return m;
}

}  // namespace accord
