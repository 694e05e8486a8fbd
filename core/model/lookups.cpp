#include "lookups.h"

#include "text_fold.h"

namespace accord {

namespace {

bool country_matches(const Country& c, const std::string& wanted_folded) {
  if (fold(c.id) == wanted_folded || fold(c.name) == wanted_folded) return true;
  for (const std::string& a : c.aliases)
    if (fold(a) == wanted_folded) return true;
  return false;
}

}  // namespace

const Country* find_country_by_name(const Dataset& d, const std::string& name) {
  const std::string folded = fold(name);
  for (const Country& c : d.countries)
    if (country_matches(c, folded)) return &c;
  return nullptr;
}

std::vector<std::string> event_partners(const Dataset& d, const Event& e) {
  std::vector<std::string> out;
  for (const std::string& c : e.countries)
    if (c != d.home_country) out.push_back(c);
  return out;
}

std::string role_on(const Person& p, const Date& date) {
  std::string out;
  const int day = date.sort_key();
  for (const Role& r : p.roles) {
    if (!r.held_on(day)) continue;
    if (!out.empty()) out += "; ";
    out += r.title;
  }
  return out;
}

}  // namespace accord
