#include "url_state.h"

#include "utf8.h"

namespace accord {

namespace {

const View kViews[] = {View::Timeline, View::Event,    View::Agreements, View::Agreement, View::People,  View::Person,
                       View::Partners, View::Outcomes, View::Import,     View::Trends,    View::Network, View::Story};

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void add_param(std::string& out, const char* key, const std::string& value) {
  out += out.find('?') == std::string::npos ? '?' : '&';
  out += key;
  out += '=';
  out += percent_encode(value);
}

}  // namespace

const char* to_string(View v) {
  switch (v) {
    case View::Timeline:
      return "timeline";
    case View::Event:
      return "event";
    case View::Agreements:
      return "agreements";
    case View::Agreement:
      return "agreement";
    case View::People:
      return "people";
    case View::Person:
      return "person";
    case View::Partners:
      return "partners";
    case View::Outcomes:
      return "outcomes";
    case View::Import:
      return "import";
    case View::Trends:
      return "trends";
    case View::Network:
      return "network";
    case View::Story:
      return "story";
  }
  return "timeline";
}

std::string percent_encode(const std::string& s) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (is_unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool percent_decode(const std::string& s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size()) return false;
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return true;
}

std::string to_hash(const ViewState& s) {
  std::string out = "#/";
  out += to_string(s.view);
  for (const std::string& p : s.filter.partners) add_param(out, "partner", p);
  for (const std::string& t : s.filter.topics) add_param(out, "topic", t);
  for (EventType t : s.filter.types) add_param(out, "type", to_string(t));
  if (s.filter.from) add_param(out, "from", s.filter.from->iso());
  if (s.filter.to) add_param(out, "to", s.filter.to->iso());
  if (!s.filter.text.empty()) add_param(out, "q", s.filter.text);
  if (!s.selected.empty()) add_param(out, "sel", s.selected);
  if (s.view == View::Trends) {
    add_param(out, "by", to_string(s.trend_rows));
    add_param(out, "period", to_string(s.trend_period));
  }
  if (s.view == View::Network) {
    add_param(out, "measure", to_string(s.measure));
    if (s.as_of) add_param(out, "asof", s.as_of->iso());
  }
  if (s.view == View::Story && s.story_step > 0) add_param(out, "step", std::to_string(s.story_step));
  if (s.embed) add_param(out, "embed", "1");
  return out;
}

namespace {
// At most 40 bytes of `s` for a notice, cut between characters.
std::string quoted_part(const std::string& s) {
  size_t end = s.size() < 40 ? s.size() : 40;
  while (end > 0 && end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}
}  // namespace

ParsedHash parse_hash(const std::string& raw) {
  ParsedHash result;
  if (raw.size() > kMaxHashLength) {
    result.notices.push_back("the link is longer than " + std::to_string(kMaxHashLength) +
                             " characters; showing the timeline");
    return result;
  }
  std::string hash = valid_utf8(raw);  // the address may hold any bytes; what it says is shown and stored
  if (!hash.empty() && hash[0] == '#') hash.erase(0, 1);
  if (!hash.empty() && hash[0] == '/') hash.erase(0, 1);
  if (hash.empty()) return result;

  const size_t question = hash.find('?');
  const std::string view_name = hash.substr(0, question);
  bool view_known = false;
  for (View v : kViews) {
    if (view_name == to_string(v)) {
      result.state.view = v;
      view_known = true;
    }
  }
  if (!view_known) {
    result.notices.push_back("unknown view \"" + quoted_part(view_name) + "\"; showing the timeline");
    return result;  // the rest of a link to an unknown view is not trusted either
  }
  if (question == std::string::npos) return result;

  const std::string query = hash.substr(question + 1);
  size_t start = 0;
  while (start <= query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    const std::string key = pair.substr(0, eq);
    std::string value;
    if (eq == std::string::npos || !percent_decode(pair.substr(eq + 1), value)) {
      result.notices.push_back("ignored \"" + quoted_part(pair) + "\" in the link");
      continue;
    }
    value = valid_utf8(value);  // "%FF" decodes to a byte that is not UTF-8
    EventFilter& f = result.state.filter;
    if (key == "partner") {
      f.partners.push_back(value);
    } else if (key == "topic") {
      if (is_topic(value))
        f.topics.push_back(value);
      else
        result.notices.push_back("unknown topic \"" + quoted_part(value) + "\" ignored");
    } else if (key == "type") {
      if (auto t = event_type_from_string(value))
        f.types.push_back(*t);
      else
        result.notices.push_back("unknown event type \"" + quoted_part(value) + "\" ignored");
    } else if (key == "from" || key == "to") {
      auto d = Date::parse(value);
      if (!d)
        result.notices.push_back("\"" + quoted_part(value) + "\" is not a date; " + key + " ignored");
      else
        (key == "from" ? f.from : f.to) = d;
    } else if (key == "q") {
      f.text = value;
    } else if (key == "sel") {
      result.state.selected = value;
    } else if (key == "by") {
      if (auto rows = trend_rows_from_string(value))
        result.state.trend_rows = *rows;
      else
        result.notices.push_back("trends by \"" + quoted_part(value) + "\" ignored (partner or topic)");
    } else if (key == "measure") {
      if (auto measure = centrality_from_string(value))
        result.state.measure = *measure;
      else
        result.notices.push_back("measure \"" + quoted_part(value) +
                                 "\" ignored (degree, weighted, betweenness or eigenvector)");
    } else if (key == "asof") {
      if (auto date = Date::parse(value))
        result.state.as_of = date;
      else
        result.notices.push_back("\"" + quoted_part(value) + "\" is not a date; asof ignored");
    } else if (key == "period") {
      if (auto period = trend_period_from_string(value))
        result.state.trend_period = *period;
      else
        result.notices.push_back("period \"" + quoted_part(value) + "\" ignored (month, quarter or year)");
    } else if (key == "step") {
      // 1 to a million: more than any story, and a number that fits.
      const bool digits = !value.empty() && value.size() <= 7 &&
                          value.find_first_not_of("0123456789") == std::string::npos &&
                          value != std::string(value.size(), '0');
      if (digits)
        result.state.story_step = std::stoul(value);
      else
        result.notices.push_back("step \"" + quoted_part(value) + "\" ignored (a number from 1)");
    } else if (key == "embed") {
      if (value == "1" || value == "true" || value == "0" || value == "false")
        result.state.embed = value == "1" || value == "true";
      else
        result.notices.push_back("embed=\"" + quoted_part(value) + "\" ignored (1 or 0)");
    } else {
      result.notices.push_back("unknown link parameter \"" + quoted_part(key) + "\" ignored");
    }
  }
  return result;
}

void check_against(const Dataset& d, ParsedHash& parsed) {
  ViewState& s = parsed.state;
  std::vector<std::string> partners;
  for (const std::string& p : s.filter.partners) {
    if (const Country* c = find_country_by_name(d, p))
      partners.push_back(c->id);
    else
      parsed.notices.push_back("unknown partner \"" + quoted_part(p) + "\" ignored");
  }
  s.filter.partners = partners;
  if (s.selected.empty()) return;
  const bool found = (s.view == View::Agreement || s.view == View::Agreements) ? d.find_agreement(s.selected) != nullptr
                     : (s.view == View::Person || s.view == View::People)      ? d.find_person(s.selected) != nullptr
                                                                               : d.find_event(s.selected) != nullptr;
  if (found) return;
  parsed.notices.push_back("nothing has the id \"" + quoted_part(s.selected) + "\"; it may have been removed");
  s.selected.clear();
  if (s.view == View::Event) s.view = View::Timeline;
  if (s.view == View::Agreement) s.view = View::Agreements;
  if (s.view == View::Person) s.view = View::People;
}

}  // namespace accord
