// Dates: every date mention in the text, the event's date, and the year
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

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

// A day of the month: "9", "9th", "1st", "1er".
int day_at(const Doc& d, int i) {
  if (i < 0 || i >= d.size()) return -1;
  std::string_view t = d.ftok(i);
  size_t k = 0;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
  if (k == 0 || k > 2) return -1;
  const std::string_view suffix = t.substr(k);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" && suffix != "er" &&
      suffix != "e")
    return -1;
  const int v = to_int(t.substr(0, k));
  return v >= 1 && v <= 31 ? v : -1;
}

int year_at(const Doc& d, int i) {
  if (i < 0 || i >= d.size() || !(d.toks[i].shape & S_DIGITS)) return -1;
  const std::string_view t = d.ftok(i);
  if (t.size() != 4) return -1;
  const int v = to_int(t);
  return v >= 1900 && v <= 2100 ? v : -1;
}

int small_at(const Doc& d, int i, int max) {
  if (i < 0 || i >= d.size() || !(d.toks[i].shape & S_DIGITS)) return -1;
  const std::string_view t = d.ftok(i);
  if (t.size() > 2) return -1;
  const int v = to_int(t);
  return v >= 1 && v <= max ? v : -1;
}

const Match* lex_at(const Work& w, int i, Cat c) {
  const Match* m = w.at(kLex, i);
  if (!m || m->b != i) return nullptr;
  for (const Match* x : w.all_at(kLex, i))
    if (w.phrase(*x).cat == c) return x;
  return nullptr;
}

bool date_word_at(const Work& w, int i, int kind) {
  const Match* m = lex_at(w, i, Cat::DateWord);
  if (!m) return false;
  for (const Match* x : w.all_at(kLex, i))
    if (w.phrase(*x).cat == Cat::DateWord && w.phrase(*x).ref == kind) return true;
  return false;
}

// A date word of a kind ending right before token i.
bool date_word_before(const Work& w, int i, int kind) {
  if (i <= 0) return false;
  const Match* m = w.at(kLex, i - 1);
  if (!m || m->e != i) return false;
  for (const Match* x : w.all_at(kLex, i - 1))
    if (w.phrase(*x).cat == Cat::DateWord && w.phrase(*x).ref == kind) return true;
  return false;
}

uint16_t gap(const Doc& d, int i) { return i < d.size() ? d.toks[i].gap : 0; }
bool plain(const Doc& d, int i) { return (gap(d, i) & kBlockingGap) == 0; }

void scan(Work& w) {
  const Doc& d = w.doc;
  auto& out = w.dates;
  const int n = d.size();
  for (int i = d.first_body_token; i < n; ++i) {
    Work::DateMention dm;
    // ISO 2024-10-14
    if (year_at(d, i) > 0 && i + 2 < n && (gap(d, i + 1) & ~G_HYPHEN) == 0 && (gap(d, i + 1) & G_HYPHEN) &&
        (gap(d, i + 2) & ~G_HYPHEN) == 0 && (gap(d, i + 2) & G_HYPHEN) && small_at(d, i + 1, 12) > 0 &&
        small_at(d, i + 2, 31) > 0) {
      dm.b = i;
      dm.e = i + 3;
      dm.y = year_at(d, i);
      dm.mo = small_at(d, i + 1, 12);
      dm.d = small_at(d, i + 2, 31);
      out.push_back(dm);
      i += 2;
      continue;
    }
    // Vietnamese ranges name the month once, at the end: "từ ngày 5 đến 9/6", "ngày 5 đến 9-6"
    if (d.lang == kVi && date_word_before(w, i, DW_VI_DAY) && day_at(d, i) > 0 && is_word(d, i + 1, {"den"}) &&
        plain(d, i + 1) && small_at(d, i + 2, 31) > 0 && small_at(d, i + 3, 12) > 0 &&
        (gap(d, i + 3) == G_SLASH || gap(d, i + 3) == G_HYPHEN)) {
      dm.b = w.at(kLex, i - 1)->b;
      dm.d = day_at(d, i);
      dm.d_end = small_at(d, i + 2, 31);
      dm.mo = small_at(d, i + 3, 12);
      dm.e = i + 4;
      if (gap(d, i + 4) == gap(d, i + 3) && year_at(d, i + 4) > 0) {
        dm.y = year_at(d, i + 4);
        dm.e = i + 5;
      }
      out.push_back(dm);
      i = dm.e - 1;
      continue;
    }
    // D/M/YYYY, D-M-YYYY, D.M.YYYY; Vietnamese also D/M after "ngày", "sáng" ...
    if (small_at(d, i, 31) > 0 && i + 1 < n && small_at(d, i + 1, 12) > 0) {
      const uint16_t sep = gap(d, i + 1);
      if (sep == G_SLASH || sep == G_HYPHEN || sep == G_PERIOD) {
        dm.b = i;
        dm.d = small_at(d, i, 31);
        dm.mo = small_at(d, i + 1, 12);
        if (i + 2 < n && gap(d, i + 2) == sep && year_at(d, i + 2) > 0) {
          dm.y = year_at(d, i + 2);
          dm.e = i + 3;
          out.push_back(dm);
          i += 2;
          continue;
        }
        const Match* before = i > 0 ? w.at(kLex, i - 1) : nullptr;
        const bool vi_context = d.lang == kVi && (date_word_before(w, i, DW_VI_DAY) || (gap(d, i) & G_OPEN) ||
                                                  (before && w.phrase(*before).cat == Cat::Weekday));
        if (vi_context && sep != G_PERIOD) {
          dm.e = i + 2;
          if (date_word_before(w, i, DW_VI_DAY)) dm.b = w.at(kLex, i - 1)->b;
          out.push_back(dm);
          i += 1;
          continue;
        }
      }
    }
    // Vietnamese "ngày 20 tháng 5 năm 2024", "tháng 8/2023", "tháng 8 năm 2023", "tháng 8"
    if (d.lang == kVi && date_word_at(w, i, DW_VI_MONTH)) {
      const Match* mw = w.at(kLex, i);
      const int j = mw->e;
      const int mo = small_at(d, j, 12);
      if (mo > 0 && plain(d, j)) {
        dm.mo = mo;
        dm.e = j + 1;
        dm.b = i;
        dm.kind = 1;
        // day before: "ngày 20 tháng 5" / "20 tháng 5"
        const int day = day_at(d, i - 1);
        if (day > 0 && plain(d, i)) {
          dm.d = day;
          dm.kind = 0;
          dm.b = i - 1;
          if (date_word_before(w, i - 1, DW_VI_DAY)) dm.b = w.at(kLex, i - 2)->b;
          // drop a D/M mention already taken for these tokens
        }
        if ((gap(d, j + 1) == G_SLASH || gap(d, j + 1) == G_HYPHEN) && year_at(d, j + 1) > 0) {
          dm.y = year_at(d, j + 1);
          dm.e = j + 2;
        } else if (date_word_at(w, j + 1, DW_VI_YEAR) && year_at(d, w.at(kLex, j + 1)->e) > 0) {
          const int ye = w.at(kLex, j + 1)->e;
          dm.y = year_at(d, ye);
          dm.e = ye + 1;
        }
        out.push_back(dm);
        i = dm.e - 1;
        continue;
      }
    }
    // Month names
    if (const Match* mm = lex_at(w, i, Cat::Month)) {
      const int mo = w.phrase(*mm).aux;
      const int j = mm->e;
      const bool short_month = mm->e - mm->b == 1 && d.ftok(i).size() <= 4;
      auto sep_ok = [&](int t) {
        const uint16_t g = gap(d, t);
        return (g & kBlockingGap) == 0 || (short_month && t == j && (g & kBlockingGap) == G_PERIOD);
      };
      dm.mo = mo;
      dm.b = i;
      dm.e = j;
      int after = j;
      // "March 9", "March 9-11", "March 9 to 11", "March 9, 2024"
      if (d.lang != kVi && day_at(d, j) > 0 && sep_ok(j)) {
        dm.d = day_at(d, j);
        after = j + 1;
        if (day_at(d, after) > 0 && (gap(d, after) & G_HYPHEN) && !(gap(d, after) & kBlockingGap)) {
          dm.d_end = day_at(d, after);
          ++after;
        } else if (is_word(d, after, {"to", "and"}) && day_at(d, after + 1) > 0 && year_at(d, after + 1) < 0) {
          dm.d_end = day_at(d, after + 1);
          after += 2;
        }
      }
      // "9 March", "lundi 20 mai", "9-11 March", "du 9 au 11 mars"
      if (dm.d == 0 && day_at(d, i - 1) > 0 && plain(d, i)) {
        dm.d = day_at(d, i - 1);
        dm.b = i - 1;
        if (day_at(d, i - 2) > 0 && (gap(d, i - 1) & G_HYPHEN) && !(gap(d, i - 1) & kBlockingGap)) {
          dm.d_end = dm.d;
          dm.d = day_at(d, i - 2);
          dm.b = i - 2;
        } else if (is_word(d, i - 2, {"to", "au", "and", "et"}) && day_at(d, i - 3) > 0) {
          dm.d_end = dm.d;
          dm.d = day_at(d, i - 3);
          dm.b = i - 3;
        }
      }
      // "from 9 to March 11"
      if (dm.d > 0 && dm.b == i && is_word(d, i - 1, {"to", "until", "au"}) && day_at(d, i - 2) > 0) {
        dm.d_end = dm.d;
        dm.d = day_at(d, i - 2);
        dm.b = i - 2;
        if (is_word(d, i - 3, {"from", "du", "between"})) dm.b = i - 3;
      }
      // the year: "March 9, 2024", "9 March 2024", "August 2023", "en août 2023"
      if (year_at(d, after) > 0 && ((gap(d, after) & kBlockingGap) == 0 || (gap(d, after) & kBlockingGap) == G_COMMA)) {
        dm.y = year_at(d, after);
        ++after;
      }
      dm.e = std::max(dm.e, after);
      dm.kind = dm.d > 0 ? 0 : 1;
      // a lone month name without year or day is weak ("in March"): keep it only as a month mention
      // when it is a real month word in context (May/mai are also ordinary words)
      if (dm.kind == 1 && dm.y == 0) {
        const std::string_view t = d.ftok(i);
        const bool ambiguous = t == "may" || t == "mai" || t == "mar" || t == "jun" || t == "sat";
        if (ambiguous || (d.lang == kEn && !d.cap(i))) continue;
      }
      // drop an earlier mention inside this one
      while (!out.empty() && out.back().b >= dm.b) out.pop_back();
      out.push_back(dm);
      i = dm.e - 1;
      continue;
    }
    // Weekday alone (attached later when a date follows)
    if (const Match* wm = lex_at(w, i, Cat::Weekday)) {
      dm.b = i;
      dm.e = wm->e;
      dm.wd = w.phrase(*wm).aux;
      dm.kind = 3;
      out.push_back(dm);
      i = wm->e - 1;
      continue;
    }
    if (date_word_at(w, i, DW_TODAY) || date_word_at(w, i, DW_YESTERDAY)) {
      const Match* m = w.at(kLex, i);
      dm.b = i;
      dm.e = m->e;
      dm.kind = date_word_at(w, i, DW_TODAY) ? 4 : 5;
      out.push_back(dm);
      i = m->e - 1;
      continue;
    }
    // A year alone: "in 2022", "the 2024 collaboration plan"
    if (year_at(d, i) > 0 &&
        !(i + 1 < n && (gap(d, i + 1) & (G_SLASH | G_HYPHEN)) && (d.toks[i + 1].shape & S_DIGITS))) {
      dm.b = i;
      dm.e = i + 1;
      dm.y = year_at(d, i);
      dm.kind = 2;
      dm.since =
          date_word_before(w, i, DW_SINCE) || (i > 0 && date_word_before(w, i - 1, DW_SINCE) && d.is(i - 1, "nam"));
      out.push_back(dm);
    }
  }
  // Attach weekdays to the day they name: "lundi 20 mai", "Monday, May 20", "thứ Hai (20/5)", "20/5 (thứ Hai)".
  std::vector<Work::DateMention> merged;
  for (size_t k = 0; k < out.size(); ++k) {
    Work::DateMention dm = out[k];
    if (dm.kind == 3 && k + 1 < out.size() && out[k + 1].kind == 0 && out[k + 1].b - dm.e <= 3 &&
        d.sentence_of(out[k + 1].b) == d.sentence_of(dm.b)) {
      Work::DateMention next = out[k + 1];
      next.wd = dm.wd;
      next.b = dm.b;
      merged.push_back(next);
      ++k;
      continue;
    }
    if (dm.kind == 0 && k + 1 < out.size() && out[k + 1].kind == 3 && out[k + 1].b - dm.e <= 1 && dm.wd < 0 &&
        d.sentence_of(out[k + 1].b) == d.sentence_of(dm.b)) {
      dm.wd = out[k + 1].wd;
      dm.e = out[k + 1].e;
      merged.push_back(dm);
      ++k;
      continue;
    }
    // A Vietnamese weekday alone is also an ordinal ("lần thứ hai"): keep it only after a day word.
    if (dm.kind == 3 && d.lang == kVi && !date_word_before(w, dm.b, DW_VI_DAY)) continue;
    merged.push_back(dm);
  }
  out.swap(merged);
  // Past references: "signed on August 9, 2021", "since 2013".
  for (Work::DateMention& dm : out) {
    // "signed yesterday, 31 March": a day in apposition to "today"/"yesterday" is the news itself
    bool restates_recent = false;
    for (int k = std::max(d.first_body_token, dm.b - 3); k < dm.b; ++k)
      if (date_word_at(w, k, DW_TODAY) || date_word_at(w, k, DW_YESTERDAY)) restates_recent = true;
    if (restates_recent) continue;
    for (int k = std::max(d.first_body_token, dm.b - 3); k < dm.b; ++k) {
      // "từ ngày 5 đến 9/6", "depuis ... jusqu'au": a range with its end is the event's span, not "since"
      const bool range_start = dm.d_end > 0 && is_word(d, k, {"tu", "from", "depuis", "du"});
      if (!range_start && (date_word_at(w, k, DW_PAST) || date_word_at(w, k, DW_SINCE))) dm.past = true;
      const Match* am = w.at(kAgree, k);
      if (am && w.phrase(*am).cat == Cat::AgreeAction && am->e >= dm.b - 1) dm.past = true;
    }
  }
}

struct RoleConstraint {
  std::string who;
  std::string title;
  std::vector<const Role*> roles;
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
        if (rc.title.empty()) rc.title = p.roles[r].title;
      }
    }
    if (!rc.roles.empty()) out.push_back(rc);
  }
  return out;
}

bool holds(const RoleConstraint& rc, int day_key) {
  for (const Role* r : rc.roles)
    if (r->held_on(day_key)) return true;
  return false;
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
      why.push_back(rc.who + " is titled as " + rc.title + ", a role held " + role_span_text(rc));
    }
  }
  // Years the text names (not "since 2013") anchor the event: the first candidate from there on.
  int anchor = 0;
  for (const auto& x : w.dates) {
    if (x.y <= 0 || x.since || x.y > today.year) continue;
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

// Words a publication stamp may carry besides its date and time:
// "Posted on", "Updated", "Ngày đăng", "Cập nhật", "Publié le", "Mis à jour".
bool stamp_word(const Doc& d, int i) {
  return is_word(d, i, {"posted", "published", "updated", "on",  "at",     "gmt", "am",  "pm", "ict",  "ngay", "dang",
                        "cap",    "nhat",      "luc",     "gio", "publie", "le",  "mis", "a",  "jour", "h"});
}

// A publication stamp near the top of the text: a short line holding only a
// date with its year, and perhaps a weekday, a time and stamp words
// ("Thứ Bảy, 10/06/2017, 18:12", "Ngày đăng : 06:48, 26/05/2010", "July, 15 2021").
// It dates the page, not the event: it gives the publication date when none
// is known, and is never the event's date.
void read_stamp(Work& w) {
  const Doc& d = w.doc;
  int b = d.first_body_token;
  for (int line = 0; line < 5 && b < d.size(); ++line) {
    int e = b + 1;
    while (e < d.size() && !(d.toks[e].gap & G_NEWLINE)) ++e;
    if (e - b <= 14) {
      std::optional<Date> date;
      for (const auto& dm : w.dates)
        if (dm.b >= b && dm.e <= e && dm.kind == 0 && dm.y > 0) date = make_day(dm.y, dm.mo, dm.d);
      int y = -1, mo = -1, day = -1;
      bool ok = true;
      for (int k = b; k < e && ok; ++k) {
        if (const Match* m = lex_at(w, k, Cat::Month)) {
          mo = w.phrase(*m).aux;
          k = m->e - 1;
        } else if (const Match* weekday = lex_at(w, k, Cat::Weekday)) {
          k = weekday->e - 1;
        } else if (year_at(d, k) > 0) {
          y = year_at(d, k);
        } else if (d.toks[k].shape & S_DIGITS) {
          if (day < 0) day = day_at(d, k);
        } else if (!stamp_word(d, k) && !date_word_at(w, k, DW_VI_DAY)) {
          ok = false;
        }
      }
      if (ok && !date && y > 0 && mo > 0 && day > 0) date = make_day(y, mo, day);
      if (ok && date) {
        for (auto& dm : w.dates)
          if (dm.b >= b && dm.e <= e) dm.past = true;
        if (!w.published) {
          w.published = date;
          w.draft.published = date;
          w.published_span = d.span(b, e);
          w.has_published_span = true;
        }
        return;
      }
    }
    b = e;
  }
}

}  // namespace

void extract_dates(Work& w) {
  const Doc& d = w.doc;
  scan(w);
  read_stamp(w);
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
