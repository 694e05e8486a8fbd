// Event listings as CSV and JSON, for the CLI and for download.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// One row per event: id,date,date_basis,type,partners,city,title,topics
// (RFC 4180 quoting; lists joined with ';').
std::string events_to_csv(const Dataset& d, const std::vector<size_t>& event_indexes);
// A JSON array of the same fields, with lists as arrays.
std::string events_to_json(const Dataset& d, const std::vector<size_t>& event_indexes);

}  // namespace accord
