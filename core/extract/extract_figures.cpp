// Figures: a number in digits or words followed by a unit ("210 kilograms",
// "eight suspects", "three joint cases", "four-tier", "3 vụ án").
#include <algorithm>
#include <cmath>

#include "extract_internal.h"

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
    const int used = parse_number_at(d, w, i, value);
    if (used == 0) continue;
    const bool word_number = !(d.toks[i].shape & S_DIGITS);
    // ordinals and names: "No. 5", "lần thứ 3", "AMMTC 17", "C04"
    if (i > 0 && !(d.toks[i].gap & kBlockingGap)) {
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
    const Match* um = nullptr;
    int ub = j;
    for (int k = j; k < std::min(n, j + 3); ++k) {
      const uint16_t gap = d.toks[k].gap & kBlockingGap;
      if (gap) break;
      um = lex_cat_at(w, k, Cat::Unit);
      if (um) {
        ub = k;
        break;
      }
      if ((d.toks[k].shape & S_HAS_DIGIT) || w.cover[kAgree][k] >= 0) break;
      if (is_word(d, k, {"of", "de", "the", "and", "et", "va", "than", "to", "in", "a", "years", "months", "days", "nam",
                         "thang", "ngay", "ans", "mois", "jours"}))
        break;
    }
    // "six more": the unit of the figure just before
    if (!um && is_word(d, j, {"more", "others", "other", "autres", "nua", "khac"}) && !last_unit.empty() &&
        d.sentence_of(i) - last_figure_sentence <= 2) {
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
      i += used - 1;
      continue;
    }
    const Phrase& up = w.phrase(*um);
    const UnitDef& unit = w.c.units[up.ref];
    // a four-digit number before a count noun is usually a year ("2024 cases" is rare)
    if (!word_number && value >= 1900 && value <= 2100 && std::floor(value) == value && unit.kind != "mass") {
      i += used - 1;
      continue;
    }
    DraftFigure f;
    f.quantity = value;
    f.unit = unit.unit;
    f.span = d.span(i, um->e);
    // what it counts: "of MDMA and ketamine", the unit words, and what happened
    int we = um->e;
    std::string what;
    if (is_word(d, we, {"of", "de", "d"}) && !(d.toks[we].gap & kBlockingGap)) {
      int k = we + 1;
      while (k < n && k < we + 8 && !(d.toks[k].gap & kBlockingGap) && !(d.toks[k].shape & S_HAS_DIGIT) &&
             !is_word(d, k, {"from", "to", "in", "on", "at", "was", "were", "which", "that", "since", "during", "for",
                             "by", "with", "bound", "depuis", "dans", "en", "a", "pour", "par", "vers", "au", "aux",
                             "sur", "avec", "lors", "pendant", "tai", "trong", "tu", "vao"})) {
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
    // the period: a year in the sentence, "last year", "this year"
    for (const auto& dm : w.dates) {
      if (dm.y > 0 && d.sentence_of(dm.b) == sent) {
        f.period = std::to_string(dm.y);
        break;
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
}

}  // namespace accord::detail
