// People, the titles around a name: before it ("Deputy Minister of Public
// Security X"), after it ("X, Minister of ..."), with complement and ranks.
#include <algorithm>

#include "extract_people_parts.h"
#include "text_fold.h"

namespace accord::detail::people {

bool complement_token_ok(const Work& w, int t) {
  const Doc& d = w.doc;
  if (w.cover[kEntity][t] >= 0) {
    const Match* m = w.at(kEntity, t);
    return w.phrase(*m).cat != Cat::Person;
  }
  if (w.cover[kTitle][t] >= 0) return true;
  if (is_connector(d, t)) return true;
  if (d.cap(t) || d.digits(t)) return true;
  if (d.toks[t].shape & S_HAS_DIGIT) return false;
  // French and Vietnamese titles run on in lower case ("vice-ministre vietnamien
  // de la Sécurité publique", "Cục trưởng Cục Cảnh sát hình sự"), up to a verb.
  if (d.lang == kFr) return !is_word(d, t, {"a", "ont", "est", "sont", "qui", "que", "avec", "pour", "lors"});
  if (d.lang == kVi)
    return !is_word(d, t, {"da",   "se",   "dang", "la",    "voi", "co",  "duoc", "cho", "tai",  "ve",  "khi", "de",
                           "nham", "cung", "vua",  "khong", "hoi", "dam", "tiep", "lam", "viec", "gap", "ky"});
  return false;
}

namespace {

// A title phrase starting at token k joins `ti` (its definition and key,
// once); returns the token after it, or -1 when none starts there.
int take_title_at(const Work& w, int k, TitleInfo& ti) {
  const Match* m = w.at(kTitle, k);
  if (!m || m->b != k || w.phrase(*m).cat != Cat::Title) return -1;
  const int ref = w.phrase(*m).ref;
  ti.title_refs.push_back(ref);
  const std::string& key = w.c.titles[ref].key;
  if (std::find(ti.keys.begin(), ti.keys.end(), key) == ti.keys.end()) ti.keys.push_back(key);
  return m->e;
}

void collect_title_countries(const Work& w, TitleInfo& ti) {
  for (int t = ti.b; t < ti.e; ++t) {
    for (const Match* m : w.all_at(kEntity, t)) {
      if (m->b != t) continue;
      const Phrase& p = w.phrase(*m);
      int ci = -1;
      if (p.cat == Cat::Country || p.cat == Cat::Demonym)
        ci = p.ref;
      else if (p.cat == Cat::Org)
        ci = w.gaz.country_index(w.gaz.organizations[p.ref].country);
      if (ci >= 0 && std::find(ti.countries.begin(), ti.countries.end(), ci) == ti.countries.end())
        ti.countries.push_back(ci);
    }
  }
}

}  // namespace

// Ranks (and honorifics) right before position j: returns where they start.
int skip_ranks_back(const Work& w, int j, std::string& rank) {
  while (j > 0) {
    const Match* m = w.at(kTitle, j - 1);
    if (!m || m->e != j) break;
    const Cat c = w.phrase(*m).cat;
    if (c != Cat::Rank && c != Cat::Honorific) break;
    if (c == Cat::Rank && rank.empty()) rank = std::string(w.doc.orig(m->b, m->e));
    // "Gen. Vilay": an abbreviated rank ends in a period
    if (j < w.doc.size() && (w.doc.toks[j].gap & kBlockingGap & ~G_PERIOD)) break;
    j = m->b;
  }
  return j;
}

// The title that introduces a name starting at token j ("Minister of Public
// Security General Luong Tam Quang", "le vice-ministre vietnamien de la
// Police, Luong Tam Quang").
TitleInfo title_before(const Work& w, int j) {
  const Doc& d = w.doc;
  TitleInfo ti;
  const int name_b = j;
  j = skip_ranks_back(w, j, ti.rank);
  const int sent_b = d.sent_first[d.sentence_of(name_b)];
  const int limit = std::max(sent_b, j - 14);
  int found_b = -1, found_e = -1;
  for (int k = j - 1; k >= limit; --k) {
    // the gap after token k must not break the phrase: a comma right before
    // the name ("..., le commissaire général Agus Andrianto") and an acronym
    // in brackets ("Police nationale indonésienne (INP)") are fine
    const uint16_t gap = d.toks[k + 1].gap & kBlockingGap;
    const bool near_name = k + 1 == j || (k + 2 == j && is_connector(d, k + 1) && !(d.toks[j].gap & kBlockingGap));
    const bool opens_acronym = gap == G_OPEN && (d.toks[k + 1].shape & S_ALLCAPS) && k + 2 <= j &&
                               (k + 2 == d.size() || (d.toks[k + 2].gap & G_CLOSE));
    const bool closes_acronym = (gap & G_CLOSE) && (d.toks[k].shape & S_ALLCAPS) && (d.toks[k].gap & G_OPEN);
    const bool ok_gap = gap == 0 || opens_acronym || ((gap & ~(G_COMMA | G_CLOSE)) == 0 && near_name) ||
                        (closes_acronym && (gap & ~G_CLOSE) == 0);
    if (!ok_gap) break;
    if (!complement_token_ok(w, k)) break;
    const Match* m = w.at(kTitle, k);
    if (m && w.phrase(*m).cat == Cat::Title) {
      found_b = m->b;
      found_e = j;
      break;
    }
  }
  if (found_b < 0) return ti;
  ti.found = true;
  ti.b = found_b;
  ti.e = found_e;
  // Chains: "Deputy Prime Minister and Minister of Public Security".
  for (int k = found_b; k < found_e; ++k)
    if (const int title_end = take_title_at(w, k, ti); title_end >= 0) k = title_end - 1;
  while (true) {
    const int b = ti.b;
    // "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Tô Lâm": titles in a row
    if (b >= 1 && (d.toks[b].gap & kBlockingGap) == G_COMMA) {
      const Match* m = w.at(kTitle, b - 1);
      if (m && m->e == b && w.phrase(*m).cat == Cat::Title && d.sentence_of(m->b) == d.sentence_of(b)) {
        ti.b = m->b;
        const int ref = w.phrase(*m).ref;
        ti.title_refs.push_back(ref);
        const std::string& key = w.c.titles[ref].key;
        if (std::find(ti.keys.begin(), ti.keys.end(), key) == ti.keys.end()) ti.keys.push_back(key);
        continue;
      }
    }
    if (b >= 2 && is_any(d, b - 1, {"and", "et", "va"}) && !(d.toks[b].gap & kBlockingGap)) {
      const Match* m = w.at(kTitle, b - 2);
      if (m && w.phrase(*m).cat == Cat::Title && !(d.toks[b - 1].gap & kBlockingGap)) {
        ti.b = m->b;
        const int ref = w.phrase(*m).ref;
        ti.title_refs.push_back(ref);
        const std::string& key = w.c.titles[ref].key;
        if (std::find(ti.keys.begin(), ti.keys.end(), key) == ti.keys.end()) ti.keys.push_back(key);
        continue;
      }
    }
    break;
  }
  // A demonym or country right before the title: "Lao Deputy Prime Minister".
  if (ti.b > 0 && !(d.toks[ti.b].gap & kBlockingGap)) {
    const Match* m = w.at(kEntity, ti.b - 1);
    if (m && m->e == ti.b) {
      const Cat c = w.phrase(*m).cat;
      if (c == Cat::Demonym || c == Cat::Country) ti.b = m->b;
    } else if (d.is(ti.b - 1, "s") && (d.toks[ti.b - 1].gap & G_APOS)) {
      const Match* m2 = w.at(kEntity, ti.b - 2);
      if (m2 && m2->e == ti.b - 1 && w.phrase(*m2).cat == Cat::Country) ti.b = m2->b;
    }
  }
  // The rank sits between the title and the name; keep it out of the title.
  int te = ti.e;
  std::string r2;
  te = skip_ranks_back(w, te, r2);
  while (te > ti.b + 1 && is_connector(d, te - 1) && w.cover[kTitle][te - 1] < 0) --te;
  ti.e = std::max(te, ti.b + 1);
  collect_title_countries(w, ti);
  return ti;
}

// "Nguyen Van Vien, Director of C04": a title right after the name.
TitleInfo title_after(const Work& w, int e) {
  const Doc& d = w.doc;
  TitleInfo ti;
  if (e >= d.size() || (d.toks[e].gap & kBlockingGap) != G_COMMA) return ti;
  int j = e;
  std::string rank;
  while (j < d.size()) {
    const Match* m = w.at(kTitle, j);
    if (m && m->b == j && (w.phrase(*m).cat == Cat::Rank || w.phrase(*m).cat == Cat::Honorific)) {
      if (rank.empty()) rank = std::string(d.orig(m->b, m->e));
      j = m->e;
      continue;
    }
    break;
  }
  // an optional demonym: "Cambodia's Deputy Prime Minister", "the Lao Minister"
  if (d.is(j, "the") || d.is(j, "le") || d.is(j, "la")) ++j;
  if (const Match* m = w.at(kEntity, j)) {
    const Cat c = w.phrase(*m).cat;
    if (m->b == j && (c == Cat::Demonym || c == Cat::Country)) {
      j = m->e;
      if (d.is(j, "s") && (d.toks[j].gap & G_APOS)) ++j;
    }
  }
  // a grade before a title is part of it: "Deputy Secretary", "Acting Commissioner"
  if (is_word(d, j, {"deputy", "vice", "assistant", "acting", "associate"}) && j + 1 < d.size() &&
      !(d.toks[j + 1].gap & kBlockingGap))
    ++j;
  const Match* t = w.at(kTitle, j);
  if (!t || t->b != j || w.phrase(*t).cat != Cat::Title) return ti;
  ti.found = true;
  ti.b = e;
  ti.rank = rank;
  int k = t->b;
  int end = t->e;
  while (k < d.size()) {
    if (const int title_end = take_title_at(w, k, ti); title_end >= 0) {
      k = end = title_end;
      continue;
    }
    if (k > t->b && (d.toks[k].gap & kBlockingGap)) {
      // "Phó Thủ tướng, Bộ trưởng Bộ Nội vụ": titles in a row
      const Match* nt = w.at(kTitle, k);
      if (!((d.toks[k].gap & kBlockingGap) == G_COMMA && nt && nt->b == k && w.phrase(*nt).cat == Cat::Title)) break;
      continue;
    }
    if (const Match* rm = w.at(kTitle, k)) {
      if (rm->b == k && w.phrase(*rm).cat == Cat::Rank) break;  // another person's rank
    }
    if (!complement_token_ok(w, k) || w.in_person[k]) break;
    if (k - t->b > 14) break;
    ++k;
    end = k;
  }
  ti.e = end;
  collect_title_countries(w, ti);
  return ti;
}

}  // namespace accord::detail::people
