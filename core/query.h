// Event queries over a Dataset: facet filters plus text search.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

struct EventFilter {
  std::vector<std::string> partners;  // country ids or names; any of them
  std::vector<std::string> topics;    // any of them
  std::vector<EventType> types;       // any of them
  std::optional<Date> from;           // inclusive
  std::optional<Date> to;             // inclusive (end of its period)
  std::string text;                   // case- and diacritic-insensitive
  bool empty() const;
};

// Indexes of matching events in dataset.events, sorted by date ascending.
std::vector<size_t> query_events(const Dataset& d, const EventFilter& f);

// A country by id, name or alias, ignoring case and diacritics.
const Country* find_country_by_name(const Dataset& d, const std::string& name);
// The partner countries of an event: its countries less the home country.
std::vector<std::string> event_partners(const Dataset& d, const Event& e);
// The role a person held on a date (the event's own stated role first).
std::string role_on(const Person& p, const Date& date);

}  // namespace accord
