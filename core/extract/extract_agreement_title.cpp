// Agreements: the words of a document's title around its kind word
// ("memorandum of understanding on ...", "le protocole d'accord sur ...",
// "biên bản ghi nhớ về ..."), bounded by the word classes of each language.
#include <algorithm>

#include "extract_agreement_parts.h"

namespace accord::detail::agree {

// Words that end a title's left modifiers (English puts modifiers first).
bool left_stop(const Doc& d, int i) {
  return is_word(
      d, i, {"the",   "a",    "an",   "their",  "its",   "his",   "her",  "our",   "this",    "that",     "these",
             "those", "of",   "on",   "in",     "at",    "to",    "for",  "with",  "by",      "and",      "or",
             "as",    "from", "such", "signed", "inked", "new",   "said", "both",  "two",     "previous", "existing",
             "any",   "each", "all",  "other",  "s",     "first", "last", "which", "between", "into"});
}

// Words that end a title on the right.
bool right_stop(const Doc& d, int i) {
  // "sur le transfèrement": after a preposition "le" is the complement's article; elsewhere it
  // opens a date or a new clause ("signé le 9 août")
  if (d.lang == kFr && is_word(d, i, {"le"}) && i > 0 &&
      is_word(d, i - 1, {"sur", "de", "contre", "concernant", "entre", "pour", "dans", "avec", "par"}))
    return false;
  if (d.lang == kFr)
    return is_word(
        d, i,
        {"a", "ont", "est", "sont", "qui", "que", "afin", "lors", "ainsi", "grace", "tels", "telles", "signe", "signee",
         "signes", "signees", "le", "depuis", "il", "elle", "ils", "avait", "avaient", "seront", "sera", "etaient",
         "etait", "ete", "conclu", "conclus", "se", "ne", "nous", "elles", "ils",
         // a copula opens the predicate: "... reste le cadre juridique", "constitue la base"
         "reste", "restent", "constitue", "constituent", "demeure", "demeurent", "sert", "servent",
         // "où" (where) opens a relative clause; folded it is "ou" (or), rare in titles
         "ou"});
  if (d.lang == kVi)
    return is_word(d, i, {"da", "duoc", "se", "nham", "vao", "ngay", "tai", "nhu", "la", "thi", "khi", "nay"});
  return is_word(d, i,
                 {"signed", "inked", "was", "were", "is", "are", "has", "have", "had", "held", "which", "that", "who",
                  "as", "during", "at", "when", "while", "since", "after", "before", "under", "through", "within",
                  "will", "would", "should", "could", "can", "may", "must", "by", "from", "last", "ago", "this",
                  "together", "sidelines", "witnessed", "attended", "also", "thus", "among", "so",
                  // a copula opens the predicate: "... remains a legal framework", "serves as the basis"
                  "remains", "remain", "serves", "constitutes", "provides", "forms"});
}

bool connector(const Doc& d, int i) {
  return is_word(
      d, i, {"of",      "on",     "between",    "for",     "in",      "to",       "regarding", "concerning", "about",
             "against", "with",   "and",        "the",     "a",       "an",       "sur",       "de",         "du",
             "des",     "d",      "l",          "la",      "relatif", "relative", "entre",     "en",         "dans",
             "pour",    "contre", "concernant", "portant", "et",      "au",       "aux",       "ve",         "giua",
             "cua",     "va",     "trong",      "cho",     "voi"});
}

bool determiner(const Doc& d, int i) {
  return is_word(d, i, {"the", "a",   "an", "their", "its",   "this", "that",  "le",  "la",  "les",   "l",  "un",
                        "une", "des", "du", "ce",    "cette", "leur", "leurs", "ban", "cac", "nhung", "mot"});
}

const Match* agree_at(const Work& w, int i, Cat c) {
  if (i < 0 || i >= w.doc.size()) return nullptr;
  for (const Match* m : w.all_at(kAgree, i))
    if (w.phrase(*m).cat == c && m->b == i) return m;
  return nullptr;
}

static const Match* action_ending_before(const Work& w, int i) {
  const Match* m = w.at(kAgree, i);
  if (!m || w.phrase(*m).cat != Cat::AgreeAction) return nullptr;
  return m;
}

// A day or month date starts at token i (a bare year may be part of a title).
bool date_starts(const Work& w, int i) {
  for (const auto& dm : w.dates)
    if (dm.b == i && dm.kind <= 1) return true;
  return false;
}

// The end of a signing clause after a title ("signed by the two countries in 2018", "signés à
// la 6e conférence"): up to a comma or period, a new clause or another document.
int signing_clause_end(const Work& w, int from) {
  const Doc& d = w.doc;
  int e = from + 1;
  while (e < d.size() && e < from + 12 && !(d.toks[e].gap & kBlockingGap) &&
         !is_word(d, e, {"and", "which", "that", "to", "et", "qui", "pour", "va", "nham"}) &&
         !agree_at(w, e, Cat::AgreeKind) && !agree_at(w, e, Cat::AgreePlural))
    ++e;
  return e;
}

int action_index(const Compiled& c, const char* name) {
  for (size_t i = 0; i < c.agree_actions.size(); ++i)
    if (c.agree_actions[i] == name) return static_cast<int>(i);
  return -1;
}

// A list of subjects after a title's complement, from the comma at token `from` to the end of
// its sentence: short noun phrases separated by commas, the last one joined by "and"/"et", with
// no verb, date, person, document or action among them. Returns the list's end, or -1.
static int subject_list_end(const Work& w, int from, int sent_end) {
  const Doc& d = w.doc;
  int items = 1, len = 0;
  bool joined = false;
  for (int k = from; k < sent_end; ++k) {
    const uint16_t gap = d.toks[k].gap & kBlockingGap;
    if (gap && gap != G_COMMA) return -1;
    if (gap == G_COMMA) {
      ++items;
      len = 0;
    }
    if (++len > 24 || items > 6) return -1;
    if (w.in_person[k] || (w.cover[kTitle][k] >= 0 && d.cap(k)) || w.cover[kAgree][k] >= 0) return -1;
    for (const auto& dm : w.dates)  // a day with its month ("le 9 août") dates a clause
      if (dm.b == k && dm.kind <= 1 && dm.mo > 0) return -1;
    if ((d.toks[k].shape & S_DIGITS) && d.ftok(k).size() != 4) return -1;
    const std::string_view t = d.ftok(k);
    if (d.lang == kEn && t.size() > 3 && t.substr(t.size() - 2) == "ed") return -1;  // a verb
    if (right_stop(d, k)) return -1;
    if (is_word(d, k, {"and", "et"})) joined = true;
  }
  return joined && items >= 2 ? sent_end : -1;
}

// The title's end: prepositional phrases, gerunds and names after the kind word.
int right_extent(const Work& w, int ke, bool plan_kind, bool& specific) {
  const Doc& d = w.doc;
  const int sent_end = d.sent_first[d.sentence_of(ke - 1) + 1];
  int t = ke;
  // "(MoU)"
  if (t < sent_end && (d.toks[t].gap & G_OPEN) && t + 1 < sent_end && (d.toks[t + 1].gap & G_CLOSE) &&
      ((d.toks[t].shape & S_ALLCAPS) || agree_at(w, t, Cat::AgreeKind)))
    t += 1;
  else if (t < sent_end && (d.toks[t].gap & G_OPEN))
    return ke;
  const bool after_paren = t > ke;
  int end = t;
  const int limit = std::min(sent_end, t + 32);
  bool started = false;
  for (int k = t; k < limit; ++k) {
    const uint16_t gap = d.toks[k].gap & kBlockingGap & ~(after_paren && k == t ? G_CLOSE : 0);
    if (w.in_person[k]) break;
    if (const Match* tm = w.at(kTitle, k)) {
      if (tm->b == k && w.phrase(*tm).cat != Cat::Honorific && d.cap(k)) break;
    }
    if (gap) {
      // "on cyber safety, cybercrime prevention, and data protection.", "dans la lutte contre la
      // criminalité, la garantie de la sécurité et de l'ordre ...": the complement is a list of
      // subjects that runs to the sentence's end
      if (gap == G_COMMA && started && d.lang != kVi) {
        const int list_end = subject_list_end(w, k, sent_end);
        if (list_end > k) {
          end = list_end;
          specific = true;
          break;
        }
      }
      // "phòng, chống" is one Vietnamese phrase
      if (!(d.lang == kVi && gap == G_COMMA && is_word(d, k - 1, {"phong"}) && is_word(d, k, {"chong"}))) break;
    }
    if (d.lang != kVi && !started) {
      // the first word must open a complement: a preposition, or a gerund ("amending", "supplementing")
      const bool ing = d.ftok(k).size() > 4 && d.ftok(k).substr(d.ftok(k).size() - 3) == "ing";
      const Match* am = action_ending_before(w, k);
      if (!connector(d, k) && !ing && !(am && am->b == k)) break;
      // "an agreement to provide a legal framework for ...": a purpose infinitive describes the
      // document (not a plan's "plans to visit", nor "to be signed")
      const bool purpose =
          d.lang == kEn && !plan_kind && d.is(k, "to") && k + 1 < limit && !(d.toks[k + 1].gap & kBlockingGap) &&
          !d.cap(k + 1) && !d.digits(k + 1) &&
          !is_word(d, k + 1, {"be", "the", "a", "an", "this", "that", "its", "their", "sign", "date"}) &&
          !action_ending_before(w, k + 1);
      if (is_word(d, k, {"and", "et", "a", "an", "the", "to"}) && k == t && !purpose) break;
    }
    if (right_stop(d, k)) break;
    {
      // adverbs end a title: "récemment", "recently"
      const std::string_view tk = d.ftok(k);
      // ("le transfèrement", "du renforcement": after an article or a preposition "-ment" is a noun)
      if (d.lang == kFr && tk.size() > 6 && tk.substr(tk.size() - 4) == "ment" && !determiner(d, k - 1) &&
          !connector(d, k - 1))
        break;
      if (d.lang == kEn && tk.size() > 4 && tk.substr(tk.size() - 2) == "ly") break;
    }
    if (date_starts(w, k)) break;
    if (is_word(d, k, {"on", "in", "sur", "en", "le"}) && date_starts(w, k + 1)) break;
    // "signed ... in 2003", "signé en 2019": a year after "in" dates the signing; "plan for 2024"
    // keeps its year
    // ... but a plan names the year it covers: "plan de coopération en 2023", "kế hoạch hợp tác năm 2023"
    if (is_word(d, k, {"in", "en", "nam"}) && k + 1 < d.size() && (d.toks[k + 1].shape & S_DIGITS) &&
        d.ftok(k + 1).size() == 4 && !(plan_kind && !(k + 2 < d.size() && date_starts(w, k + 2))))
      break;
    const Match* am = w.at(kAgree, k);
    if (am && am->b == k && w.phrase(*am).cat == Cat::AgreeAction) {
      const std::string& a = w.c.agree_actions[w.phrase(*am).aux];
      // "amending", "supplementing", "implementing" inside a title; a finite verb ends it
      const std::string_view last = d.ftok(am->e - 1);
      const bool gerund = last.size() > 4 && last.substr(last.size() - 3) == "ing";
      if (!(gerund || a == "amended" || d.lang != kEn)) break;
      if (d.lang == kVi && a != "amended") break;
    }
    if (is_word(d, k, {"and", "et", "va"})) {
      // "and an MoU on ...", "and assessed": a new clause
      // (French repeats the preposition's article: "de la prévention et du contrôle de ...")
      if (determiner(d, k + 1) && !is_word(d, k + 1, {"the", "la", "le", "l"}) &&
          !(d.lang == kFr && started && is_word(d, k + 1, {"du", "des"})))
        break;
      const int nk = determiner(d, k + 1) ? k + 2 : k + 1;
      if (agree_at(w, nk, Cat::AgreeKind) || agree_at(w, nk, Cat::AgreePlural)) break;
      const std::string_view nx = k + 1 < d.size() ? d.ftok(k + 1) : std::string_view();
      if (d.lang == kEn && nx.size() > 3 && nx.substr(nx.size() - 2) == "ed") break;
      if (is_word(d, k + 1, {"agreed", "signed", "pledged", "will", "also"})) break;
    }
    if (d.toks[k].shape & S_DIGITS) {
      // plain numbers end a title ("three years ago"); years and ordinals stay ("lần thứ 26")
      const std::string_view tk = d.ftok(k);
      if (!(tk.size() == 4) && !(d.is(k - 1, "thu") && d.is(k - 2, "lan"))) break;
    }
    started = true;
    if (!connector(d, k) && !determiner(d, k)) specific = true;
    end = k + 1;
  }
  // trim trailing connectors
  while (end > t && (connector(d, end - 1) || determiner(d, end - 1))) --end;
  return std::max(end, ke);
}

int left_extent(const Work& w, int kb, bool& specific) {
  const Doc& d = w.doc;
  if (d.lang != kEn) {
    // "Vietnam-Laos" before a French or Vietnamese kind word is rare; keep only country pairs
    return kb;
  }
  int b = kb;
  for (int k = kb - 1; k >= std::max(0, kb - 4); --k) {
    if (d.toks[k + 1].gap & kBlockingGap) break;
    if (left_stop(d, k)) break;
    if (w.cover[kTitle][k] >= 0 || w.in_person[k]) break;
    const Match* am = w.at(kAgree, k);
    if (am && w.phrase(*am).cat != Cat::AgreeKind) break;
    if (am && w.phrase(*am).cat == Cat::AgreeKind) break;
    const std::string_view t = d.ftok(k);
    if (d.toks[k].shape & S_DIGITS) {
      if (t.size() != 4) break;  // years only
    }
    if (t.size() > 3 && t.substr(t.size() - 2) == "ed" && !d.cap(k)) break;  // verbs
    if (t.size() > 4 && t.substr(t.size() - 3) == "ing" && !d.cap(k)) break;
    if (t.size() > 2 && t.substr(t.size() - 2) == "ly") break;  // adverbs
    b = k;
    specific = true;
  }
  return b;
}
}  // namespace accord::detail::agree
