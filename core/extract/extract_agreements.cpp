// Agreements: the kind word ("memorandum of understanding", "accord",
// "hiệp định"), the words around it that make its title, and the action
// the text takes on it (signed, amended, reviewed, negotiating, implemented).
#include <algorithm>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

namespace {

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
         // "où" (where) opens a relative clause; folded it is "ou" (or), rare in titles
         "ou"});
  if (d.lang == kVi)
    return is_word(d, i, {"da", "duoc", "se", "nham", "vao", "ngay", "tai", "nhu", "la", "thi", "khi", "nay"});
  return is_word(d, i,
                 {"signed",   "inked",     "was",       "were",     "is",      "are",    "has",   "have",  "had",
                  "held",     "which",     "that",      "who",      "as",      "during", "at",    "when",  "while",
                  "since",    "after",     "before",    "under",    "through", "within", "will",  "would", "should",
                  "could",    "can",       "may",       "must",     "by",      "from",   "last",  "ago",   "this",
                  "together", "sidelines", "witnessed", "attended", "also",    "thus",   "among", "so"});
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

const Match* action_ending_before(const Work& w, int i) {
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

struct Found {
  int kind = 0;        // index in c.agree_kinds
  int kb = 0, ke = 0;  // the kind words
  int tb = 0, te = 0;  // the title
  int action = -1;     // index in c.agree_actions
  std::vector<TextSpan> cue_spans;
  bool specific = false;
  int pb = -1, pe = -1;  // a shared head before the title ("protocoles d'accord sur" + one item of a list)
  int named_e = -1;      // a bare kind named by its signing: the title runs to the clause's end
};

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
      // "phòng, chống" is one Vietnamese phrase
      if (!(d.lang == kVi && gap == G_COMMA && is_word(d, k - 1, {"phong"}) && is_word(d, k, {"chong"}))) break;
    }
    if (d.lang != kVi && !started) {
      // the first word must open a complement: a preposition, or a gerund ("amending", "supplementing")
      const bool ing = d.ftok(k).size() > 4 && d.ftok(k).substr(d.ftok(k).size() - 3) == "ing";
      const Match* am = action_ending_before(w, k);
      if (!connector(d, k) && !ing && !(am && am->b == k)) break;
      if (is_word(d, k, {"and", "et", "a", "an", "the", "to"}) && k == t) break;
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

// The action the text takes on an agreement whose title is [tb, te).
int find_action(const Work& w, int tb, int te, std::vector<TextSpan>& cues) {
  const Doc& d = w.doc;
  const int sent = d.sentence_of(tb);
  const int sent_b = d.sent_first[sent];
  const int negotiating = action_index(w.c, "negotiating");
  const int signed_ = action_index(w.c, "signed");
  const int implemented = action_index(w.c, "implemented");
  const int reviewed = action_index(w.c, "reviewed");
  const int amended = action_index(w.c, "amended");
  for (int k = tb - 1; k >= std::max(sent_b, tb - 25); --k) {
    const Match* am = w.at(kAgree, k);
    if (!am || w.phrase(*am).cat != Cat::AgreeAction || am->e > tb) continue;
    // "documents signed by the two countries": a participle after a noun describes that noun
    const std::string_view last = d.ftok(am->e - 1);
    auto ends = [&](std::string_view suffix) {
      return last.size() > suffix.size() && last.substr(last.size() - suffix.size()) == suffix;
    };
    const bool participle = ends("ed") || (d.lang == kFr && (ends("e") || ends("ee") || ends("es") || ends("ees")));
    const bool post =
        participle &&
        (is_word(d, am->e, {"by", "on", "in", "at", "between", "with", "par", "entre"}) ||
         (is_word(d, am->e, {"le", "en"}) && am->e + 1 < d.size() && (d.toks[am->e + 1].shape & S_HAS_DIGIT)));
    if (post && am->e < tb) {
      k = am->b;
      continue;
    }
    // Vietnamese "theo" (following, according to) takes a document as the basis only when the
    // document is its object ("theo Hiệp định", "theo các thỏa thuận"); elsewhere it is "theo
    // dõi" (monitor), "theo đó" (accordingly), "theo kế hoạch" (as planned); the object may be
    // coordinated: "theo quy định của pháp luật và các điều ước quốc tế"
    if (am->e - am->b == 1 && d.is(am->b, "theo")) {
      int j = tb;
      while (j > am->e && determiner(d, j - 1)) --j;
      bool clause = true;
      for (int t = am->e + 1; t <= tb && t < d.size(); ++t) clause = clause && !(d.toks[t].gap & kBlockingGap);
      if (!(j == am->e || (clause && j - 1 > am->e && d.is(j - 1, "va")))) continue;
    }
    int action = w.phrase(*am).aux;
    cues.push_back(d.span(am->b, am->e));
    // "reviewed the implementation of", "passé en revue la mise en œuvre", "đánh giá kết quả thực hiện"
    if (action == implemented) {
      for (int j = am->b - 1; j >= std::max(sent_b, am->b - 5); --j) {
        const Match* rm = w.at(kAgree, j);
        if (rm && w.phrase(*rm).cat == Cat::AgreeAction && w.phrase(*rm).aux == reviewed) {
          action = reviewed;
          cues.push_back(d.span(rm->b, rm->e));
          break;
        }
      }
    }
    // "suggested signing, amending and supplementing the agreement", "a proposé de signer", "đề
    // nghị ký kết": a signing or an amendment proposed is still being negotiated
    if (action == signed_ || action == amended) {
      for (int j = am->b - 1; j >= std::max(sent_b, am->b - 6); --j) {
        if (d.toks[j + 1].gap & (kBlockingGap & ~G_COMMA)) break;
        if (is_word(d, j,
                    {"suggested", "suggest", "suggests", "proposed", "propose", "proposes", "recommended", "recommend",
                     "urged", "propose", "suggere", "recommande", "nghi", "xuat"}) &&
            !(d.lang == kVi && !is_word(d, j - 1, {"de"}))) {
          action = negotiating;
          break;
        }
      }
    }
    // "negotiations toward the signing of", "promote the signing"
    if (action == signed_) {
      for (int j = am->b - 1; j >= std::max(sent_b, am->b - 5); --j) {
        const Match* nm = w.at(kAgree, j);
        if (nm && w.phrase(*nm).cat == Cat::AgreeAction && w.phrase(*nm).aux == negotiating) {
          action = negotiating;
          cues.push_back(d.span(nm->b, nm->e));
          break;
        }
      }
    }
    return action;
  }
  // After the title: "... was signed", "signed on August 9", "được ký kết"
  const int sent_end = d.sent_first[sent + 1];
  // "A memorandum ... between the two agencies, which is expected to be signed in the time ahead"
  for (int k = te; k < std::min(sent_end, te + 12); ++k) {
    if (agree_at(w, k, Cat::AgreeKind) || agree_at(w, k, Cat::AgreePlural)) break;
    const Match* am = w.at(kAgree, k);
    if (am && am->b == k && w.phrase(*am).cat == Cat::AgreeAction) {
      if (k >= te + 4 && !is_word(d, k - 1, {"be", "been", "is", "was", "are", "were", "duoc", "ete", "etre"}) &&
          w.c.agree_actions[w.phrase(*am).aux] != "negotiating")
        break;
      cues.push_back(d.span(am->b, am->e));
      return w.phrase(*am).aux;
    }
  }
  return -1;
}

std::optional<Date> agreement_date(const Work& w, const Found& f) {
  const Doc& d = w.doc;
  const int sent = d.sentence_of(f.tb);
  const int sent_end = d.sent_first[sent + 1];
  const std::string& action = w.c.agree_actions[f.action];
  for (const auto& dm : w.dates) {
    if (dm.b < f.te || dm.b >= sent_end || dm.y <= 0) continue;
    // the first date after the title is the signing's: "signé en 2019 et entré en vigueur en
    // août 2020" was signed in 2019 (a year alone is weighed below), not in August 2020
    if (dm.kind == 2 && !dm.since) break;
    if (dm.kind > 1) continue;
    // "signed on August 9, 2021" right after the title dates it whatever the action
    const bool attached = dm.b - f.te <= 3;
    if (!attached && action != "signed") continue;
    if (dm.kind == 0) return make_day(dm.y, dm.mo, dm.d);
    Date m;
    m.year = dm.y;
    m.month = dm.mo;
    m.precision = DatePrecision::Month;
    return m;
  }
  if (action == "signed" && w.event_date) return w.event_date;  // signed at the event
  return std::nullopt;
}

}  // namespace

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

void extract_agreements(Work& w) {
  const Doc& d = w.doc;
  const auto& ms = w.m[kAgree];
  std::vector<Found> found;
  const int other_kind = [&] {
    for (size_t k = 0; k < w.c.agree_kinds.size(); ++k)
      if (w.c.agree_kinds[k] == "other") return static_cast<int>(k);
    return 0;
  }();
  for (const Match& m : ms) {
    const Phrase& p = w.phrase(m);
    // a plural kind counts when its complement names the documents: "treaties on extradition"
    const bool plural = p.cat == Cat::AgreePlural;
    if (p.cat != Cat::AgreeKind && !plural) continue;
    if (m.b < d.first_body_token) continue;
    // "30 minutes", "two documents": counted things are not titles
    if (m.b > 0 && ((d.toks[m.b - 1].shape & S_DIGITS) ||
                    (w.at(kLex, m.b - 1) && w.phrase(*w.at(kLex, m.b - 1)).cat == Cat::Number &&
                     w.phrase(*w.at(kLex, m.b - 1)).weight > 1)))
      continue;
    const int kind_index = plural ? other_kind : p.aux;
    const std::string& kind = w.c.agree_kinds[kind_index];
    if (kind == "minutes" && d.lang == kEn && !is_word(d, m.e, {"of"})) continue;
    if (kind == "plan" && is_word(d, m.e, {"to"})) continue;  // "plans to visit"
    if (plural && is_word(d, m.e, {"to"})) continue;
    // "giám đốc Chương trình Kế hoạch" (the director of plans): a capitalised kind word in the
    // name of a post after a title is no document
    if (d.lang == kVi && d.cap(m.b)) {
      int k = m.b - 1;
      while (k > 0 && m.b - k <= 3 && w.cover[kTitle][k] < 0 && w.cover[kAgree][k] < 0 &&
             !(d.toks[k + 1].gap & kBlockingGap))
        --k;
      if (k >= 0 && w.cover[kTitle][k] >= 0 && !(d.toks[k + 1].gap & kBlockingGap)) continue;
    }
    // "deal with", "deals with": the verb, not a document
    if (d.lang == kEn && is_word(d, m.b, {"deal", "deals"}) && is_word(d, m.e, {"with"})) continue;
    Found f;
    f.kind = kind_index;
    f.kb = m.b;
    f.ke = m.e;
    bool specific = false;
    f.tb = left_extent(w, m.b, specific);
    f.te = right_extent(w, m.e, kind == "plan", specific);
    f.specific = specific;
    f.action = find_action(w, f.tb, f.te, f.cue_spans);
    if (f.action < 0) continue;
    // bare "agreements", "agreements between the two countries": no document is named; a
    // subject complement names them ("treaties on extradition", "accords sur l'entraide")
    // ... and so does the signing: "cooperation deals signed between the two countries",
    // "accords signés entre les deux pays", "các văn bản đã ký giữa hai bên"
    // ... or where: "accords de coopération signés à la 6e conférence"
    const bool signed_between =
        plural && is_word(d, f.te, {"signed", "signes", "signees", "ky"}) &&
        is_word(d, f.te + 1, {"between", "by", "at", "during", "entre", "par", "a", "au", "lors", "giua", "tai"});
    if (plural && !signed_between &&
        (f.te - f.ke < 2 || !is_word(d, f.ke,
                                     {"on", "regarding", "concerning", "about", "against", "sur", "concernant",
                                      "relatifs", "relatives", "contre", "ve",
                                      // a relative clause names them too: "các điều ước quốc tế mà
                                      // Việt Nam là thành viên" (to which Vietnam is a party)
                                      "ma"})))
      continue;
    if (!f.specific && !signed_between) {
      // a bare "the MoU" refers back; "signed an MoU" is new
      const bool indefinite = is_word(d, m.b - 1, {"a", "an", "un", "une", "mot"});
      // "a memorandum of understanding signed by the two countries in 2018", "the Memorandum of
      // Understanding signed on August 9, 2021": the signing names it, definite or not, and is
      // part of its title
      const bool identified = is_word(d, f.te, {"signed", "signe", "signee"}) &&
                              is_word(d, f.te + 1, {"by", "in", "on", "between", "par", "en", "le", "entre"});
      // (a definite one needs the signing's date: "the agreement signed by the Minister" refers back)
      int clause_e = identified ? signing_clause_end(w, f.te) : -1;
      bool dated = false;
      for (const auto& dm : w.dates) {
        if (dm.b <= f.te || dm.b >= clause_e) continue;
        dated = true;
        clause_e = std::max(clause_e, dm.e);  // "signed on August 9, 2021": the date is whole
      }
      if (!((identified && (dated || indefinite)) || (indefinite && w.c.agree_actions[f.action] == "signed"))) continue;
      if (identified) f.named_e = clause_e;
    }
    if (signed_between) f.named_e = signing_clause_end(w, f.te);
    found.push_back(f);
    // "accords sur l'entraide judiciaire, le retour de citoyens, la lutte contre la criminalité":
    // a plural kind with a list of subjects names one document per subject
    if (plural && !signed_between && f.te < d.size() && (d.toks[f.te].gap & kBlockingGap) == G_COMMA) {
      const int se = d.sent_first[d.sentence_of(f.te) + 1];
      int k = f.te;
      int items = 0;
      while (k < se && (d.toks[k].gap & kBlockingGap) == G_COMMA && items < 6) {
        if (is_word(d, k, {"dont", "including", "notamment", "y", "such", "tels", "telles", "nhu", "and", "et"})) break;
        if (!determiner(d, k) && !connector(d, k)) break;  // a list item opens with its article
        int e = k + 1;
        while (e < se && !(d.toks[e].gap & kBlockingGap) && !right_stop(d, e)) ++e;
        if (e - k > 8) break;
        // "..., dont la traite d'êtres humains": the item's own example stays with it
        if (e < se && (d.toks[e].gap & kBlockingGap) == G_COMMA && is_word(d, e, {"dont", "including", "notamment"})) {
          int x = e + 1;
          while (x < se && !(d.toks[x].gap & kBlockingGap) && (x == e + 1 || !right_stop(d, x))) ++x;
          if (x - e <= 8) e = x;
        }
        Found g = f;
        g.pb = f.kb;
        g.pe = f.ke + 1;
        g.tb = k;
        g.te = e;
        while (g.tb < g.te && determiner(d, g.tb)) ++g.tb;
        if (g.tb < g.te) found.push_back(g);
        ++items;
        k = e;
      }
    }
  }
  // "a document on the renewal of the agreement on ...": the generic word names the act on the
  // document inside its title, which is the one to record
  auto generic = [&](const Found& f) {
    return is_word(d, f.kb, {"document", "documents", "text", "texte"}) ||
           (d.lang == kVi && f.ke - f.kb >= 2 && is_word(d, f.kb, {"van"}) && is_word(d, f.kb + 1, {"ban", "kien"}));
  };
  for (const Found& f : found) {
    bool wraps_specific = false;
    for (const Found& g : found)
      wraps_specific = wraps_specific || (&g != &f && generic(f) && !generic(g) && g.kb >= f.ke && g.kb < f.te);
    if (wraps_specific) continue;
    DraftAgreement a;
    a.kind = agreement_kind_from_string(w.c.agree_kinds[f.kind]).value_or(AgreementKind::Other);
    a.action = agreement_action_from_string(w.c.agree_actions[f.action]).value_or(AgreementAction::Signed);
    const int title_e = std::max(f.te, f.named_e);
    a.title_original = std::string(d.orig(f.tb, title_e));
    a.title = gloss_english(w, f.tb, title_e);
    if (f.pb >= 0) {
      a.title_original = std::string(d.orig(f.pb, f.pe)) + " " + a.title_original;
      a.title = gloss_english(w, f.pb, f.pe) + " " + a.title;
    }
    if (!a.title.empty() && a.title[0] >= 'a' && a.title[0] <= 'z') a.title[0] = static_cast<char>(a.title[0] - 32);
    // a Vietnamese title is glossed word by word: the title keeps the original beside it, as a
    // name is given in English with the original in parentheses
    if (d.lang == kVi && fold(a.title) != fold(a.title_original)) a.title += " (" + a.title_original + ")";
    a.span = d.span(f.tb, f.te);
    a.cue_spans = f.cue_spans;
    a.date = agreement_date(w, f);
    // Signed long before the event ("signed ... in 1998, laying the foundation", "signed by the
    // two countries in 2018", "avaient signé"): the document is in force, the basis of the
    // cooperation, not signed at this event.
    if (a.action == AgreementAction::Signed) {
      const int sent = d.sentence_of(f.tb);
      const int sb = d.sent_first[sent], se = d.sent_first[sent + 1];
      int ref_year = w.event_date ? w.event_date->year : w.published ? w.published->year : 0;
      int signed_year = a.date && a.date != w.event_date ? a.date->year : 0;
      for (const auto& dm : w.dates)
        if (!signed_year && dm.y > 0 && dm.b >= sb && dm.b < se && dm.kind == 2 && !dm.since && dm.b >= f.te &&
            dm.b - f.te <= 12)
          signed_year = dm.y;
      bool pluperfect = false;
      for (const TextSpan& cs : f.cue_spans)
        for (int k = std::max(sb, f.tb - 26); k < f.tb; ++k)
          if (d.toks[k].oe <= cs.begin && d.toks[k].oe + 2 >= cs.begin && is_word(d, k, {"had", "avait", "avaient"}))
            pluperfect = true;
      // "l'Accord sur ... signé en 2019", "signed a bilateral agreement on ... in 1998", "the MoU
      // signed in 2018": a signing given only an earlier year cites a document in force, the
      // basis of the cooperation, not one signed at this event
      // (a year "in 2003" after the title, before any other document: "the 2018 agreement" is another's)
      int in_year = 0;
      for (const auto& dm : w.dates) {
        if (dm.b < f.te || dm.b >= se || dm.b - f.te > 12) continue;
        bool other_doc = false;
        for (int k = f.te; k < dm.b && !other_doc; ++k)
          other_doc = agree_at(w, k, Cat::AgreeKind) || agree_at(w, k, Cat::AgreePlural);
        if (other_doc) break;
        if (dm.kind == 2 && !dm.since && dm.y > 0 && is_word(d, dm.b - 1, {"in", "en", "nam"})) in_year = dm.y;
        break;
      }
      const bool attached_past_year = in_year && ref_year && in_year < ref_year && (!a.date || a.date == w.event_date);
      if (attached_past_year) signed_year = in_year;
      if (attached_past_year) a.date.reset();
      if (pluperfect || attached_past_year) {
        a.action = AgreementAction::Implemented;
        if (!a.date && ref_year && signed_year && signed_year < ref_year) {
          Date y;
          y.year = signed_year;
          y.precision = DatePrecision::Year;
          a.date = y;
        }
      }
    }
    // the same agreement again ("the 2024 collaboration plan" twice), or a kind word inside a
    // title already taken ("biên bản thỏa thuận")
    // (a document named inside another's title with an action of its own, "Protocol amending
    // the MoU ...", is another document)
    bool dup = false;
    for (size_t k = 0; k < w.agreement_title_ranges.size(); ++k) {
      const auto& [rb, re] = w.agreement_title_ranges[k];
      if (f.tb < re && rb < f.te && w.draft.agreements[k].action == a.action) dup = true;
    }
    // "between the two ministries" names the parties, not the document: titles compare without it
    auto core = [](std::string t) {
      for (const char* p : {" between the two ", " between both ", " entre les deux ", " giua hai "}) {
        const size_t at = t.find(p);
        if (at == std::string::npos) continue;
        size_t end = t.find(' ', at + std::string(p).size());
        t.erase(at, end == std::string::npos ? std::string::npos : end - at);
      }
      return t;
    };
    const std::string ft = core(fold(a.title));
    for (DraftAgreement& x : w.draft.agreements) {
      const std::string fx = core(fold(x.title));
      const bool prefix = fx.compare(0, ft.size(), ft) == 0 || ft.compare(0, fx.size(), fx) == 0;
      // the same kind with most of the same words ("cooperation plan for 2020" and "cooperation
      // plan between the two ministries in 2020")
      const std::string fa = fold(a.title_original), fb = fold(x.title_original);
      size_t shared = 0, na = 0;
      {
        std::vector<std::string> wa, wb;
        std::string cur;
        for (char ch : fa + " ")
          (ch == ' ') ? (cur.empty() ? void() : (wa.push_back(cur), cur.clear())) : void(cur += ch);
        for (char ch : fb + " ")
          (ch == ' ') ? (cur.empty() ? void() : (wb.push_back(cur), cur.clear())) : void(cur += ch);
        na = std::min(wa.size(), wb.size());
        for (const auto& t : wa)
          if (std::find(wb.begin(), wb.end(), t) != wb.end()) ++shared;
      }
      // a document named again where the text gives its earlier signing date ("... a été signé le
      // 9 août 2021") is the same document: it keeps its action at this event and takes the date
      const bool earlier_signing = a.action == AgreementAction::Signed && a.date && a.date != w.event_date &&
                                   w.event_date && a.date->year > 0 && a.date->sort_key() < w.event_date->sort_key();
      const bool similar = na >= 2 && shared * 4 >= na * 3 && (x.action == a.action || earlier_signing);
      if (similar && earlier_signing && x.action != a.action) x.date = a.date;
      // news alternates "treaty" and "agreement" for one document: "the extradition treaty signed
      // during the visit" and "signed an extradition agreement"
      auto without_kind = [](const std::string& folded) {
        std::string out, cur;
        for (char ch : folded + " ") {
          if (ch != ' ') {
            cur += ch;
            continue;
          }
          if (!cur.empty() && cur != "agreement" && cur != "treaty" && cur != "accord" && cur != "traite" &&
              cur != "hiep" && cur != "dinh" && cur != "uoc" && cur != "an" && cur != "a" && cur != "the")
            out += (out.empty() ? "" : " ") + cur;
          cur.clear();
        }
        return out;
      };
      const auto treaty_like = [](AgreementKind k) {
        return k == AgreementKind::Agreement || k == AgreementKind::Treaty;
      };
      const std::string rest = without_kind(fa);
      const bool same_document_other_word = treaty_like(a.kind) && treaty_like(x.kind) && a.kind != x.kind &&
                                            x.action == a.action && !rest.empty() && rest == without_kind(fb);
      if (same_document_other_word) dup = true;
      if (x.kind == a.kind && (prefix || similar)) {
        dup = true;
        if (!x.date && a.date) x.date = a.date;
      }
    }
    if (dup) continue;
    w.agreement_title_ranges.push_back({f.tb, f.te});
    w.draft.agreements.push_back(a);
  }
}

}  // namespace accord::detail
