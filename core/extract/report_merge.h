// A report's records (resolve_draft) against the events the dataset has:
// resolve_event decides, merge_records_change makes the report another
// source of the chosen event as one undoable change.
#pragma once
#include <string>

#include "draft_resolve.h"
#include "event_resolution.h"

namespace accord {

// The report's event against the dataset (the candidates `index` finds).
EventResolution resolve_records(const DraftRecords& r, const Dataset& d, const EventCandidateIndex& index);

// The change that adds the report to `target` instead of as a new event:
// its source, the facts it adds (fact_merge.h), and only the new people and
// agreements that are not the target's under another name.
DatasetChange merge_records_change(const DraftRecords& r, const Dataset& d, const Event& target);

}  // namespace accord
