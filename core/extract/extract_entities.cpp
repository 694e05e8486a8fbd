// Countries, places, known people, organizations and mechanisms from the
// gazetteer matches; which countries are the parties.
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

namespace {
// A body below the national level, by the words of its English name (folded).
bool below_national(const std::string& folded) {
  for (const char* w : {"provincial", "province", "department", "division", "station", "detachment", "office", "bureau",
                        "district", "city police", "special zone"})
    if ((" " + folded + " ").find(" " + std::string(w) + " ") != std::string::npos) return true;
  return false;
}
}  // namespace

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
  // a provincial or departmental body in a Vietnamese article is named by a translation: its own
  // wording goes beside it ("Công an tỉnh Nghệ An", "Phòng Quản lý xuất nhập cảnh"); ministries,
  // embassies and national agencies keep their established English names
  if (doc.lang == kVi && id.empty() && name.find('(') == std::string::npos && below_national(key) &&
      span.end > span.begin && span.end <= doc.text.size()) {
    const std::string native(doc.text.substr(span.begin, span.end - span.begin));
    if (fold(native) != key) o.native_name = native;
  }
  draft.organizations.push_back(o);
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

bool fr_body_head(const Doc& d, int i) {
  return is_word(d, i,
                 {"agence",     "conseil",  "comite",      "direction", "departement", "bureau",         "office",
                  "commission", "service",  "ministere",   "garde",     "secretariat", "cour",           "parquet",
                  "institut",   "academie", "ecole",       "centre",    "autorite",    "administration", "commandement",
                  "etat-major", "police",   "gendarmerie", "surete"});
}

void add_span(std::vector<TextSpan>& spans, TextSpan s) {
  for (const TextSpan& x : spans)
    if (x.begin == s.begin && x.end == s.end) return;
  spans.push_back(s);
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

}  // namespace

namespace {

// "Công an huyện Minh Hóa", "An ninh tỉnh Sê Kông", "Công an đặc khu X": Vietnamese names a local
// police or security body by its area's kind and name, whether or not the gazetteer knows the
// place (districts mostly it does not; a known province or city is read with the places). The English name is the
// area's name without its diacritics and the body's kind: "Minh Hoa District Police".
void local_police_of_unknown_places(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kVi) return;
  std::vector<uint8_t> known(d.size(), 0);
  for (const Work::PlaceMention& pm : w.place_mentions)
    for (int t = pm.b; t < pm.e; ++t) known[t] = 1;
  for (int i = d.first_body_token; i + 3 < d.size(); ++i) {
    const bool police = d.is(i, "cong") && d.is(i + 1, "an") && d.cap(i);
    const bool security = d.is(i, "an") && d.is(i + 1, "ninh") && d.cap(i);
    if (!police && !security) continue;
    int k = i + 2;
    const char* kind = nullptr;
    bool area_kind_only_here = true;  // the provincial and city forms of known places are read above
    if (d.is(k, "tinh")) {
      area_kind_only_here = false;
      kind = security ? " Provincial Security Department" : " Provincial Police";
      k += 1;
    } else if (is_any(d, k, {"huyen", "quan"})) {
      kind = security ? " District Security" : " District Police";
      k += 1;
    } else if (d.is(k, "thi") && d.is(k + 1, "xa")) {
      kind = security ? " District Security" : " Town Police";
      k += 2;
    } else if (d.is(k, "thanh") && d.is(k + 1, "pho")) {
      kind = security ? " City Security" : " City Police";
      area_kind_only_here = false;
      k += 2;
    } else if (d.is(k, "dac") && d.is(k + 1, "khu")) {
      kind = " Special Zone Police";
      k += 2;
    }
    if (!kind || k >= d.size() || !d.cap(k) || (known[k] && !area_kind_only_here) || (d.toks[k].gap & kBlockingGap))
      continue;
    int e = k;
    while (e < d.size() && e < k + 4 && d.cap(e) && (e == k || !(d.toks[e].gap & kBlockingGap))) ++e;
    std::string name;
    for (int t = k; t < e; ++t) {
      std::string word = fold(d.otok(t));
      if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
      name += (name.empty() ? "" : " ") + word;
    }
    w.add_org(name + kind, "", "", d.span(i, e));
    i = e - 1;
  }
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
    // "the National Police Agency of ...": a kind's words that open a longer name are that name's
    const bool opens_longer_name =
        e < d.size() && d.cap(e) && !(d.toks[e].gap & kBlockingGap) &&
        is_word(d, e,
                {"agency", "bureau", "department", "office", "commission", "council", "committee", "service",
                 "directorate", "academy", "university", "college", "institute"});
    if ((otype || oplural) && !opens_longer_name) {
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
  // French: "ministère vietnamien de la Police" (the demonym inside the name); adjectives
  // coordinate, one ministry each: "les ministères vietnamien et lao de la Sécurité publique".
  for (int i = 0; i + 2 < d.size(); ++i) {
    // also a minister's title: "le ministre vietnamien de la Sécurité publique"
    if (!(d.is(i, "ministere") || d.is(i, "ministeres") || d.is(i, "ministre")) || w.cover[kEntity][i] >= 0) continue;
    auto demonym_at = [&](int t) -> const Match* {
      for (const Match* m : w.all_at(kEntity, t))
        if (m->b == t && w.phrase(*m).cat == Cat::Demonym) return m;
      return nullptr;
    };
    const Match* dm = demonym_at(i + 1);
    if (!dm) continue;
    std::vector<int> countries = {w.phrase(*dm).ref};
    int after = dm->e;
    while (after < d.size()) {
      const bool comma = (d.toks[after].gap & kBlockingGap) == G_COMMA;
      const int next = is_any(d, after, {"et"}) ? after + 1 : comma ? after : -1;
      const Match* more = next >= 0 ? demonym_at(next) : nullptr;
      if (!more) break;
      countries.push_back(w.phrase(*more).ref);
      after = more->e;
    }
    std::string tail;
    for (int j = after; j < std::min(d.size(), after + 4); ++j) {
      tail += (j > after ? " " : "") + std::string(d.ftok(j));
      const auto it = w.c.fr_ministry_tails.find(tail);
      if (it == w.c.fr_ministry_tails.end()) continue;
      const GazOrgType* t = g.org_type(it->second);
      if (!t) break;
      Work::OrgTypeMention om;
      om.type = static_cast<int>(t - g.org_types.data());
      om.b = i;
      om.e = j + 1;
      om.plural = d.is(i, "ministeres");
      om.countries = countries;
      w.orgtype_mentions.push_back(om);
      break;
    }
  }
  // Provincial and city police: "the police of the ... province of Dien Bien",
  // "Dien Bien provincial police", "Công an tỉnh Điện Biên", "police de la province de X".
  int last_police_end = -1;
  for (const Work::PlaceMention& pm : w.place_mentions) {
    const GazPlace& place = g.places[pm.place];
    bool police = false;
    int b = pm.b, e = pm.e;
    if (d.is(e, "police") || (d.is(e, "provincial") && d.is(e + 1, "police")) ||
        (d.is(e, "province") && d.is(e + 1, "police")) || (d.is(e, "city") && d.is(e + 1, "police"))) {
      police = true;
      e = d.is(e, "police") ? e + 1 : e + 2;
    }
    // vi: "Công an tỉnh X", "Công an thành phố X", "Công an TP X"; Laos names its provincial
    // police "An ninh tỉnh X" or "Sở An ninh tỉnh X" (the province's security department)
    bool security = false, province_named = false;
    if (!police) {
      int j = b - 1;
      if (is_any(d, j, {"tinh", "tp"})) {
        province_named = d.is(j, "tinh");
        --j;
      } else if (d.is(j, "pho") && d.is(j - 1, "thanh")) {
        j -= 2;
      }
      if (d.is(j, "an") && d.is(j - 1, "cong") && j < b - 1) {
        police = true;
        b = j - 1;
      } else if (d.is(j, "ninh") && d.is(j - 1, "an") && j < b - 1 && d.cap(j - 1)) {
        police = security = true;
        b = j - 1;
        if (d.is(b - 1, "so") && d.cap(b - 1)) --b;
      }
    }
    province_named = province_named || is_any(d, e - 1, {"provincial", "province"}) ||
                     is_any(d, b + 1, {"provinciale", "province", "provinces"});
    // en/fr: "police of (the) ... province of X", "police de la province de X", "la Police
    // provinciale de X", "les Polices des deux provinces cambodgiennes de X"
    int kind_word = b - 2;
    while (kind_word > 0 && w.at(kEntity, kind_word) &&
           w.phrase(*w.at(kEntity, kind_word)).cat == Cat::Demonym)  // "provinces cambodgiennes de"
      kind_word = w.at(kEntity, kind_word)->b - 1;
    if (!police && (d.is(b - 1, "of") || d.is(b - 1, "de")) &&
        is_any(d, kind_word, {"province", "provinces", "city", "ville", "provinciale", "provincial"})) {
      const int sent_b = d.sent_first[d.sentence_of(b)];
      for (int j = kind_word; j >= std::max(sent_b, b - 12); --j) {
        if (d.toks[j + 1].gap & kBlockingGap) break;
        if (is_any(d, j, {"police", "polices"})) {
          police = true;
          b = j;
          break;
        }
      }
    }
    // a list goes on: "... de Svay Rieng et Tboung Khmum", "tỉnh Xiêng Khoảng và Hủa Phăn"
    if (!police && last_police_end > 0 && pm.b > last_police_end && pm.b - last_police_end <= 1 &&
        (is_any(d, pm.b - 1, {"and", "et", "va"}) || (pm.b == last_police_end && (d.toks[pm.b].gap & G_COMMA))))
      police = true;
    if (!police) continue;
    last_police_end = pm.e;
    const bool provincial = place.kind == "province" || province_named;
    const std::string name = place.name + (security     ? " Provincial Security Department"
                                           : provincial ? " Provincial Police"
                                                        : " Police");
    // A named organization with these words wins ("Dien Bien provincial police" in a dataset).
    w.add_org(name, "", place.country, d.span(b, e));
    const int ci = g.country_index(place.country);
    if (ci >= 0) w.country_mentions.push_back({ci, b, e, 2});
  }
  local_police_of_unknown_places(w);
}

namespace {

// Multilateral bodies that the conventions count as mechanisms only when the
// text names them as the frame of cooperation; elsewhere ("ASEAN countries",
// "the ASEAN Chair", "các nước ASEAN") they only qualify states or people.
struct FrameBody {
  const char* name;
  std::initializer_list<const char*> words;  // folded tokens
};
const FrameBody kFrameBodies[] = {
    // ASEAN with its partners ("ASEAN+3", "ASEAN Plus Three", "ASEAN-China"): longer forms first
    {"ASEAN+3", {"asean", "3"}},
    {"ASEAN+3", {"asean", "plus", "three"}},
    {"ASEAN+3", {"asean", "plus", "3"}},
    {"ASEAN-China", {"asean", "china"}},
    {"ASEAN-China", {"asean", "chine"}},
    {"ASEAN-China", {"asean", "trung", "quoc"}},
    {"ASEAN", {"asean"}},
    {"ASEAN", {"association", "of", "southeast", "asian", "nations"}},
    {"United Nations", {"united", "nations"}},
    {"United Nations", {"nations", "unies"}},
    {"United Nations", {"lien", "hop", "quoc"}},
};

int frame_body_at(const Doc& d, int i, const FrameBody& fb) {
  int k = i;
  for (const char* word : fb.words)
    if (!d.is(k++, word)) return -1;
  return k;
}

// Words before the body that make it the frame: "within ASEAN", "forums such as
// ASEAN", "au sein de l'ASEAN", "la Vision de l'ASEAN", "khuôn khổ ASEAN",
// "hợp tác ASEAN", "diễn đàn ASEAN".
bool frame_word_before(const Doc& d, int b) {
  const int sent_b = d.sent_first[d.sentence_of(b)];
  for (int k = b - 1; k >= std::max(sent_b, b - 4); --k) {
    if (is_any(d, k, {"within", "forum", "forums", "framework", "frameworks", "sein", "cadre", "vision", "kho", "dan"}))
      return true;
    if (d.is(k, "tac") && d.is(k - 1, "hop")) return true;
    // the bloc or the association itself: "khối ASEAN", "Hiệp hội ASEAN", "the bloc"
    if (d.is(k, "khoi") || (d.is(k, "hoi") && d.is(k - 1, "hiep"))) return true;
    // a frame names the body itself, not its members: "pays de l'ASEAN", "các nước ASEAN"
    if (is_any(d, k, {"countries", "pays", "nuoc", "membres", "member", "canh", "nghiep"})) return false;
  }
  return false;
}

// Words after it: "ASEAN cooperation frameworks", "ASEAN mechanisms", "ASEAN Vision". ("international
// and ASEAN forums" are settings in general, not ASEAN named as the frame.)
bool frame_word_after(const Doc& d, int e) {
  return is_any(d, e, {"cooperation", "framework", "frameworks", "mechanism", "mechanisms", "vision", "bloc"});
}

}  // namespace

void frame_bodies_as_mechanisms(Work& w) {
  const Doc& d = w.doc;
  int last_frame_end = -1;
  for (int i = d.first_body_token; i < d.size(); ++i) {
    for (const FrameBody& fb : kFrameBodies) {
      const int e = frame_body_at(d, i, fb);
      if (e < 0) continue;
      // inside a longer listed name ("ASEAN Secretariat", "ASEAN Regional Forum")
      const Match* m = w.at(kEntity, i);
      if (m && (m->b < i || m->e > e)) break;
      // "ASEAN and the United Nations": a body listed after a frame body is one too
      int before = i;
      if (is_any(d, before - 1, {"the", "l", "la"})) --before;
      const bool listed = is_any(d, before - 1, {"and", "et", "va"}) && last_frame_end == before - 1;
      // "within ASEAN countries", "ASEAN member states": the body qualifies its members
      if (is_any(d, e, {"countries", "member", "members", "nations", "states", "chair", "chairmanship"})) break;
      if (!(frame_word_before(d, i) || frame_word_after(d, e) || listed)) break;
      bool found = false;
      for (DraftMechanism& x : w.draft.mechanisms) {
        if (x.name == fb.name) {
          add_span(x.spans, d.span(i, e));
          found = true;
        }
      }
      if (!found) w.draft.mechanisms.push_back(DraftMechanism{fb.name, {d.span(i, e)}});
      last_frame_end = e;
      i = e - 1;
      break;
    }
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
  // A list of three or more states ("dialogue partners, namely China, Japan, the Republic of Korea
  // and India", "từ Trung Quốc, Nhật Bản và Hàn Quốc") names a multilateral meeting's parties.
  bool multilateral = false;  // a framework such as ASEANAPOL or SOMTC, not a bilateral channel
  for (const DraftMechanism& m : w.draft.mechanisms) multilateral = multilateral || fold(m.name) != "hotline";
  if (multilateral) {
    std::vector<const Work::CountryMention*> ms;
    for (const auto& cm : w.country_mentions)
      if (cm.b >= d.first_body_token && cm.kind == 0) ms.push_back(&cm);
    std::sort(ms.begin(), ms.end(), [](const auto* a, const auto* b) { return a->b < b->b; });
    auto joined = [&](const Work::CountryMention& a, const Work::CountryMention& b) {
      if (d.sentence_of(a.b) != d.sentence_of(b.b) || b.b - a.e > 3 || b.b < a.e) return false;
      for (int t = a.e; t < b.b; ++t)
        if (!is_any(d, t, {"and", "et", "va", "the", "la", "le", "l", "les"}) && w.cover[kEntity][t] < 0) return false;
      return true;
    };
    for (size_t k = 0; k < ms.size();) {
      size_t e = k + 1;
      while (e < ms.size() && joined(*ms[e - 1], *ms[e])) ++e;
      std::vector<int> listed;
      for (size_t q = k; q < e; ++q)
        if (std::find(listed.begin(), listed.end(), ms[q]->country) == listed.end()) listed.push_back(ms[q]->country);
      if (listed.size() >= 3)
        for (int c : listed)
          if (!party[c]) {
            party[c] = true;
            ++parties;
          }
      k = e;
    }
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

}  // namespace accord::detail
