// Event listings as CSV and JSON, for the CLI and for download.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// One row per event: id,date,date_basis,type,partners,city,title,topics
// (RFC 4180 quoting; lists joined with ';'). A cell starting with = + - @,
// a tab or a carriage return gets a leading apostrophe so a spreadsheet
// does not run it as a formula; parse_events_csv removes it again (the
// exact rule is in events_csv.h).
std::string events_to_csv(const Dataset& d, const std::vector<size_t>& event_indexes);
// A JSON array of the same fields, with lists as arrays.
std::string events_to_json(const Dataset& d, const std::vector<size_t>& event_indexes);

}  // namespace accord
