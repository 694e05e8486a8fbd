#include "report_split.h"

#include <algorithm>
#include <cctype>

#include "fact_merge.h"

namespace accord {

namespace {

// "ev-2025-03-13-vnm-khm-talks": the date, the countries and the type, as accord add names events.
std::string event_id_base(const Event& e) {
  std::string id = "ev-" + e.date.iso();
  for (const std::string& c : e.countries) {
    id += "-";
    for (char ch : c) id += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  std::string type = to_string(e.type);
  for (char& ch : type)
    if (ch == '_') ch = '-';
  return id + "-" + type;
}

}  // namespace

bool can_split_source(const Event& event, const std::string& source_id) {
  return event.sources.size() > 1 && event.sources.front() != source_id &&
         std::find(event.sources.begin(), event.sources.end(), source_id) != event.sources.end();
}

ReportSplit split_report_change(const Dataset& d, const std::string& event_id, const std::string& source_id) {
  ReportSplit out;
  const Event* event = d.find_event(event_id);
  if (!event) {
    out.why = "no event has the id \"" + event_id + "\"";
    return out;
  }
  const Source* source = d.find_source(source_id);
  SplitResult split;
  if (!split_source(*event, source_id, source ? source->title : "", "", split, out.why)) return out;
  const std::string base = event_id_base(split.split);
  std::string id = base;
  for (int k = 2; d.find_event(id); ++k) id = base + "-" + std::to_string(k);
  split.split.id = id;
  out.new_event_id = id;

  out.change.label = "Split source " + source_id + " from event " + event_id;
  out.change.upsert_events = {split.kept, split.split};
  // The agreement steps this source reported for the event are the new event's.
  for (const Agreement& a : d.agreements) {
    bool moved = false;
    Agreement u = a;
    for (AgreementStatus& s : u.history)
      if (s.event == event_id && s.source == source_id) {
        s.event = id;
        moved = true;
      }
    if (moved) out.change.upsert_agreements.push_back(u);
  }
  return out;
}

}  // namespace accord
