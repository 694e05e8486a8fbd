// Organizations: typed mentions ("the Ministry of Public Security of Laos")
// resolved to their countries; the bodies named without a list follow
// (extract_named_bodies.cpp).
#include <algorithm>
#include <cmath>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

namespace {

// "the Police Investigation Agency under the Ministry of Public Security", "la Direction ... du
// ministère de la Sécurité publique", "Cục C04 thuộc Bộ Công an": a unit named with the ministry
// it belongs to is named with it, as "Unit, Ministry of X of COUNTRY".
void name_parent_ministries(Work& w) {
  const Doc& d = w.doc;
  // the token that begins (or ends) at a byte offset: tokens are in text order
  auto token_at = [&](size_t offset, bool begin) {
    const auto it = std::lower_bound(d.toks.begin(), d.toks.end(), offset,
                                     [&](const Tok& t, size_t o) { return (begin ? t.ob : t.oe) < o; });
    if (it == d.toks.end() || (begin ? it->ob : it->oe) != offset) return -1;
    return static_cast<int>(it - d.toks.begin());
  };
  auto ministry_starting_at = [&](int k) -> const DraftOrganization* {
    for (const DraftOrganization& p : w.draft.organizations) {
      if (p.name.compare(0, 9, "Ministry ") != 0) continue;
      for (const TextSpan& ps : p.spans) {
        const int pb = token_at(ps.begin, true);
        // "the Vietnamese Ministry of ...": the span may start with the demonym
        if (pb == k) return &p;
      }
    }
    return nullptr;
  };
  for (DraftOrganization& o : w.draft.organizations) {
    if (o.name.compare(0, 9, "Ministry ") == 0 || o.name.find(", Ministry") != std::string::npos) continue;
    std::string parent;
    for (const TextSpan& os : o.spans) {
      const int e = token_at(os.end, false) + 1;
      if (e <= 0 || e >= d.size() || (d.toks[e].gap & kBlockingGap & ~G_COMMA)) continue;
      int k = e;
      if (!is_word(d, k, {"under", "of", "within", "du", "de", "relevant", "thuoc"})) continue;
      ++k;
      if (d.is(k - 1, "relevant") && is_word(d, k, {"du", "de"})) ++k;
      if (is_word(d, k, {"the", "la", "l"})) ++k;
      if (const DraftOrganization* p = ministry_starting_at(k)) parent = p->name;
      if (!parent.empty()) break;
    }
    if (!parent.empty()) o.name += ", " + parent;
  }
}

}  // namespace

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
      // "the ministries of Public Security, Foreign Affairs, and Finance": a list of one country's
      // ministries (the home country's when it is a party), not the one ministry of each party
      if (cs.empty() && om.plural && d.lang == kEn && d.is(om.b, "ministries") && om.e < d.size() &&
          (d.toks[om.e].gap & kBlockingGap) == G_COMMA) {
        const bool home_party =
            home >= 0 && std::find(w.party_countries.begin(), w.party_countries.end(), home) != w.party_countries.end();
        const int ci = home_party ? home : w.party_countries.empty() ? -1 : w.party_countries[0];
        if (ci >= 0) {
          cs.push_back(ci);
          const GazCountry& c = g.countries[ci];
          int k = om.e;
          while (k < d.size() && (d.toks[k].gap & kBlockingGap) == G_COMMA) {
            if (is_any(d, k, {"and"})) ++k;
            int x = k;
            while (x < d.size() && (d.cap(x) || (x > k && is_any(d, x, {"and"}) && x + 1 < d.size() && d.cap(x + 1))) &&
                   (x == k || !(d.toks[x].gap & kBlockingGap)))
              ++x;
            if (x == k || x - k > 4) break;
            w.add_org("Ministry of " + std::string(d.orig(k, x)) + " of " + c.name, "", c.id, d.span(k, x));
            k = x;
          }
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
      if (t.id == "embassy" || t.id == "consulate") {
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
  named_bodies_fr(w);
  named_units_vi(w);
  name_parent_ministries(w);
  // in the order the text names them
  auto first = [](const DraftOrganization& o) {
    size_t f = std::string::npos;
    for (const TextSpan& s : o.spans) f = std::min(f, static_cast<size_t>(s.begin));
    return f;
  };
  std::stable_sort(w.draft.organizations.begin(), w.draft.organizations.end(),
                   [&](const DraftOrganization& a, const DraftOrganization& b) { return first(a) < first(b); });
}

}  // namespace accord::detail
