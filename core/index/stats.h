// Aggregate counts over a Dataset, for `accord stats` and the app's panels.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model.h"

namespace accord {

struct DatasetStats {
  size_t events = 0, agreements = 0, people = 0, organizations = 0, mechanisms = 0, sources = 0, countries = 0;
  size_t inferred_dates = 0;          // events whose date was inferred
  std::string first_date, last_date;  // ISO, empty when no events
  // (key, count) pairs, most frequent first, ties by key.
  std::vector<std::pair<std::string, size_t>> events_by_partner;  // country names
  std::vector<std::pair<std::string, size_t>> events_by_topic;
  std::vector<std::pair<std::string, size_t>> events_by_type;
  std::vector<std::pair<std::string, size_t>> events_by_year;  // by year, ascending
};

DatasetStats compute_stats(const Dataset& d);

}  // namespace accord
