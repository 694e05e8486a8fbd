#include "query.h"

#include <algorithm>

#include "searchable_text.h"
#include "text_fold.h"

namespace accord {

namespace {

bool country_matches(const Country& c, const std::string& wanted_folded) {
  if (fold(c.id) == wanted_folded || fold(c.name) == wanted_folded) return true;
  for (const std::string& a : c.aliases)
    if (fold(a) == wanted_folded) return true;
  return false;
}

// Everything a text search looks at for one event, folded once per query.
std::string searchable_text(const Dataset& d, const Event& e) {
  return fold(searchable_text_unfolded(e, DatasetLookup{d}));
}

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

const Country* find_country_by_name(const Dataset& d, const std::string& name) {
  const std::string folded = fold(name);
  for (const Country& c : d.countries)
    if (country_matches(c, folded)) return &c;
  return nullptr;
}

bool EventFilter::empty() const {
  return partners.empty() && topics.empty() && types.empty() && !from && !to && text.empty();
}

std::vector<std::string> event_partners(const Dataset& d, const Event& e) {
  std::vector<std::string> out;
  for (const std::string& c : e.countries)
    if (c != d.home_country) out.push_back(c);
  return out;
}

std::vector<size_t> query_events(const Dataset& d, const EventFilter& f) {
  // Resolve partner names to country ids once.
  std::vector<std::string> partner_ids;
  for (const std::string& wanted : f.partners)
    if (const Country* c = find_country_by_name(d, wanted)) partner_ids.push_back(c->id);
  const bool want_partner = !f.partners.empty();
  const std::string needle = fold(f.text);

  std::vector<size_t> out;
  for (size_t i = 0; i < d.events.size(); ++i) {
    const Event& e = d.events[i];
    if (want_partner) {
      bool any = false;
      for (const std::string& c : event_partners(d, e)) any = any || contains(partner_ids, c);
      if (!any) continue;
    }
    if (!f.topics.empty()) {
      bool any = false;
      for (const std::string& t : f.topics) any = any || contains(e.topics, t);
      if (!any) continue;
    }
    if (!f.types.empty() && !contains(f.types, e.type)) continue;
    // A partly known date matches a range when its period overlaps it.
    if (f.from && e.date.sort_key_end() < f.from->sort_key()) continue;
    if (f.to && e.date.sort_key() > f.to->sort_key_end()) continue;
    if (!needle.empty() && searchable_text(d, e).find(needle) == std::string::npos) continue;
    out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    return d.events[a].date.sort_key() < d.events[b].date.sort_key();
  });
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
