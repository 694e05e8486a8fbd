// One event, many reports: is this report's event one the dataset already
// has? The one answer every door uses (accord add, add --jsonl, the merge
// of two datasets, the app's import): candidates near the date with a
// partner in common (EventCandidateIndex), each scored on what both sides
// say (people, place, agreements, mechanisms, figures, type, title words),
// across English, French and Vietnamese, with the reasons listed.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "candidate_index.h"
#include "model.h"

namespace accord {

// Finds the people and agreements an event names: a dataset, plus records
// not in it yet (a draft's new people and agreements).
// Lookups by id go through hash tables built on first use, and a person's
// name keys are folded once: a report is scored against hundreds of events.
struct RecordLookup {
  const Dataset* dataset = nullptr;
  const std::vector<Person>* more_people = nullptr;
  const std::vector<Agreement>* more_agreements = nullptr;
  const Person* person(const std::string& id) const;
  const Agreement* agreement(const std::string& id) const;
  // name_keys of the person (none when unknown).
  const std::vector<std::string>& person_keys(const std::string& id) const;
  // title_stems of a title, without the words every title of this domain
  // has (countries' names and demonyms, "security", "cooperation", ...).
  const std::vector<std::string>& stems(const std::string& title) const;

  mutable std::unordered_map<std::string, const Person*> people_by_id_ = {};
  mutable std::unordered_map<std::string, const Agreement*> agreements_by_id_ = {};
  mutable std::unordered_map<std::string, std::vector<std::string>> keys_ = {};
  mutable std::unordered_map<std::string, std::vector<std::string>> stems_ = {};
  mutable std::unordered_set<std::string> common_stems_ = {};
};

enum class ResolutionDecision {
  New,  // no event is close enough: the report is a new event
  Ask,  // one may be the same: the user decides (--same ID or --new)
  Same  // the report is another source of that event
};
const char* to_string(ResolutionDecision d);
// "score 7.5".
std::string score_text(double score);

struct EventMatch {
  std::string event_id;    // the dataset's event
  size_t event_index = 0;  // its position in d.events
  double score = 0;        // points, see event_resolution.cpp
  ResolutionDecision decision = ResolutionDecision::New;
  std::vector<std::string> reasons;  // "same day", "same person: Nguyen Van A", "different city: ..."
  std::string reasons_text() const;  // the reasons joined with "; "
};

struct EventResolution {
  ResolutionDecision decision = ResolutionDecision::New;
  std::vector<EventMatch> candidates;  // scored, best first (only those past the gates)
  const EventMatch* best() const { return candidates.empty() ? nullptr : &candidates.front(); }
};

// Points at and above which a report is the same event, or worth asking.
inline constexpr double kSameEventScore = 6.0;
inline constexpr double kPossibleSameEventScore = 3.5;

// How far apart two reports' dates may be: a few days when both give the
// day, a week when one was inferred; month- or year-only dates must overlap.
int date_window_days(const Date& a);

// Scores one pair. `report` is looked up through `rl`, `ours` through `ol`;
// `home` is the country every event involves (not a partner).
EventMatch score_event_pair(const Event& report, const RecordLookup& rl, const Event& ours, const RecordLookup& ol,
                            const std::string& home);

// The report against the dataset's candidates. Events listed in `skip`
// (the report's own event, once added) are not candidates.
EventResolution resolve_event(const Event& report, const RecordLookup& report_lookup, const Dataset& d,
                              const EventCandidateIndex& index, const std::string& skip_id = {});

// One agreement under two names: the same kind (or one unknown), parties in
// common, and steps within a year of each other (or no dates to compare).
bool same_agreement(const Agreement& a, const Agreement& b);

}  // namespace accord
