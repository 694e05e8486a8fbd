// Indexes over a Dataset's events, built once at load, so that a filter
// panel gets its matches and its per-facet counts over a million events
// within a frame. Answers are identical to query_events (the reference).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "change_effects.h"
#include "event_text_index.h"
#include "model.h"
#include "query.h"

namespace accord {

class HashedLookup;
struct FacetCounts;

struct QueryResult {
  // Indexes into dataset.events, by date ascending then dataset order.
  std::vector<size_t> events;
  // Facet counts with crossfilter semantics: for each value, how many events
  // would match if that facet's own selection were ignored (all other
  // filters, date range and text included, still apply).
  std::vector<size_t> partner_counts;  // aligned with EventIndex::partner_ids()
  std::vector<size_t> topic_counts;    // aligned with EventIndex::topics()
  std::vector<size_t> type_counts;     // aligned with all_event_types()
  size_t total = 0;                    // events.size()
};

namespace detail {

// One bitset over event ordinals per facet value: bit i is set when event i
// has the value. 1 bit per event per value: about 6 bytes per event for 19
// partners, 20 topics and 8 types. Filters and counts then work 64 events
// at a time (AND, OR, popcount), with no branch per event.
class FacetBitsets {
 public:
  FacetBitsets() = default;
  FacetBitsets(size_t values, size_t events) : words_((events + 63) / 64), bits_(values * words_, 0) {}
  void set(uint32_t value, uint32_t event) { bits_[value * words_ + (event >> 6)] |= uint64_t{1} << (event & 63); }
  const uint64_t* of(uint32_t value) const { return bits_.data() + value * words_; }
  size_t values() const { return words_ ? bits_.size() / words_ : 0; }
  size_t memory() const { return bits_.capacity() * sizeof(uint64_t); }
  // The columns back to back, (events + 63) / 64 words each: a snapshot stores them as they are.
  const std::vector<uint64_t>& words() const { return bits_; }
  static FacetBitsets adopt(size_t events, std::vector<uint64_t> bits) {
    FacetBitsets f;
    f.words_ = (events + 63) / 64;
    f.bits_ = std::move(bits);
    return f;
  }

 private:
  size_t words_ = 0;
  std::vector<uint64_t> bits_;
};

}  // namespace detail

class EventIndex {
 public:
  // Keeps a pointer to d: the Dataset must outlive the index and not change.
  // Builds in one go; EventIndexBuild does the same work in slices.
  explicit EventIndex(const Dataset& d);
  ~EventIndex();
  EventIndex(EventIndex&&) noexcept;
  EventIndex& operator=(EventIndex&&) noexcept;

  QueryResult query(const EventFilter& f) const;

  // Follows a change made in place to the Dataset the index was built on
  // (by EditHistory: ops in order, and the entities whose names changed),
  // without a rebuild: the old entries of changed or removed events are
  // masked, and changed or new events are kept aside, each checked one by
  // one by every query. Returns false when a rebuild is the better deal
  // (over kMaxPending events aside, a partner or topic with no column yet)
  // or the ops do not fit the index: it must then be rebuilt before use.
  bool update(const ChangeEffects& fx);
  static constexpr size_t kMaxPending = 1024;  // ~1 µs each per query with text
  size_t pending() const { return pending_.size(); }

  // The Dataset the index was built on was moved (not copied) to `moved_to`:
  // a move keeps every event and entity where it was, only the Dataset
  // object itself changed place. Lets a loader build the index on its own
  // Dataset and hand both over.
  void rebind(const Dataset& moved_to);

  // Facet values, most frequent first: partner country ids (events'
  // countries less the home country) and topics (the vocabulary, plus any
  // other topic the events use).
  const std::vector<std::string>& partner_ids() const { return partner_ids_; }
  const std::vector<std::string>& topics() const { return topics_; }
  size_t size() const { return order_.size() - stale_count_ + pending_.size(); }  // events now

  // What a dataset's overview shows, kept through edits without a pass over
  // the events: how many there are, how many dates were inferred, and the
  // earliest and latest event (as compute_stats picks them; null if none).
  struct Overview {
    size_t events = 0, inferred_dates = 0;
    const Event* first = nullptr;
    const Event* last = nullptr;
  };
  Overview overview() const;

  // facet_counts(dataset) (analytics.h) from the index, following edits:
  // a popcount per facet column and a binary search per year, not a pass
  // over the events.
  FacetCounts totals() const;

  // Bytes held by each index (see the notes on the members).
  struct Memory {
    size_t order = 0, dates = 0, types = 0, partners = 0, topics = 0, edits = 0;  // bytes
    EventTextIndex::Memory text;
    size_t total() const { return order + dates + types + partners + topics + edits + text.total(); }
  };
  Memory memory() const;

 private:
  friend class EventIndexBuild;
  friend struct IndexSnapshotAccess;  // index_snapshot.cpp: stores and adopts the columns
  EventIndex();
  // Events whose text contains the folded needle, as bits by ordinal; only
  // the `wanted` ones are sure to be found.
  std::vector<uint64_t> text_matches(const std::string& needle, const std::vector<uint64_t>& wanted) const;
  // The two halves of query(): the indexed events, then those kept aside.
  void query_indexed(const EventFilter& f, const std::string& needle, QueryResult& r) const;
  void query_pending(const EventFilter& f, const std::string& needle, QueryResult& r) const;
  std::vector<uint32_t> selected_partners(const EventFilter& f) const;
  std::vector<uint32_t> selected_topics(const EventFilter& f) const;

  const Dataset* d_ = nullptr;
  std::unique_ptr<HashedLookup> lookup_;
  // Every column below is indexed by ordinal: an event's rank in date order
  // (Date::sort_key, ties in dataset order), so a date range is a slice.
  // Dates and facets together: about 22 bytes per event.
  std::vector<uint32_t> order_;           // ordinal -> dataset index: 4 bytes per event
  std::vector<int32_t> date_start_;       // Date::sort_key, ascending: 4 bytes per event
  std::vector<int32_t> date_end_;         // Date::sort_key_end: 4 bytes per event
  std::vector<int32_t> date_end_max_;     // running max of date_end_, for "from": 4 bytes per event
  detail::FacetBitsets partners_;         // by partner_ids_ order: 1 bit per event per partner
  detail::FacetBitsets topic_sets_;       // by topics_ order: 1 bit per event per topic
  detail::FacetBitsets types_;            // by EventType: 1 bit per event per type
  std::vector<uint64_t> inferred_dates_;  // events whose date was inferred: 1 bit per event
  // Text (measured on 1,000,000 synthetic events, 360 bytes per event in
  // all): distinct folded pieces stored once, as word and separator ids
  // (114 B: mostly the unique titles and summaries; 220 B as text), piece
  // -> events (48 B: 4 bytes per distinct piece of an event), token ->
  // pieces (158 B: 4 bytes per word place of a distinct piece, a word
  // repeated in a piece once per place) with each one's place (40 B), the
  // word and separator dictionaries (negligible).
  EventTextIndex text_;

  // Edits since the build (see update()): ordinals whose event changed or
  // went (1 bit per event; empty before the first edit), and the events
  // kept aside, by date then dataset order, with what a query checks
  // (about 1 KB each, at most kMaxPending of them).
  std::vector<uint64_t> stale_;
  size_t stale_count_ = 0;
  struct Pending {
    uint32_t event = 0;  // dataset index
    int32_t key = 0, key_end = 0;
    uint32_t type = 0;
    bool inferred = false;
    std::vector<uint32_t> partners, topics;  // facet values, distinct
    std::string text;                        // folded searchable text
  };
  std::vector<Pending> pending_;

  std::vector<std::string> partner_ids_, topics_;
  std::unordered_map<std::string, uint32_t> partner_value_, topic_value_;
};

// Builds an EventIndex a slice at a time, so a page can draw (and show
// progress) between slices: call step() until it returns true, then take().
// Each step is a few milliseconds of work (sorting by date and finishing
// the text index included: both go in bounded slices).
class EventIndexBuild {
 public:
  explicit EventIndexBuild(const Dataset& d);  // d must outlive the build
  ~EventIndexBuild();
  bool step();
  double progress() const;    // 0..1
  const char* phase() const;  // for a progress bar
  EventIndex take();          // once step() returned true
  EventIndex run();           // every step at once

 private:
  enum class Stage { Order, CountFacets, SetFacets, Text, FinishText, Done };
  struct Work;
  EventIndex ix_;
  Stage stage_ = Stage::Order;
  size_t next_ = 0;  // the next event (or ordinal) of the current stage
  std::unique_ptr<Work> work_;
};

}  // namespace accord
