#include "candidate_index.h"

#include <algorithm>

namespace accord {

int day_number(int y, int m, int d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DaySpan day_span(const Date& date, const std::optional<Date>& end) {
  DaySpan s;
  if (date.precision == DatePrecision::Year || date.month == 0) {
    s.first = day_number(date.year, 1, 1);
    s.last = day_number(date.year, 12, 31);
  } else if (date.precision == DatePrecision::Month || date.day == 0) {
    s.first = day_number(date.year, date.month, 1);
    s.last = day_number(date.year, date.month, days_in_month(date.year, date.month));
  } else {
    s.first = s.last = day_number(date.year, date.month, date.day);
  }
  if (end && end->year != 0) s.last = std::max(s.last, day_span(*end).last);
  return s;
}

std::vector<std::string> event_partner_ids(const Event& e, const std::string& home) {
  std::vector<std::string> out;
  for (const std::string& c : e.countries)
    if (c != home && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

void EventCandidateIndex::build(const Dataset& d) {
  home_ = d.home_country;
  all_.clear();
  by_partner_.clear();
  added_.clear();
  longest_span_ = 0;
  all_.reserve(d.events.size());
  for (size_t i = 0; i < d.events.size(); ++i) {
    const DaySpan s = day_span(d.events[i].date, d.events[i].end_date);
    add_entry(event_partner_ids(d.events[i], home_), {s.first, s.last, i});
  }
  const auto by_day = [](const Entry& a, const Entry& b) { return a.day < b.day; };
  std::stable_sort(all_.begin(), all_.end(), by_day);
  for (auto& [partner, bucket] : by_partner_) std::stable_sort(bucket.begin(), bucket.end(), by_day);
}

void EventCandidateIndex::add(const Dataset& d, size_t i) {
  const DaySpan s = day_span(d.events[i].date, d.events[i].end_date);
  added_.push_back({{s.first, s.last, i}, event_partner_ids(d.events[i], home_)});
}

void EventCandidateIndex::add_entry(const std::vector<std::string>& partners, Entry e) {
  longest_span_ = std::max(longest_span_, e.last - e.day);
  all_.push_back(e);
  if (partners.empty()) by_partner_[""].push_back(e);
  for (const std::string& p : partners) by_partner_[p].push_back(e);
}

void EventCandidateIndex::collect(const Bucket& b, int from, int reach, int to, std::vector<size_t>& out) const {
  auto it = std::lower_bound(b.begin(), b.end(), from, [](const Entry& x, int day) { return x.day < day; });
  for (; it != b.end() && it->day <= to; ++it)
    if (it->last >= reach) out.push_back(it->event);
}

std::vector<size_t> EventCandidateIndex::find(const DaySpan& span, int window_days,
                                              const std::vector<std::string>& partners) const {
  // An event starting up to its own length before the window can still reach into it.
  const int reach = span.first - window_days;
  const int from = reach - longest_span_;
  const int to = span.last + window_days;
  std::vector<size_t> out;
  if (partners.empty()) {
    collect(all_, from, reach, to, out);
  } else {
    for (const std::string& p : partners) {
      const auto b = by_partner_.find(p);
      if (b != by_partner_.end()) collect(b->second, from, reach, to, out);
    }
    // Events that name no partner (only the home country) may be any partner's.
    const auto none = by_partner_.find("");
    if (none != by_partner_.end()) collect(none->second, from, reach, to, out);
  }
  for (const Added& a : added_) {
    if (a.entry.last < reach || a.entry.day > to) continue;
    bool shared = partners.empty() || a.partners.empty();
    for (const std::string& p : partners)
      shared = shared || std::find(a.partners.begin(), a.partners.end(), p) != a.partners.end();
    if (shared) out.push_back(a.entry.event);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<size_t> scan_candidates(const Dataset& d, const DaySpan& span, int window_days,
                                    const std::vector<std::string>& partners) {
  std::vector<size_t> out;
  for (size_t i = 0; i < d.events.size(); ++i) {
    const Event& e = d.events[i];
    const DaySpan s = day_span(e.date, e.end_date);
    if (s.last < span.first - window_days || s.first > span.last + window_days) continue;
    const std::vector<std::string> theirs = event_partner_ids(e, d.home_country);
    bool shared = partners.empty() || theirs.empty();
    for (const std::string& p : partners) shared = shared || std::find(theirs.begin(), theirs.end(), p) != theirs.end();
    if (shared) out.push_back(i);
  }
  return out;
}

}  // namespace accord
