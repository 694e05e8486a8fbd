#include "record_link.h"

#include <set>

#include <nlohmann/json.hpp>

#include "dataset_json.h"

namespace accord {
namespace {

// The ids wanted per list, grown until nothing new is referred to.
struct Wanted {
  std::set<std::string> events, sources, countries, organizations, mechanisms, people, agreements;
};

bool add(std::set<std::string>& set, const std::string& id) { return !id.empty() && set.insert(id).second; }

template <typename T>
std::vector<T> kept(const std::vector<T>& all, const std::set<std::string>& ids) {
  std::vector<T> out;
  for (const T& record : all)
    if (ids.count(record.id)) out.push_back(record);
  return out;
}

}  // namespace

Dataset records_for_events(const Dataset& d, const std::vector<std::string>& event_ids) {
  Wanted w;
  for (const std::string& id : event_ids)
    if (d.find_event(id)) add(w.events, id);
  if (!d.home_country.empty()) add(w.countries, d.home_country);
  bool grew = true;
  while (grew) {
    grew = false;
    for (const Event& e : d.events) {
      if (!w.events.count(e.id)) continue;
      grew |= add(w.countries, e.location.country);
      for (const auto& c : e.countries) grew |= add(w.countries, c);
      if (!e.part_of.empty() && d.find_event(e.part_of)) grew |= add(w.events, e.part_of);
      for (const auto& p : e.participants) grew |= add(w.people, p.person);
      for (const auto& o : e.organizations) grew |= add(w.organizations, o);
      for (const auto& a : e.agreements) grew |= add(w.agreements, a.agreement);
      for (const auto& m : e.mechanisms) grew |= add(w.mechanisms, m);
      for (const auto& f : e.figures) grew |= add(w.sources, f.source);
      for (const auto& s : e.sources) grew |= add(w.sources, s);
      for (const auto& x : e.disputed) grew |= add(w.sources, x.source);
      for (const auto& r : e.reported) grew |= add(w.sources, r.source);
    }
    for (const Person& p : d.people) {
      if (!w.people.count(p.id)) continue;
      grew |= add(w.countries, p.country);
      for (const Role& r : p.roles) {
        grew |= add(w.organizations, r.organization);
        grew |= add(w.sources, r.source);
      }
    }
    for (const Agreement& a : d.agreements) {
      if (!w.agreements.count(a.id)) continue;
      for (const auto& c : a.parties) grew |= add(w.countries, c);
      for (const auto& o : a.organizations) grew |= add(w.organizations, o);
      grew |= add(w.agreements, a.amends);
      for (const AgreementStatus& s : a.history) {
        grew |= add(w.sources, s.source);
        if (!s.event.empty() && d.find_event(s.event)) grew |= add(w.events, s.event);
      }
    }
    for (const Organization& o : d.organizations) {
      if (!w.organizations.count(o.id)) continue;
      grew |= add(w.countries, o.country);
      grew |= add(w.organizations, o.parent);
    }
  }
  Dataset out;
  out.schema_version = d.schema_version;
  out.title = d.title;
  out.home_country = d.home_country;
  out.sources = kept(d.sources, w.sources);
  for (Source& s : out.sources) s.passage.clear();  // the article's text stays home: a link carries facts
  out.countries = kept(d.countries, w.countries);
  out.organizations = kept(d.organizations, w.organizations);
  out.mechanisms = kept(d.mechanisms, w.mechanisms);
  out.people = kept(d.people, w.people);
  out.agreements = kept(d.agreements, w.agreements);
  out.events = kept(d.events, w.events);
  return out;
}

std::string record_link_payload(const Dataset& records) {
  return nlohmann::json::parse(dataset_to_json(records)).dump();
}

std::string record_link_size_problem(size_t link_chars) {
  if (link_chars <= kMaxRecordLinkChars) return "";
  return "A link with these records would be " + std::to_string(link_chars) + " characters; links carry at most " +
         std::to_string(kMaxRecordLinkChars) +
         ". Publish your atlas (Data, Publish site...) and share a link into it, or export the data (Data, Export) "
         "and send the file.";
}

}  // namespace accord
