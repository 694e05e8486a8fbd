#include "stats.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

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

  // Counted by id, type and year first, named once at the end: the loop
  // over a million events then allocates nothing.
  std::unordered_map<std::string_view, size_t> partner_ids, topic_ids;
  std::vector<size_t> type_counts(all_event_types().size(), 0);
  std::map<int, size_t> year_counts;
  const Event* first = nullptr;
  const Event* last = nullptr;
  for (const Event& e : d.events) {
    if (e.date.inferred()) ++s.inferred_dates;
    if (!first || e.date.sort_key() < first->date.sort_key()) first = &e;
    if (!last || e.date.sort_key() > last->date.sort_key()) last = &e;
    for (const std::string& id : e.countries)
      if (id != d.home_country) ++partner_ids[id];  // as event_partners()
    for (const std::string& t : e.topics) ++topic_ids[t];
    ++type_counts[static_cast<size_t>(e.type)];
    ++year_counts[e.date.year];
  }
  std::map<std::string, size_t> partners, topics, types, years;
  for (const auto& [id, n] : partner_ids) {
    const Country* c = d.find_country(std::string(id));
    partners[c ? c->name : std::string(id)] += n;
  }
  for (const auto& [t, n] : topic_ids) topics[std::string(t)] += n;
  for (size_t t = 0; t < type_counts.size(); ++t)
    if (type_counts[t]) types[to_string(static_cast<EventType>(t))] += type_counts[t];
  for (const auto& [y, n] : year_counts) years[std::to_string(y)] += n;
  if (first) s.first_date = first->date.iso();
  if (last) s.last_date = last->date.iso();
  s.events_by_partner = by_count(partners);
  s.events_by_topic = by_count(topics);
  s.events_by_type = by_count(types);
  s.events_by_year.assign(years.begin(), years.end());
  return s;
}

}  // namespace accord
