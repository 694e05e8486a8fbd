#include "exchange_export.h"

#include "acled_csv.h"
#include "gdelt_rows.h"
#include "network_graph.h"
#include "plover_json.h"
#include "timeline_json.h"

namespace accord {

const std::vector<ExchangeFormat>& exchange_formats() {
  static const std::vector<ExchangeFormat> kFormats = {
      {"gdelt", "GDELT rows", "accord-atlas-gdelt.tsv", "text/tab-separated-values"},
      {"plover", "PLOVER", "accord-atlas-plover.jsonl", "application/x-ndjson"},
      {"acled", "ACLED CSV", "accord-atlas-acled.csv", "text/csv"},
      {"timeline", "TimelineJS", "accord-atlas-timeline.json", "application/json"},
      {"gexf", "GEXF network", "accord-atlas-network.gexf", "application/xml"},
      {"graphml", "GraphML network", "accord-atlas-network.graphml", "application/xml"},
  };
  return kFormats;
}

const ExchangeFormat* find_exchange_format(const std::string& name) {
  for (const ExchangeFormat& f : exchange_formats())
    if (name == f.name) return &f;
  return nullptr;
}

std::optional<std::string> export_exchange(const Dataset& d, const std::string& format,
                                           const std::vector<size_t>& event_indexes, bool gdelt_header) {
  if (format == "gdelt") return events_to_gdelt(d, event_indexes, gdelt_header);
  if (format == "plover") return events_to_plover(d, event_indexes);
  if (format == "acled") return events_to_acled(d, event_indexes);
  if (format == "timeline") return events_to_timeline(d, event_indexes);
  if (format == "gexf") return network_to_gexf(build_network(d, event_indexes), d.title);
  if (format == "graphml") return network_to_graphml(build_network(d, event_indexes), d.title);
  return std::nullopt;
}

}  // namespace accord
