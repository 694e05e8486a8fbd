// Agreements: the kind word ("memorandum of understanding", "accord",
// "hiệp định"), the words around it that make its title, and the action
// the text takes on it (signed, amended, reviewed, negotiating, implemented):
// each document found once, in the draft.
#include <algorithm>

#include "extract_agreement_parts.h"
#include "text_fold.h"

namespace accord::detail {

using namespace agree;

namespace {

// A treaty, convention, agreement or protocol written with capitals mid-sentence, with another
// capitalised word in its title ("the ASEAN Convention on Counter-Terrorism", "Hiệp định Dẫn
// độ"): the proper name of an instrument, not a common noun.
bool proper_instrument(const Work& w, const Found& f, const std::string& kind) {
  const Doc& d = w.doc;
  if (kind != "treaty" && kind != "agreement" && kind != "protocol") return false;
  if (!d.cap(f.kb) || f.tb == d.sent_first[d.sentence_of(f.tb)]) return false;
  for (int k = f.tb; k < f.te; ++k)
    if ((k < f.kb || k >= f.ke) && d.cap(k) && !w.in_person[k]) return true;
  return false;
}

}  // namespace

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
    // "agreements to which both countries are parties": a relative clause names them
    // ... and so does what they serve as: "accords servant de base juridique", "agreements serving
    // as the legal basis"
    const bool relative = plural && ((d.is(m.e, "to") && d.is(m.e + 1, "which")) ||
                                     is_word(d, m.e, {"auxquels", "auxquelles", "auquel", "servant", "serving"}));
    if (plural && is_word(d, m.e, {"to"}) && !relative) continue;
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
    // "realise signed agreements", "les accords signés", "các văn bản đã ký": documents already
    // signed, named as such, are the ones in force
    const bool signed_done =
        plural && ((d.lang == kEn && d.is(m.b - 1, "signed") && !(d.toks[m.b].gap & kBlockingGap)) ||
                   (d.lang == kFr && f.te == m.e && is_word(d, m.e, {"signes", "signees"}) &&
                    (m.e + 1 >= d.size() || (d.toks[m.e + 1].gap & kBlockingGap) || is_word(d, m.e + 1, {"et"}))) ||
                   (d.lang == kVi && f.te == m.e && d.is(m.e, "da") && d.is(m.e + 1, "ky") &&
                    (m.e + 2 >= d.size() || (d.toks[m.e + 2].gap & kBlockingGap))));
    if (signed_done) {
      if (d.lang == kEn)
        f.tb = m.b - 1;
      else
        f.te = d.lang == kFr ? m.e + 1 : m.e + 2;
      specific = true;
    }
    if (relative) {
      int e = m.e + 1;
      while (e < d.size() && e < m.e + 16 && !(d.toks[e].gap & kBlockingGap)) ++e;
      while (e > m.e + 2 && (connector(d, e - 1) || determiner(d, e - 1))) --e;
      f.te = e;
      specific = true;
    }
    f.specific = specific;
    f.action = find_action(w, f.tb, f.te, f.cue_spans);
    if (signed_done && f.action != action_index(w.c, "implemented")) continue;
    // "cooperation within the ASEAN Convention on Counter-Terrorism", "la Convention des Nations
    // unies contre ...": an instrument cited by its proper name, with no verb on it, is in force
    if (f.action < 0 && !plural && proper_instrument(w, f, kind)) f.action = action_index(w.c, "implemented");
    if (f.action < 0) continue;
    // bare "agreements", "agreements between the two countries": no document is named; a
    // subject complement names them ("treaties on extradition", "accords sur l'entraide")
    // ... and so does the signing: "cooperation deals signed between the two countries",
    // "accords signés entre les deux pays", "các văn bản đã ký giữa hai bên"
    // ... or where: "accords de coopération signés à la 6e conférence"
    const bool signed_between =
        plural && is_word(d, f.te, {"signed", "signes", "signees", "ky", "concluded", "conclus", "conclues"}) &&
        is_word(d, f.te + 1, {"between", "by", "at", "during", "entre", "par", "a", "au", "lors", "giua", "tai"});
    if (plural && !signed_between && !signed_done && !relative &&
        (f.te - f.ke < 2 || !is_word(d, f.ke,
                                     {"on", "regarding", "concerning", "about", "against", "sur", "concernant",
                                      "relatifs", "relatives", "contre", "ve",
                                      // a relative clause names them too: "các điều ước quốc tế mà
                                      // Việt Nam là thành viên" (to which Vietnam is a party)
                                      "ma"})))
      continue;
    // "la Déclaration conjointe Vietnam-Chine": French writes a common noun in lower case, so a
    // kind with capitals mid-sentence is the document's proper name (English capitalises "the MoU"
    // when it refers back)
    if (!f.specific && d.lang == kFr && d.cap(m.b) && m.b > d.sent_first[d.sentence_of(m.b)] &&
        !(d.toks[m.b].gap & (G_NEWLINE | G_QUOTE)))
      f.specific = true;
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
      // ... and so is one announced: "a joint statement is expected to be adopted", "a new plan will be signed"
      const std::string& act = w.c.agree_actions[f.action];
      if (!((identified && (dated || indefinite)) || (indefinite && (act == "signed" || act == "negotiating"))))
        continue;
      if (identified) f.named_e = clause_e;
    }
    if (signed_between) f.named_e = signing_clause_end(w, f.te);
    found.push_back(f);
    // "accords sur l'entraide judiciaire, le retour de citoyens, la lutte contre la criminalité":
    // a plural kind with a list of subjects names one document per subject
    if (plural && !signed_between && !signed_done && !relative && f.te < d.size() &&
        (d.toks[f.te].gap & kBlockingGap) == G_COMMA) {
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

// "India's security council secretariat and the Vietnamese ministry signed a memorandum on
// cooperation", "le ministère X et le ministère Y ont signé un plan", "Bộ X và Bộ Y đã ký kết biên
// bản": bodies that are the subject of the signing are the document's parties, and its title
// names them as a title with "between" does.
void name_agreement_parties(Work& w) {
  const Doc& d = w.doc;
  for (size_t k = 0; k < w.draft.agreements.size() && k < w.agreement_title_ranges.size(); ++k) {
    DraftAgreement& a = w.draft.agreements[k];
    const std::string ft = fold(a.title);
    if (ft.find("between") != std::string::npos || ft.find("entre") != std::string::npos ||
        ft.find("giua") != std::string::npos)
      continue;
    const int tb = w.agreement_title_ranges[k].first;
    const int sb = d.sent_first[d.sentence_of(tb)];
    int v = tb - 1;
    while (v > sb && is_word(d, v, {"a", "an", "the", "un", "une", "le", "la", "les", "des", "mot", "cac"})) --v;
    if (d.is(v, "ket") && d.is(v - 1, "ky")) --v;
    if (v <= sb || !is_word(d, v, {"signed", "sign", "signe", "signent", "ky"})) continue;
    while (v > sb && is_word(d, v - 1, {"have", "has", "ont", "da", "vua", "cung"})) --v;
    int conj = -1;  // the "and" that joins the two bodies
    for (int t = sb; t < v; ++t)
      if (is_word(d, t, {"and", "et", "va"})) conj = t;
    if (conj < 0 || v - sb > 30) continue;
    // one body on each side of it: "A and B", each the whole of its side
    const size_t from = d.toks[sb].ob, mid_b = d.toks[conj].ob, mid_e = d.toks[conj].oe, to = d.toks[v].ob;
    std::vector<std::string> before, after;
    for (const DraftOrganization& o : w.draft.organizations)
      for (const TextSpan& s : o.spans) {
        if (s.begin >= from && s.end <= mid_b) before.push_back(o.name);
        if (s.begin >= mid_e && s.end <= to) after.push_back(o.name);
        if ((s.begin >= from && s.end <= mid_b) || (s.begin >= mid_e && s.end <= to)) break;
      }
    if (before.size() != 1 || after.size() != 1) continue;
    const std::vector<std::string> parties = {before[0], after[0]};
    const std::string between = " between " + parties[0] + " and " + parties[1];
    const size_t paren = d.lang == kVi ? a.title.find(" (") : std::string::npos;
    a.title.insert(paren == std::string::npos ? a.title.size() : paren, between);
  }
}

}  // namespace accord::detail
