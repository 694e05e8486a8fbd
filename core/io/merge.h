// Importing one dataset into another without duplicates or silent
// overwrites: new records are added, records already present are skipped,
// and records that differ from ours are reported as conflicts (ours kept).
// An incoming event that is one of ours (the same id, or the resolver says
// "same") and cites a source ours does not is another report of it: its
// facts are merged as accord add merges a report (core/resolve/fact_merge.h):
// new participants, figures and sources added, a date, type, place or count
// it gives differently kept as a dispute with its source.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// A title's words, folded (no case, no diacritics), without the small
// words of English, French and Vietnamese that carry no meaning alone.
std::vector<std::string> title_words(const std::string& title);
// Word overlap of two titles, from 0 (none) to 1 (the same words):
// twice the shared words over the words of both.
double title_similarity(const std::string& a, const std::string& b);
inline constexpr double kSameTitleSimilarity = 0.6;

// Two events are the same happening, whatever their ids: the event
// resolver's answer (core/resolve/event_resolution.h) is "same" for them,
// looking people and agreements up in `da` and `db` when given.
bool is_same_event(const Event& a, const Event& b, const Dataset* da = nullptr, const Dataset* db = nullptr);

// A record that exists on both sides and differs: ours is kept.
struct MergeConflict {
  std::string kind;         // "event", "agreement", "person", "organization", "source", ...
  std::string id;           // our id
  std::string incoming_id;  // theirs (differs for events matched by is_same_event)
  std::string field;        // the first field that differs: "title", "date", ...
  std::string ours;         // that field's value on each side, as text cut to a readable length
  std::string theirs;
};

struct MergeReport {
  int added = 0;  // records added, all kinds
  int added_events = 0;
  int unchanged = 0;  // present on both sides and identical
  std::vector<MergeConflict> conflicts;
  std::vector<std::string> problems;  // incoming records that could not be added, and why
  // Incoming events added as their own that may be one of ours (the
  // resolver's "ask"): "ev-theirs may be ev-ours (score 4.5; same day ...)".
  std::vector<std::string> possible_same;
  // Incoming events merged into ours as another report of them:
  // "ev-theirs merged into ev-ours (source src-x): 2 facts added, 1 disagreement kept".
  int merged_events = 0;
  std::vector<std::string> merged_reports;
  // Incoming people who are ours under another id: "p-theirs is p-ours ("Name")".
  std::vector<std::string> same_people;
  // Agreements an incoming report of our event acts on that the event acts on under another id.
  std::vector<std::string> same_agreements;
  // "3 events added, 2 already present, 1 conflict[, 1 report merged into an event]"
  std::string summary() const;
  bool changed() const { return added > 0 || merged_events > 0; }
};

// Merges `incoming` into `into`. References inside incoming records are
// rewritten when an incoming event matched one of ours under another id.
MergeReport merge_dataset(Dataset& into, const Dataset& incoming);

}  // namespace accord
