#include "gdelt_rows.h"

#include <cstdio>
#include <set>
#include <tuple>

#include "cameo_codes.h"
#include "exchange_records.h"
#include "lookups.h"

namespace accord {

namespace {

// An actor as CAMEO codes it: country code + role ("VNMCOP"), or an IGO.
struct GdeltActor {
  std::string code;
  std::string name;
  std::string country;      // ISO-3, empty for an IGO
  std::string role;         // Type1Code: COP, GOV... or IGO
  std::string known_group;  // KnownGroupCode: the body of an IGO ("ITP")
};

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Tabs and line ends would break the row; GDELT cells never carry them.
std::string cell(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// The country's actor: its first organization in the event gives the role.
GdeltActor country_actor(const Dataset& d, const Event& e, const std::string& country) {
  GdeltActor a;
  a.country = country;
  a.role = "GOV";
  a.name = upper_ascii(country_name(d, country));
  for (const std::string& id : e.organizations) {
    const Organization* o = d.find_organization(id);
    if (!o || o->country != country) continue;
    a.role = cameo_role_for(*o);
    break;
  }
  a.code = country + a.role;
  return a;
}

std::string sql_date(const Date& date) {
  std::string iso = first_day_iso(date);
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string fraction_date(const Date& date) {
  // GDELT's definition: year + (month * 30 + day) / 365, four decimals.
  const int month = date.month == 0 ? 1 : date.month;
  const int day = date.day == 0 ? 1 : date.day;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", date.year + (month * 30 + day) / 365.0);
  return buf;
}

std::string goldstein_text(double g) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", g);
  return buf;
}

// Type, full name, country (FIPS), ADM1, ADM2, lat, long, feature id:
// country level (type 1) is all we know without coordinates.
std::vector<std::string> geo_cells(const Dataset& d, const std::string& country) {
  const std::string fips = fips_country_code(country);
  if (country.empty() || fips.empty()) return std::vector<std::string>(8);
  return {"1", country_name(d, country), fips, fips, "", "", "", fips};
}

std::string source_url_note(const Dataset& d, const Event& e) {
  const std::string note = "accord:event=" + e.id + "&date=" + e.date.iso() +
                           "&precision=" + to_string(e.date.precision) + "&basis=" + to_string(e.date.basis);
  const Source* s = first_source(d, e);
  if (!s || s->url.empty()) return note;
  return s->url + (s->url.find('#') == std::string::npos ? "#" : "&") + note;
}

std::string date_added(const Dataset& d, const Event& e) {
  // GDELT stamps when it read the article; ours is the article's date.
  const Source* s = first_source(d, e);
  const Date& when = s && s->published ? *s->published : e.date;
  return sql_date(when) + "000000";
}

}  // namespace

const std::vector<std::string>& gdelt_columns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"})
      for (const char* field : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(actor) + field);
    for (const char* field : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(field);
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* field : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(geo) + field);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return kColumns;
}

std::vector<std::vector<std::string>> gdelt_rows(const Dataset& d, const std::vector<size_t>& event_indexes) {
  std::vector<std::vector<std::string>> rows;
  size_t next_id = 1;
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    // Actors: the home country, each partner, and international bodies.
    const GdeltActor home = country_actor(d, e, d.home_country);
    std::vector<GdeltActor> others;
    for (const std::string& p : event_partners(d, e)) others.push_back(country_actor(d, e, p));
    for (const std::string& id : e.organizations) {
      const Organization* o = d.find_organization(id);
      if (!o || !o->country.empty()) continue;
      if (std::string igo = cameo_igo_code_for(o->name); !igo.empty())
        others.push_back({igo, upper_ascii(o->name), "", "IGO", igo.substr(3)});
    }
    // Codes by direction; a pair and code appear once per event.
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::vector<std::tuple<const GdeltActor*, const GdeltActor*, std::string>> acts;
    auto add = [&](const GdeltActor& a1, const GdeltActor& a2, const std::string& code) {
      if (code.empty() || !seen.insert({a1.code, a2.code, code}).second) return;
      acts.emplace_back(&a1, &a2, code);
    };
    const CameoEventTypeMapping& type = cameo_mapping_for(e.type);
    for (const GdeltActor& other : others) {
      const std::string place = e.location.is_virtual ? std::string() : e.location.country;
      if (place == home.country) {
        add(other, home, type.guest_code);
        add(home, other, type.host_code);
      } else if (!place.empty() && place == other.country) {
        add(home, other, type.guest_code);
        add(other, home, type.host_code);
      } else {
        add(home, other, type.elsewhere_code);
        add(other, home, type.elsewhere_code);
      }
      for (const std::string& topic : e.topics)
        if (const CameoTopicMapping* m = cameo_mapping_for_topic(topic)) {
          add(home, other, m->material_code);
          add(other, home, m->material_code);
        }
      for (const AgreementAct& act : e.agreements) {
        add(home, other, cameo_code_for(act.action));
        add(other, home, cameo_code_for(act.action));
      }
      for (const Commitment& c : e.commitments) {
        std::string code = kCameoCommitmentCode;
        for (const std::string& topic : c.topics)
          if (const CameoTopicMapping* m = cameo_mapping_for_topic(topic)) code = m->commitment_code;
        add(home, other, code);
        add(other, home, code);
      }
    }

    const std::string date = sql_date(e.date);
    const std::string sources = std::to_string(e.sources.size());
    for (const auto& [a1, a2, code] : acts) {
      const CameoCode* c = find_cameo_code(code);
      std::vector<std::string> row = {std::to_string(next_id++), date, date.substr(0, 6), date.substr(0, 4),
                                      fraction_date(e.date)};
      for (const GdeltActor* a : {a1, a2}) {
        row.insert(row.end(), {a->code, a->name, a->country, a->known_group, "", "", "", a->role, "", ""});
      }
      row.insert(row.end(), {"1", code, cameo_base_code(code), cameo_root_code(code), std::to_string(c->quad_class),
                             goldstein_text(c->goldstein), sources, sources, sources, ""});
      const std::string action_country = e.location.is_virtual ? std::string() : e.location.country;
      for (const std::string* country : {&a1->country, &a2->country, &action_country}) {
        const std::vector<std::string> geo = geo_cells(d, *country);
        row.insert(row.end(), geo.begin(), geo.end());
      }
      row.push_back(date_added(d, e));
      row.push_back(source_url_note(d, e));
      for (std::string& text : row) text = cell(text);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::string events_to_gdelt(const Dataset& d, const std::vector<size_t>& event_indexes, bool header) {
  std::string out;
  auto write = [&](const std::vector<std::string>& row) {
    for (size_t k = 0; k < row.size(); ++k) out += (k ? "\t" : "") + row[k];
    out += "\n";
  };
  if (header) write(gdelt_columns());
  for (const std::vector<std::string>& row : gdelt_rows(d, event_indexes)) write(row);
  return out;
}

}  // namespace accord
