#include "analytics.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "query.h"

namespace accord {
namespace {

template <typename K>
std::vector<std::pair<K, size_t>> most_first(const std::map<K, size_t>& m) {
  std::vector<std::pair<K, size_t>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

template <typename T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// Day of the year (0-based) over the year's length, for fractional years.
double year_fraction(int year, int month, int day) {
  int days_before = 0;
  for (int m = 1; m < month; ++m) days_before += days_in_month(year, m);
  const int year_length = days_in_month(year, 2) == 29 ? 366 : 365;
  return double(days_before + (day > 0 ? day - 1 : 0)) / year_length;
}

// The last four-digit year a free-text period names: "2024-01/2024-10" -> 2024.
int period_year(const std::string& period) {
  int year = 0;
  for (size_t i = 0; i + 4 <= period.size(); ++i) {
    const bool digits = std::isdigit((unsigned char)period[i]) && std::isdigit((unsigned char)period[i + 1]) &&
                        std::isdigit((unsigned char)period[i + 2]) && std::isdigit((unsigned char)period[i + 3]);
    const bool bounded = (i == 0 || !std::isdigit((unsigned char)period[i - 1])) &&
                         (i + 4 == period.size() || !std::isdigit((unsigned char)period[i + 4]));
    if (digits && bounded) year = std::stoi(period.substr(i, 4));
  }
  return year;
}

int date_key(const std::optional<Date>& d) { return d ? d->sort_key() : 0; }

}  // namespace

YearSpan event_year_span(const Dataset& d) {
  YearSpan span;
  for (const Event& e : d.events) {
    if (e.date.year <= 0) continue;
    if (span.first == 0 || e.date.year < span.first) span.first = e.date.year;
    span.last = std::max(span.last, e.date.year);
  }
  return span;
}

std::vector<YearRun> year_runs(const Dataset& d, const std::vector<size_t>& by_date) {
  std::vector<YearRun> runs;
  const auto year_at = [&](size_t i) { return d.events[by_date[i]].date.year; };
  for (size_t start = 0; start < by_date.size();) {
    const int year = year_at(start);
    size_t lo = start + 1, hi = by_date.size();  // the first row of another year is in [lo, hi]
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (year_at(mid) == year)
        lo = mid + 1;
      else
        hi = mid;
    }
    runs.push_back({year, start, lo - start});
    start = lo;
  }
  return runs;
}

double fractional_year(const Date& date, bool end) {
  switch (date.precision) {
    case DatePrecision::Year:
      return date.year + (end ? 1.0 : 0.0);
    case DatePrecision::Month: {
      const double start = date.year + year_fraction(date.year, date.month, 1);
      if (!end) return start;
      return date.month == 12 ? date.year + 1.0 : date.year + year_fraction(date.year, date.month + 1, 1);
    }
    case DatePrecision::Day:
      break;
  }
  const double start = date.year + year_fraction(date.year, date.month, date.day);
  return end ? start + 1.0 / 365.0 : start;
}

FacetCounts facet_counts(const Dataset& d) {
  std::map<std::string, size_t> partners, topics;
  std::map<EventType, size_t> types;
  std::map<int, size_t> years;
  for (const Event& e : d.events) {
    for (const std::string& c : event_partners(d, e)) ++partners[c];
    for (const std::string& t : e.topics) ++topics[t];
    ++types[e.type];
    ++years[e.date.year];
  }
  FacetCounts f;
  f.partners = most_first(partners);
  f.topics = most_first(topics);
  for (EventType t : all_event_types())
    if (types.count(t)) f.types.emplace_back(t, types[t]);
  f.years.assign(years.begin(), years.end());
  return f;
}

PartnerTopicMatrix partner_topic_matrix(const Dataset& d, const std::vector<size_t>& events) {
  std::map<std::string, size_t> partner_count, topic_count;
  std::map<std::pair<std::string, std::string>, size_t> cells;
  for (size_t i : events) {
    const Event& e = d.events[i];
    const std::vector<std::string> partners = event_partners(d, e);
    for (const std::string& p : partners) ++partner_count[p];
    for (const std::string& t : e.topics) {
      ++topic_count[t];
      for (const std::string& p : partners) ++cells[{p, t}];
    }
  }
  PartnerTopicMatrix m;
  for (const auto& [p, n] : most_first(partner_count)) {
    m.partners.push_back(p);
    m.partner_events.push_back(n);
  }
  for (const auto& [t, n] : most_first(topic_count)) m.topics.push_back(t);
  m.counts.assign(m.partners.size() * m.topics.size(), 0);
  for (size_t r = 0; r < m.partners.size(); ++r)
    for (size_t c = 0; c < m.topics.size(); ++c) {
      const auto it = cells.find({m.partners[r], m.topics[c]});
      if (it == cells.end()) continue;
      m.counts[r * m.topics.size() + c] = it->second;
      m.max_count = std::max(m.max_count, it->second);
    }
  return m;
}

PartnerTopicMatrix partner_topic_matrix(const Dataset& d) {
  std::vector<size_t> all(d.events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return partner_topic_matrix(d, all);
}

std::vector<PartnerSummary> partner_summaries(const Dataset& d) {
  std::map<std::string, PartnerSummary> by_country;
  std::map<std::string, std::map<EventType, size_t>> types;
  std::map<std::string, std::map<std::string, size_t>> topics;
  for (const Event& e : d.events) {
    for (const std::string& c : event_partners(d, e)) {
      PartnerSummary& s = by_country[c];
      s.country = c;
      ++s.events;
      if (!s.first || e.date.sort_key() < s.first->sort_key()) s.first = e.date;
      if (!s.last || e.date.sort_key() > s.last->sort_key()) s.last = e.date;
      ++types[c][e.type];
      for (const std::string& t : e.topics) ++topics[c][t];
      for (const std::string& m : e.mechanisms) add_unique(s.mechanisms, m);
      s.figures += e.figures.size();
    }
  }
  for (const Agreement& a : d.agreements)
    for (const std::string& party : a.parties) {
      const auto it = by_country.find(party);
      if (it != by_country.end()) add_unique(it->second.agreements, a.id);
    }
  std::vector<PartnerSummary> out;
  for (auto& [c, s] : by_country) {
    s.by_type = most_first(types[c]);
    s.topics = most_first(topics[c]);
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.events > b.events; });
  return out;
}

std::vector<FigureSeries> figure_series(const Dataset& d) {
  std::map<std::string, FigureSeries> by_unit;
  for (const Event& e : d.events)
    for (const Figure& f : e.figures) {
      FigureSeries& s = by_unit[f.unit];
      s.unit = f.unit;
      s.points.push_back({f.quantity, f.what, f.period, period_year(f.period), f.source, e.id});
      s.max_quantity = std::max(s.max_quantity, f.quantity);
    }
  std::vector<FigureSeries> out;
  for (auto& [unit, s] : by_unit) {
    // Undated points (year 0) go last; the period text breaks ties.
    std::stable_sort(s.points.begin(), s.points.end(), [](const FigurePoint& a, const FigurePoint& b) {
      const int ya = a.year ? a.year : 99999, yb = b.year ? b.year : 99999;
      return ya != yb ? ya < yb : a.period < b.period;
    });
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.points.size() > b.points.size(); });
  return out;
}

// --- agreements -------------------------------------------------------------------

AgreementRow agreement_row_from_history(const Agreement& a, size_t index) {
  AgreementRow r;
  r.index = index;
  for (const AgreementStatus& s : a.history) {
    if (s.action == AgreementAction::Signed && !r.signed_date) r.signed_date = s.date;
    if (!r.has_status || date_key(s.date) >= date_key(r.status_date)) {
      r.status = s.action;
      r.status_date = s.date;
      r.has_status = true;
    }
  }
  return r;
}

std::vector<AgreementRow> agreement_register(const Dataset& d) {
  std::unordered_map<std::string, size_t> row_of;
  std::vector<AgreementRow> rows(d.agreements.size());
  for (size_t i = 0; i < d.agreements.size(); ++i) {
    rows[i] = agreement_row_from_history(d.agreements[i], i);
    row_of.emplace(d.agreements[i].id, i);
  }
  // Events fill in what the history leaves out.
  for (const Event& e : d.events)
    for (const AgreementAct& act : e.agreements) {
      const auto it = row_of.find(act.agreement);
      if (it == row_of.end()) continue;
      AgreementRow& r = rows[it->second];
      ++r.events;
      if (act.action == AgreementAction::Signed && !r.signed_date) r.signed_date = e.date;
      if (!r.has_status || e.date.sort_key() > date_key(r.status_date)) {
        r.status = act.action;
        r.status_date = e.date;
        r.has_status = true;
      }
    }
  return rows;
}

void sort_agreement_register(const Dataset& d, std::vector<AgreementRow>& rows, AgreementColumn column,
                             bool ascending) {
  // The parties' names, made once per row rather than in every comparison
  // (25,000 agreements at a million events).
  std::vector<std::string> parties_of;
  if (column == AgreementColumn::Parties) {
    parties_of.resize(d.agreements.size());
    for (const AgreementRow& r : rows) {
      std::string& s = parties_of[r.index];
      for (const std::string& p : d.agreements[r.index].parties) {
        const Country* c = d.find_country(p);
        s += (c ? c->name : p) + ",";
      }
    }
  }
  const auto parties = [&](const AgreementRow& r) -> const std::string& { return parties_of[r.index]; };
  // Returns <0, 0, >0 like strcmp; undated rows are "greatest" whatever the order.
  const auto compare = [&](const AgreementRow& a, const AgreementRow& b) -> int {
    const Agreement& x = d.agreements[a.index];
    const Agreement& y = d.agreements[b.index];
    switch (column) {
      case AgreementColumn::Kind:
        return int(x.kind) - int(y.kind);
      case AgreementColumn::Title:
        return x.title.compare(y.title);
      case AgreementColumn::Parties:
        return parties(a).compare(parties(b));
      case AgreementColumn::Signed:
        return date_key(a.signed_date) - date_key(b.signed_date);
      case AgreementColumn::Status:
        if (a.has_status != b.has_status) return a.has_status ? -1 : 1;
        return int(a.status) - int(b.status);
    }
    return 0;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const AgreementRow& a, const AgreementRow& b) {
    if (column == AgreementColumn::Signed && a.signed_date.has_value() != b.signed_date.has_value())
      return a.signed_date.has_value();  // undated last
    const int c = compare(a, b);
    return ascending ? c < 0 : c > 0;
  });
}

AgreementLineage agreement_lineage(const Dataset& d, const std::string& agreement_id) {
  std::vector<uint32_t> every(d.events.size());
  for (size_t i = 0; i < every.size(); ++i) every[i] = uint32_t(i);
  return agreement_lineage(d, agreement_id, every);
}

AgreementLineage agreement_lineage(const Dataset& d, const std::string& agreement_id,
                                   const std::vector<uint32_t>& acting_events) {
  AgreementLineage out;
  const Agreement* a = d.find_agreement(agreement_id);
  if (!a) return out;

  // Up the chain, guarding against cycles in bad data.
  for (const Agreement* up = d.find_agreement(a->amends); up; up = d.find_agreement(up->amends)) {
    if (up->id == a->id || std::find(out.amends.begin(), out.amends.end(), up->id) != out.amends.end()) break;
    out.amends.push_back(up->id);
  }
  for (const Agreement& other : d.agreements)
    if (other.amends == a->id && other.id != a->id) out.amended_by.push_back(other.id);

  for (const AgreementStatus& s : a->history) out.steps.push_back({s.action, s.date, s.event, s.source});
  for (const uint32_t i : acting_events) {
    if (i >= d.events.size()) continue;
    const Event& e = d.events[i];
    for (const AgreementAct& act : e.agreements) {
      if (act.agreement != a->id) continue;
      out.events.emplace_back(i, act.action);
      const bool recorded = std::any_of(out.steps.begin(), out.steps.end(), [&](const AgreementStep& s) {
        return s.event == e.id && s.action == act.action;
      });
      if (!recorded)
        out.steps.push_back({act.action, e.date, e.id, e.sources.empty() ? std::string() : e.sources.front()});
    }
  }
  std::stable_sort(out.steps.begin(), out.steps.end(),
                   [](const AgreementStep& x, const AgreementStep& y) { return date_key(x.date) < date_key(y.date); });
  std::stable_sort(out.events.begin(), out.events.end(), [&](const auto& x, const auto& y) {
    return d.events[x.first].date.sort_key() < d.events[y.first].date.sort_key();
  });
  return out;
}

// --- people -------------------------------------------------------------------------

PersonTimeline person_timeline(const Dataset& d, const Person& p) {
  std::vector<uint32_t> every(d.events.size());
  for (size_t i = 0; i < every.size(); ++i) every[i] = uint32_t(i);
  return person_timeline(d, p, every, event_year_span(d));
}

PersonTimeline person_timeline(const Dataset& d, const Person& p, const std::vector<uint32_t>& events,
                               const YearSpan& span) {
  PersonTimeline t;
  t.span_from = span.first;
  t.span_to = span.empty() ? 0 : span.last + 1.0;
  for (size_t i = 0; i < p.roles.size(); ++i) {
    const Role& r = p.roles[i];
    RoleBar bar;
    bar.role = i;
    bar.open_start = !r.from;
    bar.open_end = !r.to;
    const double from = r.from ? fractional_year(*r.from) : t.span_from;
    const double to = r.to ? fractional_year(*r.to, true) : t.span_to;
    bar.starts_before = r.from && from < t.span_from;
    bar.ends_after = r.to && to > t.span_to;
    bar.from = std::clamp(from, t.span_from, t.span_to);
    bar.to = std::clamp(to, t.span_from, t.span_to);
    if (bar.to < bar.from) bar.to = bar.from;  // a role entirely outside the span: an empty bar
    t.bars.push_back(bar);
  }
  for (const uint32_t i : events) {
    if (i >= d.events.size()) continue;
    const Event& e = d.events[i];
    for (const Participation& part : e.participants) {
      if (part.person != p.id) continue;
      t.events.push_back({i, part.role.empty() ? role_on(p, e.date) : part.role, part.part});
      break;
    }
  }
  std::stable_sort(t.events.begin(), t.events.end(), [&](const PersonEvent& a, const PersonEvent& b) {
    return d.events[a.event].date.sort_key() < d.events[b.event].date.sort_key();
  });
  return t;
}

std::string role_at_span_end(const Person& p, const YearSpan& span) {
  const int end_key = span.last * 10000 + 1231;
  const Role* pick = nullptr;
  for (const Role& role : p.roles)
    if (role.held_on(end_key) && (!pick || date_key(role.from) >= date_key(pick->from))) pick = &role;
  if (!pick && !p.roles.empty()) pick = &p.roles.back();
  return pick ? pick->title : std::string();
}

std::vector<PersonRow> people_directory(const Dataset& d) {
  std::unordered_map<std::string, size_t> events;
  for (const Event& e : d.events) {
    std::vector<std::string> seen;
    for (const Participation& p : e.participants) add_unique(seen, p.person);
    for (const std::string& id : seen) ++events[id];
  }
  const YearSpan span = event_year_span(d);
  std::vector<PersonRow> rows;
  for (size_t i = 0; i < d.people.size(); ++i) {
    const Person& p = d.people[i];
    PersonRow r;
    r.index = i;
    r.events = events.count(p.id) ? events[p.id] : 0;
    r.latest_role = role_at_span_end(p, span);
    rows.push_back(r);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const PersonRow& a, const PersonRow& b) {
    return d.people[a.index].name < d.people[b.index].name;
  });
  return rows;
}

}  // namespace accord
