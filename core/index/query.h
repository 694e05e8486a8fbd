// Event queries over a Dataset: facet filters plus text search.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lookups.h"
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

}  // namespace accord
