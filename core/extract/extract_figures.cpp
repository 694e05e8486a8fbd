// Figures: a number in digits or words followed by a unit ("210 kilograms",
// "eight suspects", "three joint cases", "four-tier", "3 vụ án").
#include <algorithm>
#include <cmath>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

double digits_value(std::string_view s) {
  double v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

const Match* lex_cat_at(const Work& w, int i, Cat c) {
  if (i < 0 || i >= w.doc.size()) return nullptr;
  for (const Match* m : w.all_at(kLex, i))
    if (m->b == i && w.phrase(*m).cat == c) return m;
  return nullptr;
}

std::string format_what(const Work& w, int b, int e) {
  std::string s(w.doc.orig(b, e));
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
  return s;
}

// "109kg" -> 109, "kg"; returns the number of digits read (0 when the token is not
// digits followed by a mass symbol).
int attached_mass(std::string_view t, double& value, std::string& unit) {
  size_t k = 0;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
  if (k == 0 || k == t.size()) return 0;
  const std::string_view suffix = t.substr(k);
  if (suffix != "kg" && suffix != "g" && suffix != "t" && suffix != "mg") return 0;
  value = digits_value(t.substr(0, k));
  unit = suffix == "mg" ? "g" : std::string(suffix);
  if (suffix == "mg") value /= 1000.0;
  return static_cast<int>(k);
}

// A currency sign written before the number: "£1 million", "$5,000", "€20".
std::string currency_before(const Doc& d, int i) {
  const std::string_view before = d.text.substr(0, d.toks[i].ob);
  auto ends = [&](std::string_view x) {
    return before.size() >= x.size() && before.substr(before.size() - x.size()) == x;
  };
  if (ends("\xC2\xA3")) return "GBP";
  if (ends("\xE2\x82\xAC")) return "EUR";
  if (ends("$")) return "USD";
  return "";
}

// English counts a plural noun after the number: "12 observers", "162 INTERPOL member
// countries", "two reports". Time spans and sides are not figures.
std::string plural_noun_unit(const Work& w, int j, int& end) {
  const Doc& d = w.doc;
  for (int k = j; k < std::min(d.size(), j + 4); ++k) {
    if (d.toks[k].gap & kBlockingGap) return "";
    if (d.toks[k].shape & S_HAS_DIGIT) return "";
    if (w.cover[kAgree][k] >= 0 || w.cover[kTitle][k] >= 0) return "";
    const std::string_view t = d.ftok(k);
    if (is_word(d, k,
                {"of", "the", "and", "to", "in", "on", "at", "for", "from", "with", "than", "or", "by", "a", "an",
                 "more", "per", "percent", "times",
                 // "a four-month campaign", "a two-day visit": a number joined to a duration describes
                 "month", "year", "day", "week", "hour", "minute", "decade"}))
      return "";
    const bool plural = t.size() > 3 && t.back() == 's' && t[t.size() - 2] != 's';
    if (!plural) continue;
    if (is_word(d, k, {"years",      "months",  "weeks",   "days",       "hours",   "minutes", "decades",
                       "sides",      "nations", "times",   "centuries",  "dollars", "others",  "its",
                       "this",       "was",     "has",     "is",         "as",      "us",      "ministers",
                       "ministries", "parties", "leaders", "countries's"}))
      return "";
    end = k + 1;
    return d.lower_tok(k);
  }
  return "";
}

}  // namespace

int parse_number_at(const Doc& d, const Work& w, int i, double& value) {
  const std::string_view t = d.ftok(i);
  if (all_digits(t)) {
    value = digits_value(t);
    int used = 1;
    // thousands and decimals: "1,500", "1.5" (en); "1.500", "1,5" (fr, vi)
    while (i + used < d.size()) {
      const int j = i + used;
      const uint16_t gap = d.toks[j].gap;
      const std::string_view nt = d.ftok(j);
      if (!all_digits(nt) || (gap != G_COMMA && gap != G_PERIOD)) break;
      const bool thousands_sep = d.lang == kEn ? gap == G_COMMA : gap == G_PERIOD;
      if (thousands_sep && nt.size() == 3) {
        value = value * 1000 + digits_value(nt);
        ++used;
        continue;
      }
      if (!thousands_sep && used == 1) {
        value = value + digits_value(nt) / std::pow(10.0, static_cast<double>(nt.size()));
        ++used;
      }
      break;
    }
    return used;
  }
  if (const Match* m = lex_cat_at(w, i, Cat::Number)) {
    value = w.phrase(*m).weight;
    int used = m->e - i;
    // "twenty-five", "hai mươi lăm" (tens then units)
    if (value >= 20 && value < 100 && static_cast<int>(value) % 10 == 0) {
      if (const Match* u = lex_cat_at(w, m->e, Cat::Number)) {
        const double uv = w.phrase(*u).weight;
        if (uv >= 1 && uv <= 9 && !(d.toks[m->e].gap & kBlockingGap)) {
          value += uv;
          used = u->e - i;
        }
      }
    }
    return used;
  }
  return 0;
}

namespace {

// "six countries (Cambodia, China, Laos, ...)", "six provinces ... The provinces are Gia Lai and
// Kon Tum, ...": a count of countries or provinces whose names the text then lists counts the
// named participants; it measures nothing. The names are looked for after the number in its
// sentence, and in the next sentence when that one opens by naming the same noun ("The provinces
// are ..."). A name is a country or place, or a run of capitalised words that is not a demonym.
bool counts_named_parties(const Work& w, const DraftFigure& f) {
  const Doc& d = w.doc;
  static const char* const kUnits[] = {"countries", "provinces", "nations", "states", "localities", "pays"};
  bool party_unit = false;
  for (const char* u : kUnits) party_unit = party_unit || f.unit == u;
  if (!party_unit || f.quantity < 2 || f.quantity > 12) return false;
  // the first token after the figure (tokens are in text order)
  const int after = static_cast<int>(
      std::lower_bound(d.toks.begin(), d.toks.end(), f.span.end, [](const Tok& t, size_t o) { return t.ob < o; }) -
      d.toks.begin());
  if (after >= d.size()) return false;
  const int sent = d.sentence_of(after);
  int end = d.sent_first[sent + 1];
  if (end < d.size()) {
    const int next_end = d.sent_first[d.sentence_of(end) + 1];
    for (int k = end; k < std::min(next_end, end + 4); ++k)
      if (d.ftok(k) == fold(f.unit)) end = next_end;
  }
  int names = 0;
  for (int k = after; k < end;) {
    const Match* em = w.at(kEntity, k);
    if (em && em->b == k) {
      const Cat c = w.phrase(*em).cat;
      if (c == Cat::Country || c == Cat::Place) ++names;
      k = std::max(em->e, k + 1);
      continue;
    }
    if (d.cap(k) && k != d.sent_first[d.sentence_of(k)]) {
      ++names;
      while (k < end && d.cap(k) && !w.at(kEntity, k) && !(k + 1 < end && (d.toks[k + 1].gap & kBlockingGap))) ++k;
      ++k;
      continue;
    }
    ++k;
  }
  return names >= f.quantity;
}

}  // namespace

void extract_figures(Work& w) {
  const Doc& d = w.doc;
  std::vector<uint8_t> in_date(d.size(), 0);
  for (const auto& dm : w.dates)
    for (int t = dm.b; t < dm.e; ++t) in_date[t] = 1;
  const int n = d.size();
  int last_figure_sentence = -100;
  std::string last_unit;
  std::string last_what_base;
  for (int i = d.first_body_token; i < n; ++i) {
    if (in_date[i]) continue;
    double value = 0;
    int used = parse_number_at(d, w, i, value);
    // a mass symbol written onto the number: "109kg", "83.6kg", "83,6kg" (SI symbols in every language)
    std::string attached;
    {
      const int dec =
          used == 1 && i + 1 < n && (d.toks[i + 1].shape & S_HAS_DIGIT) && !all_digits(d.ftok(i + 1)) ? i + 1 : -1;
      const uint16_t dec_gap = d.lang == kEn ? G_PERIOD : G_COMMA;
      if (used == 0 && (d.toks[i].shape & S_HAS_DIGIT)) {
        const int k = attached_mass(d.ftok(i), value, attached);
        if (k > 0) used = 1;
      } else if (dec >= 0 && d.toks[dec].gap == dec_gap && (d.toks[i].shape & S_DIGITS)) {
        double frac = 0;
        const int k = attached_mass(d.ftok(dec), frac, attached);
        if (k > 0) {
          value += frac / std::pow(10.0, static_cast<double>(k));
          used = 2;
        }
      }
    }
    // a currency sign written onto the number: "£7 million", "€20" (the sign folds into the token)
    std::string sign_currency;
    if (used == 0 && (d.toks[i].shape & S_HAS_DIGIT) && static_cast<unsigned char>(d.ftok(i)[0]) >= 0x80) {
      const std::string_view t = d.ftok(i);
      for (const auto& [sign, code] : {std::pair<std::string_view, const char*>{"\xC2\xA3", "GBP"},
                                       std::pair<std::string_view, const char*>{"\xE2\x82\xAC", "EUR"}}) {
        if (t.size() > sign.size() && t.substr(0, sign.size()) == sign && all_digits(t.substr(sign.size()))) {
          value = digits_value(t.substr(sign.size()));
          sign_currency = code;
          used = 1;
        }
      }
    }
    if (used == 0) continue;
    // French "un"/"une" is mostly the indefinite article ("d'un pays"), not a count
    if (d.lang == kFr && is_word(d, i, {"un", "une"})) continue;
    // "one country's territories": "one" before a possessive picks a thing, it counts none
    if (is_word(d, i, {"one"}) && i + 2 < n && d.is(i + 2, "s") && (d.toks[i + 2].gap & G_APOS)) continue;
    // "the two countries", "les deux pays", "ces trois affaires": a number after a definite
    // determiner refers back to things already known; it is not a new figure
    if (i > 0 && d.ftok(i - 1).size() <= 9 &&
        is_word(d, i - 1, {"the",  "these", "those", "both",     "all",       "first",    "last",
                           "past", "next",  "top",   "les",      "ces",       "leurs",    "nos",
                           "vos",  "des",   "aux",   "premiers", "premieres", "derniers", "dernieres"})) {
      i += used - 1;
      continue;
    }
    if (!attached.empty()) {
      DraftFigure f;
      f.quantity = value;
      f.unit = attached;
      f.span = d.span(i, i + used);
      int k = i + used;
      if (is_word(d, k, {"of", "de", "d"}) && k + 1 < n && !(d.toks[k + 1].gap & kBlockingGap)) {
        int e = k + 1;
        while (e < n && e < k + 5 && !(d.toks[e].gap & kBlockingGap) && !(d.toks[e].shape & S_HAS_DIGIT) &&
               !is_word(d, e, {"and", "et", "from", "in", "to", "a", "en", "dans"}))
          ++e;
        f.what = format_what(w, k + 1, e);
      }
      w.draft.figures.push_back(f);
      i += used - 1;
      continue;
    }
    const bool word_number = !(d.toks[i].shape & S_DIGITS);
    // ordinals and names: "No. 5", "lần thứ 3", "AMMTC 17", "C04"
    // ... but a counted noun right after makes it a count: "trao trả cho Đồn Biên phòng Móng Cái
    // 23 đối tượng", "handed Lao Cai 15 suspects"
    const bool counted = i + used < n && !(d.toks[i + used].gap & kBlockingGap) && lex_cat_at(w, i + used, Cat::Unit) &&
                         (d.toks[i].shape & S_DIGITS);
    if (i > 0 && !(d.toks[i].gap & kBlockingGap) && !counted) {
      const Match* prev = w.at(kEntity, i - 1);
      if (prev && prev->e == i) {
        i += used - 1;
        continue;
      }
      if (is_word(d, i - 1, {"no", "thu", "so", "khoa", "n"}) || ((d.toks[i - 1].shape & S_ALLCAPS) && !word_number)) {
        i += used - 1;
        continue;
      }
    }
    int j = i + used;
    // multipliers: "1.5 million", "5 tỷ"
    if (const Match* mm = lex_cat_at(w, j, Cat::Multiplier)) {
      if (!(d.toks[j].gap & kBlockingGap)) {
        value *= w.phrase(*mm).weight;
        j = mm->e;
      }
    }
    // the unit, right after or after one or two describing words ("eight Vietnamese suspects")
    auto unit_after = [&](int from, int& unit_begin) -> const Match* {
      for (int k = from; k < std::min(n, from + 3); ++k) {
        const uint16_t gap = d.toks[k].gap & kBlockingGap;
        if (gap) break;
        if (const Match* found = lex_cat_at(w, k, Cat::Unit)) {
          unit_begin = k;
          return found;
        }
        if ((d.toks[k].shape & S_HAS_DIGIT) || w.cover[kAgree][k] >= 0) break;
        if (is_word(d, k,
                    {"of",    "de",     "the",  "and",   "et",    "va",    "than", "to",      "in",       "a",
                     "years", "months", "days", "nam",   "thang", "ngay",  "ans",  "mois",    "jours",    "year",
                     "month", "day",    "week", "weeks", "hour",  "hours", "an",   "semaine", "semaines", "tuan"}))
          break;
      }
      return nullptr;
    };
    int ub = j;
    const Match* um = unit_after(j, ub);
    // "30 face-to-face and 14 online courses", "5 vụ lớn và 12 vụ nhỏ": a number whose noun is
    // left out before a conjunction shares the noun of the number after it (its words stay its own)
    const bool year_like_number = !word_number && used == 1 && value >= 1900 && value <= 2100;
    if (!um && sign_currency.empty() && !year_like_number) {
      for (int k = j; k < std::min(n, j + 5); ++k) {
        if (d.toks[k].gap & kBlockingGap) break;
        if (!is_word(d, k, {"and", "or", "et", "ou", "va", "hoac"})) continue;
        double next_value = 0;
        const int next_used = parse_number_at(d, w, k + 1, next_value);
        int next_ub = 0;
        const Match* next_um = next_used > 0 ? unit_after(k + 1 + next_used, next_ub) : nullptr;
        if (!next_um) break;
        DraftFigure f;
        f.quantity = value;
        f.unit = w.c.units[w.phrase(*next_um).ref].unit;
        f.what = std::string(d.orig(next_ub, next_um->e));
        f.span = d.span(i, k);
        w.draft.figures.push_back(f);
        last_figure_sentence = d.sentence_of(i);
        i = k;
        break;
      }
      if (i >= j) continue;
    }
    // "six more", "850 officers, nearly 300 from the ministry": the unit of the figure just before
    const bool partitive = is_word(d, j, {"from"}) && d.sentence_of(i) == last_figure_sentence;
    if (!um && (is_word(d, j, {"more", "others", "other", "autres", "nua", "khac"}) || partitive) &&
        !last_unit.empty() && d.sentence_of(i) - last_figure_sentence <= 2) {
      DraftFigure f;
      f.quantity = value;
      f.unit = last_unit;
      f.what = last_what_base;
      f.span = d.span(i, j + 1);
      w.draft.figures.push_back(f);
      last_figure_sentence = d.sentence_of(i);
      i = j;
      continue;
    }
    if (!um) {
      // "£7 million", "$5,000"
      const std::string cur = sign_currency.empty() ? currency_before(d, i) : sign_currency;
      int ne = j;
      const std::string noun = d.lang == kEn && cur.empty() ? plural_noun_unit(w, j, ne) : "";
      const bool year_like = !word_number && used == 1 && value >= 1900 && value <= 2100;  // "1,936" is no year
      if (!cur.empty() || (!noun.empty() && !year_like)) {
        DraftFigure f;
        f.quantity = value;
        f.unit = cur.empty() ? noun : cur;
        f.span = d.span(i, cur.empty() ? ne : j);
        f.what = cur.empty() ? std::string(d.orig(j, ne)) : std::string();
        w.draft.figures.push_back(f);
        i = (cur.empty() ? ne : j) - 1;
        continue;
      }
      i += used - 1;
      continue;
    }
    const Phrase& up = w.phrase(*um);
    const UnitDef& unit = w.c.units[up.ref];
    // a four-digit number before a count noun is usually a year ("2024 cases" is rare)
    if (!word_number && used == 1 && value >= 1900 && value <= 2100 && std::floor(value) == value &&
        unit.kind != "mass") {
      i += used - 1;
      continue;
    }
    DraftFigure f;
    f.quantity = value;
    f.unit = unit.unit;
    // "six joint drug cases": the cases are joint ones whatever words stand between
    if (f.unit == "cases")
      for (int k = j; k < ub; ++k)
        if (is_word(d, k, {"joint", "conjointes", "conjointe", "communes"})) f.unit = "joint cases";
    f.span = d.span(i, um->e);
    // what it counts: "of MDMA and ketamine", the unit words, and what happened
    int we = um->e;
    std::string what;
    if (is_word(d, we, {"of", "de", "d"}) && !(d.toks[we].gap & kBlockingGap)) {
      int k = we + 1;
      while (k < n && k < we + 8 && !(d.toks[k].gap & kBlockingGap) && !(d.toks[k].shape & S_HAS_DIGIT) &&
             !is_word(d, k,
                      {"from", "to",  "in",   "on",    "at",     "was",     "were", "which", "that", "since", "during",
                       "for",  "by",  "with", "bound", "depuis", "dans",    "en",   "a",     "pour", "par",   "vers",
                       "au",   "aux", "sur",  "avec",  "lors",   "pendant", "tai",  "trong", "tu",   "vao"})) {
        if (is_word(d, k, {"and", "et", "va"}) && k + 1 < n && !d.cap(k + 1)) break;
        if (w.at(kLex, k) && w.phrase(*w.at(kLex, k)).cat == Cat::FigureAction) break;
        ++k;
      }
      // allow "X and Y" of proper nouns
      if (is_word(d, k, {"and", "et"}) && k + 1 < n && d.cap(k + 1)) {
        k += 2;
        while (k < n && k < we + 10 && d.cap(k) && !(d.toks[k].gap & kBlockingGap)) ++k;
      }
      if (k > we + 1) what = format_what(w, we + 1, k);
    } else if (d.lang == kVi && we < n && !(d.toks[we].gap & kBlockingGap) && unit.kind == "mass") {
      int k = we;
      while (k < n && k < we + 4 && !(d.toks[k].gap & kBlockingGap) && !w.at(kLex, k)) ++k;
      if (k > we) what = format_what(w, we, k);
    }
    if (what.empty()) what = std::string(d.orig(ub, um->e));
    // the action nearest the number within its sentence
    const int sent = d.sentence_of(i);
    const int sb = d.sent_first[sent], se = d.sent_first[sent + 1];
    int best = -1, best_dist = 1 << 30;
    for (int k = sb; k < se; ++k) {
      const Match* am = lex_cat_at(w, k, Cat::FigureAction);
      if (!am) continue;
      const int dist = k < i ? i - am->e : k - um->e;
      if (dist >= 0 && dist < best_dist && dist <= 12) {
        best = w.phrase(*am).ref;
        best_dist = dist;
      }
    }
    if (best >= 0) what += " " + w.c.figure_actions[best];
    f.what = what;
    // the period: the year nearest the figure in its sentence ("six cases since January, after
    // five in 2023": 2023 is the five's), "since January" (this year), "last year", "this year"
    int nearest = 1 << 30;
    for (const auto& dm : w.dates) {
      if (d.sentence_of(dm.b) != sent) continue;
      const int dist = dm.b >= um->e ? dm.b - um->e : i - dm.e;
      if (dist < 0 || dist >= nearest) continue;
      const bool since_month = dm.y <= 0 && dm.mo > 0 && dm.d <= 0 && is_word(d, dm.b - 1, {"since", "depuis", "tu"});
      if (dm.y > 0) {
        f.period = std::to_string(dm.y);
        nearest = dist;
      } else if (since_month && w.event_date) {
        f.period = std::to_string(w.event_date->year);
        nearest = dist;
      }
    }
    if (f.period.empty() && w.event_date) {
      for (int k = sb; k < se; ++k) {
        const Match* m = w.at(kLex, k);
        if (!m || m->b != k || w.phrase(*m).cat != Cat::DateWord) continue;
        if (w.phrase(*m).ref == DW_LAST_YEAR) f.period = std::to_string(w.event_date->year - 1);
        if (w.phrase(*m).ref == DW_THIS_YEAR) f.period = std::to_string(w.event_date->year);
      }
    }
    w.draft.figures.push_back(f);
    last_figure_sentence = sent;
    last_unit = f.unit;
    last_what_base = std::string(d.orig(ub, um->e));
    i = um->e - 1;
  }
  // The same count said again ("2 đối tượng ... hai đối tượng này") is the same figure.
  std::vector<DraftFigure> kept;
  for (DraftFigure& f : w.draft.figures) {
    if (counts_named_parties(w, f)) continue;
    bool again = false;
    for (const DraftFigure& x : kept)
      if (x.quantity == f.quantity && x.unit == f.unit) again = true;
    if (!again) kept.push_back(std::move(f));
  }
  w.draft.figures.swap(kept);
}

}  // namespace accord::detail
