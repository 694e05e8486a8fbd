// Loading the gazetteer files and compiling them into phrase layers.
#include "gazetteer.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord {

using nlohmann::json;
using namespace detail;

const GazCountry* Gazetteer::country(const std::string& id) const {
  for (const auto& c : countries)
    if (c.id == id) return &c;
  return nullptr;
}

int Gazetteer::country_index(const std::string& id) const {
  for (size_t i = 0; i < countries.size(); ++i)
    if (countries[i].id == id) return static_cast<int>(i);
  return -1;
}

const GazOrgType* Gazetteer::org_type(const std::string& id) const {
  for (const auto& t : org_types)
    if (t.id == id) return &t;
  return nullptr;
}

const GazOrganization* Gazetteer::organization_of(const std::string& type, const std::string& country) const {
  for (const auto& o : organizations)
    if (!type.empty() && o.type == type && o.country == country) return &o;
  return nullptr;
}

namespace detail {

uint32_t Compiled::intern(const std::string& folded_token) {
  const auto it = vocab.find(folded_token);
  if (it != vocab.end()) return it->second;
  vocab_store.push_back(folded_token);
  const uint32_t id = static_cast<uint32_t>(vocab_store.size() - 1);
  vocab.emplace(std::string_view(vocab_store.back()), id);
  return id;
}

}  // namespace detail

namespace {

const char* const kFiles[] = {"countries.json", "places.json",     "people.json", "organizations.json",
                              "org_types.json", "mechanisms.json", "titles.json", "cues.json",
                              "lexicon.json",   "glossary.json",   "names.json"};

enum class Casing { None, Acronym, Proper, Name };

struct Builder {
  Compiled& c;
  std::unordered_set<std::string> seen;

  // Splits a surface form into folded tokens with their gaps, exact forms and case.
  bool add(int layer, const std::string& surface, Cat cat, int ref, uint8_t langs, int aux = 0, float weight = 1,
           Casing casing = Casing::None, const std::string& text = std::string()) {
    Doc d;
    build_doc(d, surface, c, "en");
    if (d.toks.empty()) return false;
    Phrase p;
    p.cat = cat;
    p.ref = ref;
    p.langs = langs;
    p.aux = aux;
    p.weight = weight;
    p.text = text.empty() ? surface : text;
    std::string key = std::to_string(layer) + "|" + std::to_string(static_cast<int>(cat)) + "|" + std::to_string(ref) +
                      "|" + std::to_string(aux) + "|" + std::to_string(langs) + "|" + p.text + "|";
    for (int k = 0; k < d.size(); ++k) {
      const std::string ft(d.ftok(k));
      p.toks.push_back(c.intern(ft));
      key += ft + "\x1f" + std::to_string(d.toks[k].gap & kBlockingGap) + "\x1f" + lower_utf8(d.otok(k)) + "\x1f";
      const std::string_view o = d.otok(k);
      bool ascii = true;
      for (char ch : o) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
      p.exact.push_back(ascii ? std::string() : lower_utf8(o));
      p.gaps.push_back(k == 0 ? 0 : static_cast<uint16_t>(d.toks[k].gap & kBlockingGap));
      uint8_t cs = 0;
      const uint8_t shape = d.toks[k].shape;
      if (casing != Casing::None && (shape & S_ALLCAPS)) {
        cs = 2;
      } else if ((casing == Casing::Name && (shape & S_CAP)) ||
                 (casing == Casing::Proper && k == 0 && (shape & S_CAP))) {
        cs = 1;
      }
      p.casing.push_back(cs);
    }
    if (!seen.insert(key).second) return false;
    p.isolated = layer == kEntity && (cat == Cat::Country || cat == Cat::Place) && p.toks.size() == 1 &&
                 (!p.exact[0].empty() || langs == kVi);
    c.layers[layer].phrases.push_back(std::move(p));
    return true;
  }

  void finish() {
    for (PhraseLayer& L : c.layers) {
      L.by_first.clear();
      for (size_t i = 0; i < L.phrases.size(); ++i) L.by_first[L.phrases[i].toks[0]].push_back(static_cast<int>(i));
      for (auto& [first, list] : L.by_first) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return L.phrases[a].toks.size() > L.phrases[b].toks.size(); });
      }
    }
  }
};

// "text|2.5" -> ("text", 2.5)
std::pair<std::string, float> split_weight(const std::string& s) {
  const size_t bar = s.rfind('|');
  if (bar == std::string::npos) return {s, 1.0f};
  try {
    return {s.substr(0, bar), std::stof(s.substr(bar + 1))};
  } catch (...) {
    return {s, 1.0f};
  }
}

std::vector<std::string> strings(const json& j) {
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& x : j)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// For each language key of an object ({"en": [...], "*": [...]}) call f(langs, list).
template <typename F>
void by_lang(const json& j, F f) {
  if (!j.is_object()) return;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "about") continue;
    f(lang_bit(it.key()), it.value());
  }
}

struct Loader {
  Gazetteer& g;
  std::vector<std::string>& errors;
  std::map<std::string, json> docs;

  const json& doc(const std::string& name) {
    static const json kEmpty = json::object();
    const auto it = docs.find(name);
    return it == docs.end() ? kEmpty : it->second;
  }

  std::optional<Date> date(const json& j, const char* key, const std::string& where) {
    const std::string s = str(j, key);
    if (s.empty()) return std::nullopt;
    auto d = Date::parse(s);
    if (!d) errors.push_back(where + "." + key + ": \"" + s + "\" is not a date");
    return d;
  }

  void parse_all() {
    for (const auto& [name, text] : g.sources) {
      try {
        docs[name] = json::parse(text);
      } catch (const json::exception& e) {
        errors.push_back(name + ": not valid JSON: " + e.what());
      }
    }
    for (const char* f : kFiles)
      if (!g.sources.count(f)) errors.push_back(std::string(f) + ": missing");
  }

  void read_entities() {
    g.countries.clear();
    g.places.clear();
    g.people.clear();
    g.organizations.clear();
    g.org_types.clear();
    g.mechanisms.clear();
    for (const auto& c : doc("countries.json").value("countries", json::array())) {
      GazCountry gc;
      gc.id = str(c, "id");
      gc.name = str(c, "name");
      gc.iso_numeric = c.value("iso_numeric", 0);
      if (c.contains("demonyms") && c["demonyms"].contains("en")) gc.demonyms_en = strings(c["demonyms"]["en"]);
      if (gc.id.empty() || gc.name.empty()) errors.push_back("countries.json: a country needs an id and a name");
      g.countries.push_back(gc);
    }
    for (const auto& p : doc("places.json").value("places", json::array())) {
      GazPlace gp{str(p, "name"), str(p, "country"), str(p, "kind")};
      if (!g.country(gp.country))
        errors.push_back("places.json: " + gp.name + ": unknown country \"" + gp.country + "\"");
      g.places.push_back(gp);
    }
    size_t pi = 0;
    for (const auto& p : doc("people.json").value("people", json::array())) {
      const std::string where = "people.json: people[" + std::to_string(pi++) + "]";
      Person person;
      person.id = str(p, "id");
      person.name = str(p, "name");
      person.native_name = str(p, "native_name");
      person.country = str(p, "country");
      person.aliases = strings(p.value("aliases", json::array()));
      size_t ri = 0;
      for (const auto& r : p.value("roles", json::array())) {
        const std::string rw = where + ".roles[" + std::to_string(ri++) + "]";
        Role role;
        role.title = str(r, "title");
        role.rank = str(r, "rank");
        role.from = date(r, "from", rw);
        role.to = date(r, "to", rw);
        person.roles.push_back(role);
      }
      if (person.name.empty()) errors.push_back(where + ": a person needs a name");
      g.people.push_back(person);
    }
    for (const auto& o : doc("organizations.json").value("organizations", json::array())) {
      GazOrganization go{str(o, "id"),      str(o, "name"), str(o, "type"),
                         str(o, "country"), str(o, "kind"), o.value("output", true)};
      g.organizations.push_back(go);
    }
    for (const auto& t : doc("org_types.json").value("org_types", json::array()))
      g.org_types.push_back(GazOrgType{str(t, "id"), str(t, "name"), str(t, "format")});
    for (const auto& m : doc("mechanisms.json").value("mechanisms", json::array()))
      g.mechanisms.push_back(GazMechanism{str(m, "name"), str(m, "full_name")});
    // Extra people and organizations (a dataset's): merge by id or name.
    auto same_name = [](const std::string& a, const std::string& b) { return fold(a) == fold(b); };
    for (const Person& x : g.extra.people) {
      Person* known = nullptr;
      for (Person& p : g.people)
        if (p.id == x.id || same_name(p.name, x.name)) known = &p;
      if (known) {
        for (const std::string& a : x.aliases) known->aliases.push_back(a);
        if (known->native_name.empty()) known->native_name = x.native_name;
      } else {
        g.people.push_back(x);
      }
    }
  }

  void compile() {
    auto cc = std::make_shared<Compiled>();
    Compiled& c = *cc;
    Builder b{c, {}};
    // Function words first (language detection).
    const json& lex = doc("lexicon.json");
    if (lex.contains("function_words")) {
      const json& fw = lex["function_words"];
      for (const auto& w : strings(fw.value("en", json::array()))) c.func_en.push_back(c.intern(fold(w)));
      for (const auto& w : strings(fw.value("fr", json::array()))) c.func_fr.push_back(c.intern(fold(w)));
      for (const auto& w : strings(fw.value("vi", json::array()))) c.func_vi.push_back(c.intern(fold(w)));
    }
    // Countries.
    size_t ci = 0;
    for (const auto& cj : doc("countries.json").value("countries", json::array())) {
      const int ref = static_cast<int>(ci++);
      b.add(kEntity, str(cj, "name"), Cat::Country, ref, kAnyLang, 0, 1, Casing::Proper);
      by_lang(cj.value("names", json::object()), [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kEntity, s, Cat::Country, ref, langs, 0, 1, Casing::Proper);
      });
      by_lang(cj.value("demonyms", json::object()), [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kEntity, s, Cat::Demonym, ref, langs, 0, 1, Casing::Proper);
      });
    }
    // Places.
    size_t pli = 0;
    for (const auto& pj : doc("places.json").value("places", json::array())) {
      const int ref = static_cast<int>(pli++);
      b.add(kEntity, str(pj, "name"), Cat::Place, ref, kAnyLang, 0, 1, Casing::Proper);
      for (const auto& s : strings(pj.value("aliases", json::array())))
        b.add(kEntity, s, Cat::Place, ref, kAnyLang, 0, 1, Casing::Proper);
    }
    // People (gazetteer and extras, merged in g.people).
    for (size_t i = 0; i < g.people.size(); ++i) {
      const Person& p = g.people[i];
      const int ref = static_cast<int>(i);
      b.add(kEntity, p.name, Cat::Person, ref, kAnyLang, 0, 1, Casing::Name);
      if (!p.native_name.empty()) b.add(kEntity, p.native_name, Cat::Person, ref, kAnyLang, 0, 1, Casing::Name);
      for (const auto& a : p.aliases) b.add(kEntity, a, Cat::Person, ref, kAnyLang, 0, 1, Casing::Name);
    }
    // Organizations.
    size_t oi = 0;
    for (const auto& oj : doc("organizations.json").value("organizations", json::array())) {
      const int ref = static_cast<int>(oi++);
      b.add(kEntity, str(oj, "name"), Cat::Org, ref, kAnyLang, 0, 1, Casing::Proper);
      for (const auto& s : strings(oj.value("aliases", json::array())))
        b.add(kEntity, s, Cat::Org, ref, kAnyLang, 0, 1, Casing::Proper);
    }
    for (size_t k = 0; k < g.extra.organizations.size(); ++k) {
      const GazOrganization& x = g.extra.organizations[k];
      int ref = -1;
      for (size_t i = 0; i < g.organizations.size(); ++i)
        if (g.organizations[i].id == x.id || fold(g.organizations[i].name) == fold(x.name)) ref = static_cast<int>(i);
      if (ref < 0) {
        g.organizations.push_back(x);
        ref = static_cast<int>(g.organizations.size() - 1);
        b.add(kEntity, x.name, Cat::Org, ref, kAnyLang, 0, 1, Casing::Proper);
      }
      if (k < g.extra.organization_aliases.size())
        for (const auto& a : g.extra.organization_aliases[k])
          b.add(kEntity, a, Cat::Org, ref, kAnyLang, 0, 1, Casing::Proper);
    }
    // Organization types.
    size_t ti = 0;
    for (const auto& tj : doc("org_types.json").value("org_types", json::array())) {
      const int ref = static_cast<int>(ti++);
      const std::string id = str(tj, "id");
      by_lang(tj.value("forms", json::object()), [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) {
          b.add(kEntity, s, Cat::OrgType, ref, langs, 0, 1, Casing::Acronym);
          // "ministère de la Police" also comes as "ministère vietnamien de la Police".
          Doc d;
          build_doc(d, s, c, "fr");
          // the capitalised field of a ministry ("de la Justice", "de l'Intérieur") is no person's
          // name: "le ministre hongrois de la Justice, X" (not Vietnamese, whose such words are given names)
          if (!(langs & kVi))
            for (int k = 1; k < d.size(); ++k)
              if (d.cap(k)) c.not_names[c.intern(std::string(d.ftok(k)))] |= langs;
          if (langs == kFr && d.size() > 1 && (d.ftok(0) == "ministere" || d.ftok(0) == "ministeres")) {
            std::string tail;
            for (int k = 1; k < d.size(); ++k) tail += (k > 1 ? " " : "") + std::string(d.ftok(k));
            c.fr_ministry_tails[tail] = id;
          }
        }
      });
      by_lang(tj.value("plural", json::object()), [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kEntity, s, Cat::OrgTypePlural, ref, langs, 0, 1, Casing::Acronym);
      });
    }
    // Mechanisms.
    size_t mi = 0;
    for (const auto& mj : doc("mechanisms.json").value("mechanisms", json::array())) {
      const int ref = static_cast<int>(mi++);
      b.add(kEntity, str(mj, "name"), Cat::Mechanism, ref, kAnyLang, 0, 1, Casing::Acronym);
      b.add(kEntity, str(mj, "full_name"), Cat::Mechanism, ref, kAnyLang, 0, 1, Casing::Acronym);
      for (const auto& s : strings(mj.value("aliases", json::array())))
        b.add(kEntity, s, Cat::Mechanism, ref, kAnyLang, 0, 1, Casing::Acronym);
    }
    // Names: surnames, words that are not names, phrases that are not entities.
    const json& names = doc("names.json");
    for (const auto& s : strings(names.value("vietnamese_surnames", json::array())))
      c.vi_surnames[c.intern(fold(s))] = 1;
    by_lang(names.value("not_names", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) {
        Doc d;
        build_doc(d, s, c, "en");
        if (d.size() == 1) c.not_names[c.intern(std::string(d.ftok(0)))] |= langs;
      }
    });
    by_lang(names.value("not_entities", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kEntity, s, Cat::NotEntity, -1, langs, 0, 1, Casing::None);
    });
    // Titles, ranks, honorifics.
    const json& titles = doc("titles.json");
    for (const auto& tj : titles.value("titles", json::array())) {
      const int ref = static_cast<int>(c.titles.size());
      c.titles.push_back(TitleDef{str(tj, "key"), str(tj, "org")});
      for (const char* l : {"en", "fr", "vi"})
        for (const auto& s : strings(tj.value(l, json::array())))
          b.add(kTitle, s, Cat::Title, ref, lang_bit(l), 0, 1, Casing::Acronym);
    }
    by_lang(titles.value("ranks", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kTitle, s, Cat::Rank, -1, langs, 0, 1, Casing::Proper);
    });
    by_lang(titles.value("honorifics", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kTitle, s, Cat::Honorific, -1, langs, 0, 1, Casing::None);
    });
    by_lang(titles.value("org_heads", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) {
        Doc d;
        build_doc(d, s, c, "en");
        if (d.size() == 1) c.org_heads[c.intern(std::string(d.ftok(0)))] |= langs;
      }
    });
    // Cues.
    const json& cues = doc("cues.json");
    const json obj_event_types = cues.value("event_types", json::object());
    for (const auto& [type, langs_obj] : obj_event_types.items()) {
      const int aux = static_cast<int>(c.event_types.size());
      c.event_types.push_back(type);
      by_lang(langs_obj, [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) {
          auto [t, w] = split_weight(s);
          b.add(kEvent, t, Cat::EventCue, -1, langs, aux, w);
        }
      });
    }
    const json obj_agreement_kinds = cues.value("agreement_kinds", json::object());
    for (const auto& [kind, langs_obj] : obj_agreement_kinds.items()) {
      const int aux = static_cast<int>(c.agree_kinds.size());
      c.agree_kinds.push_back(kind);
      by_lang(langs_obj, [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kAgree, s, Cat::AgreeKind, -1, langs, aux, 1, Casing::Acronym);
      });
    }
    by_lang(cues.value("agreement_plurals", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kAgree, s, Cat::AgreePlural, -1, langs, 0, 1);
    });
    const json obj_agreement_actions = cues.value("agreement_actions", json::object());
    for (const auto& [action, langs_obj] : obj_agreement_actions.items()) {
      const int aux = static_cast<int>(c.agree_actions.size());
      c.agree_actions.push_back(action);
      by_lang(langs_obj, [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kAgree, s, Cat::AgreeAction, -1, langs, aux, 1);
      });
    }
    const json obj_topics = cues.value("topics", json::object());
    for (const auto& [topic, langs_obj] : obj_topics.items()) {
      if (!is_topic(topic)) errors.push_back("cues.json: topics: \"" + topic + "\" is not in the topic vocabulary");
      const int aux = static_cast<int>(c.topics.size());
      c.topics.push_back(topic);
      by_lang(langs_obj, [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) {
          auto [t, w] = split_weight(s);
          b.add(kTopic, t, Cat::Topic, -1, langs, aux, w);
        }
      });
    }
    by_lang(cues.value("topic_blocks", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kTopic, s, Cat::TopicBlock, -1, langs, -1, 0);
    });
    // Lexicon.
    by_lang(lex.value("months", json::object()), [&](uint8_t langs, const json& obj) {
      for (const auto& [w, m] : obj.items()) b.add(kLex, w, Cat::Month, -1, langs, m.get<int>());
    });
    by_lang(lex.value("weekdays", json::object()), [&](uint8_t langs, const json& obj) {
      for (const auto& [w, m] : obj.items()) b.add(kLex, w, Cat::Weekday, -1, langs, m.get<int>());
    });
    by_lang(lex.value("numbers", json::object()), [&](uint8_t langs, const json& obj) {
      for (const auto& [w, v] : obj.items()) b.add(kLex, w, Cat::Number, -1, langs, 0, v.get<float>());
    });
    by_lang(lex.value("multipliers", json::object()), [&](uint8_t langs, const json& obj) {
      for (const auto& [w, v] : obj.items()) b.add(kLex, w, Cat::Multiplier, -1, langs, 0, v.get<float>());
    });
    by_lang(lex.value("units", json::object()), [&](uint8_t langs, const json& obj) {
      for (const auto& [w, v] : obj.items()) {
        if (!v.is_array() || v.size() < 2) continue;
        const int ref = static_cast<int>(c.units.size());
        c.units.push_back(UnitDef{v[0].get<std::string>(), v[1].get<std::string>()});
        b.add(kLex, w, Cat::Unit, ref, langs, 0, 1, Casing::Acronym);
      }
    });
    const json dw = lex.value("date_words", json::object());
    auto add_dw = [&](const char* key, int kind, uint8_t langs) {
      for (const auto& s : strings(dw.value(key, json::array()))) b.add(kLex, s, Cat::DateWord, kind, langs);
    };
    add_dw("vi_day", DW_VI_DAY, kVi);
    add_dw("vi_month", DW_VI_MONTH, kVi);
    add_dw("vi_year", DW_VI_YEAR, kVi);
    by_lang(dw.value("virtual", json::object()), [&](uint8_t langs, const json& list) {
      for (const auto& s : strings(list)) b.add(kLex, s, Cat::DateWord, DW_VIRTUAL, langs);
    });
    const std::pair<const char*, int> rel[] = {{"today", DW_TODAY},         {"yesterday", DW_YESTERDAY},
                                               {"this_year", DW_THIS_YEAR}, {"last_year", DW_LAST_YEAR},
                                               {"since", DW_SINCE},         {"past_markers", DW_PAST}};
    for (const auto& entry : rel) {
      const auto kind = entry.second;  // clang cannot capture a structured binding (C++17)
      by_lang(dw.value(entry.first, json::object()), [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kLex, s, Cat::DateWord, kind, langs);
      });
    }
    const json obj_figure_actions = lex.value("figure_actions", json::object());
    for (const auto& [action, langs_obj] : obj_figure_actions.items()) {
      if (!langs_obj.is_object()) continue;
      const int ref = static_cast<int>(c.figure_actions.size());
      c.figure_actions.push_back(action);
      by_lang(langs_obj, [&](uint8_t langs, const json& list) {
        for (const auto& s : strings(list)) b.add(kLex, s, Cat::FigureAction, ref, langs);
      });
    }
    // Glossary.
    by_lang(doc("glossary.json"), [&](uint8_t langs, const json& obj) {
      if (!obj.is_object()) return;
      for (const auto& [w, en] : obj.items())
        if (en.is_string())
          b.add(kGloss, w, Cat::Gloss, -1, langs, 0, 1, Casing::None,
                en.get<std::string>().empty() ? std::string("\x1f") : en.get<std::string>());
    });
    b.finish();
    // Role title keys per person.
    c.person_role_keys.assign(g.people.size(), {});
    for (size_t i = 0; i < g.people.size(); ++i)
      for (const Role& r : g.people[i].roles) c.person_role_keys[i].push_back(title_keys_of(c, r.title));
    g.compiled_ = cc;
  }
};

std::string read_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void rebuild(Gazetteer& g, std::vector<std::string>& errors) {
  Loader l{g, errors, {}};
  l.parse_all();
  l.read_entities();
  l.compile();
}

}  // namespace

namespace detail {

std::vector<std::string> title_keys_of(const Compiled& c, const std::string& title) {
  Doc d;
  build_doc(d, title, c, "en");
  std::vector<std::string> keys;
  for (const Match& m : match_layer(d, c, kTitle)) {
    const Phrase& p = c.layers[kTitle].phrases[m.phrase];
    if (p.cat != Cat::Title) continue;
    const std::string& k = c.titles[p.ref].key;
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  }
  return keys;
}

}  // namespace detail

GazetteerLoad load_gazetteer_from_texts(const std::map<std::string, std::string>& files) {
  GazetteerLoad r;
  r.gazetteer.sources = files;
  rebuild(r.gazetteer, r.errors);
  return r;
}

GazetteerLoad load_gazetteer(const std::string& dir) {
  std::map<std::string, std::string> files;
  std::vector<std::string> errors;
  for (const char* f : kFiles) {
    bool ok = false;
    std::string text = read_file(dir + "/" + f, ok);
    if (!ok) {
      errors.push_back(dir + "/" + f + ": cannot open the file");
      continue;
    }
    files[f] = std::move(text);
  }
  GazetteerLoad r = load_gazetteer_from_texts(files);
  r.errors.insert(r.errors.begin(), errors.begin(), errors.end());
  // "missing" duplicates the cannot-open messages
  r.errors.erase(
      std::remove_if(r.errors.begin(), r.errors.end(),
                     [](const std::string& e) { return e.size() > 9 && e.compare(e.size() - 9, 9, ": missing") == 0; }),
      r.errors.end());
  return r;
}

void add_dataset_entries(Gazetteer& g, const Dataset& d) {
  for (const Person& p : d.people) g.extra.people.push_back(p);
  for (const Organization& o : d.organizations) {
    GazOrganization go{o.id, o.name, "", o.country, o.kind, true};
    g.extra.organizations.push_back(go);
    g.extra.organization_aliases.push_back(o.aliases);
  }
  std::vector<std::string> errors;
  rebuild(g, errors);
}

}  // namespace accord
