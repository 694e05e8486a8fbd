// Folding with an offset map, tokens, sentences, language, phrase matching.
#include <algorithm>
#include <cstring>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

uint8_t lang_bit(const std::string& code) {
  if (code == "en") return kEn;
  if (code == "fr") return kFr;
  if (code == "vi") return kVi;
  return kAnyLang;
}

const char* lang_code(uint8_t bit) {
  switch (bit) {
    case kFr:
      return "fr";
    case kVi:
      return "vi";
    default:
      return "en";
  }
}

bool is_upper_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  if (cp == 0x1A0 || cp == 0x1AF) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

uint32_t lower_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  if (!is_upper_cp(cp)) return cp;
  if (cp >= 0xC0 && cp <= 0xDE) return cp + 0x20;
  if (cp == 0x178) return 0xFF;
  if (cp == 0x1A0 || cp == 0x1E00 || (cp >= 0x100 && cp <= 0x17E) || (cp >= 0x1E00 && cp <= 0x1EFF)) return cp + 1;
  if (cp == 0x1AF) return 0x1B0;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

std::string lower_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    append_utf8(out, lower_cp(decode_utf8(s, i)));
  }
  return out;
}

std::string strip_diacritics(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = decode_utf8(s, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;
    std::string f = fold(s.substr(start, i - start));
    if (is_upper_cp(cp) && !f.empty() && f[0] >= 'a' && f[0] <= 'z') f[0] = static_cast<char>(f[0] - 32);
    out += f;
  }
  return out;
}

const std::string& Doc::lower_tok(int i) const {
  if (lower_done.empty()) {
    lower_done.assign(toks.size(), 0);
    lower_cache.assign(toks.size(), std::string());
  }
  if (!lower_done[i]) {
    lower_cache[i] = lower_utf8(otok(i));
    lower_done[i] = 1;
  }
  return lower_cache[i];
}

namespace {

// Folds the text, mapping each folded byte to the original byte it came from.
void fold_with_map(std::string_view text, std::string& out, std::vector<uint32_t>& at) {
  out.clear();
  at.clear();
  out.reserve(text.size() + 16);
  at.reserve(text.size() + 17);
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c == '\t' || c == '\f' || c == '\v' ? ' ' : c);
      at.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = decode_utf8(text, i);
    const char* repl = nullptr;
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201B:
      case 0x02BC:
      case 0x2032:
      case 0x00B4:
        repl = "'";
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x00AB:
      case 0x00BB:
        repl = "\"";
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2212:
        repl = "-";
        break;
      case 0x00A0:
      case 0x2002:
      case 0x2003:
      case 0x2009:
      case 0x200A:
      case 0x202F:
      case 0x3000:
        repl = " ";
        break;
      case 0x2026:
        repl = ".";
        break;
      case 0x2022:
      case 0x00B7:
        repl = " ";
        break;
      case 0x200B:
      case 0xFEFF:
        repl = "";
        break;
      case 0x2028:
      case 0x2029:
      case 0x0085:
        repl = "\n";
        break;
      default:
        break;
    }
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining marks
    std::string f;
    if (repl) {
      f = repl;
    } else if (i - start == 1) {
      f = std::string(1, text[start]);  // invalid byte: keep
    } else {
      f = fold(text.substr(start, i - start));
    }
    for (char fc : f) {
      out += fc;
      at.push_back(static_cast<uint32_t>(start));
    }
  }
  at.push_back(static_cast<uint32_t>(text.size()));
}

inline bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

uint16_t gap_flags(std::string_view g) {
  uint16_t f = 0;
  for (char ch : g) {
    switch (ch) {
      case ' ':
      case '\t':
        f |= G_SPACE;
        break;
      case '\n':
      case '\r':
        f |= G_NEWLINE;
        break;
      case '.':
        f |= G_PERIOD;
        break;
      case ',':
        f |= G_COMMA;
        break;
      case ';':
      case ':':
        f |= G_HARD;
        break;
      case '!':
      case '?':
        f |= G_HARD | G_END;
        break;
      case '(':
      case '[':
      case '{':
        f |= G_OPEN;
        break;
      case ')':
      case ']':
      case '}':
        f |= G_CLOSE;
        break;
      case '"':
        f |= G_QUOTE;
        break;
      case '-':
        f |= G_HYPHEN;
        break;
      case '\'':
      case '`':
        f |= G_APOS;
        break;
      case '/':
        f |= G_SLASH;
        break;
      default:
        f |= G_OTHER;
        break;
    }
  }
  return f;
}

const char* const kAbbrev[] = {"gen", "lieut", "lt", "sen", "maj", "col",  "brig", "capt", "mr", "mrs",
                               "ms",  "dr",    "st", "no",  "jr",  "vs",   "pol",  "prof", "co", "dept",
                               "gov", "rep",   "mt", "adm", "cdr", "insp", "supt", "h",    "e",  "u",
                               "s",   "m",     "tp", "ts",  "gs",  "pgs",  "ths"};

bool is_abbrev(std::string_view w) {
  for (const char* a : kAbbrev)
    if (w == a) return true;
  return false;
}

}  // namespace

void build_doc(Doc& d, std::string_view text, const Compiled& c, const std::string& forced_lang) {
  d.text = text;
  fold_with_map(text, d.folded, d.orig_at);
  const std::string& f = d.folded;
  d.toks.clear();
  d.toks.reserve(f.size() / 5 + 8);
  size_t i = 0;
  size_t gap_start = 0;
  while (i < f.size()) {
    if (!is_word_byte(static_cast<unsigned char>(f[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < f.size() && is_word_byte(static_cast<unsigned char>(f[j]))) ++j;
    Tok t;
    t.fb = static_cast<uint32_t>(i);
    t.fe = static_cast<uint32_t>(j);
    t.ob = d.orig_at[i];
    t.oe = d.orig_at[j];
    t.gap = gap_flags(std::string_view(f).substr(gap_start, i - gap_start));
    t.id = c.id_of(std::string_view(f).substr(i, j - i));
    d.toks.push_back(t);
    gap_start = j;
    i = j;
  }
  // Shapes from the original text.
  size_t diacritic_toks = 0, letter_toks = 0, allcaps_toks = 0, viet_toks = 0;
  for (Tok& t : d.toks) {
    std::string_view o = text.substr(t.ob, t.oe - t.ob);
    size_t k = 0;
    int letters = 0, uppers = 0, digits = 0;
    bool first = true;
    uint8_t shape = 0;
    while (k < o.size()) {
      const unsigned char ch = static_cast<unsigned char>(o[k]);
      uint32_t cp;
      if (ch < 0x80) {
        cp = ch;
        ++k;
      } else {
        cp = decode_utf8(o, k);
        if (cp >= 0x300 && cp <= 0x36F) {
          shape |= S_COMBINING | S_DIACRITIC;
          continue;
        }
        if (cp >= 0xC0) shape |= S_DIACRITIC;
        // letters only Vietnamese uses: ă đ ơ ư and the stacked tones of U+1EA0..U+1EF9
        if ((cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x102 || cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x1A0 ||
            cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0)
          shape |= S_VIET;
      }
      if (cp >= '0' && cp <= '9') {
        ++digits;
      } else if (cp >= 0x41) {
        ++letters;
        if (is_upper_cp(cp)) {
          ++uppers;
          if (first) shape |= S_CAP;
        }
      }
      first = false;
    }
    if (digits > 0) shape |= S_HAS_DIGIT;
    if (digits > 0 && letters == 0) shape |= S_DIGITS;
    if (letters >= 2 && uppers == letters) shape |= S_ALLCAPS;
    t.shape = shape;
    if (letters > 0) {
      ++letter_toks;
      if (shape & S_DIACRITIC) ++diacritic_toks;
      if (shape & S_ALLCAPS) ++allcaps_toks;
      if (shape & S_VIET) ++viet_toks;
    }
  }
  d.upper_text = letter_toks > 20 && allcaps_toks * 10 > letter_toks * 6;
  // Sentences.
  d.sent_first.clear();
  uint32_t sent = 0;
  for (size_t k = 0; k < d.toks.size(); ++k) {
    Tok& t = d.toks[k];
    bool starts = k == 0;
    if (k > 0) {
      if (t.gap & G_NEWLINE) {
        starts = true;
      } else if (t.gap & (G_PERIOD | G_END)) {
        const bool cap_or_digit = (t.shape & (S_CAP | S_HAS_DIGIT)) || d.upper_text;
        std::string_view prev = d.ftok(static_cast<int>(k - 1));
        const bool abbrev =
            (t.gap & G_END) == 0 && (is_abbrev(prev) || (prev.size() == 1 && !(d.toks[k - 1].shape & S_DIGITS)));
        // "10.1.2024", "83.6", "1.200": a period between digits with no space is part of the number
        const bool in_number = t.gap == G_PERIOD && (t.shape & S_DIGITS) && (d.toks[k - 1].shape & S_DIGITS);
        starts = cap_or_digit && !abbrev && !in_number;
      }
    }
    if (starts) {
      if (k > 0) ++sent;
      d.sent_first.push_back(static_cast<int>(k));
    }
    t.sent = sent;
  }
  d.sent_first.push_back(static_cast<int>(d.toks.size()));
  // Language.
  if (!forced_lang.empty() && forced_lang != "*") {
    d.lang = lang_bit(forced_lang);
  } else {
    int en = 0, fr = 0, vi = 0;
    const size_t limit = std::min<size_t>(d.toks.size(), 3000);
    auto in = [](const std::vector<uint32_t>& v, uint32_t id) { return std::find(v.begin(), v.end(), id) != v.end(); };
    for (size_t k = 0; k < limit; ++k) {
      const uint32_t id = d.toks[k].id;
      if (id == kNoId) continue;
      en += in(c.func_en, id);
      fr += in(c.func_fr, id);
      vi += in(c.func_vi, id);
    }
    // Vietnamese written with diacritics is unmistakable.
    vi += static_cast<int>(2 * viet_toks);
    d.lang = vi > en && vi > fr ? kVi : fr > en ? kFr : kEn;
  }
  d.diacritics = letter_toks > 0 && diacritic_toks * 10 > letter_toks;
  d.accents = d.lang == kVi ? d.diacritics : letter_toks > 0 && diacritic_toks * 100 > letter_toks;
  d.lower_done.clear();
  d.lower_cache.clear();
}

bool is_word(const Doc& d, int i, std::initializer_list<const char*> words) {
  if (i < 0 || i >= d.size()) return false;
  const std::string_view t = d.ftok(i);
  if (t.empty()) return false;
  // the first letter decides most comparisons without measuring the word
  for (const char* x : words)
    if (x[0] == t[0] && t == x) return true;
  return false;
}

std::vector<Match> match_layer(const Doc& d, const Compiled& c, int layer) {
  const PhraseLayer& L = c.layers[layer];
  std::vector<Match> out;
  const int n = d.size();
  int i = 0;
  std::vector<int> best;
  while (i < n) {
    const uint32_t id = d.toks[i].id;
    if (id == kNoId) {
      ++i;
      continue;
    }
    const auto it = L.by_first.find(id);
    if (it == L.by_first.end()) {
      ++i;
      continue;
    }
    best.clear();
    size_t best_len = 0;
    for (int pi : it->second) {
      const Phrase& p = L.phrases[pi];
      const size_t len = p.toks.size();
      if (len < best_len) break;  // sorted longest first
      if (i + static_cast<int>(len) > n) continue;
      if (!(p.langs & d.lang)) continue;
      bool ok = true;
      for (size_t k = 0; k < len && ok; ++k) {
        const Tok& t = d.toks[i + k];
        if (k > 0) {
          if (t.id != p.toks[k])
            ok = false;
          else if ((t.gap & kBlockingGap & ~p.gaps[k]) != 0)
            ok = false;
        }
        if (!ok) break;
        // Case rules (names and acronyms).
        if (!d.upper_text && p.casing[k]) {
          if (p.casing[k] == 2 && !(t.shape & S_ALLCAPS) && !(t.shape & S_DIGITS))
            ok = false;
          else if (p.casing[k] == 1 && !(t.shape & (S_CAP | S_DIGITS)))
            ok = false;
        }
        if (!ok) break;
        // Diacritics: a Vietnamese text with diacritics must match them.
        if (t.shape & S_DIACRITIC) {
          if (!p.exact[k].empty()) {
            if (!(t.shape & S_COMBINING) && d.lower_tok(i + k) != p.exact[k]) ok = false;
          } else if (d.lang == kVi && d.diacritics && !(t.shape & S_COMBINING)) {
            ok = false;
          }
        } else if (!p.exact[k].empty() && d.accents && d.lang != kEn) {
          // French and Vietnamese written with accents: "traite" is not "traité"
          ok = false;
        }
      }
      if (!ok) continue;
      if (len > best_len) {
        best.clear();
        best_len = len;
      }
      best.push_back(pi);
    }
    if (best.empty()) {
      ++i;
      continue;
    }
    for (int pi : best) out.push_back(Match{i, i + static_cast<int>(best_len), pi, layer});
    i += static_cast<int>(best_len);
  }
  return out;
}

}  // namespace accord::detail
