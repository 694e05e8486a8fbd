// Date mentions: every date the text gives ("9 June 2022", "ngày 10/6",
// "le 3 mars", weekdays, relative days), and the publication stamp near the top.
#include <algorithm>
#include <cstdio>
#include <set>

#include "extract_internal.h"

namespace accord::detail {

namespace {

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

}  // namespace

void find_date_mentions(Work& w) {
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
        // ("ngày 13.1": a dot after "ngày" separates day and month; elsewhere "13.1" is a decimal)
        if (vi_context && (sep != G_PERIOD || date_word_before(w, i, DW_VI_DAY))) {
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
      const int before = i > 0 && d.is(i - 1, "nam") ? i - 2 : i - 1;
      dm.until = (i > 0 && (gap(d, i) & G_HYPHEN) && year_at(d, i - 1) > 0) ||
                 is_word(d, before, {"until", "till", "by", "through", "den", "toi", "ici", "horizon"}) ||
                 (is_word(d, before, {"en"}) && is_word(d, before - 1, {"jusqu"}));
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
      // a finite passive reports the news: "the arrangement was signed on April 8", "a été signé le
      // 8 avril"; "had been signed", "signed on ..." after a noun cite an earlier document (a year
      // before the publication's still marks it past when the event's date is chosen)
      const bool finite_passive =
          is_word(d, k - 1, {"was", "were", "ete"}) && !is_word(d, k - 2, {"had", "been", "avait", "avaient"});
      if (finite_passive) continue;
      // "từ ngày 5 đến 9/6", "depuis ... jusqu'au": a range with its end is the event's span, not "since"
      const bool range_start = dm.d_end > 0 && is_word(d, k, {"tu", "from", "depuis", "du"});
      if (!range_start && (date_word_at(w, k, DW_PAST) || date_word_at(w, k, DW_SINCE))) dm.past = true;
      const Match* am = w.at(kAgree, k);
      if (am && w.phrase(*am).cat == Cat::AgreeAction && am->e >= dm.b - 1) dm.past = true;
    }
  }
}

// Words a publication stamp may carry besides its date and time:
// "Posted on", "Updated", "Ngày đăng", "Cập nhật", "Publié le", "Mis à jour".
bool stamp_word(const Doc& d, int i) {
  return is_word(d, i, {"posted", "published", "updated", "on",  "at",     "gmt", "am",  "pm", "ict",  "ngay", "dang",
                        "cap",    "nhat",      "luc",     "gio", "publie", "le",  "mis", "a",  "jour", "h"}) ||
         // a Vietnamese site's weekday ("Thứ Tư", "Chủ nhật") stamps its pages in every language
         (d.is(i, "thu") && is_word(d, i + 1, {"hai", "ba", "tu", "nam", "sau", "bay"})) ||
         (d.is(i - 1, "thu") && is_word(d, i, {"hai", "ba", "tu", "nam", "sau", "bay"})) ||
         (d.is(i, "chu") && d.is(i + 1, "nhat")) || (d.is(i - 1, "chu") && d.is(i, "nhat"));
}

// A publication stamp near the top of the text: a short line holding only a
// date with its year, and perhaps a weekday, a time and stamp words
// ("Thứ Bảy, 10/06/2017, 18:12", "Ngày đăng : 06:48, 26/05/2010", "July, 15 2021").
// It dates the page, not the event: it gives the publication date when none
// is known, and is never the event's date.
void read_publication_stamp(Work& w) {
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
      // a dateline line: "VIETNAM, September 14 -", "HANOI, 14/9 -": a place, its date, a dash
      bool place = false;
      for (int k = b; k < e && ok; ++k) {
        const Match* em = k == b ? w.at(kEntity, k) : nullptr;
        if (em && em->b == k && (w.phrase(*em).cat == Cat::Country || w.phrase(*em).cat == Cat::Place)) {
          place = true;
          k = em->e - 1;
        } else if (const Match* m = lex_at(w, k, Cat::Month)) {
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
      // a dateline without its year still dates the page: the event is dated from the lead
      // ("on Tuesday") against the page's date
      if (ok && place && !date && mo > 0 && day > 0 && w.published) {
        for (auto& dm : w.dates)
          if (dm.b >= b && dm.e <= e) dm.past = true;
        return;
      }
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

}  // namespace accord::detail
