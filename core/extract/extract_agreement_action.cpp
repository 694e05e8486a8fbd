// Agreements: the action the text takes on a document (signed, amended,
// reviewed, negotiating, implemented) from the verbs around its title, and
// the signing or extension date it gives.
#include <algorithm>

#include "extract_agreement_parts.h"

namespace accord::detail::agree {

namespace {

// A copula ("remains", "is", "serves as", "constitue", "là") right after a title and, within a
// few words, "legal framework", "legal basis", "cadre juridique", "base juridique", "cơ sở pháp
// lý", "hành lang pháp lý", adjectives allowed between ("a crucial legal framework"). Returns
// the copula's token, or -1.
int legal_basis_after(const Doc& d, int te, int sent_end) {
  int k = te;
  // a short complement may come first: "signed in 2018", "between the two ministries"
  const int copula_limit = std::min(sent_end, te + 6);
  while (k < copula_limit &&
         !is_word(d, k, {"remains",     "remain",     "is",        "are",       "serves",      "serve", "served",
                         "constitutes", "constitute", "provides",  "provide",   "forms",       "form",  "reste",
                         "restent",     "demeure",    "demeurent", "constitue", "constituent", "est",   "sont",
                         "sert",        "servent",    "servant",   "serving"}) &&
         !(d.lang == kVi && is_word(d, k, {"la", "tao", "lam"})))
    ++k;
  if (k >= copula_limit) return -1;
  for (int j = k + 1; j < std::min(sent_end, k + 6); ++j) {
    const bool legal =
        is_word(d, j, {"legal", "juridique", "juridiques"}) || (d.lang == kVi && d.is(j, "phap") && d.is(j + 1, "ly"));
    if (!legal) continue;
    // the noun before ("cadre juridique", "cơ sở pháp lý") or after ("legal framework")
    if (is_word(d, j + 1, {"framework", "frameworks", "basis", "foundation", "foundations", "base"}) ||
        is_word(d, j - 1, {"cadre", "base", "fondement", "so", "lang"}))
      return k;
  }
  return -1;
}

}  // namespace

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
      // ... also when the implementation is coordinated under the review: "l'évaluation de la
      // sécurité ... et de la mise en œuvre des mémorandums", "reviewed the situation and the
      // implementation of"
      int c = am->b - 1;
      while (c > sent_b && is_word(d, c, {"de", "la", "the", "of", "l"})) --c;
      const bool coordinated = is_word(d, c, {"et", "and", "va"});
      for (int j = am->b - 1; j >= std::max(sent_b, am->b - (coordinated ? 25 : 5)); --j) {
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
  // "... remains an important legal framework", "... sert de base juridique", "... là cơ sở pháp
  // lý": a document that is the legal basis of the cooperation is in force
  if (const int at = legal_basis_after(d, te, sent_end); at >= 0) {
    cues.push_back(d.span(at, at + 1));
    return implemented;
  }
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
}  // namespace accord::detail::agree
