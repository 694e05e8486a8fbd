// The exchange formats by name, for the CLI's --format and the app's Data
// window: one list, so both offer the same formats with the same files.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

struct ExchangeFormat {
  const char* name;       // --format value: "gdelt"
  const char* label;      // for a button: "GDELT rows"
  const char* file_name;  // a download's name: "accord-atlas-gdelt.tsv"
  const char* mime_type;
};
// gdelt, plover, acled, timeline, gexf, graphml.
const std::vector<ExchangeFormat>& exchange_formats();
const ExchangeFormat* find_exchange_format(const std::string& name);

// The events (indexes into d.events) in the named format; nullopt for a
// name that is not one of exchange_formats(). `gdelt_header` adds GDELT's
// column names as a first row.
std::optional<std::string> export_exchange(const Dataset& d, const std::string& format,
                                           const std::vector<size_t>& event_indexes, bool gdelt_header = false);

}  // namespace accord
