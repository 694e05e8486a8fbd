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
  StatsBuilder b(d);
  b.step(d.events.size());
  return b.take();
}

StatsBuilder::StatsBuilder(const Dataset& d) : d_(&d) {
  s_.events = d.events.size();
  s_.agreements = d.agreements.size();
  s_.people = d.people.size();
  s_.organizations = d.organizations.size();
  s_.mechanisms = d.mechanisms.size();
  s_.sources = d.sources.size();
  s_.countries = d.countries.size();
}

bool StatsBuilder::step(size_t events) {
  const Dataset& d = *d_;
  const size_t end = std::min(d.events.size(), next_ + events);
  for (; next_ < end; ++next_) {
    const Event& e = d.events[next_];
    if (e.date.inferred()) ++s_.inferred_dates;
    if (!first_ || e.date.sort_key() < first_->date.sort_key()) first_ = &e;
    if (!last_ || e.date.sort_key() > last_->date.sort_key()) last_ = &e;
    for (const std::string& id : event_partners(d, e)) {
      const Country* c = d.find_country(id);
      ++partners_[c ? c->name : id];
    }
    for (const std::string& t : e.topics) ++topics_[t];
    ++types_[to_string(e.type)];
    ++years_[std::to_string(e.date.year)];
  }
  return next_ == d.events.size();
}

DatasetStats StatsBuilder::take() {
  if (first_) s_.first_date = first_->date.iso();
  if (last_) s_.last_date = last_->date.iso();
  s_.events_by_partner = by_count(partners_);
  s_.events_by_topic = by_count(topics_);
  s_.events_by_type = by_count(types_);
  s_.events_by_year.assign(years_.begin(), years_.end());
  return std::move(s_);
}

}  // namespace accord
