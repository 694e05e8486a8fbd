// The one way an article becomes records in a dataset, shared by
// `accord add`, the fuzz target and the tests: extract, resolve the names
// against the dataset, apply as one undoable change. The change is checked
// like every edit (validate.h), so a dataset that was valid stays valid.
#pragma once
#include <string>

#include "draft_resolve.h"
#include "edit_history.h"
#include "event_resolution.h"
#include "extract.h"
#include "gazetteer.h"

namespace accord {

// What to do when the report may be an event the dataset has.
struct ReportChoice {
  std::string same_as;                         // add it as another source of this event
  bool as_new = false;                         // add it as a new event whatever it resembles
  const EventCandidateIndex* index = nullptr;  // the dataset's; built for the call when null
};

struct ArticleAdd {
  DraftRecords records;         // what was (or would have been) added, with notes
  std::string refused;          // empty when added; else why nothing was added
  EventResolution resolution;   // the dataset's events it was compared with
  std::string merged_into;      // the event it became a source of; empty when added as new
  bool needs_decision = false;  // refused because it may be resolution.best(): --same or --new
  bool added() const { return refused.empty(); }
  // The event the article's facts are in now.
  const std::string& event_id() const { return merged_into.empty() ? records.event.id : merged_into; }
};

// `gazetteer` should already know the dataset's names (add_dataset_entries).
// Adds nothing when the text cannot be extracted from, when no date can be
// set, or when the records would not be valid. The report is resolved
// against the dataset's events (resolve_event): the same event gets it as
// another source, a possible one is left to the caller's `choice`.
ArticleAdd add_article(Dataset& d, EditHistory& history, const std::string& text, const Gazetteer& gazetteer,
                       const ExtractOptions& options = {}, const SourceInfo& source = {},
                       const ReportChoice& choice = {});

}  // namespace accord
