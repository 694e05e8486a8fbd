#include "query.h"

#include <algorithm>

#include "searchable_text.h"
#include "text_fold.h"

namespace accord {

namespace {

// Everything a text search looks at for one event, folded once per query.
std::string searchable_text(const Dataset& d, const Event& e) {
  return fold(searchable_text_unfolded(e, DatasetLookup{d}));
}

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

bool EventFilter::empty() const {
  return partners.empty() && topics.empty() && types.empty() && !from && !to && text.empty();
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
  std::stable_sort(out.begin(), out.end(),
                   [&](size_t a, size_t b) { return d.events[a].date.sort_key() < d.events[b].date.sort_key(); });
  return out;
}

}  // namespace accord
