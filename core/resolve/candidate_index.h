// Where a report's event may already be: the events near its date with a
// partner in common, found through a sorted array of days per partner
// (and one for all events), not a scan of the dataset.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace accord {

// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
int day_number(int year, int month, int day);
// The first and last day a date (and an end date) may denote: a month-only
// date spans its month, a year-only date its year.
struct DaySpan {
  int first = 0;
  int last = 0;
};
DaySpan day_span(const Date& date, const std::optional<Date>& end = std::nullopt);

class EventCandidateIndex {
 public:
  EventCandidateIndex() = default;
  explicit EventCandidateIndex(const Dataset& d) { build(d); }
  void build(const Dataset& d);
  // Adds one event (its position in the dataset's events), as an add does.
  void add(const Dataset& d, size_t event_index);

  // Events whose dates come within `window_days` of `span` and that share
  // a partner with `partners` (the countries other than home); with no
  // partners, every event in the window. Positions in d.events, no repeats.
  std::vector<size_t> find(const DaySpan& span, int window_days, const std::vector<std::string>& partners) const;

 private:
  struct Entry {
    int day;   // the first day of the event's span
    int last;  // its last day
    size_t event;
  };
  using Bucket = std::vector<Entry>;  // sorted by day
  void collect(const Bucket& b, int from, int reach, int to, std::vector<size_t>& out) const;
  void add_entry(const std::vector<std::string>& partners, Entry e);

  std::string home_;
  Bucket all_;
  std::unordered_map<std::string, Bucket> by_partner_;
  // Events added after the build, scanned (an add session adds few):
  // inserting into a sorted array of a million would move it each time.
  struct Added {
    Entry entry;
    std::vector<std::string> partners;
  };
  std::vector<Added> added_;
  int longest_span_ = 0;  // the widest event span, so a query reaches back far enough
};

// The naive alternative, for the bench and tests: the same answer by a scan.
std::vector<size_t> scan_candidates(const Dataset& d, const DaySpan& span, int window_days,
                                    const std::vector<std::string>& partners);

// The countries of an event other than the home country.
std::vector<std::string> event_partner_ids(const Event& e, const std::string& home);

}  // namespace accord
