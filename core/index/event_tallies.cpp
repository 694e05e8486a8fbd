#include "event_tallies.h"

#include <algorithm>
#include <deque>
#include <string_view>
#include <unordered_set>

#include "query.h"

namespace accord {
namespace {

int date_key(const std::optional<Date>& d) { return d ? d->sort_key() : 0; }

// Ids to small slots while the pass runs. Keys point into the dataset,
// which does not change during a build.
class Slots {
 public:
  // The slot of `id`, a new one (== size() before the call) if unseen.
  uint32_t of(std::string_view id) {
    const auto [it, added] = slot_.emplace(id, uint32_t(ids_.size()));
    if (added) ids_.push_back(id);
    return it->second;
  }
  size_t size() const { return ids_.size(); }
  std::string_view id(uint32_t slot) const { return ids_[slot]; }

 private:
  std::unordered_map<std::string_view, uint32_t> slot_;
  std::vector<std::string_view> ids_;
};

// The same for a few dozen values (partners, topics, units): a scan that
// compares lengths first beats hashing each string.
class FewSlots {
 public:
  uint32_t of(std::string_view id) {
    for (uint32_t s = 0; s < ids_.size(); ++s)
      if (ids_[s].size() == id.size() && ids_[s] == id) return s;
    ids_.push_back(id);
    return uint32_t(ids_.size() - 1);
  }

 private:
  std::vector<std::string_view> ids_;
};

// The last four-digit year a free-text period names (as analytics.cpp).
int period_year(const std::string& period) {
  int year = 0;
  const auto digit = [&](size_t i) { return period[i] >= '0' && period[i] <= '9'; };
  for (size_t i = 0; i + 4 <= period.size(); ++i) {
    const bool digits = digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3);
    const bool bounded = (i == 0 || !digit(i - 1)) && (i + 4 == period.size() || !digit(i + 4));
    if (digits && bounded) year = std::stoi(period.substr(i, 4));
  }
  return year;
}

// Sorts (key, count) pairs most first, ties by key: what most_first over a
// std::map gives in analytics.cpp.
template <typename K>
void sort_most_first(std::vector<std::pair<K, size_t>>& v) {
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
}

}  // namespace

struct EventTalliesBuild::Work {
  const Dataset* d = nullptr;
  size_t next = 0;
  EventTallies out;
  FewSlots partners, topics, units;
  Slots agreements, people;
  std::vector<size_t> type_index;                    // EventType -> position in all_event_types()
  std::vector<EventTallies::AgreementActs> acts;     // by agreement slot
  std::vector<std::vector<uint32_t>> person_events;  // by person slot
  // Figure points by series until they are put in order: a deque grows
  // without moving what it holds (a vector would move every point so far).
  std::vector<std::deque<FigurePoint>> points;
  // Month key -> its column in out.by_month; the last one looked up is
  // kept, since events mostly come in date order.
  std::unordered_map<int, uint32_t> month_column;
  int last_month = -1;
  uint32_t last_column = 0;

  uint32_t column_of(int month) {
    if (month == last_month) return last_column;
    const auto [it, added] = month_column.emplace(month, uint32_t(out.by_month.months.size()));
    if (added) {
      out.by_month.months.push_back(month);
      out.by_month.events.push_back(0);
    }
    last_month = month;
    return last_column = it->second;
  }

  static void count_in(std::vector<std::vector<uint32_t>>& rows, uint32_t row, uint32_t column) {
    if (rows.size() <= row) rows.resize(row + 1);
    std::vector<uint32_t>& cells = rows[row];
    if (cells.size() <= column) cells.resize(column + 1, 0);
    ++cells[column];
  }

  void tally(uint32_t i) {
    const Event& e = d->events[i];
    if (e.date.year > 0) {
      YearSpan& span = out.years;
      if (span.first == 0 || e.date.year < span.first) span.first = e.date.year;
      span.last = std::max(span.last, e.date.year);
    }
    const bool dated = e.date.year > 0;
    const uint32_t month =
        dated ? column_of(e.date.year * 100 + (e.date.precision == DatePrecision::Year ? 0 : e.date.month)) : 0;
    if (dated) ++out.by_month.events[month];
    // Topic slots first: partner rows count them.
    uint32_t topic_slot[16];
    const size_t topic_n = std::min<size_t>(e.topics.size(), 16);
    for (size_t k = 0; k < e.topics.size(); ++k) {
      const uint32_t s = topics.of(e.topics[k]);
      if (s == out.topic_events.size()) {
        out.topics.push_back(e.topics[k]);
        out.topic_events.push_back(0);
      }
      ++out.topic_events[s];
      if (dated) count_in(out.by_month.topics, s, month);
      if (k < topic_n) topic_slot[k] = s;
    }
    const int key = e.date.sort_key();
    for (const std::string& c : e.countries) {
      if (c == d->home_country) continue;
      const uint32_t s = partners.of(c);
      if (s == out.partners.size()) {
        out.partners.emplace_back();
        out.partners.back().country = c;
        out.partners.back().by_type.assign(all_event_types().size(), 0);
      }
      EventTallies::Partner& p = out.partners[s];
      ++p.events;
      if (dated) count_in(out.by_month.partners, s, month);
      if (!p.first || key < p.first->sort_key()) p.first = e.date;
      if (!p.last || key > p.last->sort_key()) p.last = e.date;
      ++p.by_type[type_index[size_t(e.type)]];
      for (size_t k = 0; k < e.topics.size(); ++k) {
        const uint32_t t = k < topic_n ? topic_slot[k] : topics.of(e.topics[k]);
        if (p.topics.size() <= t) p.topics.resize(t + 1, 0);
        ++p.topics[t];
      }
      for (const std::string& m : e.mechanisms)
        if (std::find(p.mechanisms.begin(), p.mechanisms.end(), m) == p.mechanisms.end()) p.mechanisms.push_back(m);
      p.figures += e.figures.size();
    }
    for (const Figure& f : e.figures) {
      const uint32_t s = units.of(f.unit);
      if (s == out.figures.size()) {
        out.figures.emplace_back();
        out.figures.back().unit = f.unit;
      }
      if (s == points.size()) points.emplace_back();
      points[s].push_back({f.quantity, f.what, f.period, period_year(f.period), f.source, e.id});
      out.figures[s].max_quantity = std::max(out.figures[s].max_quantity, f.quantity);
    }
    for (const AgreementAct& act : e.agreements) {
      const uint32_t s = agreements.of(act.agreement);
      if (s == acts.size()) acts.emplace_back();
      EventTallies::AgreementActs& a = acts[s];
      ++a.acts;
      if (a.events.empty() || a.events.back() != i) a.events.push_back(i);
      if (act.action == AgreementAction::Signed && !a.signed_date) a.signed_date = e.date;
      if (!a.has_latest || key > a.latest_date.sort_key()) {
        a.has_latest = true;
        a.latest = act.action;
        a.latest_date = e.date;
      }
    }
    for (const Participation& part : e.participants) {
      const uint32_t s = people.of(part.person);
      if (s == person_events.size()) person_events.emplace_back();
      std::vector<uint32_t>& list = person_events[s];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }

  // After the pass, in steps of their own: each series' order by year
  // (integer keys, an index sort), then its points moved into that order a
  // slice at a time (points hold four strings each), then the per-id
  // tallies handed to maps that own their keys.
  enum class Stage { Tally, OrderFigures, MoveFigures, Keep, Done };
  Stage stage = Stage::Tally;
  size_t series = 0;            // the series being ordered or moved
  std::vector<uint32_t> order;  // its points' order
  std::vector<FigurePoint> sorted;

  // Undated points (year 0) go last; the period text breaks ties.
  static std::vector<uint32_t> order_by_year(const std::deque<FigurePoint>& points) {
    std::unordered_map<std::string_view, uint32_t> period_slot;
    std::vector<std::string_view> periods;
    std::vector<uint32_t> slot_of(points.size());
    for (size_t k = 0; k < points.size(); ++k) {
      const auto [it, added] = period_slot.emplace(points[k].period, uint32_t(periods.size()));
      if (added) periods.push_back(points[k].period);
      slot_of[k] = it->second;
    }
    std::vector<uint32_t> by_text(periods.size()), rank(periods.size());
    for (uint32_t p = 0; p < by_text.size(); ++p) by_text[p] = p;
    std::sort(by_text.begin(), by_text.end(), [&](uint32_t a, uint32_t b) { return periods[a] < periods[b]; });
    for (uint32_t r = 0; r < by_text.size(); ++r) rank[by_text[r]] = r;
    // (year, period rank, position): distinct keys, so a plain sort is stable.
    std::vector<std::pair<uint64_t, uint32_t>> keyed(points.size());
    for (size_t k = 0; k < keyed.size(); ++k) {
      const int year = points[k].year ? points[k].year : 99999;
      keyed[k] = {(uint64_t(uint32_t(year)) << 32) | rank[slot_of[k]], uint32_t(k)};
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<uint32_t> order(keyed.size());
    for (size_t k = 0; k < keyed.size(); ++k) order[k] = keyed[k].second;
    return order;
  }

  // Hands up to `count` per-id tallies to the maps; true when all are.
  size_t kept = 0;  // agreements first, then people
  bool keep(size_t count) {
    if (kept == 0) {
      std::sort(out.figures.begin(), out.figures.end(), [](const FigureSeries& a, const FigureSeries& b) {
        return a.points.size() != b.points.size() ? a.points.size() > b.points.size() : a.unit < b.unit;
      });
      out.agreements.reserve(acts.size());
      out.person_events.reserve(person_events.size());
    }
    const size_t total = acts.size() + person_events.size();
    for (const size_t end = std::min(total, kept + count); kept < end; ++kept) {
      if (kept < acts.size())
        out.agreements.emplace(agreements.id(uint32_t(kept)), std::move(acts[kept]));
      else
        out.person_events.emplace(people.id(uint32_t(kept - acts.size())),
                                  std::move(person_events[kept - acts.size()]));
    }
    return kept >= total;
  }
};

EventTalliesBuild::EventTalliesBuild(const Dataset& d) : w_(std::make_unique<Work>()) {
  w_->d = &d;
  const std::vector<EventType>& types = all_event_types();
  for (size_t k = 0; k < types.size(); ++k) {
    if (w_->type_index.size() <= size_t(types[k])) w_->type_index.resize(size_t(types[k]) + 1, 0);
    w_->type_index[size_t(types[k])] = k;
  }
}

EventTalliesBuild::~EventTalliesBuild() = default;

bool EventTalliesBuild::step(size_t max_events) {
  Work& w = *w_;
  switch (w.stage) {
    case Work::Stage::Tally: {
      const size_t n = w.d->events.size();
      const size_t end = std::min(n, w.next + std::max<size_t>(max_events, 1));
      for (; w.next < end; ++w.next) w.tally(uint32_t(w.next));
      if (w.next >= n) w.stage = Work::Stage::OrderFigures;
      return false;
    }
    case Work::Stage::OrderFigures:
      if (w.series < w.out.figures.size()) {
        w.order = Work::order_by_year(w.points[w.series]);
        w.sorted.clear();
        w.sorted.reserve(w.order.size());
        w.stage = Work::Stage::MoveFigures;
      } else {
        w.stage = Work::Stage::Keep;
      }
      return false;
    case Work::Stage::MoveFigures: {
      std::deque<FigurePoint>& points = w.points[w.series];
      const size_t end = std::min(w.order.size(), w.sorted.size() + std::max<size_t>(max_events, 1) * 4);
      while (w.sorted.size() < end) w.sorted.push_back(std::move(points[w.order[w.sorted.size()]]));
      if (w.sorted.size() == w.order.size()) {
        w.out.figures[w.series].points = std::move(w.sorted);
        w.sorted = {};
        points = {};
        ++w.series;
        w.stage = Work::Stage::OrderFigures;
      }
      return false;
    }
    case Work::Stage::Keep:
      if (!w.keep(std::max<size_t>(max_events, 1) * 4)) return false;
      w.stage = Work::Stage::Done;
      return true;
    case Work::Stage::Done:
      return true;
  }
  return true;
}

double EventTalliesBuild::progress() const {
  if (w_->stage == Work::Stage::Done) return 1.0;
  const size_t n = w_->d->events.size();
  return n ? 0.95 * double(w_->next) / double(n) : 0.95;  // the last steps are short
}

const char* EventTalliesBuild::phase() const {
  switch (w_->stage) {
    case Work::Stage::Tally:
      return "tallying events";
    case Work::Stage::OrderFigures:
      return "ordering figures";
    case Work::Stage::MoveFigures:
      return "moving figures";
    case Work::Stage::Keep:
      return "keeping tallies";
    case Work::Stage::Done:
      break;
  }
  return "done";
}

EventTallies EventTalliesBuild::take() {
  while (!step(w_->d->events.size())) {
  }
  return std::move(w_->out);
}

EventTallies event_tallies(const Dataset& d) { return EventTalliesBuild(d).take(); }

const std::vector<uint32_t>* EventTallies::events_of_person(const std::string& id) const {
  const auto it = person_events.find(id);
  return it == person_events.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EventTallies::events_of_agreement(const std::string& id) const {
  const auto it = agreements.find(id);
  return it == agreements.end() ? nullptr : &it->second.events;
}

// --- joins -------------------------------------------------------------------------

namespace {

// Partner slots, most events first, ties by country id.
std::vector<size_t> partners_most_first(const EventTallies& t) {
  std::vector<size_t> order(t.partners.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const EventTallies::Partner &x = t.partners[a], &y = t.partners[b];
    return x.events != y.events ? x.events > y.events : x.country < y.country;
  });
  return order;
}

size_t partner_topic(const EventTallies::Partner& p, size_t topic) {
  return topic < p.topics.size() ? p.topics[topic] : 0;
}

}  // namespace

PartnerTopicMatrix partner_topic_matrix(const EventTallies& t) {
  PartnerTopicMatrix m;
  const std::vector<size_t> rows = partners_most_first(t);
  for (size_t r : rows) {
    m.partners.push_back(t.partners[r].country);
    m.partner_events.push_back(t.partners[r].events);
  }
  std::vector<std::pair<std::string, size_t>> topics;
  for (size_t k = 0; k < t.topics.size(); ++k) topics.emplace_back(t.topics[k], k);
  std::sort(topics.begin(), topics.end(), [&](const auto& a, const auto& b) {
    const size_t na = t.topic_events[a.second], nb = t.topic_events[b.second];
    return na != nb ? na > nb : a.first < b.first;
  });
  for (const auto& topic : topics) m.topics.push_back(topic.first);
  m.counts.assign(m.partners.size() * m.topics.size(), 0);
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < topics.size(); ++c) {
      const size_t n = partner_topic(t.partners[rows[r]], topics[c].second);
      m.counts[r * m.topics.size() + c] = n;
      m.max_count = std::max(m.max_count, n);
    }
  return m;
}

std::vector<PartnerSummary> partner_summaries(const Dataset& d, const EventTallies& t) {
  std::vector<PartnerSummary> out;
  std::unordered_map<std::string_view, size_t> row_of;  // partner -> its row in out
  const std::vector<EventType>& types = all_event_types();
  for (size_t r : partners_most_first(t)) {
    const EventTallies::Partner& p = t.partners[r];
    PartnerSummary s;
    s.country = p.country;
    s.events = p.events;
    s.first = p.first;
    s.last = p.last;
    for (size_t k = 0; k < types.size(); ++k)
      if (p.by_type[k]) s.by_type.emplace_back(types[k], p.by_type[k]);
    std::stable_sort(s.by_type.begin(), s.by_type.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : int(a.first) < int(b.first);
    });
    for (size_t k = 0; k < p.topics.size(); ++k)
      if (p.topics[k]) s.topics.emplace_back(t.topics[k], p.topics[k]);
    sort_most_first(s.topics);
    s.mechanisms = p.mechanisms;
    s.figures = p.figures;
    row_of.emplace(p.country, out.size());
    out.push_back(std::move(s));
  }
  // Agreements with each partner, in dataset order, each id once.
  std::vector<std::unordered_set<std::string_view>> listed(out.size());
  for (const Agreement& a : d.agreements)
    for (const std::string& party : a.parties) {
      const auto it = row_of.find(party);
      if (it != row_of.end() && listed[it->second].insert(a.id).second) out[it->second].agreements.push_back(a.id);
    }
  return out;
}

std::vector<AgreementRow> agreement_register(const Dataset& d, const EventTallies& t) {
  std::vector<AgreementRow> rows(d.agreements.size());
  std::unordered_map<std::string_view, size_t> first_row;  // events count for the first of a duplicated id
  for (size_t i = 0; i < d.agreements.size(); ++i) {
    const Agreement& a = d.agreements[i];
    AgreementRow& r = rows[i] = agreement_row_from_history(a, i);
    if (!first_row.emplace(a.id, i).second) continue;
    const auto it = t.agreements.find(a.id);
    if (it == t.agreements.end()) continue;
    // Events fill in what the history leaves out; a later act overrides it.
    const EventTallies::AgreementActs& acts = it->second;
    r.events = acts.acts;
    if (!r.signed_date && acts.signed_date) r.signed_date = acts.signed_date;
    if (acts.has_latest && (!r.has_status || acts.latest_date.sort_key() > date_key(r.status_date))) {
      r.status = acts.latest;
      r.status_date = acts.latest_date;
      r.has_status = true;
    }
  }
  return rows;
}

std::vector<PersonRow> people_directory(const Dataset& d, const EventTallies& t) {
  std::vector<PersonRow> rows;
  rows.reserve(d.people.size());
  for (size_t i = 0; i < d.people.size(); ++i) {
    const Person& p = d.people[i];
    PersonRow r;
    r.index = i;
    if (const std::vector<uint32_t>* events = t.events_of_person(p.id)) r.events = events->size();
    r.latest_role = role_at_span_end(p, t.years);
    rows.push_back(r);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const PersonRow& a, const PersonRow& b) {
    return d.people[a.index].name < d.people[b.index].name;
  });
  return rows;
}

}  // namespace accord
