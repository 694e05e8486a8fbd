// Answers read straight off the model, shared by every layer above it:
// a country by any of its names, an event's partners, a person's role on a
// day.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// A country by id, name or alias, ignoring case and diacritics.
const Country* find_country_by_name(const Dataset& d, const std::string& name);
// The partner countries of an event: its countries less the home country.
std::vector<std::string> event_partners(const Dataset& d, const Event& e);
// The role a person held on a date (the event's own stated role first).
std::string role_on(const Person& p, const Date& date);

}  // namespace accord
