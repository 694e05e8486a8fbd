// Agreements: a French or Vietnamese title glossed in English, word by word
// from the gazetteer's glosses, French ordinals as English ones.
#include <string>

#include "extract_internal.h"

namespace accord::detail {

namespace {
// French writes ordinals as digits and "e", "ème", "er", "re" ("16e", "1er"); English as "16th",
// "1st". Other tokens stay as written.
std::string english_ordinal(const Doc& d, int i) {
  std::string t(d.otok(i));
  if (d.lang != kFr) return t;
  size_t n = 0;
  while (n < t.size() && t[n] >= '0' && t[n] <= '9') ++n;
  if (n == 0 || n == t.size()) return t;
  const std::string suffix = t.substr(n);
  if (suffix != "e" && suffix != "ème" && suffix != "eme" && suffix != "er" && suffix != "re" && suffix != "ère")
    return t;
  const int v = std::stoi(t.substr(0, n));
  const char* th = (v % 100 >= 11 && v % 100 <= 13) ? "th"
                   : v % 10 == 1                    ? "st"
                   : v % 10 == 2                    ? "nd"
                   : v % 10 == 3                    ? "rd"
                                                    : "th";
  return t.substr(0, n) + th;
}
}  // namespace

std::string gloss_english(const Work& w, int b, int e) {
  const Doc& d = w.doc;
  if (d.lang == kEn) return std::string(d.orig(b, e));
  std::string out;
  // Where the last word put starts, when it can take an adjective before it (a noun, not "of")
  size_t noun_at = std::string::npos;
  auto put = [&](const std::string& s) {
    if (s.empty() || s == "\x1f") return;
    if (!out.empty() && out.back() != '-' && s != "-") out += ' ';
    noun_at = out.size();
    out += s;
    static const char* const kFunction[] = {"of",  "on",   "in", "to",      "to the",  "of the", "and", "or",
                                            "for", "with", "by", "between", "against", "a",      "-"};
    for (const char* f : kFunction)
      if (s == f) noun_at = std::string::npos;
  };
  int i = b;
  while (i < e) {
    // a list's commas stay: "crime, the security of the border areas"
    if (i > b && (d.toks[i].gap & kBlockingGap) == G_COMMA && !out.empty()) out += ',';
    const Match* gm = w.at(kGloss, i);
    if (gm && gm->b == i && gm->e <= e) {
      const std::string& text = w.phrase(*gm).text;
      // a French adjective after its noun goes before it in English ("coopération bilatérale")
      if (text.size() > 1 && text[0] == '+') {
        if (noun_at != std::string::npos) {
          out.insert(noun_at, text.substr(1) + " ");
        } else {
          put(text.substr(1));
        }
      } else {
        put(text);
      }
      i = gm->e;
      continue;
    }
    const Match* em = w.at(kEntity, i);
    if (em && em->b == i && em->e <= e) {
      const Phrase& p = w.phrase(*em);
      if (p.cat == Cat::Country || p.cat == Cat::Demonym) {
        put(w.gaz.countries[p.ref].name);
        i = em->e;
        continue;
      }
    }
    put(english_ordinal(d, i));
    ++i;
  }
  return out;
}

}  // namespace accord::detail
