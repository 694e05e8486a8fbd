#include "timeline_json.h"

#include <map>
#include <nlohmann/json.hpp>

#include "lookups.h"
#include "markup_escape.h"
#include "text_encoding.h"

namespace accord {

namespace {

using Json = nlohmann::ordered_json;

std::string html_unescaped(const std::string& s) {
  static const std::pair<const char*, char> kEntities[] = {{"&amp;", '&'},  {"&lt;", '<'},   {"&gt;", '>'},
                                                           {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      const std::string e = entity;
      if (s.compare(i, e.size(), e) == 0) {
        out += c;
        i += e.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += s[i++];
  }
  return out;
}

Json timeline_date(const Date& d) {
  Json o;
  o["year"] = d.year;
  if (d.precision != DatePrecision::Year) o["month"] = d.month;
  if (d.precision == DatePrecision::Day) o["day"] = d.day;
  return o;
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::string events_to_timeline(const Dataset& d, const std::vector<size_t>& event_indexes) {
  Json root;
  root["title"]["text"]["headline"] = d.title;
  root["title"]["text"]["text"] = std::to_string(event_indexes.size()) + " events";
  Json events = Json::array();
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    Json slide;
    slide["unique_id"] = e.id;
    slide["start_date"] = timeline_date(e.date);
    if (e.end_date) slide["end_date"] = timeline_date(*e.end_date);
    slide["text"]["headline"] = e.title;
    slide["text"]["text"] = markup_escaped(e.summary);
    slide["group"] = join(partner_names(d, e), ", ");
    if (const Source* s = first_source(d, e); s && !s->url.empty()) {
      slide["media"]["url"] = s->url;
      slide["media"]["caption"] = s->title;
      slide["media"]["credit"] = s->publisher;
    }
    Json extra;
    extra["type"] = to_string(e.type);
    extra["date_basis"] = to_string(e.date.basis);
    if (!e.date.reason.empty()) extra["date_reason"] = e.date.reason;
    extra["countries"] = e.countries;
    extra["topics"] = e.topics;
    extra["city"] = e.location.city;
    extra["place"] = e.location.country;
    extra["virtual"] = e.location.is_virtual;
    slide["accord"] = extra;
    events.push_back(slide);
  }
  root["events"] = events;
  return root.dump(2) + "\n";
}

bool looks_like_timeline_json(const std::string& text) {
  // Cheap refusals first: a dataset (schema_version comes first) or a
  // snapshot may be hundreds of megabytes, not worth parsing twice.
  const size_t bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const size_t first = text.find_first_not_of(" \t\r\n", bom);
  if (first == std::string::npos || text[first] != '{') return false;
  if (text.substr(0, 4096).find("\"schema_version\"") != std::string::npos) return false;
  const Json j = Json::parse(text, nullptr, false);
  if (!j.is_object() || !j.contains("events") || !j["events"].is_array()) return false;
  for (const Json& slide : j["events"])
    if (!slide.is_object() || !slide.contains("start_date")) return false;
  return true;
}

ExchangeImport parse_timeline_json(const std::string& text, const Dataset& context) {
  ExchangeImport out;
  auto problem = [&](const std::string& path, const std::string& message) {
    Problem p;
    p.path = path;
    p.message = message;
    out.problems.push_back(p);
  };
  if (std::string encoding = encoding_problem(text); !encoding.empty()) {
    problem("", "the file " + encoding);
    return out;
  }
  Json root;
  try {
    root = Json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Problem p;
    p.message = "not valid JSON";
    // Line and column of the byte where parsing stopped.
    const size_t stop = e.byte == 0 ? 0 : std::min(text.size(), static_cast<size_t>(e.byte - 1));
    p.line = 1;
    p.column = 1;
    for (size_t k = 0; k < stop; ++k) {
      if (text[k] == '\n') {
        ++p.line;
        p.column = 1;
      } else if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) {
        ++p.column;
      }
    }
    out.problems.push_back(p);
    return out;
  }
  if (!root.is_object() || !root.contains("events") || !root["events"].is_array()) {
    problem("events", "a TimelineJS file is an object with an \"events\" array");
    return out;
  }
  const Json& slides = root["events"];
  std::map<std::string, size_t> slide_of_id;  // an id on two slides is the later one's problem
  for (size_t k = 0; k < slides.size(); ++k) {
    const std::string at = "events[" + std::to_string(k) + "]";
    const size_t before = out.problems.size();
    const Json& s = slides[k];
    if (!s.is_object()) {
      problem(at, "a slide is an object");
      continue;
    }
    const Json empty = Json::object();
    const Json& extra = s.contains("accord") && s["accord"].is_object() ? s["accord"] : empty;
    auto text_at = [&](const Json& o, const char* key, const std::string& path) -> std::string {
      if (!o.is_object() || !o.contains(key)) return "";
      if (!o[key].is_string()) {
        problem(path, "is not text");
        return "";
      }
      return o[key].get<std::string>();
    };

    Event e;
    e.id = text_at(s, "unique_id", at + ".unique_id");
    if (e.id.empty()) e.id = "ev-timeline-" + std::to_string(k + 1);
    if (const auto [it, added] = slide_of_id.emplace(e.id, k); !added)
      problem(at + ".unique_id", "\"" + e.id + "\" is also the id of events[" + std::to_string(it->second) + "]");

    // start_date: year, then month, then day, each only with the one before.
    auto read_date = [&](const char* key) -> std::optional<Date> {
      const std::string path = at + "." + key;
      if (!s.contains(key)) return std::nullopt;
      const Json& dj = s[key];
      if (!dj.is_object() || !dj.contains("year")) {
        problem(path, "needs a year");
        return std::nullopt;
      }
      std::string iso;
      for (const char* part : {"year", "month", "day"}) {
        if (!dj.contains(part)) break;
        const Json& v = dj[part];
        std::string value;
        if (v.is_number_integer())
          value = std::to_string(v.get<long long>());
        else if (v.is_string())
          value = v.get<std::string>();
        else {
          problem(path + "." + part, "is not a number");
          return std::nullopt;
        }
        if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos) {
          problem(path + "." + part, "\"" + value + "\" is not a number");
          return std::nullopt;
        }
        const std::string width = std::string(part) == "year" ? "0000" : "00";
        if (value.size() < width.size()) value = width.substr(value.size()) + value;
        iso += (iso.empty() ? "" : "-") + value;
      }
      std::optional<Date> date = Date::parse(iso);
      if (!date) problem(path, "\"" + iso + "\" is not a date");
      return date;
    };
    if (!s.contains("start_date")) {
      problem(at + ".start_date", "is missing: every slide needs a date");
    } else if (std::optional<Date> d = read_date("start_date")) {
      e.date = *d;
    }
    e.end_date = read_date("end_date");

    const Json& slide_text = s.contains("text") ? s["text"] : empty;
    e.title = text_at(slide_text, "headline", at + ".text.headline");
    if (e.title.empty()) problem(at + ".text.headline", "is missing: an event needs a title");
    e.summary = html_unescaped(text_at(slide_text, "text", at + ".text.text"));

    const std::string type = text_at(extra, "type", at + ".accord.type");
    if (type.empty())
      e.type = EventType::Other;
    else if (std::optional<EventType> t = event_type_from_string(type))
      e.type = *t;
    else
      problem(at + ".accord.type", "\"" + type + "\" is not an event type");
    const std::string basis = text_at(extra, "date_basis", at + ".accord.date_basis");
    if (!basis.empty()) {
      if (std::optional<DateBasis> b = date_basis_from_string(basis))
        e.date.basis = *b;
      else
        problem(at + ".accord.date_basis", "\"" + basis + "\" is not a date basis");
    }
    e.date.reason = text_at(extra, "date_reason", at + ".accord.date_reason");
    e.location.city = text_at(extra, "city", at + ".accord.city");
    e.location.country = text_at(extra, "place", at + ".accord.place");
    e.location.is_virtual = extra.contains("virtual") && extra["virtual"].is_boolean() && extra["virtual"].get<bool>();

    auto text_list = [&](const char* key) {
      std::vector<std::string> items;
      if (!extra.contains(key)) return items;
      const std::string path = at + ".accord." + key;
      if (!extra[key].is_array()) {
        problem(path, "is not a list");
        return items;
      }
      for (size_t n = 0; n < extra[key].size(); ++n) {
        if (extra[key][n].is_string())
          items.push_back(extra[key][n].get<std::string>());
        else
          problem(path + "[" + std::to_string(n) + "]", "is not text");
      }
      return items;
    };
    e.topics = text_list("topics");
    for (size_t n = 0; n < e.topics.size(); ++n)
      if (!is_topic(e.topics[n]))
        problem(at + ".accord.topics[" + std::to_string(n) + "]", "\"" + e.topics[n] + "\" is not a topic");
    e.countries = text_list("countries");
    for (size_t n = 0; n < e.countries.size(); ++n) {
      if (const Country* c = find_country_by_name(context, e.countries[n]))
        e.countries[n] = c->id;
      else
        problem(at + ".accord.countries[" + std::to_string(n) + "]",
                "\"" + e.countries[n] + "\" is not a country of the dataset");
    }
    if (!e.location.country.empty()) {
      if (const Country* c = find_country_by_name(context, e.location.country))
        e.location.country = c->id;
      else
        problem(at + ".accord.place", "\"" + e.location.country + "\" is not a country of the dataset");
    }
    if (!extra.contains("countries")) {
      // The group names the partners.
      e.countries = {context.home_country};
      const std::string group = text_at(s, "group", at + ".group");
      size_t from = 0;
      while (from <= group.size() && !group.empty()) {
        const size_t comma = group.find(',', from);
        std::string name = group.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (!name.empty()) {
          if (const Country* c = find_country_by_name(context, name))
            e.countries.push_back(c->id);
          else
            problem(at + ".group", "\"" + name + "\" is not a country of the dataset");
        }
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
    }
    if (e.countries.size() < 2 && out.problems.size() == before)
      problem(at + ".group", "names no partner country: an event needs one");
    if (out.problems.size() == before) out.events.push_back(std::move(e));
  }
  return out;
}

}  // namespace accord
