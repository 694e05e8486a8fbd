// What every exchange format needs from our records: whole-day dates for
// formats that have no precision, partners and actors by name, and the way
// back in (events read from another tool's file become a dataset that
// merge_dataset takes, like the CSV import).
#pragma once
#include <string>
#include <vector>

#include "model.h"
#include "problem.h"

namespace accord {

// The first and last day a date may denote, "YYYY-MM-DD": a month-only
// date is its whole month, a year-only date its whole year.
std::string first_day_iso(const Date& d);
std::string last_day_iso(const Date& d);

// An event's partner countries by name (id when unknown), in its order.
std::vector<std::string> partner_names(const Dataset& d, const Event& e);
std::string country_name(const Dataset& d, const std::string& id);

// The event's first source, or null.
const Source* first_source(const Dataset& d, const Event& e);

// Events read from another tool's file, with problems that name the place
// (line and column, field) and notes for what was read differently.
struct ExchangeImport {
  std::vector<Event> events;
  std::vector<Problem> problems;
  std::vector<std::string> notes;
  // What the format cannot say: an event that is one of ours keeps ours.
  bool carries_type = true;
  bool carries_date_basis = true;
  bool ok() const { return problems.empty(); }
};

// As csv_import_dataset does: an event that is one of the context's (same
// id, or is_same_event) keeps what the format cannot carry (people,
// sources, figures...) from ours and takes what it says; other events cite
// one new source for the file, with id "src-" + kind + "-" + the file's
// name made an id. The problems and notes pass through.
struct ExchangeDataset {
  Dataset dataset;
  std::vector<Problem> problems;
  std::vector<std::string> notes;
  bool ok() const { return problems.empty(); }
};
ExchangeDataset exchange_import_dataset(ExchangeImport parsed, const std::string& kind, const std::string& file_name,
                                        const Dataset& context);

// "laos-talks.json" -> "laos-talks-json": a file name made an id.
std::string id_from_file_name(const std::string& name);

}  // namespace accord
