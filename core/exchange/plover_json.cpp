#include "plover_json.h"

#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <tuple>

#include "exchange_records.h"
#include "lookups.h"

namespace accord {

const std::vector<PloverEventTypeMapping>& plover_event_type_mappings() {
  static const std::vector<PloverEventTypeMapping> kTypes = {
      {EventType::Talks, "CONSULT", "place", "talks are PLOVER's CONSULT; the place gives the mode"},
      {EventType::Dialogue, "CONSULT", "place", "a dialogue round is a consultation"},
      {EventType::MinisterialMeeting, "CONSULT", "place", "ministers meeting is a consultation"},
      {EventType::Conference, "CONSULT", "multilateral", "a conference is a multilateral consultation"},
      {EventType::Visit, "CONSULT", "visit", "PLOVER codes visits as CONSULT with mode visit"},
      {EventType::Signing, "AGREE", "", "signing commits both sides: AGREE"},
      {EventType::JointOperation, "COOPERATE", "", "a joint operation is material cooperation: COOPERATE"},
      {EventType::Other, "CONSULT", "place", "a contact of unstated kind: the most general cooperative event"},
  };
  return kTypes;
}

const std::vector<PloverActMapping>& plover_act_mappings() {
  static const std::vector<PloverActMapping> kActs = {
      {AgreementAction::Signed, "AGREE", "signing an agreement is AGREE"},
      {AgreementAction::Amended, "AGREE", "an amendment is agreed and signed"},
      {AgreementAction::Reviewed, "CONSULT", "a review is a consultation on the agreement"},
      {AgreementAction::Negotiating, "CONSULT", "negotiation is consultation until it ends in AGREE"},
      {AgreementAction::Implemented, "COOPERATE", "carrying an agreement out is COOPERATE"},
  };
  return kActs;
}

const std::vector<PloverTopicMapping>& plover_topic_mappings() {
  static const std::vector<PloverTopicMapping> kTopics = {
      {"drugs", "illegal_drugs", "PLOVER's own context for narcotics"},
      {"cybercrime", "cyber", "crime online"},
      {"human_trafficking", "trafficking", "PLOVER's trafficking context"},
      {"smuggling", "trafficking", "smuggling goods is trafficking in PLOVER's sense"},
      {"terrorism", "terrorism", "the same context"},
      {"fraud", "crime", "fraud is crime; PLOVER has no narrower context"},
      {"illegal_fishing", "crime", "poaching at sea is crime"},
      {"gambling", "crime", "illegal gambling is crime"},
      {"border_control", "territory", "control of a border is territorial"},
      {"illegal_migration", "migration", "the same subject"},
      {"training", "", "training is the act, not a subject: the event and mode say it"},
      {"peacekeeping", "military", "peacekeeping is a military context"},
      {"money_laundering", "crime", "financial crime"},
      {"extradition", "legal", "extradition is a legal procedure"},
      {"fugitives", "legal", "handing over fugitives is a legal procedure"},
      {"covid19", "pandemic", "the COVID-19 pandemic"},
      {"information_sharing", "intelligence", "shared information is intelligence"},
      {"social_order", "crime", "public order policing is about crime"},
      {"traffic_control", "", "road traffic has no PLOVER context"},
      {"id_management", "", "identity papers have no PLOVER context"},
  };
  return kTopics;
}

namespace {

const PloverEventTypeMapping& type_mapping(EventType t) {
  for (const PloverEventTypeMapping& m : plover_event_type_mappings())
    if (m.type == t) return m;
  throw std::logic_error(std::string("no PLOVER mapping for event type ") + to_string(t));
}

const char* act_event(AgreementAction a) {
  for (const PloverActMapping& m : plover_act_mappings())
    if (m.action == a) return m.event;
  throw std::logic_error(std::string("no PLOVER mapping for agreement action ") + to_string(a));
}

const char* topic_context(const std::string& topic) {
  for (const PloverTopicMapping& m : plover_topic_mappings())
    if (topic == m.topic) return m.context;
  return "";
}

std::string meeting_mode(const Dataset& d, const Event& e) {
  if (e.location.is_virtual) return "phone";
  if (e.location.country.empty()) return "";
  if (e.location.country == d.home_country) return "visit";
  for (const std::string& p : e.countries)
    if (p == e.location.country) return "visit";
  return "third-party";
}

}  // namespace

std::string events_to_plover(const Dataset& d, const std::vector<size_t>& event_indexes) {
  std::string out;
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    nlohmann::ordered_json context = nlohmann::ordered_json::array();
    std::set<std::string> contexts;
    for (const std::string& t : e.topics)
      if (std::string c = topic_context(t); !c.empty() && contexts.insert(c).second) context.push_back(c);

    // The PLOVER events of this event, with their modes, once each.
    std::vector<std::pair<std::string, std::string>> kinds;
    auto add = [&](const std::string& event, const std::string& mode) {
      for (const auto& k : kinds)
        if (k.first == event) return;
      kinds.emplace_back(event, mode);
    };
    const PloverEventTypeMapping& type = type_mapping(e.type);
    add(type.event, std::string(type.mode) == "place" ? meeting_mode(d, e) : type.mode);
    for (const AgreementAct& a : e.agreements) add(act_event(a.action), "");
    if (!e.commitments.empty()) add("AGREE", "");

    nlohmann::ordered_json location = nlohmann::ordered_json::object();
    std::string place = e.location.city;
    if (!e.location.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
    location["name"] = place;
    location["country"] = e.location.country;
    nlohmann::ordered_json cite = nlohmann::ordered_json::object();
    if (const Source* s = first_source(d, e)) {
      cite["url"] = s->url;
      cite["title"] = s->title;
      cite["publication"] = s->publisher;
      cite["language"] = s->language;
    }

    int n = 0;
    for (const std::string& partner : event_partners(d, e)) {
      for (const auto& pair : {std::make_pair(d.home_country, partner), std::make_pair(partner, d.home_country)}) {
        for (const auto& [event, mode] : kinds) {
          nlohmann::ordered_json r;
          r["id"] = e.id + "-" + std::to_string(++n);
          r["date"] = first_day_iso(e.date);
          r["date_precision"] = to_string(e.date.precision);
          r["date_basis"] = to_string(e.date.basis);
          r["event"] = event;
          r["mode"] = mode;
          r["context"] = context;
          r["actor"] = country_name(d, pair.first);
          r["actor_country"] = pair.first;
          r["recipient"] = country_name(d, pair.second);
          r["recipient_country"] = pair.second;
          r["event_loc"] = location;
          r["event_text"] = e.title;
          r["cite_info"] = cite;
          out += r.dump() + "\n";
        }
      }
    }
  }
  return out;
}

}  // namespace accord
