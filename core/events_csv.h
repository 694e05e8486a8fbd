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
  // Each with its line and column (1-based) and the field name:
  // "line 4, column 12, field date: \"2024-13-01\" is not a date".
  std::vector<Problem> problems;
  bool ok() const { return problems.empty(); }
};

// Partner names resolve against `context` (ids, names, aliases); rows
// with problems are left out and reported. RFC 4180 quoting; a leading
// UTF-8 BOM and CRLF or LF line ends are accepted. The columns may come in
// any order; id, date, type, partners and title are required. Events get
// the context's home country first among their countries and no source.
CsvImport parse_events_csv(const std::string& text, const Dataset& context);

// A dataset that merge_dataset can take. A row that is one of the
// context's events (same id, or is_same_event) takes the fields CSV does
// not carry (summary, people, sources...) from it, so an unchanged row
// merges as "already present" and a changed one as a conflict on the
// column that differs. Other rows cite one new source for the file, with
// id "src-csv-" + the file's name made an id. Problems as above.
struct CsvDataset {
  Dataset dataset;
  std::vector<Problem> problems;
  bool ok() const { return problems.empty(); }
};
CsvDataset csv_import_dataset(const std::string& text, const std::string& file_name, const Dataset& context);

}  // namespace accord
