// Splitting a report off the event it was merged into, as one undoable
// change: the event without that source (fact_merge.h split_source), a new
// event made of what the source said, and the agreement steps that source
// reported for the event moved to the new event. accord split and the
// app's "Split off" make the same change through split_report_change.
#pragma once
#include <string>

#include "edit_history.h"
#include "model.h"

namespace accord {

// Whether `source_id` can be split off `event`: the event cites it, has
// another source, and it is not the first (the first's facts are the event's own).
bool can_split_source(const Event& event, const std::string& source_id);

struct ReportSplit {
  DatasetChange change;      // the event kept, the new event, the agreements whose steps moved
  std::string new_event_id;  // "ev-2025-03-13-vnm-khm-talks", unused in the dataset
  std::string why;           // not empty: nothing to split, and why
  bool ok() const { return why.empty(); }
};

// The change that splits `source_id` off the event `event_id` of `d`.
ReportSplit split_report_change(const Dataset& d, const std::string& event_id, const std::string& source_id);

}  // namespace accord
