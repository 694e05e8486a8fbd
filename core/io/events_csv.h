// Reading events back from CSV (the columns events_to_csv writes:
// id,date,date_basis,type,partners,city,title,topics), for import, as
// spreadsheets really write it.
//
// Separators: ',' ';' or a tab. A first line "sep=;" (as Excel writes it)
// names the separator and is not a row; otherwise the header line decides
// (the most frequent of the three outside quotes, ',' on a tie). Problems
// keep the file's real line numbers either way.
//
// Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell
// that starts with = + - @, a tab or a carriage return as a formula, so
// events_to_csv writes such a cell with a leading apostrophe, which
// spreadsheets show as text and do not display. Reading removes that
// apostrophe again, so export -> import gives back exactly the text. To
// keep that exact for every text, a text that already starts with
// apostrophes followed by one of those characters gets one more on export
// and loses one on import ("'=x" is written "''=x").
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
  // What was read differently from the plain format, for the user to
  // check; not problems: "read with ';' as the separator (a sep=; line)",
  // "column date: 3 dates read as DD/MM/YYYY (day first)",
  // "column \"notes\" (column 9) is not one of id,date,...: ignored".
  std::vector<std::string> notes;
  bool ok() const { return problems.empty(); }
};

// Partner names resolve against `context` (ids, names, aliases); rows
// with problems are left out and reported. RFC 4180 quoting; a leading
// UTF-8 BOM and CRLF or LF line ends are accepted. The columns may come in
// any order (header names compared without case and surrounding spaces);
// id, date, type, partners and title are required, other columns are
// ignored with a note. Dates: YYYY, YYYY-MM, YYYY-MM-DD, day first
// DD/MM/YYYY, D/M/YYYY or DD.MM.YYYY, or an Excel date serial from 20000
// to 80000 (1954-10-03 to 2119-01-10), each checked against the calendar.
// An id on two rows is a problem on the later row. Events get the
// context's home country first among their countries and no source.
CsvImport parse_events_csv(const std::string& text, const Dataset& context);

// A dataset that merge_dataset can take. A row that is one of the
// context's events (same id, or is_same_event) takes the fields CSV does
// not carry (summary, people, sources...) from it, so an unchanged row
// merges as "already present" and a changed one as a conflict on the
// column that differs. Other rows cite one new source for the file, with
// id "src-csv-" + the file's name made an id. Problems and notes as above.
struct CsvDataset {
  Dataset dataset;
  std::vector<Problem> problems;
  std::vector<std::string> notes;
  bool ok() const { return problems.empty(); }
};
CsvDataset csv_import_dataset(const std::string& text, const std::string& file_name, const Dataset& context);

// A cell of RFC 4180 text with where it starts (1-based), and a record:
// for other CSV shapes (the exchange formats) read the same way.
struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};
struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;
};
// Splits RFC 4180 text into records from byte `start` (after a BOM), whose
// line is `first_line`; syntax problems (an unclosed quote) are reported
// where they are.
std::vector<CsvRecord> split_csv_records(const std::string& text, size_t start, int first_line, char separator,
                                         std::vector<Problem>& problems);

// The formula-injection guard above, for one cell's text.
std::string csv_formula_guarded(const std::string& cell);  // on export
// One exported cell: guarded against formulas, then quoted (RFC 4180) when
// it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);
std::string csv_formula_unguarded(const std::string& cell);  // on import

}  // namespace accord
