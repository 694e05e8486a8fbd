#include "export.h"

#include <nlohmann/json.hpp>

#include "events_csv.h"
#include "lookups.h"

namespace accord {

namespace {

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::vector<std::string> partner_names(const Dataset& d, const Event& e) {
  std::vector<std::string> names;
  for (const std::string& id : event_partners(d, e)) {
    const Country* c = d.find_country(id);
    names.push_back(c ? c->name : id);
  }
  return names;
}

}  // namespace

std::string events_to_csv(const Dataset& d, const std::vector<size_t>& event_indexes) {
  std::string out = "id,date,date_basis,type,partners,city,title,topics\r\n";
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    const std::vector<std::string> row = {e.id,
                                          e.date.iso(),
                                          to_string(e.date.basis),
                                          to_string(e.type),
                                          join(partner_names(d, e), ";"),
                                          e.location.city,
                                          e.title,
                                          join(e.topics, ";")};
    for (size_t k = 0; k < row.size(); ++k) out += (k ? "," : "") + csv_field(row[k]);
    out += "\r\n";
  }
  return out;
}

std::string events_to_json(const Dataset& d, const std::vector<size_t>& event_indexes) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    nlohmann::ordered_json o;
    o["id"] = e.id;
    o["date"] = e.date.iso();
    o["date_basis"] = to_string(e.date.basis);
    o["type"] = to_string(e.type);
    o["partners"] = partner_names(d, e);
    o["city"] = e.location.city;
    o["title"] = e.title;
    o["topics"] = e.topics;
    list.push_back(o);
  }
  return list.dump(2) + "\n";
}

}  // namespace accord
