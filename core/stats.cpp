#include "stats.h"

#include <algorithm>

#include "query.h"

namespace accord {

namespace {
std::vector<std::pair<std::string, size_t>> by_count(const std::map<std::string, size_t>& m) {
  std::vector<std::pair<std::string, size_t>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}
}  // namespace

DatasetStats compute_stats(const Dataset& d) {
  DatasetStats s;
  s.events = d.events.size();
  s.agreements = d.agreements.size();
  s.people = d.people.size();
  s.organizations = d.organizations.size();
  s.mechanisms = d.mechanisms.size();
  s.sources = d.sources.size();
  s.countries = d.countries.size();

  std::map<std::string, size_t> partners, topics, types, years;
  const Event* first = nullptr;
  const Event* last = nullptr;
  for (const Event& e : d.events) {
    if (e.date.inferred()) ++s.inferred_dates;
    if (!first || e.date.sort_key() < first->date.sort_key()) first = &e;
    if (!last || e.date.sort_key() > last->date.sort_key()) last = &e;
    for (const std::string& id : event_partners(d, e)) {
      const Country* c = d.find_country(id);
      ++partners[c ? c->name : id];
    }
    for (const std::string& t : e.topics) ++topics[t];
    ++types[to_string(e.type)];
    ++years[std::to_string(e.date.year)];
  }
  if (first) s.first_date = first->date.iso();
  if (last) s.last_date = last->date.iso();
  s.events_by_partner = by_count(partners);
  s.events_by_topic = by_count(topics);
  s.events_by_type = by_count(types);
  s.events_by_year.assign(years.begin(), years.end());
  return s;
}

}  // namespace accord
