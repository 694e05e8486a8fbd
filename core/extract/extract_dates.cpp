// The event's date: which date mention dates the event, and the year
// when the text gives none (weekday, publication date, people's roles,
// years the text names).
#include <algorithm>
#include <cstdio>
#include <set>

#include "extract_internal.h"

namespace accord::detail {

std::optional<Date> make_day(int y, int m, int d) {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  Date out;
  out.year = y;
  out.month = m;
  out.day = d;
  out.precision = DatePrecision::Day;
  return out;
}

std::string month_day_text(int m, int d) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  std::string s = m >= 1 && m <= 12 ? kMonths[m - 1] : "?";
  if (d > 0) s += " " + std::to_string(d);
  return s;
}

namespace {

const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

struct RoleConstraint {
  std::string who;
  std::string title;
  std::vector<const Role*> roles;
  // The roles of each title the text gives the person: all of them held on the day
  // ("Politburo member, Minister of Public Security" narrows to the minister's years)
  std::vector<std::vector<const Role*>> per_title;
};

std::vector<RoleConstraint> role_constraints(const Work& w) {
  std::vector<RoleConstraint> out;
  std::set<std::string> seen;
  for (const auto& pm : w.person_mentions) {
    if (pm.title_keys.empty()) continue;
    const DraftPerson& dp = w.draft.people[pm.person];
    if (dp.known_id.empty()) continue;
    int gi = -1;
    for (size_t i = 0; i < w.gaz.people.size(); ++i)
      if (w.gaz.people[i].id == dp.known_id) gi = static_cast<int>(i);
    if (gi < 0) continue;
    const Person& p = w.gaz.people[gi];
    RoleConstraint rc;
    rc.who = p.name;
    std::string key = p.id + ":";
    for (const std::string& k : pm.title_keys) key += k + ",";
    if (!seen.insert(key).second) continue;
    for (size_t r = 0; r < p.roles.size(); ++r) {
      const auto& keys = w.c.person_role_keys[gi][r];
      bool hit = false;
      for (const std::string& k : pm.title_keys) hit = hit || std::find(keys.begin(), keys.end(), k) != keys.end();
      if (hit) {
        rc.roles.push_back(&p.roles[r]);
        if (rc.title.find(p.roles[r].title) == std::string::npos)
          rc.title += (rc.title.empty() ? "" : " and ") + p.roles[r].title;
      }
    }
    for (const std::string& k : pm.title_keys) {
      std::vector<const Role*> of_title;
      for (size_t r = 0; r < p.roles.size(); ++r) {
        const auto& keys = w.c.person_role_keys[gi][r];
        if (std::find(keys.begin(), keys.end(), k) != keys.end()) of_title.push_back(&p.roles[r]);
      }
      if (!of_title.empty()) rc.per_title.push_back(of_title);
    }
    if (!rc.roles.empty()) out.push_back(rc);
  }
  return out;
}

bool holds(const RoleConstraint& rc, int day_key) {
  for (const auto& roles : rc.per_title) {
    bool any = false;
    for (const Role* r : roles) any = any || r->held_on(day_key);
    if (!any) return false;
  }
  return !rc.per_title.empty();
}

std::string role_span_text(const RoleConstraint& rc) {
  std::string s;
  for (const Role* r : rc.roles) {
    if (!s.empty()) s += " and ";
    if (r->from && r->to)
      s += r->from->iso() + " to " + r->to->iso();
    else if (r->from)
      s += "from " + r->from->iso();
    else if (r->to)
      s += "until " + r->to->iso();
    else
      s += "at some time";
  }
  return s;
}

std::string join_years(const std::vector<int>& ys, size_t max = 6) {
  std::string s;
  for (size_t i = 0; i < ys.size() && i < max; ++i) s += (i ? ", " : "") + std::to_string(ys[i]);
  if (ys.size() > max) s += ", ...";
  return s;
}

// The year of a day or month the text gives without one.
Date infer_year(Work& w, const Work::DateMention& dm, const std::string& said) {
  const Date today = w.today;
  Date out;
  out.month = dm.mo;
  out.day = dm.d;
  out.precision = dm.d > 0 ? DatePrecision::Day : DatePrecision::Month;
  const int day = dm.d > 0 ? dm.d : 1;
  const std::string quote = "the text says '" + said + "' without a year";
  if (w.published) {
    const Date& p = *w.published;
    // a month-only publication date ("date: 2021-02") runs to the month's last day
    const int pub_key = p.precision == DatePrecision::Day ? p.sort_key() : p.sort_key_end();
    if (dm.wd >= 0 && dm.d > 0) {
      int best = 0;
      for (int y : {p.year + 1, p.year, p.year - 1}) {
        if (!make_day(y, dm.mo, dm.d) || weekday(y, dm.mo, dm.d) != dm.wd) continue;
        if (y * 10000 + dm.mo * 100 + dm.d > pub_key + 7) continue;
        best = y;
        break;
      }
      if (best) {
        out.year = best;
        out.basis = DateBasis::Weekday;
        out.reason = quote + "; " + month_day_text(dm.mo, dm.d) + " fell on a " + kWeekdays[dm.wd] + " in " +
                     std::to_string(best) + ", the year nearest the publication date " + p.iso();
        return out;
      }
    }
    const int key = p.year * 10000 + dm.mo * 100 + day;
    out.year = key > pub_key + 7 && dm.mo > p.month ? p.year - 1 : p.year;
    out.basis = DateBasis::PublicationDate;
    out.reason = quote + "; the article was published on " + p.iso() +
                 (out.year == p.year ? "" : ", before that month came round again");
    return out;
  }
  // No publication date: the candidate years up to today.
  std::vector<int> cands;
  for (int y = today.year; y >= today.year - 40; --y) {
    if (dm.d > 0 && !make_day(y, dm.mo, dm.d)) continue;
    if (y * 10000 + dm.mo * 100 + day > today.sort_key()) continue;
    cands.push_back(y);
  }
  std::vector<std::string> why;
  bool by_weekday = false, by_role = false, by_context = false;
  if (dm.wd >= 0 && dm.d > 0) {
    std::vector<int> keep;
    for (int y : cands)
      if (weekday(y, dm.mo, dm.d) == dm.wd) keep.push_back(y);
    if (!keep.empty()) {
      cands = keep;
      by_weekday = true;
      std::vector<int> shown(keep.begin(), keep.end());
      why.push_back(month_day_text(dm.mo, dm.d) + " fell on a " + kWeekdays[dm.wd] + " in " + join_years(shown));
    }
  }
  for (const RoleConstraint& rc : role_constraints(w)) {
    std::vector<int> keep;
    for (int y : cands) {
      const bool ok = dm.d > 0 ? holds(rc, y * 10000 + dm.mo * 100 + dm.d)
                               : holds(rc, y * 10000 + dm.mo * 100 + 1) ||
                                     holds(rc, y * 10000 + dm.mo * 100 + days_in_month(y, dm.mo));
      if (ok) keep.push_back(y);
    }
    if (!keep.empty() && keep.size() < cands.size()) {
      cands = keep;
      by_role = true;
      why.push_back(rc.who + " is titled as " + rc.title + ", held " + role_span_text(rc));
    }
  }
  // Years the text names (not "since 2013", "until 2022" or a range's end) anchor the event: the first candidate from
  // there on.
  int anchor = 0;
  for (const auto& x : w.dates) {
    if (x.y <= 0 || x.since || x.until || x.y > today.year) continue;
    if (x.b == dm.b) continue;
    anchor = std::max(anchor, x.y);
  }
  // Only a recent year anchors: "the 2024 plan", "signed in August 2023";
  // "partners since 2013" is history.
  int chosen = 0;
  if (cands.empty()) {
    chosen = today.year;
    why.push_back("nothing else narrows it: the current year");
  } else if (anchor > 0) {
    for (int y : cands)
      if (y >= anchor && y <= anchor + 2) chosen = y;  // cands run downward: the last kept is the smallest
    if (chosen) {
      if (chosen == anchor || cands.size() > 1) {
        why.push_back("the latest year the text names is " + std::to_string(anchor));
        by_context = true;
      }
    } else {
      chosen = cands.front();
      if (cands.size() > 1) why.push_back("the most recent such year");
    }
  } else {
    chosen = cands.front();
    if (cands.size() > 1) why.push_back("the most recent such year");
  }
  out.year = chosen;
  out.basis = by_weekday ? DateBasis::Weekday : by_role ? DateBasis::Role : DateBasis::Context;
  (void)by_context;
  out.reason = quote;
  for (const std::string& s : why) out.reason += "; " + s;
  out.reason += ": " + std::to_string(chosen);
  return out;
}

std::string said(const Work& w, const Work::DateMention& dm) { return std::string(w.doc.orig(dm.b, dm.e)); }

}  // namespace

void extract_dates(Work& w) {
  const Doc& d = w.doc;
  find_date_mentions(w);
  read_publication_stamp(w);
  const int lead_limit = w.first_body_sentence + 3;
  // "Ngày 10/2, Công an tỉnh X cho biết đã ...": a date whose clause reports ("cho biết",
  // "thông báo") dates the report; the event is dated elsewhere when the text says
  auto reporting = [&](const Work::DateMention& dm) {
    if (d.lang != kVi) return false;
    const int se = d.sent_first[d.sentence_of(dm.b) + 1];
    for (int k = dm.e; k + 1 < std::min(se, dm.e + 12); ++k)
      if ((d.is(k, "cho") && d.is(k + 1, "biet")) || (d.is(k, "thong") && d.is(k + 1, "bao"))) return true;
    return false;
  };
  const Work::DateMention* chosen = nullptr;
  const Work::DateMention* reported = nullptr;
  for (int pass = 0; pass < 2 && !chosen; ++pass) {
    for (const auto& dm : w.dates) {
      if (dm.kind != 0 || dm.past) continue;
      if (reporting(dm)) {
        if (!reported) reported = &dm;
        continue;
      }
      if (pass == 0 && d.sentence_of(dm.b) >= lead_limit) continue;
      // a stated year far before the publication date is a past reference
      if (dm.y > 0 && w.published && dm.y < w.published->year) continue;
      chosen = &dm;
      break;
    }
  }
  if (!chosen) chosen = reported;
  DraftDate& out = w.draft.date;
  auto finish = [&](const Work::DateMention& dm, Date date) {
    out.date = date;
    out.text = said(w, dm);
    out.spans.push_back(d.span(dm.b, dm.e));
    w.event_sentence = d.sentence_of(dm.b);
    for (int t = dm.b; t < dm.e; ++t) w.event_date_tokens.push_back(t);
    w.event_date = date;
  };
  if (chosen) {
    if (chosen->y > 0) {
      if (auto date = make_day(chosen->y, chosen->mo, chosen->d)) {
        finish(*chosen, *date);
        return;
      }
    } else {
      finish(*chosen, infer_year(w, *chosen, said(w, *chosen)));
      return;
    }
  }
  // "today", "yesterday", "on Tuesday" against the publication date.
  if (w.published && w.published->precision == DatePrecision::Day) {
    for (const auto& dm : w.dates) {
      if (dm.kind < 3 || d.sentence_of(dm.b) >= lead_limit) continue;
      Date p = *w.published;
      int back = 0;
      if (dm.kind == 5) back = 1;
      if (dm.kind == 3) back = (weekday(p.year, p.month, p.day) - dm.wd + 7) % 7;
      int y = p.year, m = p.month, dd = p.day - back;
      while (dd < 1) {
        if (--m < 1) {
          m = 12;
          --y;
        }
        dd += days_in_month(y, m);
      }
      Date date = *make_day(y, m, dd);
      date.basis = DateBasis::PublicationDate;
      date.reason = "the text says '" + said(w, dm) + "'; the article was published on " + p.iso();
      finish(dm, date);
      return;
    }
  }
  // A month: "in August 2023", "en mai"
  for (const auto& dm : w.dates) {
    if (dm.kind != 1 || dm.past || d.sentence_of(dm.b) >= lead_limit) continue;
    if (dm.y > 0) {
      Date date;
      date.year = dm.y;
      date.month = dm.mo;
      date.precision = DatePrecision::Month;
      finish(dm, date);
    } else {
      finish(dm, infer_year(w, dm, said(w, dm)));
    }
    return;
  }
  if (w.published) {
    Date date = *w.published;
    date.basis = DateBasis::PublicationDate;
    date.reason = "the text gives no date of its own: the publication date";
    out.date = date;
    w.event_date = date;
    if (w.has_published_span) out.spans.push_back(w.published_span);
    return;
  }
  // Only years: the latest year named (not in the future).
  int latest = 0;
  for (const auto& dm : w.dates)
    if (dm.y > 0 && dm.y <= w.today.year) latest = std::max(latest, dm.y);
  if (latest) {
    Date date;
    date.year = latest;
    date.precision = DatePrecision::Year;
    date.basis = DateBasis::Context;
    date.reason = "the text gives no day or month; the latest year it names is " + std::to_string(latest);
    out.date = date;
    w.event_date = date;
  } else {
    w.draft.notes.push_back("no date found: set the event date by hand");
  }
}

}  // namespace accord::detail
