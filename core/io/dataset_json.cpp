#include "dataset_json.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dataset_snapshot.h"
#include "text_encoding.h"

namespace accord {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------- reading

// Walks the JSON tree, converting it into the model and recording every
// problem with its path, so one load reports all of them at once.
class Reader {
 public:
  explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  // Reports keys the format does not know: dropping them would lose data.
  void check_keys(const json& obj, const std::string& path, std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool found = false;
      for (const char* k : known) found = found || it.key() == k;
      if (!found) problem(join(path, it.key()), "unknown key");
    }
  }

  bool is_object(const json& v, const std::string& path) {
    if (v.is_object()) return true;
    problem(path, "expected an object, found " + describe(v));
    return false;
  }

  std::string text(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(join(path, key), "is missing");
      return {};
    }
    if (!it->is_string()) {
      problem(join(path, key), "expected a string, found " + describe(*it));
      return {};
    }
    const std::string s = it->get<std::string>();
    if (required && s.empty()) problem(join(path, key), "must not be empty");
    return s;
  }

  std::vector<std::string> texts(const json& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
      problem(join(path, key), "expected a list of strings, found " + describe(*it));
      return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      if (v.is_string())
        out.push_back(v.get<std::string>());
      else
        problem(index(join(path, key), i), "expected a string, found " + describe(v));
    }
    return out;
  }

  bool boolean(const json& obj, const std::string& path, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return false;
    if (!it->is_boolean()) {
      problem(join(path, key), "expected true or false, found " + describe(*it));
      return false;
    }
    return it->get<bool>();
  }

  double number(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(join(path, key), "is missing");
      return 0;
    }
    if (!it->is_number()) {
      problem(join(path, key), "expected a number, found " + describe(*it));
      return 0;
    }
    return it->get<double>();
  }

  std::optional<Date> date(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    const std::string where = join(path, key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(where, "is missing");
      return std::nullopt;
    }
    if (it->is_string()) return date_value(it->get<std::string>(), where);
    if (!it->is_object()) {
      problem(where, "expected a date string or {value, basis, reason}, found " + describe(*it));
      return std::nullopt;
    }
    check_keys(*it, where, {"value", "basis", "reason"});
    auto d = date_value(text(*it, where, "value", true), join(where, "value"));
    const std::string basis_text = text(*it, where, "basis", true);
    const auto basis = date_basis_from_string(basis_text);
    if (!basis_text.empty() && (!basis || *basis == DateBasis::Stated))
      problem(join(where, "basis"), "\"" + basis_text + "\" is not one of weekday, publication_date, role, context");
    const std::string reason = text(*it, where, "reason", true);
    if (!d) return std::nullopt;
    d->basis = basis.value_or(DateBasis::Context);
    d->reason = reason;
    return d;
  }

  template <typename T, typename Fn>
  std::vector<T> list(const json& obj, const std::string& path, const char* key, Fn read_item) {
    std::vector<T> out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
      problem(join(path, key), "expected a list, found " + describe(*it));
      return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string item_path = index(join(path, key), i);
      if (is_object((*it)[i], item_path)) out.push_back(read_item((*it)[i], item_path));
    }
    return out;
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }
  static std::string index(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

 private:
  std::optional<Date> date_value(const std::string& s, const std::string& where) {
    if (s.empty()) return std::nullopt;
    auto d = Date::parse(s);
    if (!d) problem(where, "\"" + s + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return d;
  }

  static std::string describe(const json& v) {
    switch (v.type()) {
      case json::value_t::null:
        return "null";
      case json::value_t::boolean:
        return v.get<bool>() ? "true" : "false";
      case json::value_t::string:
        return "the string \"" + v.get<std::string>().substr(0, 40) + "\"";
      case json::value_t::array:
        return "a list";
      case json::value_t::object:
        return "an object";
      default:
        return "the number " + v.dump();
    }
  }

  std::vector<Problem>& problems_;
};

template <typename Enum, typename Parse>
Enum enum_field(Reader& r, const json& obj, const std::string& path, const char* key, Parse parse, Enum fallback,
                const char* allowed) {
  const std::string s = r.text(obj, path, key, true);
  if (s.empty()) return fallback;
  const auto v = parse(s);
  if (!v) r.problem(Reader::join(path, key), "\"" + s + "\" is not one of " + allowed);
  return v.value_or(fallback);
}

Source read_source(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "title", "publisher", "language", "published", "url", "note"});
  Source s;
  s.id = r.text(o, p, "id", true);
  s.title = r.text(o, p, "title", true);
  s.publisher = r.text(o, p, "publisher");
  s.language = r.text(o, p, "language");
  s.published = r.date(o, p, "published");
  s.url = r.text(o, p, "url");
  s.note = r.text(o, p, "note");
  return s;
}

Country read_country(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "name", "iso_numeric", "aliases", "demonyms"});
  Country c;
  c.id = r.text(o, p, "id", true);
  c.name = r.text(o, p, "name", true);
  c.iso_numeric = static_cast<int>(r.number(o, p, "iso_numeric"));
  c.aliases = r.texts(o, p, "aliases");
  c.demonyms = r.texts(o, p, "demonyms");
  return c;
}

Organization read_organization(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "name", "kind", "country", "parent", "aliases"});
  Organization g;
  g.id = r.text(o, p, "id", true);
  g.name = r.text(o, p, "name", true);
  g.kind = r.text(o, p, "kind");
  g.country = r.text(o, p, "country");
  g.parent = r.text(o, p, "parent");
  g.aliases = r.texts(o, p, "aliases");
  return g;
}

Mechanism read_mechanism(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "name", "full_name", "kind", "aliases"});
  Mechanism m;
  m.id = r.text(o, p, "id", true);
  m.name = r.text(o, p, "name", true);
  m.full_name = r.text(o, p, "full_name");
  m.kind = r.text(o, p, "kind");
  m.aliases = r.texts(o, p, "aliases");
  return m;
}

Role read_role(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"title", "organization", "rank", "from", "to", "source"});
  Role role;
  role.title = r.text(o, p, "title", true);
  role.organization = r.text(o, p, "organization");
  role.rank = r.text(o, p, "rank");
  role.from = r.date(o, p, "from");
  role.to = r.date(o, p, "to");
  role.source = r.text(o, p, "source");
  return role;
}

Person read_person(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "name", "native_name", "aliases", "country", "roles"});
  Person person;
  person.id = r.text(o, p, "id", true);
  person.name = r.text(o, p, "name", true);
  person.native_name = r.text(o, p, "native_name");
  person.aliases = r.texts(o, p, "aliases");
  person.country = r.text(o, p, "country");
  person.roles = r.list<Role>(o, p, "roles", [&](const json& v, const std::string& q) { return read_role(r, v, q); });
  return person;
}

const char* const kActions = "signed, amended, reviewed, negotiating, implemented";

Agreement read_agreement(Reader& r, const json& o, const std::string& p) {
  r.check_keys(o, p, {"id", "kind", "title", "parties", "organizations", "amends", "history", "note"});
  Agreement a;
  a.id = r.text(o, p, "id", true);
  a.kind = enum_field(r, o, p, "kind", agreement_kind_from_string, AgreementKind::Other,
                      "MoU, agreement, protocol, treaty, plan, minutes, other");
  a.title = r.text(o, p, "title", true);
  a.parties = r.texts(o, p, "parties");
  a.organizations = r.texts(o, p, "organizations");
  a.amends = r.text(o, p, "amends");
  a.history = r.list<AgreementStatus>(o, p, "history", [&](const json& v, const std::string& q) {
    r.check_keys(v, q, {"action", "date", "event", "source"});
    AgreementStatus s;
    s.action = enum_field(r, v, q, "action", agreement_action_from_string, AgreementAction::Signed, kActions);
    s.date = r.date(v, q, "date");
    s.event = r.text(v, q, "event");
    s.source = r.text(v, q, "source");
    return s;
  });
  a.note = r.text(o, p, "note");
  return a;
}

Event read_event(Reader& r, const json& o, const std::string& p) {
  r.check_keys(
      o, p,
      {"id", "title", "type", "date", "end_date", "location", "countries", "summary", "status", "part_of",
       "participants", "organizations", "agreements", "topics", "mechanisms", "commitments", "figures", "sources"});
  Event e;
  e.id = r.text(o, p, "id", true);
  e.title = r.text(o, p, "title", true);
  e.type = enum_field(r, o, p, "type", event_type_from_string, EventType::Other,
                      "talks, dialogue, ministerial_meeting, conference, visit, signing, joint_operation, other");
  if (auto d = r.date(o, p, "date", true)) e.date = *d;
  e.end_date = r.date(o, p, "end_date");
  if (const auto it = o.find("location"); it != o.end() && !it->is_null()) {
    const std::string q = Reader::join(p, "location");
    if (r.is_object(*it, q)) {
      r.check_keys(*it, q, {"city", "country", "virtual"});
      e.location.city = r.text(*it, q, "city");
      e.location.country = r.text(*it, q, "country");
      e.location.is_virtual = r.boolean(*it, q, "virtual");
    }
  }
  e.countries = r.texts(o, p, "countries");
  e.summary = r.text(o, p, "summary");
  e.status = r.text(o, p, "status");
  if (e.status.empty()) e.status = "held";
  e.part_of = r.text(o, p, "part_of");
  e.participants = r.list<Participation>(o, p, "participants", [&](const json& v, const std::string& q) {
    r.check_keys(v, q, {"person", "role", "part"});
    return Participation{r.text(v, q, "person", true), r.text(v, q, "role"), r.text(v, q, "part")};
  });
  e.organizations = r.texts(o, p, "organizations");
  e.agreements = r.list<AgreementAct>(o, p, "agreements", [&](const json& v, const std::string& q) {
    r.check_keys(v, q, {"agreement", "action"});
    AgreementAct act;
    act.agreement = r.text(v, q, "agreement", true);
    act.action = enum_field(r, v, q, "action", agreement_action_from_string, AgreementAction::Signed, kActions);
    return act;
  });
  e.topics = r.texts(o, p, "topics");
  e.mechanisms = r.texts(o, p, "mechanisms");
  e.commitments = r.list<Commitment>(o, p, "commitments", [&](const json& v, const std::string& q) {
    r.check_keys(v, q, {"text", "topics"});
    return Commitment{r.text(v, q, "text", true), r.texts(v, q, "topics")};
  });
  e.figures = r.list<Figure>(o, p, "figures", [&](const json& v, const std::string& q) {
    r.check_keys(v, q, {"quantity", "unit", "what", "period", "source"});
    Figure f;
    f.quantity = r.number(v, q, "quantity", true);
    f.unit = r.text(v, q, "unit");
    f.what = r.text(v, q, "what", true);
    f.period = r.text(v, q, "period");
    f.source = r.text(v, q, "source");
    return f;
  });
  e.sources = r.texts(o, p, "sources");
  return e;
}

// Line and column (1-based) of a byte offset, for syntax errors.
void locate(const std::string& text, size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count code points, not bytes
    }
  }
}

// ---------------------------------------------------------------- writing

void put(ordered_json& o, const char* key, const std::string& v) {
  if (!v.empty()) o[key] = v;
}
void put(ordered_json& o, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) o[key] = v;
}
ordered_json date_json(const Date& d) {
  if (!d.inferred()) return d.iso();
  ordered_json o;
  o["value"] = d.iso();
  o["basis"] = to_string(d.basis);
  o["reason"] = d.reason;
  return o;
}
void put(ordered_json& o, const char* key, const std::optional<Date>& d) {
  if (d) o[key] = date_json(*d);
}
void put_number(ordered_json& o, const char* key, double v) {
  // Whole numbers stay integers in the file ("210", not "210.0").
  if (v == static_cast<double>(static_cast<long long>(v)))
    o[key] = static_cast<long long>(v);
  else
    o[key] = v;
}

// A JSON value nlohmann could not represent; where the message quotes the
// text ("number overflow parsing '1e999'"), its first occurrence is located.
Problem json_value_problem(const std::string& json_text, const std::string& what) {
  Problem p;
  const size_t open = what.find('\'');
  const size_t close = open == std::string::npos ? std::string::npos : what.find('\'', open + 1);
  const std::string quoted = close == std::string::npos ? "" : what.substr(open + 1, close - open - 1);
  const std::string shown = quoted.size() > 40 ? quoted.substr(0, 40) + "..." : quoted;
  p.message = "not valid JSON: " + (quoted.empty() ? what : "number out of range: " + shown);
  const size_t at = quoted.empty() ? std::string::npos : json_text.find(quoted);
  if (at != std::string::npos) locate(json_text, at, p.line, p.column);
  return p;
}

}  // namespace

LoadResult parse_dataset(const std::string& json_text) {
  LoadResult result;
  // Name the encoding rather than let the JSON parser quote bytes nobody can read.
  if (std::string problem = encoding_problem(json_text); !problem.empty()) {
    result.problems.push_back({"", problem});
    return result;
  }
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::parse_error& e) {
    Problem p;
    p.message = "not valid JSON: ";
    const std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column 2: "
    const size_t colon = what.find(": ", what.find("parse error"));
    p.message += colon == std::string::npos ? what : what.substr(colon + 2);
    locate(json_text, e.byte == 0 ? 0 : e.byte - 1, p.line, p.column);
    result.problems.push_back(p);
    return result;
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") is not a parse_error and
    // carries no position: find the number the message quotes.
    result.problems.push_back(json_value_problem(json_text, e.what()));
    return result;
  }
  Reader r(result.problems);
  if (!r.is_object(root, "(top level)")) return result;
  r.check_keys(root, "",
               {"schema_version", "title", "home_country", "sources", "countries", "organizations", "mechanisms",
                "people", "agreements", "events"});
  Dataset& d = result.dataset;
  const auto version = root.find("schema_version");
  if (version == root.end()) {
    r.problem("schema_version", "is missing");
  } else if (!version->is_number_integer()) {
    r.problem("schema_version", "expected a whole number");
  } else {
    d.schema_version = version->get<int>();
    if (d.schema_version != kSchemaVersion)
      r.problem("schema_version", std::to_string(d.schema_version) + " is not supported (this build reads " +
                                      std::to_string(kSchemaVersion) + ")");
  }
  d.title = r.text(root, "", "title");
  d.home_country = r.text(root, "", "home_country");
  d.sources =
      r.list<Source>(root, "", "sources", [&](const json& v, const std::string& p) { return read_source(r, v, p); });
  d.countries = r.list<Country>(root, "", "countries",
                                [&](const json& v, const std::string& p) { return read_country(r, v, p); });
  d.organizations = r.list<Organization>(
      root, "", "organizations", [&](const json& v, const std::string& p) { return read_organization(r, v, p); });
  d.mechanisms = r.list<Mechanism>(root, "", "mechanisms",
                                   [&](const json& v, const std::string& p) { return read_mechanism(r, v, p); });
  d.people =
      r.list<Person>(root, "", "people", [&](const json& v, const std::string& p) { return read_person(r, v, p); });
  d.agreements = r.list<Agreement>(root, "", "agreements",
                                   [&](const json& v, const std::string& p) { return read_agreement(r, v, p); });
  d.events =
      r.list<Event>(root, "", "events", [&](const json& v, const std::string& p) { return read_event(r, v, p); });
  d.events.reserve(event_capacity_for(d.events.size()));
  return result;
}

std::string dataset_size_problem(unsigned long long size, const std::string& head, size_t max_json_bytes) {
  const bool snapshot = looks_like_snapshot(head);
  const unsigned long long limit = snapshot ? kMaxSnapshotBytes : max_json_bytes;
  if (size <= limit) return "";
  const auto shown = [](unsigned long long bytes) {
    return bytes < 1048576 ? std::to_string(bytes) + " bytes" : std::to_string((bytes + 1048575) / 1048576) + " MB";
  };
  return "is " + shown(size) + ", more than the " + shown(limit) + " a dataset " +
         (snapshot ? "snapshot" : "JSON file") + " may have; it was not read" +
         (snapshot ? "" : " (keep large datasets as snapshots: accord synth --format snapshot)");
}

LoadResult load_dataset_file(const std::string& path, size_t max_bytes) {
  LoadResult refused;
  struct stat st {};
  const bool found = ::stat(path.c_str(), &st) == 0;
  if (found && S_ISDIR(st.st_mode)) {
    refused.problems.push_back({path, "is a directory, not a dataset file"});
    return refused;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    refused.problems.push_back({path, "cannot open the file"});
    return refused;
  }
  std::string head(16, '\0');
  in.read(&head[0], static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  const std::string too_large = found ? dataset_size_problem(st.st_size, head, max_bytes) : "";
  if (!too_large.empty()) {
    refused.problems.push_back({path, too_large});
    return refused;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string bytes = text.str();
  // A binary snapshot (dataset_snapshot.h) opens wherever JSON does.
  if (looks_like_snapshot(bytes)) return read_snapshot(std::move(bytes), path);
  LoadResult result = parse_dataset(bytes);
  for (Problem& p : result.problems) p.path = path + (p.path.empty() ? "" : ": " + p.path);
  return result;
}

std::string dataset_to_json(const Dataset& d) {
  ordered_json root;
  root["schema_version"] = d.schema_version;
  put(root, "title", d.title);
  put(root, "home_country", d.home_country);

  ordered_json sources = ordered_json::array();
  for (const Source& s : d.sources) {
    ordered_json o;
    o["id"] = s.id;
    o["title"] = s.title;
    put(o, "publisher", s.publisher);
    put(o, "language", s.language);
    put(o, "published", s.published);
    put(o, "url", s.url);
    put(o, "note", s.note);
    sources.push_back(o);
  }
  root["sources"] = sources;

  ordered_json countries = ordered_json::array();
  for (const Country& c : d.countries) {
    ordered_json o;
    o["id"] = c.id;
    o["name"] = c.name;
    if (c.iso_numeric) o["iso_numeric"] = c.iso_numeric;
    put(o, "aliases", c.aliases);
    put(o, "demonyms", c.demonyms);
    countries.push_back(o);
  }
  root["countries"] = countries;

  ordered_json organizations = ordered_json::array();
  for (const Organization& g : d.organizations) {
    ordered_json o;
    o["id"] = g.id;
    o["name"] = g.name;
    put(o, "kind", g.kind);
    put(o, "country", g.country);
    put(o, "parent", g.parent);
    put(o, "aliases", g.aliases);
    organizations.push_back(o);
  }
  root["organizations"] = organizations;

  ordered_json mechanisms = ordered_json::array();
  for (const Mechanism& m : d.mechanisms) {
    ordered_json o;
    o["id"] = m.id;
    o["name"] = m.name;
    put(o, "full_name", m.full_name);
    put(o, "kind", m.kind);
    put(o, "aliases", m.aliases);
    mechanisms.push_back(o);
  }
  root["mechanisms"] = mechanisms;

  ordered_json people = ordered_json::array();
  for (const Person& p : d.people) {
    ordered_json o;
    o["id"] = p.id;
    o["name"] = p.name;
    put(o, "native_name", p.native_name);
    put(o, "aliases", p.aliases);
    put(o, "country", p.country);
    if (!p.roles.empty()) {
      ordered_json roles = ordered_json::array();
      for (const Role& role : p.roles) {
        ordered_json ro;
        ro["title"] = role.title;
        put(ro, "organization", role.organization);
        put(ro, "rank", role.rank);
        put(ro, "from", role.from);
        put(ro, "to", role.to);
        put(ro, "source", role.source);
        roles.push_back(ro);
      }
      o["roles"] = roles;
    }
    people.push_back(o);
  }
  root["people"] = people;

  ordered_json agreements = ordered_json::array();
  for (const Agreement& a : d.agreements) {
    ordered_json o;
    o["id"] = a.id;
    o["kind"] = to_string(a.kind);
    o["title"] = a.title;
    put(o, "parties", a.parties);
    put(o, "organizations", a.organizations);
    put(o, "amends", a.amends);
    if (!a.history.empty()) {
      ordered_json history = ordered_json::array();
      for (const AgreementStatus& s : a.history) {
        ordered_json h;
        h["action"] = to_string(s.action);
        put(h, "date", s.date);
        put(h, "event", s.event);
        put(h, "source", s.source);
        history.push_back(h);
      }
      o["history"] = history;
    }
    put(o, "note", a.note);
    agreements.push_back(o);
  }
  root["agreements"] = agreements;

  ordered_json events = ordered_json::array();
  for (const Event& e : d.events) {
    ordered_json o;
    o["id"] = e.id;
    o["title"] = e.title;
    o["type"] = to_string(e.type);
    o["date"] = date_json(e.date);
    put(o, "end_date", e.end_date);
    ordered_json location = ordered_json::object();
    put(location, "city", e.location.city);
    put(location, "country", e.location.country);
    if (e.location.is_virtual) location["virtual"] = true;
    if (!location.empty()) o["location"] = location;
    put(o, "countries", e.countries);
    put(o, "summary", e.summary);
    if (e.status != "held") o["status"] = e.status;
    put(o, "part_of", e.part_of);
    if (!e.participants.empty()) {
      ordered_json list = ordered_json::array();
      for (const Participation& p : e.participants) {
        ordered_json po;
        po["person"] = p.person;
        put(po, "role", p.role);
        put(po, "part", p.part);
        list.push_back(po);
      }
      o["participants"] = list;
    }
    put(o, "organizations", e.organizations);
    if (!e.agreements.empty()) {
      ordered_json list = ordered_json::array();
      for (const AgreementAct& act : e.agreements)
        list.push_back({{"agreement", act.agreement}, {"action", to_string(act.action)}});
      o["agreements"] = list;
    }
    put(o, "topics", e.topics);
    put(o, "mechanisms", e.mechanisms);
    if (!e.commitments.empty()) {
      ordered_json list = ordered_json::array();
      for (const Commitment& c : e.commitments) {
        ordered_json co;
        co["text"] = c.text;
        put(co, "topics", c.topics);
        list.push_back(co);
      }
      o["commitments"] = list;
    }
    if (!e.figures.empty()) {
      ordered_json list = ordered_json::array();
      for (const Figure& f : e.figures) {
        ordered_json fo;
        put_number(fo, "quantity", f.quantity);
        put(fo, "unit", f.unit);
        fo["what"] = f.what;
        put(fo, "period", f.period);
        put(fo, "source", f.source);
        list.push_back(fo);
      }
      o["figures"] = list;
    }
    put(o, "sources", e.sources);
    events.push_back(o);
  }
  root["events"] = events;
  return root.dump(2) + "\n";
}

std::string save_dataset_file(const Dataset& d, const std::string& path) {
  const std::string text = dataset_to_json(d);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + tmp;
    out << text;
    out.flush();
    if (!out) {
      out.close();
      std::remove(tmp.c_str());
      return "writing " + tmp + " failed (disk full?)";
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot replace " + path;
  }
  return {};
}

}  // namespace accord
