// What is wrong with data, and where: shared by the readers (JSON, CSV,
// snapshots) and validation.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// A problem found while reading or validating, with where it is:
// a JSON path ("events[3].date") and, for syntax errors, line and column.
struct Problem {
  std::string path;
  std::string message;
  int line = 0;         // 1-based, 0 when not known
  int column = 0;       // 1-based, 0 when not known
  std::string field{};  // for CSV rows: the column's name ("date")
  // "events[3].date: \"2024-13-01\" is not a date", or for CSV
  // "line 4, column 12, field date: \"2024-13-01\" is not a date".
  std::string to_string() const;
};

struct LoadResult {
  Dataset dataset;
  std::vector<Problem> problems;  // empty when the text is a valid dataset
  bool ok() const { return problems.empty(); }
};

}  // namespace accord
