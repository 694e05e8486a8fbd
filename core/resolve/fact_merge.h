// Merging a report into the event it reports, fact by fact: what the
// report adds (a participant, a figure, a more precise date) is added with
// its source; what it says differently (another date, type or place) is
// kept beside the event's own value in `disputed`. Everything the report
// said is listed in `reported`, so split_source can take it out again.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// Ids in the report that name the same record as an id of ours: people
// under another spelling, one agreement under two titles.
struct RecordIdMap {
  std::map<std::string, std::string> people;
  std::map<std::string, std::string> agreements;
};

// How a place and a figure are written in a ReportedFact or a Dispute
// ("Phnom Penh|KHM", "virtual"; "32 suspects suspects handed over"), and back.
std::string reported_place_text(const Location& l);
Location reported_place(const std::string& text);
std::string reported_figure_text(const Figure& f);

// `target` with the report's facts merged; `source_id` is the report's
// source (already in the dataset or in the same change). The report's ids
// are mapped through `ids` first.
Event merge_report(const Event& target, const Event& report, const std::string& source_id, const RecordIdMap& ids = {});

// Takes `source_id` out of `event`: the event without that source and the
// facts only it added (dates, types and places it alone gave revert to the
// first source's), and a new event made of what that source reported.
// `new_id` names the new event. False (with `why`) when the event does not
// cite that source, or it is the event's first (its facts are the event's own).
struct SplitResult {
  Event kept;
  Event split;
};
bool split_source(const Event& event, const std::string& source_id, const std::string& source_title,
                  const std::string& new_id, SplitResult& out, std::string& why);

}  // namespace accord
