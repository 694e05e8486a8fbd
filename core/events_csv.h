// Reading events back from CSV (the columns events_to_csv writes:
// id,date,date_basis,type,partners,city,title,topics), for import.
#pragma once
#include <string>
#include <vector>

#include "dataset_json.h"
#include "model.h"

namespace accord {

struct CsvImport {
  std::vector<Event> events;
  // Each with its line and column (1-based) and the field name as path:
  // "line 4, field date: \"2024-13-01\" is not a date".
  std::vector<Problem> problems;
  bool ok() const { return problems.empty(); }
};

// Partner names resolve against `context` (ids, names, aliases); rows
// with problems are left out and reported. RFC 4180 quoting.
CsvImport parse_events_csv(const std::string& text, const Dataset& context);

}  // namespace accord
