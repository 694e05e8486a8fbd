// Countries, places, organizations, mechanisms and people.
#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

std::vector<const Match*> Work::all_at(int layer, int i) const {
  std::vector<const Match*> out;
  if (i < 0 || i >= doc.size()) return out;
  int k = cover[layer][i];
  if (k < 0) return out;
  const Match& first = m[layer][k];
  while (k > 0 && m[layer][k - 1].b == first.b && m[layer][k - 1].e == first.e) --k;
  for (; k < static_cast<int>(m[layer].size()) && m[layer][k].b == first.b && m[layer][k].e == first.e; ++k)
    out.push_back(&m[layer][k]);
  return out;
}

void Work::add_org(const std::string& name, const std::string& id, const std::string& country_id, TextSpan span) {
  const std::string key = fold(name);
  for (DraftOrganization& o : draft.organizations) {
    if (fold(o.name) == key) {
      bool dup = false;
      for (const TextSpan& s : o.spans) dup = dup || (s.begin == span.begin && s.end == span.end);
      if (!dup) o.spans.push_back(span);
      return;
    }
  }
  DraftOrganization o;
  o.name = name;
  o.id = id;
  o.country_id = country_id;
  o.spans.push_back(span);
  draft.organizations.push_back(o);
}

namespace {

bool has_cat(const std::vector<const Match*>& ms, const Work& w, Cat c) {
  for (const Match* m : ms)
    if (w.phrase(*m).cat == c) return true;
  return false;
}

const Match* first_cat(const std::vector<const Match*>& ms, const Work& w, Cat c) {
  for (const Match* m : ms)
    if (w.phrase(*m).cat == c) return m;
  return nullptr;
}

bool is_any(const Doc& d, int i, std::initializer_list<const char*> words) {
  if (i < 0 || i >= d.size()) return false;
  const std::string_view t = d.ftok(i);
  if (t.empty()) return false;
  for (const char* w : words)
    if (w[0] == t[0] && t == w) return true;
  return false;
}

// Small grammatical words that may sit inside a title or an organization name.
bool is_connector(const Doc& d, int i) {
  return is_any(d, i, {"of", "the", "for", "on", "de", "la",  "le", "l",      "du", "des",
                       "d",  "s",   "and", "et", "va", "cua", "en", "charge", "in", "to"});
}

int person_index(Work& w, const std::string& known_id, const std::string& folded_name) {
  for (size_t i = 0; i < w.draft.people.size(); ++i) {
    const DraftPerson& p = w.draft.people[i];
    if (!known_id.empty() && p.known_id == known_id) return static_cast<int>(i);
    if (known_id.empty() && fold(p.name) == folded_name) return static_cast<int>(i);
  }
  return -1;
}

void add_span(std::vector<TextSpan>& spans, TextSpan s) {
  for (const TextSpan& x : spans)
    if (x.begin == s.begin && x.end == s.end) return;
  spans.push_back(s);
}

}  // namespace

void extract_entities(Work& w) {
  const Doc& d = w.doc;
  const Gazetteer& g = w.gaz;
  w.in_person.assign(d.size(), 0);
  const auto& ms = w.m[kEntity];
  for (size_t k = 0; k < ms.size();) {
    size_t k2 = k;
    while (k2 < ms.size() && ms[k2].b == ms[k].b && ms[k2].e == ms[k].e) ++k2;
    std::vector<const Match*> group;
    for (size_t x = k; x < k2; ++x) group.push_back(&ms[x]);
    const int b = ms[k].b, e = ms[k].e;
    k = k2;
    if (has_cat(group, w, Cat::NotEntity)) continue;
    if (b < w.doc.first_body_token && b > 0) continue;  // inside the dateline
    // A one-syllable Vietnamese name right after an unknown capitalised
    // word is part of a person's name ("Nguyễn Minh Đức"), not a country.
    bool isolated = false;
    for (const Match* m : group) isolated = isolated || w.phrase(*m).isolated;
    if (isolated && d.lang == kVi && b > 0 && d.cap(b - 1) && (d.toks[b].gap & ~G_SPACE) == 0 &&
        w.cover[kEntity][b - 1] < 0 && w.cover[kTitle][b - 1] < 0)
      continue;
    const TextSpan span = d.span(b, e);
    if (const Match* pm = first_cat(group, w, Cat::Person)) {
      const Person& person = g.people[w.phrase(*pm).ref];
      int idx = person_index(w, person.id, fold(person.name));
      if (idx < 0) {
        DraftPerson p;
        p.name = person.name;
        p.native_name = person.native_name.empty() ? std::string(d.orig(b, e)) : person.native_name;
        p.known_id = person.id;
        p.country_id = person.country;
        if (const GazCountry* c = g.country(person.country)) p.country = c->name;
        w.draft.people.push_back(p);
        idx = static_cast<int>(w.draft.people.size() - 1);
      }
      add_span(w.draft.people[idx].spans, span);
      Work::PersonMention pmn;
      pmn.person = idx;
      pmn.b = b;
      pmn.e = e;
      w.person_mentions.push_back(pmn);
      for (int t = b; t < e; ++t) w.in_person[t] = 1;
      continue;
    }
    const Match* org = first_cat(group, w, Cat::Org);
    const Match* otype = first_cat(group, w, Cat::OrgType);
    const Match* oplural = first_cat(group, w, Cat::OrgTypePlural);
    if (otype || oplural) {
      Work::OrgTypeMention om;
      om.type = w.phrase(otype ? *otype : *oplural).ref;
      om.b = b;
      om.e = e;
      om.plural = oplural != nullptr;
      om.org = org ? w.phrase(*org).ref : -1;
      w.orgtype_mentions.push_back(om);
    } else if (org) {
      const GazOrganization& o = g.organizations[w.phrase(*org).ref];
      if (o.output) w.add_org(o.name, o.id, o.country, span);
      const int ci = g.country_index(o.country);
      if (ci >= 0 && o.output) w.country_mentions.push_back({ci, b, e, 2});
    }
    if (const Match* mm = first_cat(group, w, Cat::Mechanism)) {
      const GazMechanism& mech = g.mechanisms[w.phrase(*mm).ref];
      bool found = false;
      for (DraftMechanism& x : w.draft.mechanisms) {
        if (x.name == mech.name) {
          add_span(x.spans, span);
          found = true;
        }
      }
      if (!found) w.draft.mechanisms.push_back(DraftMechanism{mech.name, {span}});
    }
    for (const Match* m : group) {
      const Phrase& p = w.phrase(*m);
      if (p.cat == Cat::Place) {
        w.place_mentions.push_back({p.ref, b, e});
        const int ci = g.country_index(g.places[p.ref].country);
        if (ci >= 0) w.country_mentions.push_back({ci, b, e, 3});
      } else if (p.cat == Cat::Country || p.cat == Cat::Demonym) {
        w.country_mentions.push_back({p.ref, b, e, p.cat == Cat::Country ? 0 : 1});
      }
    }
  }
  // French: "ministère vietnamien de la Police" (the demonym inside the name).
  for (int i = 0; i + 2 < d.size(); ++i) {
    // also a minister's title: "le ministre vietnamien de la Sécurité publique"
    if (!(d.is(i, "ministere") || d.is(i, "ministeres") || d.is(i, "ministre")) || w.cover[kEntity][i] >= 0) continue;
    const auto dem = w.all_at(kEntity, i + 1);
    const Match* dm = dem.empty() ? nullptr : first_cat(dem, w, Cat::Demonym);
    if (!dm || dm->b != i + 1) continue;
    std::string tail;
    for (int j = dm->e; j < std::min(d.size(), dm->e + 4); ++j) {
      tail += (j > dm->e ? " " : "") + std::string(d.ftok(j));
      const auto it = w.c.fr_ministry_tails.find(tail);
      if (it == w.c.fr_ministry_tails.end()) continue;
      const GazOrgType* t = g.org_type(it->second);
      if (!t) break;
      Work::OrgTypeMention om;
      om.type = static_cast<int>(t - g.org_types.data());
      om.b = i;
      om.e = j + 1;
      om.plural = d.is(i, "ministeres");
      om.countries.push_back(w.phrase(*dm).ref);
      w.orgtype_mentions.push_back(om);
      break;
    }
  }
  // Provincial and city police: "the police of the ... province of Dien Bien",
  // "Dien Bien provincial police", "Công an tỉnh Điện Biên", "police de la province de X".
  for (const Work::PlaceMention& pm : w.place_mentions) {
    const GazPlace& place = g.places[pm.place];
    bool police = false;
    int b = pm.b, e = pm.e;
    if (d.is(e, "police") || (d.is(e, "provincial") && d.is(e + 1, "police")) ||
        (d.is(e, "province") && d.is(e + 1, "police")) || (d.is(e, "city") && d.is(e + 1, "police"))) {
      police = true;
      e = d.is(e, "police") ? e + 1 : e + 2;
    }
    // vi: "Công an tỉnh X", "Công an thành phố X", "Công an TP X"
    if (!police) {
      int j = b - 1;
      if (is_any(d, j, {"tinh", "tp"}))
        --j;
      else if (d.is(j, "pho") && d.is(j - 1, "thanh"))
        j -= 2;
      if (d.is(j, "an") && d.is(j - 1, "cong") && j < b - 1) {
        police = true;
        b = j - 1;
      }
    }
    // en/fr: "police of (the) ... province of X" / "police de la province de X"
    if (!police && (d.is(b - 1, "of") || d.is(b - 1, "de")) && (d.is(b - 2, "province") || d.is(b - 2, "city"))) {
      const int sent_b = d.sent_first[d.sentence_of(b)];
      for (int j = b - 3; j >= std::max(sent_b, b - 12); --j) {
        if (d.toks[j + 1].gap & kBlockingGap) break;
        if (d.is(j, "police")) {
          police = true;
          b = j;
          break;
        }
      }
    }
    if (!police) continue;
    const std::string name = place.name + (place.kind == "province" ? " Provincial Police" : " Police");
    // A named organization with these words wins ("Dien Bien provincial police" in a dataset).
    w.add_org(name, "", place.country, d.span(b, e));
    const int ci = g.country_index(place.country);
    if (ci >= 0) w.country_mentions.push_back({ci, b, e, 2});
  }
}

namespace {

struct TitleInfo {
  bool found = false;
  int b = 0, e = 0;  // the title words, with their complement
  std::string rank;
  std::vector<std::string> keys;
  std::vector<int> title_refs;  // title definitions
  std::vector<int> countries;   // countries named in the title (gazetteer indexes)
};

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
  for (int k = found_b; k < found_e; ++k) {
    const Match* m = w.at(kTitle, k);
    if (m && m->b == k && w.phrase(*m).cat == Cat::Title) {
      const int ref = w.phrase(*m).ref;
      ti.title_refs.push_back(ref);
      const std::string& key = w.c.titles[ref].key;
      if (std::find(ti.keys.begin(), ti.keys.end(), key) == ti.keys.end()) ti.keys.push_back(key);
      k = m->e - 1;
    }
  }
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
  const Match* t = w.at(kTitle, j);
  if (!t || t->b != j || w.phrase(*t).cat != Cat::Title) return ti;
  ti.found = true;
  ti.b = e;
  ti.rank = rank;
  int k = t->b;
  int end = t->e;
  while (k < d.size()) {
    const Match* m = w.at(kTitle, k);
    if (m && m->b == k && w.phrase(*m).cat == Cat::Title) {
      const int ref = w.phrase(*m).ref;
      ti.title_refs.push_back(ref);
      const std::string& key = w.c.titles[ref].key;
      if (std::find(ti.keys.begin(), ti.keys.end(), key) == ti.keys.end()) ti.keys.push_back(key);
      k = m->e;
      end = k;
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

bool name_token(const Work& w, int t) {
  const Doc& d = w.doc;
  if (!d.cap(t) || (d.toks[t].shape & S_HAS_DIGIT)) return false;
  if (w.cover[kEntity][t] >= 0 || w.in_person[t]) return false;
  if (w.cover[kTitle][t] >= 0) return false;
  const Match* lx = w.at(kLex, t);
  if (lx && (w.phrase(*lx).cat == Cat::Month || w.phrase(*lx).cat == Cat::Weekday)) return false;
  const uint32_t id = d.toks[t].id;
  if (id != kNoId) {
    const auto it = w.c.not_names.find(id);
    if (it != w.c.not_names.end() && (it->second & d.lang)) return false;
  }
  if (d.toks[t].shape & S_ALLCAPS) return false;  // acronyms
  return true;
}

// A run of name tokens starting at t (words joined by spaces or hyphens).
int name_run(const Work& w, int t, int max_words) {
  const Doc& d = w.doc;
  int e = t;
  int words = 0;
  // Korean given names join two syllables with a hyphen, the second often in lower case
  // ("Yoon Hee-keun", "Choi Jae-won"): a lower-case syllable glued by a hyphen continues the name
  auto joined_syllable = [&](int k) {
    return k > t && k < d.size() && (d.toks[k].gap & G_HYPHEN) && !(d.toks[k].gap & ~G_HYPHEN) &&
           !(d.toks[k].shape & S_HAS_DIGIT) && d.toks[k].fe - d.toks[k].fb <= 6 && !w.in_person[k] &&
           w.cover[kEntity][k] < 0 && !(d.toks[k].shape & (S_DIACRITIC | S_VIET));
  };
  // Vietnamese given names include syllables that English spells like demonyms ("Le Duc Thai",
  // "Nguyen Van Lao"): after a Vietnamese surname and another syllable, such a word ends the
  // name unless a capitalised noun follows it ("Thai Police")
  auto vi_given = [&](int k) {
    if (k < t + 2 || !w.c.vi_surnames.count(d.toks[t].id) || !d.cap(k) || (d.toks[k].gap & ~G_SPACE)) return false;
    if (d.toks[k].fe - d.toks[k].fb > 5 || w.in_person[k]) return false;
    const Match* m = w.at(kEntity, k);
    if (!m || m->b != k || m->e != k + 1 || w.phrase(*m).cat != Cat::Demonym) return false;
    return !(k + 1 < d.size() && d.cap(k + 1) && !(d.toks[k + 1].gap & kBlockingGap));
  };
  while (e < d.size() && (name_token(w, e) || joined_syllable(e) || vi_given(e))) {
    if (e > t) {
      const uint16_t gap = d.toks[e].gap;
      if (gap & ~(G_SPACE | G_HYPHEN)) break;
      if (!(gap & G_HYPHEN)) ++words;
    } else {
      words = 1;
    }
    if (words > max_words) break;
    ++e;
  }
  return e;
}

int words_in(const Doc& d, int b, int e) {
  int words = 0;
  for (int t = b; t < e; ++t)
    if (t == b || !(d.toks[t].gap & G_HYPHEN)) ++words;
  return words;
}

std::string title_case_ascii(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  return s;
}

bool fr_body_head(const Doc& d, int i) {
  return is_word(d, i,
                 {"agence",     "conseil",  "comite",      "direction", "departement", "bureau",         "office",
                  "commission", "service",  "ministere",   "garde",     "secretariat", "cour",           "parquet",
                  "institut",   "academie", "ecole",       "centre",    "autorite",    "administration", "commandement",
                  "etat-major", "police",   "gendarmerie", "surete"});
}

void apply_title(Work& w, int person, const TitleInfo& ti, Work::PersonMention& mention) {
  w.title_ranges.push_back({ti.b, ti.e, person});
  DraftPerson& p = w.draft.people[person];
  if (p.title.empty()) {
    std::string t(w.doc.orig(ti.b, ti.e));
    while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
    while (!t.empty() && (t.front() == ',' || t.front() == ' ')) t.erase(t.begin());
    p.title = t;
  }
  if (p.rank.empty()) p.rank = ti.rank;
  for (const std::string& k : ti.keys) {
    if (std::find(p.title_keys.begin(), p.title_keys.end(), k) == p.title_keys.end()) p.title_keys.push_back(k);
    if (std::find(mention.title_keys.begin(), mention.title_keys.end(), k) == mention.title_keys.end())
      mention.title_keys.push_back(k);
  }
  if (p.country_id.empty() && ti.countries.size() == 1) {
    const GazCountry& c = w.gaz.countries[ti.countries[0]];
    p.country_id = c.id;
    p.country = c.name;
  }
  // Titles that name a ministry: "Minister of Public Security" -> that ministry of the person's country.
  for (int ref : ti.title_refs) {
    const std::string& ot = w.c.titles[ref].org_type;
    if (ot.empty()) continue;
    const GazOrgType* t = w.gaz.org_type(ot);
    if (!t) continue;
    Work::OrgTypeMention om;
    om.type = static_cast<int>(t - w.gaz.org_types.data());
    om.b = ti.b;
    om.e = ti.e;
    om.countries = {-2 - person};  // resolved to the person's country later
    w.orgtype_mentions.push_back(om);
  }
}

}  // namespace

void extract_people(Work& w) {
  const Doc& d = w.doc;
  // Titles of the people the gazetteer knows.
  for (Work::PersonMention& pm : w.person_mentions) {
    TitleInfo ti = title_before(w, pm.b);
    if (!ti.found) ti = title_after(w, pm.e);
    if (ti.found) apply_title(w, pm.person, ti, pm);
    std::string rank;
    skip_ranks_back(w, pm.b, rank);
    if (w.draft.people[pm.person].rank.empty()) w.draft.people[pm.person].rank = rank;
  }
  // People the gazetteer does not know: a name after a title, rank or honorific;
  // a run of capitalised syllables that starts with a Vietnamese family name;
  // a name followed by ", Title".
  auto add_unknown = [&](int b, int e, const TitleInfo* ti) {
    const std::string native(d.orig(b, e));
    const std::string name = title_case_ascii(lower_utf8(strip_diacritics(native)));
    const std::string key = fold(name);
    int idx = person_index(w, "", key);
    if (idx < 0) {
      DraftPerson p;
      p.name = name;
      p.native_name = native;
      w.draft.people.push_back(p);
      idx = static_cast<int>(w.draft.people.size() - 1);
    }
    add_span(w.draft.people[idx].spans, d.span(b, e));
    for (int t = b; t < e; ++t) w.in_person[t] = 1;
    Work::PersonMention pm;
    pm.person = idx;
    pm.b = b;
    pm.e = e;
    TitleInfo after;
    if (!ti || !ti->found) {
      after = title_after(w, e);
      ti = &after;
    }
    if (ti->found) apply_title(w, idx, *ti, pm);
    std::string rank;
    skip_ranks_back(w, b, rank);
    if (w.draft.people[idx].rank.empty()) w.draft.people[idx].rank = rank;
    if (w.draft.people[idx].country_id.empty() && w.c.vi_surnames.count(d.toks[b].id)) {
      w.draft.people[idx].country_id = "VNM";
      if (const GazCountry* c = w.gaz.country("VNM")) w.draft.people[idx].country = c->name;
    }
    w.person_mentions.push_back(pm);
  };
  for (int i = d.first_body_token; i < d.size(); ++i) {
    if (w.in_person[i]) continue;
    const Match* tm = w.at(kTitle, i);
    if (tm && tm->b == i) {
      // Title (with complement), then ranks, then the name.
      int j = tm->e;
      // skip the complement: entity-covered words, connectors, more titles and ranks
      const int sent_end = d.sent_first[d.sentence_of(i) + 1];
      int last_ok = j;
      for (int k = j; k < std::min(sent_end, j + 14); ++k) {
        // "Commissioner General of the Korea Coast Guard (KCG) Kim Jong-uk": an acronym in
        // parentheses belongs to the complement
        if ((d.toks[k].gap & kBlockingGap) == G_OPEN && (d.toks[k].shape & S_ALLCAPS) && k + 1 < sent_end &&
            (d.toks[k + 1].gap & G_CLOSE) && !((d.toks[k + 1].gap & kBlockingGap) & ~G_CLOSE)) {
          last_ok = k + 1;
          continue;
        }
        if (d.toks[k].gap & kBlockingGap) {
          if ((d.toks[k].gap & kBlockingGap) == G_COMMA && name_token(w, k)) last_ok = k;
          break;
        }
        // French puts an organization's head noun first ("l'Agence de police nationale coréenne",
        // "du Conseil national de sécurité"): a capitalised head is the complement, not the name
        // Vietnamese capitalises every syllable of a name, so a capitalised word followed by a
        // lower-case syllable opens a unit's name ("Cơ quan Cảnh sát quốc gia"), not a person's
        const bool vi_unit = d.lang == kVi && k + 1 < d.size() && !d.cap(k + 1) &&
                             !(d.toks[k + 1].gap & (kBlockingGap | G_HYPHEN)) && !(d.toks[k + 1].shape & S_HAS_DIGIT);
        // English ends a body's name with its head ("the Korean Maritime Police"): a capitalised
        // run ending in a head word is the complement
        if (d.lang == kEn && name_token(w, k)) {
          int r = k + 1;
          while (r < sent_end && (d.cap(r) || (d.toks[r].shape & S_ALLCAPS)) && !(d.toks[r].gap & kBlockingGap) &&
                 !w.in_person[r])
            ++r;
          const auto head = w.c.org_heads.find(d.toks[r - 1].id);
          if (r - k >= 2 && head != w.c.org_heads.end() && (head->second & kEn)) {
            last_ok = r;
            k = r - 1;
            continue;
          }
        }
        if (name_token(w, k) && !(d.lang == kFr && fr_body_head(d, k)) && !vi_unit) {
          last_ok = k;
          break;
        }
        if (!complement_token_ok(w, k) || w.in_person[k]) break;
        last_ok = k + 1;
      }
      j = last_ok;
      if (j < d.size() && name_token(w, j)) {
        int e = name_run(w, j, 4);
        // Unknown organization words before the name: the name starts after the last head word.
        int start = j;
        for (int t = j; t < e; ++t) {
          const auto it = w.c.org_heads.find(d.toks[t].id);
          if (it != w.c.org_heads.end() && (it->second & d.lang)) start = t + 1;
        }
        // "Commissioner General of the Korea Maritime Police (KMP) Park Sung-min": the unit's
        // acronym in parentheses, then the name
        if (start >= e && e + 1 < d.size() && (d.toks[e].gap & kBlockingGap) == G_OPEN &&
            (d.toks[e].shape & S_ALLCAPS) && (d.toks[e + 1].gap & G_CLOSE) && name_token(w, e + 1)) {
          start = e + 1;
          e = name_run(w, start, 4);
        }
        const int words = start < e ? words_in(d, start, e) : 0;
        const bool honorific = w.phrase(*tm).cat == Cat::Honorific;
        if (words >= 2 || (words == 1 && honorific && d.lang == kVi)) {
          TitleInfo ti = title_before(w, start);
          add_unknown(start, e, &ti);
          i = e - 1;
          continue;
        }
      }
      i = tm->e - 1;
      continue;
    }
    if (!name_token(w, i)) continue;
    if (i > 0 && name_token(w, i - 1) && !(d.toks[i].gap & kBlockingGap)) continue;  // inside a run
    // credits name the photographer or the writer, not a participant: "(Ảnh: X/TTXVN)",
    // "Photo: X", a closing line "by X"
    if (i > 0 && ((is_word(d, i - 1, {"anh", "photo", "photos"}) && (d.toks[i].gap & (G_HARD | G_OTHER))) ||
                  (is_word(d, i - 1, {"by", "par"}) && (d.toks[i - 1].gap & G_NEWLINE))))
      continue;
    const int e = name_run(w, i, 4);
    const int words = words_in(d, i, e);
    if (words < 2) continue;
    const bool vi_name = w.c.vi_surnames.count(d.toks[i].id) > 0;
    bool syllables = true;
    for (int t = i; t < e; ++t) syllables = syllables && d.toks[t].fe - d.toks[t].fb <= 7;
    if (vi_name && syllables && words <= 4) {
      add_unknown(i, e, nullptr);
      i = e - 1;
      continue;
    }
    if (title_after(w, e).found && words <= 4) {
      add_unknown(i, e, nullptr);
      i = e - 1;
      continue;
    }
    // Vietnamese written with its tone marks spells foreign names without them; such a name is a
    // person when a list introduces it: "hai đối tượng gồm Jo Jungwoo và Sim Hyeonjoon"
    if (d.lang == kVi && d.diacritics && words <= 3) {
      bool plain = true;
      for (int t = i; t < e; ++t) plain = plain && !(d.toks[t].shape & (S_DIACRITIC | S_VIET | S_COMBINING));
      // ("gồm" = consisting of; or a colon after a lower-case word: "hai đối tượng: A và B")
      const bool listed = is_word(d, i - 1, {"gom"}) || (i > 0 && (d.toks[i].gap & G_HARD) && !d.cap(i - 1));
      const bool next_in_list =
          is_word(d, i - 1, {"va"}) && !w.person_mentions.empty() && w.person_mentions.back().e == i - 1;
      if (plain && (listed || next_in_list)) {
        add_unknown(i, e, nullptr);
        i = e - 1;
      }
    }
  }
  // Later mentions by one name: "Minister Quang", "President Lam", "Lakhamphong".
  std::unordered_map<std::string, int> by_last;
  for (size_t pi = 0; pi < w.draft.people.size(); ++pi) {
    for (const std::string& n : {w.draft.people[pi].name, w.draft.people[pi].native_name}) {
      const std::string f = fold(n);
      const size_t sp = f.rfind(' ');
      if (sp == std::string::npos) continue;
      const std::string last = f.substr(sp + 1);
      const auto it = by_last.find(last);
      if (it == by_last.end())
        by_last[last] = static_cast<int>(pi);
      else if (it->second != static_cast<int>(pi))
        it->second = -1;
    }
  }
  for (int i = d.first_body_token; i < d.size(); ++i) {
    if (w.in_person[i] || !d.cap(i) || w.cover[kEntity][i] >= 0) continue;
    const auto it = by_last.find(std::string(d.ftok(i)));
    if (it == by_last.end() || it->second < 0) continue;
    if (i + 1 < d.size() && d.cap(i + 1) && !(d.toks[i + 1].gap & kBlockingGap) && w.cover[kEntity][i + 1] < 0)
      continue;
    add_span(w.draft.people[it->second].spans, d.span(i, i + 1));
    w.in_person[i] = 1;
    Work::PersonMention pm;
    pm.person = it->second;
    pm.b = i;
    pm.e = i + 1;
    // "President Lam": the title right before counts for the date.
    std::string rank;
    const int j = skip_ranks_back(w, i, rank);
    const Match* tm = w.at(kTitle, j - 1);
    if (j > 0 && tm && tm->e == j && w.phrase(*tm).cat == Cat::Title && !(d.toks[j].gap & kBlockingGap)) {
      TitleInfo ti = title_before(w, i);
      if (ti.found) {
        for (const std::string& k : ti.keys) pm.title_keys.push_back(k);
        DraftPerson& p = w.draft.people[it->second];
        for (const std::string& k : ti.keys)
          if (std::find(p.title_keys.begin(), p.title_keys.end(), k) == p.title_keys.end()) p.title_keys.push_back(k);
      }
    }
    w.person_mentions.push_back(pm);
  }
}

void rank_countries(Work& w) {
  const Doc& d = w.doc;
  const Gazetteer& g = w.gaz;
  const size_t n = g.countries.size();
  std::vector<double> count(n, 0);
  std::vector<int> first(n, 1 << 30);
  std::vector<bool> lead(n, false);
  std::vector<std::vector<TextSpan>> spans(n);
  const int lead_sentences = w.first_body_sentence + 3;
  for (const auto& cm : w.country_mentions) {
    if (cm.b < d.first_body_token) continue;
    count[cm.country] += cm.kind == 3 ? 0.5 : 1.0;
    first[cm.country] = std::min(first[cm.country], cm.b);
    if (cm.kind != 3 && d.sentence_of(cm.b) < lead_sentences) lead[cm.country] = true;
    add_span(spans[cm.country], d.span(cm.b, cm.e));
  }
  double max_count = 0;
  for (double c : count) max_count = std::max(max_count, c);
  std::vector<int> idx;
  for (size_t i = 0; i < n; ++i)
    if (count[i] > 0) idx.push_back(static_cast<int>(i));
  std::vector<bool> party(n, false);
  int parties = 0;
  for (int i : idx) {
    party[i] = lead[i] || count[i] >= 3 || (count[i] >= 2 && count[i] >= 0.4 * max_count);
    parties += party[i];
  }
  if (parties == 0) {
    std::vector<int> by_count = idx;
    std::sort(by_count.begin(), by_count.end(), [&](int a, int b) { return count[a] > count[b]; });
    for (size_t k = 0; k < by_count.size() && k < 2; ++k) party[by_count[k]] = true;
  }
  const int home = g.country_index(g.home_country);
  std::sort(idx.begin(), idx.end(), [&](int a, int b) {
    if (party[a] != party[b]) return party[a] > party[b];
    if ((a == home) != (b == home)) return a == home;
    return first[a] < first[b];
  });
  w.party_countries.clear();
  for (int i : idx) {
    DraftCountry c;
    c.id = g.countries[i].id;
    c.name = g.countries[i].name;
    c.mentions = static_cast<int>(std::ceil(count[i]));
    c.party = party[i];
    c.spans = spans[i];
    w.draft.countries.push_back(c);
    if (party[i]) w.party_countries.push_back(i);
  }
}

namespace {

// English names a body it has no list for by capitalised words ending in a
// head noun ("Japan Coast Guard", "National Public Safety Commission of
// Japan", "Office of the Narcotics Control Board", "US Marshals Service"):
// such a name is an organization, kept unless it repeats one already found.
bool body_head(const Doc& d, int i) {
  static const std::unordered_set<std::string_view> heads = {
      "guard",   "commission",     "agency",    "service",   "office",      "department", "board",
      "embassy", "secretariat",    "council",   "committee", "command",     "centre",     "center",
      "bureau",  "administration", "authority", "branch",    "directorate", "procuracy",  "investigations"};
  return i >= 0 && i < d.size() && heads.count(d.ftok(i)) > 0;
}

std::set<std::string> name_words(const std::string& s) {
  std::set<std::string> out;
  std::string cur;
  for (char ch : fold(s) + " ") {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      cur += ch;
    } else {
      if (!cur.empty() && cur != "the" && cur != "of" && cur != "and" && cur != "in" && cur != "for") out.insert(cur);
      cur.clear();
    }
  }
  return out;
}

}  // namespace

void named_bodies_en(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kEn || d.upper_text) return;
  const int n = d.size();
  auto capword = [&](int k) { return k < n && (d.cap(k) || (d.toks[k].shape & S_ALLCAPS)) && !w.in_person[k]; };
  // after the headline, whose words are all capitalised in English
  const int start = d.sent_first[std::min(w.first_body_sentence + 1, static_cast<int>(d.sent_first.size()) - 1)];
  for (int i = std::max(d.first_body_token, start); i < n; ++i) {
    if (!capword(i)) continue;
    // the run of capitalised words, with "of", "the", "for", "and" inside it
    int e = i + 1;
    int last_head = body_head(d, i) ? i + 1 : -1;
    while (e < n && !(d.toks[e].gap & kBlockingGap)) {
      // a hyphenated compound stays in the name: "Police Department for Drug-related Crimes"
      if ((d.toks[e].gap & G_HYPHEN) && !(d.toks[e].gap & G_SPACE) && !w.in_person[e] && e + 1 < n && capword(e + 1) &&
          !(d.toks[e + 1].gap & kBlockingGap)) {
        ++e;
        continue;
      }
      if (capword(e)) {
        if (body_head(d, e)) last_head = e + 1;
        ++e;
        continue;
      }
      if (is_any(d, e, {"of", "for", "on"}) && !(d.toks[e + 1 < n ? e + 1 : e].gap & kBlockingGap)) {
        int f = e + 1;
        if (f < n && is_any(d, f, {"the"})) ++f;
        if (f < n && capword(f) && !(d.toks[f].gap & kBlockingGap)) {
          e = f;
          continue;
        }
      }
      break;
    }
    int b = i;
    // a title before the name is the person's, not the body's: "Director of the X Department"
    for (int k = i; k < e; ++k)
      if (w.cover[kTitle][k] >= 0 && !body_head(d, k)) b = k + 1;
    while (b < e && is_any(d, b, {"the", "of", "for", "on"})) ++b;
    if (last_head >= 0 && last_head <= b) last_head = -1;
    // "Department of Home Affairs": the name runs on through its "of" complement
    if (last_head > 0 && last_head < e && is_any(d, last_head, {"of", "for"})) last_head = e;
    // "Office of the X Board": the head may open the name, then the name runs to its end
    int end = last_head;
    if (end < 0 && body_head(d, b) && e - b >= 3) end = e;
    if (end < 0 || end - b < 2) {
      i = e - 1;
      continue;
    }
    bool known = false;
    for (int k = b; k < end && !known; ++k) {
      // a listed body or mechanism that is the whole name ("Vietnam Border Guard"); "ASEANAPOL
      // Secretariat" is a body of a mechanism and stays
      const Match* m = w.at(kEntity, k);
      if (m && m->e >= end) {
        const Cat c = w.phrase(*m).cat;
        known = c == Cat::Org || c == Cat::OrgType || c == Cat::OrgTypePlural || c == Cat::Mechanism;
      }
      if (w.cover[kEvent][k] >= 0 || w.cover[kAgree][k] >= 0) known = true;
    }
    if (!known) {
      const std::string name(d.orig(b, end));
      const std::set<std::string> nw = name_words(name);
      for (const DraftOrganization& o : w.draft.organizations) {
        const std::set<std::string> ow = name_words(o.name);
        size_t both = 0;
        for (const auto& x : nw) both += ow.count(x);
        if (both * 2 >= nw.size() + ow.size() - both) known = true;
      }
      if (!known) w.add_org(name, "", "", d.span(b, end));
    }
    i = e - 1;
  }
}

// Vietnamese names a unit by a head noun first and its specific words after it,
// the first of them capitalised: "Tổng cục Cảnh sát phòng chống tội phạm",
// "Cục C52", "Đồn Biên phòng Cửa khẩu Quốc tế Móng Cái", "Văn phòng Cơ quan
// Cảnh sát điều tra Bộ Công an", "Đại sứ quán Việt Nam tại Nhật Bản". Such a
// unit is named as the dev conventions write it: an English head, the rest
// glossed, and the Vietnamese name in parentheses. "Cảnh sát Osaka, Hyogo"
// (police of a place that is no country) is "Osaka Police", "Hyogo Police".
namespace {
struct ViHead {
  std::initializer_list<const char*> words;
  const char* english;
  bool single;  // one syllable: the next word must be capitalised or a code
};
const ViHead kViHeads[] = {
    {{"tong", "cuc"}, "General Department", false},
    {{"cuc"}, "Department", true},
    {{"vu"}, "Department", true},
    {{"van", "phong"}, "Office", false},
    {{"don", "bien", "phong"}, "Border Guard Station", false},
    {{"bo", "tu", "lenh"}, "High Command", false},
    {{"chi", "doi"}, "Detachment", false},
    {{"dai", "su", "quan"}, "Embassy", false},
    {{"su", "quan"}, "Embassy", false},  // "Sứ quán", short      {{"co", "quan"}, "Agency", true},
    {{"so"}, "Department", true},
    {{"hoc", "vien"}, "Academy", false},
};

// Function words and verbs that end a Vietnamese unit name written in lower case.
bool vi_name_stop(const Doc& d, int i) {
  static const std::unordered_set<std::string> stop = {
      "đã",   "đang", "sẽ",   "và",  "với",    "cùng", "tại",  "trong", "cho",   "của",  "là",   "được", "bị",
      "có",   "phối", "tổ",   "bàn", "tiếp",   "nhằm", "để",   "khi",   "thì",   "này",  "đó",   "các",  "những",
      "đối",  "xử",   "theo", "từ",  "đến",    "vào",  "ngày", "sáng",  "chiều", "tối",  "tới",  "họp",  "thông",
      "thăm", "làm",  "ký",   "hội", "trưởng", "phó",  "một",  "hai",   "ba",    "nếu",  "như",  "bắt",  "giữ",
      "đưa",  "trao", "nhận", "gửi", "chủ",    "chỉ",  "về",   "chức",  "năng",  "liên", "nước", "bạn"};
  return i >= 0 && i < d.size() && stop.count(d.lower_tok(i)) > 0;
}

int vi_head_at(const Doc& d, int i, int& len) {
  for (int h = 0; h < static_cast<int>(sizeof kViHeads / sizeof kViHeads[0]); ++h) {
    int k = i;
    bool ok = true;
    for (const char* word : kViHeads[h].words) {
      if (k >= d.size() || !d.is(k, word) || (k > i && (d.toks[k].gap & kBlockingGap))) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) {
      len = k - i;
      return h;
    }
  }
  return -1;
}
}  // namespace

void named_units_vi(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kVi || d.upper_text) return;
  const int n = d.size();
  auto entity_cat = [&](int k, Cat& c) {
    const Match* m = w.at(kEntity, k);
    if (!m) return false;
    c = w.phrase(*m).cat;
    return true;
  };
  auto is_country = [&](int k) {
    Cat c;
    return entity_cat(k, c) && (c == Cat::Country || c == Cat::Demonym);
  };
  auto add_unique = [&](const std::string& name, TextSpan span) {
    const std::set<std::string> nw = name_words(name);
    for (const DraftOrganization& o : w.draft.organizations) {
      const std::set<std::string> ow = name_words(o.name);
      size_t both = 0;
      for (const auto& x : nw) both += ow.count(x);
      if (both * 2 >= nw.size() + ow.size() - both) return;
    }
    w.add_org(name, "", "", span);
  };
  for (int i = d.first_body_token; i < n; ++i) {
    if (!d.cap(i) || w.in_person[i]) continue;
    // "Cảnh sát Osaka": the police of a place that is not a country
    if (d.is(i, "canh") && d.is(i + 1, "sat") && !(d.toks[i + 1].gap & kBlockingGap)) {
      int k = i + 2;
      bool any = false;
      auto place_word = [&](int k2) {
        Cat c;
        return k2 < n && d.cap(k2) && !w.in_person[k2] && (!entity_cat(k2, c) || c == Cat::Place) &&
               !(d.toks[k2].gap & (G_HYPHEN | G_SLASH)) && !(k2 + 1 < n && (d.toks[k2 + 1].gap & (G_HYPHEN | G_SLASH)));
      };
      bool listed = false;  // k follows a comma or "và" of a list
      while (k < n && place_word(k) && (listed || !(d.toks[k].gap & kBlockingGap))) {
        listed = false;
        int e = k + 1;
        while (e < n && place_word(e) && !(d.toks[e].gap & kBlockingGap)) ++e;
        add_unique(strip_diacritics(d.orig(k, e)) + " Police", d.span(i, e));
        any = true;
        // "Cảnh sát Osaka, Hyogo và Aichi": one police per place of the list
        if (e < n && ((d.toks[e].gap & kBlockingGap) == G_COMMA) && d.cap(e) && e + 1 < n &&
            ((d.toks[e + 1].gap & kBlockingGap) || !d.cap(e + 1))) {
          k = e;
          listed = true;
          continue;
        }
        if (e + 1 < n && d.is(e, "va") && d.cap(e + 1) && !(d.toks[e].gap & kBlockingGap)) {
          k = e + 1;
          continue;
        }
        k = e;
        break;
      }
      if (any) i = k - 1;
      continue;
    }
    int len = 0;
    const int h = vi_head_at(d, i, len);
    if (h < 0) continue;
    const int hb = i + len;
    if (hb >= n || (d.toks[hb].gap & kBlockingGap) || vi_name_stop(d, hb)) continue;  // "Cục trưởng", "Cục phó"
    const bool code = (d.toks[hb].shape & S_HAS_DIGIT) || (d.toks[hb].shape & S_ALLCAPS);
    if (kViHeads[h].single && !d.cap(hb) && !code) continue;
    // "Tổng Cục trưởng" is a title; "Đại sứ" inside "Đại sứ quán" is not
    if (const Match* tm = w.at(kTitle, i); tm && tm->e > hb) continue;
    // "Cơ quan Cảnh sát quốc gia": a listed body after the head is that body
    if (const Match* em = w.at(kEntity, hb); em && em->b == hb) {
      const Cat c = w.phrase(*em).cat;
      // ("Cơ quan" is the agency itself: whatever follows the listed body)
      const bool agency = std::string(kViHeads[h].english) == "Agency";
      if ((c == Cat::Org || c == Cat::OrgType || c == Cat::Mechanism) &&
          (agency || em->e >= d.size() || (d.toks[em->e].gap & kBlockingGap) || vi_name_stop(d, em->e) ||
           is_country(em->e)))
        continue;
    }
    int e = hb;
    bool embassy = std::string(kViHeads[h].english) == "Embassy";
    for (int k = hb; k < n && k < hb + 12; ++k) {
      if (k > hb && (d.toks[k].gap & kBlockingGap)) break;
      if (w.in_person[k]) break;
      if (const Match* tm = w.at(kTitle, k)) {
        if (tm->b == k && w.phrase(*tm).cat != Cat::Honorific) break;
      }
      if (is_country(k) && !embassy) break;
      if (embassy && d.is(k, "tai") && is_country(k + 1)) {  // "Đại sứ quán Việt Nam tại Nhật Bản"
        e = k + 1;
        continue;
      }
      if ((d.toks[k].shape & S_DIGITS) && k > hb) break;
      if (!d.cap(k) && !(d.toks[k].shape & S_HAS_DIGIT) && vi_name_stop(d, k)) break;
      e = k + 1;
    }
    if (embassy) {
      while (e < n && is_country(e) && !(d.toks[e].gap & kBlockingGap)) ++e;
    }
    if (e <= hb) continue;
    // "Cơ quan Cảnh sát cho biết": "the police agency" said, no name
    if (std::string(kViHeads[h].english) == "Agency" && e - hb < 3) continue;
    std::string name =
        std::string(kViHeads[h].english) + " " + gloss_english(w, hb, e) + " (" + std::string(d.orig(i, e)) + ")";
    if (embassy) {
      // "Đại sứ quán Việt Nam tại Nhật Bản": an embassy is named in English by its country and host
      std::vector<std::string> cs;
      bool only_countries = true;
      for (int k = hb; k < e;) {
        const Match* m = w.at(kEntity, k);
        if (m && m->b == k && (w.phrase(*m).cat == Cat::Country || w.phrase(*m).cat == Cat::Demonym)) {
          cs.push_back(w.gaz.countries[w.phrase(*m).ref].name);
          k = m->e;
        } else if (d.is(k, "tai")) {
          ++k;
        } else {
          only_countries = false;
          break;
        }
      }
      if (only_countries && !cs.empty()) name = "Embassy of " + cs[0] + (cs.size() > 1 ? " in " + cs[1] : "");
    }
    add_unique(name, d.span(i, e));
    i = e - 1;
  }
}

void resolve_organizations(Work& w) {
  const Doc& d = w.doc;
  const Gazetteer& g = w.gaz;
  const int home = g.country_index(g.home_country);
  auto country_at = [&](int t, int& end) -> int {
    for (const Match* m : w.all_at(kEntity, t)) {
      if (m->b != t) continue;
      const Cat c = w.phrase(*m).cat;
      if (c == Cat::Country || c == Cat::Demonym) {
        end = m->e;
        return w.phrase(*m).ref;
      }
    }
    return -1;
  };
  auto country_ending_at = [&](int t, int& begin) -> int {
    const Match* m = w.at(kEntity, t);
    if (!m || m->e != t + 1) return -1;
    const Cat c = w.phrase(*m).cat;
    if (c != Cat::Country && c != Cat::Demonym) return -1;
    begin = m->b;
    return w.phrase(*m).ref;
  };
  for (Work::OrgTypeMention& om : w.orgtype_mentions) {
    std::vector<int> cs;
    for (int c : om.countries) {
      if (c <= -2) {  // a person's country
        const DraftPerson& p = w.draft.people[-2 - c];
        const int ci = g.country_index(p.country_id);
        if (ci >= 0) cs.push_back(ci);
      } else if (c >= 0) {
        cs.push_back(c);
      }
    }
    const bool from_title = !om.countries.empty() && om.countries[0] <= -2;
    int b = om.b, e = om.e;
    if (cs.empty() && !from_title) {
      // before: "Vietnam's", "the Vietnamese and Lao", "Cambodian"
      int t = om.b - 1;
      if (t >= 0 && d.is(t, "s") && (d.toks[t].gap & G_APOS)) --t;
      while (t >= 0 && !(d.toks[t + 1].gap & (kBlockingGap & ~G_COMMA))) {
        int cb = 0;
        const int ci = country_ending_at(t, cb);
        if (ci < 0) break;
        cs.push_back(ci);
        b = cb;
        t = cb - 1;
        if (t >= 0 && is_any(d, t, {"and", "et", "va"}))
          --t;
        else if (t >= 0 && (d.toks[t + 1].gap & G_COMMA))
          continue;
        else
          break;
      }
      // after: "of Vietnam", "du Vietnam", "Lào", "indonésienne", "of the two countries"
      int a = om.e;
      if (is_any(d, a, {"of", "du", "de", "des", "d", "cua"})) {
        ++a;
        if (is_any(d, a, {"the", "la", "l"})) ++a;
      }
      if (a < d.size() && !(d.toks[a].gap & kBlockingGap)) {
        int end = 0;
        int ci = country_at(a, end);
        while (ci >= 0) {
          cs.push_back(ci);
          e = end;
          if (is_any(d, end, {"and", "et", "va"})) {
            ci = country_at(end + 1, end);
          } else {
            break;
          }
        }
        if (cs.empty() && (is_any(d, a, {"two", "both", "deux", "hai"}) &&
                           is_any(d, a + 1, {"countries", "pays", "nuoc", "sides", "ben"}))) {
          cs = w.party_countries;
        }
      }
      if (cs.empty() && (is_any(d, om.b - 1, {"two", "both", "deux", "hai"}) || om.plural)) cs = w.party_countries;
      if (cs.empty() && om.org >= 0) {
        const GazOrganization& o = g.organizations[om.org];
        if (o.output) w.add_org(o.name, o.id, o.country, d.span(om.b, om.e));
        continue;
      }
      if (cs.empty()) {
        // A ministry inside a person's title is that person's country's
        // ("Bộ trưởng Bộ Nội vụ Sar Sokha"); an unqualified ministry is the
        // home country's when it is a party.
        for (const auto& tr : w.title_ranges) {
          if (om.b >= tr.b && om.e <= tr.e) {
            const int ci = g.country_index(w.draft.people[tr.person].country_id);
            if (ci >= 0) cs.push_back(ci);
            break;
          }
        }
      }
      if (cs.empty()) {
        if (home >= 0 && std::find(w.party_countries.begin(), w.party_countries.end(), home) != w.party_countries.end())
          cs.push_back(home);
        else if (w.party_countries.size() == 1)
          cs.push_back(w.party_countries[0]);
      }
    }
    const GazOrgType& t = g.org_types[om.type];
    for (int ci : cs) {
      const GazCountry& c = g.countries[ci];
      const GazOrganization* named = g.organization_of(t.id, c.id);
      std::string name;
      std::string id;
      if (named) {
        name = named->name;
        id = named->id;
      } else {
        name = t.format.empty() ? t.name + " of {country}" : t.format;
        const std::string demonym = c.demonyms_en.empty() ? c.name : c.demonyms_en[0];
        for (const auto& [key, value] :
             {std::pair<std::string, std::string>{"{name}", t.name}, {"{country}", c.name}, {"{demonym}", demonym}}) {
          size_t pos;
          while ((pos = name.find(key)) != std::string::npos) name.replace(pos, key.size(), value);
        }
      }
      // an embassy is named by its country and where it sits: "the Vietnamese Embassy in Belarus",
      // "l'ambassade du Vietnam en Russie"
      if (t.id == "embassy") {
        int a = std::max(e, om.e);
        if (is_any(d, a, {"in", "en", "a", "au"}) && a + 1 < d.size() && !(d.toks[a + 1].gap & kBlockingGap)) {
          for (const Match* m : w.all_at(kEntity, a + 1)) {
            if (m->b != a + 1) continue;
            const Phrase& p = w.phrase(*m);
            if (p.cat == Cat::Country)
              name += " in " + g.countries[p.ref].name;
            else if (p.cat == Cat::Place)
              name += " in " + g.places[p.ref].name;
            else
              continue;
            break;
          }
        }
        // one embassy, whether the text gives where it sits or not
        const std::string base = fold(name.substr(0, name.find(" in ")));
        bool merged = false;
        for (DraftOrganization& o : w.draft.organizations) {
          const std::string fo = fold(o.name);
          if (fo == fold(name)) continue;
          if (fo == base && name.find(" in ") != std::string::npos) {
            o.name = name;  // the fuller name wins
            merged = true;
          } else if (fo.compare(0, base.size() + 4, base + " in ") == 0 && name.find(" in ") == std::string::npos) {
            merged = true;
          }
          if (merged) {
            o.spans.push_back(d.span(b, e));
            break;
          }
        }
        if (merged) continue;
      }
      w.add_org(name, id, c.id, d.span(b, e));
    }
  }
  named_bodies_en(w);
  named_units_vi(w);
}

}  // namespace accord::detail
