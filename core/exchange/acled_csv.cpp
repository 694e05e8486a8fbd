#include "acled_csv.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "cameo_codes.h"
#include "events_csv.h"
#include "lookups.h"
#include "text_encoding.h"

namespace accord {

const std::vector<AcledEventTypeMapping>& acled_event_type_mappings() {
  static const std::vector<AcledEventTypeMapping> kTypes = {
      {EventType::Talks, "Strategic developments", "Other", "ACLED has no diplomacy type; talks are a development"},
      {EventType::Dialogue, "Strategic developments", "Other", "as talks"},
      {EventType::MinisterialMeeting, "Strategic developments", "Other", "as talks"},
      {EventType::Conference, "Strategic developments", "Other", "as talks"},
      {EventType::Visit, "Strategic developments", "Other", "as talks"},
      {EventType::Signing, "Strategic developments", "Agreement", "ACLED's sub-event for agreements"},
      {EventType::JointOperation, "Strategic developments", "Other",
       "ACLED's 'Arrests' would claim arrests the source may not report"},
      {EventType::Other, "Strategic developments", "Other", "the general case"},
  };
  return kTypes;
}

const std::vector<AcledActMapping>& acled_act_mappings() {
  static const std::vector<AcledActMapping> kActs = {
      {AgreementAction::Signed, "Agreement", "an event that signs an agreement is an ACLED 'Agreement'"},
      {AgreementAction::Amended, "Agreement", "an amendment is a signed agreement"},
      {AgreementAction::Reviewed, "", "a review agrees nothing new"},
      {AgreementAction::Negotiating, "", "negotiation is not yet agreement"},
      {AgreementAction::Implemented, "", "carrying out an agreement agrees nothing new"},
  };
  return kActs;
}

const std::vector<std::string>& acled_columns() {
  static const std::vector<std::string> kColumns = {
      "event_id_cnty", "event_date",    "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
      "actor2",        "assoc_actor_2", "country",        "location",   "source",         "notes"};
  return kColumns;
}

namespace {

constexpr const char* kYearOnly = " (year only)";
constexpr const char* kSummarySeparator = " | ";

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

// "Police Forces of Laos" when the event's organizations of that country
// are police (CAMEO's COP), else "Government of Laos".
std::string side_name(const Dataset& d, const Event& e, const std::string& country) {
  for (const std::string& id : e.organizations) {
    const Organization* o = d.find_organization(id);
    if (o && o->country == country && cameo_role_for(*o) == "COP")
      return "Police Forces of " + country_name(d, country);
  }
  return "Government of " + country_name(d, country);
}

std::string trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The country an actor names: "Government of Laos" -> LAO, "Laos" -> LAO,
// ACLED's "Police Forces of Laos (2016-)" -> LAO (its years dropped).
const Country* actor_country(const Dataset& context, std::string actor) {
  actor = trimmed(actor);
  if (!actor.empty() && actor.back() == ')' && actor.rfind(" (") != std::string::npos) actor.erase(actor.rfind(" ("));
  // After the first " of " that leaves a country: "Government of Republic of Korea".
  for (size_t of = actor.find(" of "); of != std::string::npos; of = actor.find(" of ", of + 1))
    if (const Country* c = find_country_by_name(context, trimmed(actor.substr(of + 4)))) return c;
  return find_country_by_name(context, actor);
}

std::vector<std::string> split_semicolons(const std::string& s) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= s.size()) {
    const size_t semi = s.find(';', from);
    const std::string item = trimmed(s.substr(from, semi == std::string::npos ? std::string::npos : semi - from));
    if (!item.empty()) out.push_back(item);
    if (semi == std::string::npos) break;
    from = semi + 1;
  }
  return out;
}

}  // namespace

std::string events_to_acled(const Dataset& d, const std::vector<size_t>& event_indexes) {
  std::string out = join(acled_columns(), ",") + "\r\n";
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    const AcledEventTypeMapping* type = nullptr;
    for (const AcledEventTypeMapping& m : acled_event_type_mappings())
      if (m.type == e.type) type = &m;
    if (!type) throw std::logic_error(std::string("no ACLED mapping for event type ") + to_string(e.type));
    std::string sub_event = type->sub_event_type;
    for (const AgreementAct& act : e.agreements)
      for (const AcledActMapping& m : acled_act_mappings())
        if (m.action == act.action && *m.sub_event_type) sub_event = m.sub_event_type;

    std::vector<std::string> home_orgs, partner_sides, sources;
    for (const std::string& id : e.organizations)
      if (const Organization* o = d.find_organization(id); o && o->country == d.home_country)
        home_orgs.push_back(o->name);
    for (const std::string& p : event_partners(d, e)) partner_sides.push_back(side_name(d, e, p));
    for (const std::string& id : e.sources)
      if (const Source* s = d.find_source(id); s && !s->publisher.empty()) sources.push_back(s->publisher);
    std::string notes = e.title;
    if (!e.summary.empty()) notes += kSummarySeparator + e.summary;
    if (e.date.precision == DatePrecision::Year) notes += kYearOnly;

    const std::vector<std::string> row = {
        e.id,
        first_day_iso(e.date),
        e.date.precision == DatePrecision::Day ? "1" : "3",
        type->event_type,
        sub_event,
        side_name(d, e, d.home_country),
        join(home_orgs, "; "),
        partner_sides.empty() ? "" : partner_sides.front(),
        partner_sides.size() < 2 ? "" : join({partner_sides.begin() + 1, partner_sides.end()}, "; "),
        e.location.country.empty() ? "" : country_name(d, e.location.country),
        e.location.city,
        join(sources, "; "),
        notes};
    for (size_t k = 0; k < row.size(); ++k) out += (k ? "," : "") + csv_field(row[k]);
    out += "\r\n";
  }
  return out;
}

bool looks_like_acled_csv(const std::string& text) {
  const std::string head = lower(text.substr(0, text.find('\n')));
  return head.find("event_date") != std::string::npos && head.find("time_precision") != std::string::npos;
}

ExchangeImport parse_acled_csv(const std::string& text, const Dataset& context) {
  ExchangeImport out;
  out.carries_type = false;  // "Agreement" is a signing or talks that signed
  out.carries_date_basis = false;
  if (std::string encoding = encoding_problem(text); !encoding.empty()) {
    Problem p;
    p.message = "the file " + encoding;
    out.problems.push_back(p);
    return out;
  }
  const size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const std::vector<CsvRecord> records = split_csv_records(text, start, 1, ',', out.problems);
  if (!out.problems.empty()) return out;
  auto problem_at = [&](int line, int column, const std::string& field, const std::string& message) {
    Problem p;
    p.line = line;
    p.column = column;
    p.field = field;
    p.message = message;
    out.problems.push_back(p);
  };
  if (records.empty()) {
    problem_at(1, 1, "", "no header row: expected " + join(acled_columns(), ","));
    return out;
  }
  std::map<std::string, size_t> column;
  const CsvRecord& header = records[0];
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const std::string name = lower(trimmed(header.fields[k].text));
    if (std::find(acled_columns().begin(), acled_columns().end(), name) == acled_columns().end())
      out.notes.push_back("column \"" + header.fields[k].text + "\" (column " + std::to_string(k + 1) +
                          ") is not one ACLED-style import reads: ignored");
    else if (!column.emplace(name, k).second)
      problem_at(header.line, header.fields[k].column, name, "column \"" + name + "\" appears twice");
  }
  for (const char* required : {"event_date", "notes"})
    if (!column.count(required))
      problem_at(header.line, 1, required, std::string("the header has no ") + required + " column");
  if (!column.count("actor1") && !column.count("actor2") && !column.count("country"))
    problem_at(header.line, 1, "actor2", "the header has no actor1, actor2 or country column to find the partners");
  if (!out.problems.empty()) return out;

  std::map<std::string, size_t> row_of_id;  // an id on two rows is the later one's problem
  for (size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& row = records[r];
    const std::string row_name = "row " + std::to_string(r);
    if (row.fields.size() != header.fields.size()) {
      problem_at(row.line, 1, "",
                 row_name + ": " + std::to_string(row.fields.size()) + " fields, but the header has " +
                     std::to_string(header.fields.size()));
      continue;
    }
    const size_t before = out.problems.size();
    auto cell = [&](const char* name) -> std::string {
      const auto it = column.find(name);
      return it == column.end() ? "" : csv_formula_unguarded(row.fields[it->second].text);
    };
    auto problem = [&](const char* name, const std::string& message) {
      const auto it = column.find(name);
      const int col = it == column.end() ? 1 : row.fields[it->second].column;
      problem_at(row.line, col, name, row_name + ": " + message);
    };

    Event e;
    e.id = trimmed(cell("event_id_cnty"));
    if (e.id.empty()) e.id = "ev-acled-" + std::to_string(r);
    if (const auto [it, added] = row_of_id.emplace(e.id, r); !added)
      problem("event_id_cnty", "\"" + e.id + "\" is also the id of row " + std::to_string(it->second));
    std::string notes = cell("notes");
    const bool year_only =
        notes.size() >= std::string(kYearOnly).size() &&
        notes.compare(notes.size() - std::string(kYearOnly).size(), std::string::npos, kYearOnly) == 0;
    if (year_only) notes.erase(notes.size() - std::string(kYearOnly).size());
    const size_t bar = notes.find(kSummarySeparator);
    e.title = trimmed(notes.substr(0, bar));
    if (bar != std::string::npos) e.summary = trimmed(notes.substr(bar + std::string(kSummarySeparator).size()));
    if (e.title.empty()) problem("notes", "is empty: the notes give the event's title");

    const std::string date_text = trimmed(cell("event_date"));
    const std::string precision = trimmed(cell("time_precision"));
    if (std::optional<Date> date = Date::parse(date_text); date && date->precision == DatePrecision::Day) {
      e.date = *date;
      if (precision == "2" || precision == "3") {
        e.date.day = 0;
        e.date.precision = DatePrecision::Month;
        if (year_only) e.date.month = 0, e.date.precision = DatePrecision::Year;
      } else if (!precision.empty() && precision != "1") {
        problem("time_precision", "\"" + precision + "\" is not 1, 2 or 3");
      }
    } else {
      problem("event_date", "\"" + date_text + "\" is not a date (YYYY-MM-DD)");
    }

    e.type = EventType::Other;
    if (lower(trimmed(cell("sub_event_type"))) == "agreement") e.type = EventType::Signing;
    e.location.city = trimmed(cell("location"));

    e.countries = {context.home_country};
    std::vector<std::string> actors = {cell("actor1"), cell("actor2")};
    for (const std::string& a : split_semicolons(cell("assoc_actor_2"))) actors.push_back(a);
    for (const std::string& actor : actors) {
      if (trimmed(actor).empty()) continue;
      const Country* c = actor_country(context, actor);
      if (!c) {
        problem(&actor == &actors[0]   ? "actor1"
                : &actor == &actors[1] ? "actor2"
                                       : "assoc_actor_2",
                "\"" + actor + "\" names no country of the dataset");
        continue;
      }
      if (std::find(e.countries.begin(), e.countries.end(), c->id) == e.countries.end()) e.countries.push_back(c->id);
    }
    if (const std::string place = trimmed(cell("country")); !place.empty()) {
      if (const Country* c = find_country_by_name(context, place)) {
        e.location.country = c->id;
        if (std::find(e.countries.begin(), e.countries.end(), c->id) == e.countries.end()) e.countries.push_back(c->id);
      } else {
        problem("country", "\"" + place + "\" is not a country of the dataset");
      }
    }
    if (e.countries.size() < 2 && out.problems.size() == before)
      problem("actor2", "names no partner country: an event needs one");
    if (out.problems.size() == before) out.events.push_back(std::move(e));
  }
  return out;
}

}  // namespace accord
