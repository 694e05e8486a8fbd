#include "model.h"

#include <algorithm>

namespace accord {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

// "human_trafficking" -> "Human trafficking"
std::string snake_to_label(const std::string& s) {
  std::string out = s;
  std::replace(out.begin(), out.end(), '_', ' ');
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}
}  // namespace

bool Role::held_on(int day_key) const {
  if (from && day_key < from->sort_key()) return false;
  if (to && day_key > to->sort_key_end()) return false;
  return true;
}

const Source* Dataset::find_source(const std::string& id) const { return find_by_id(sources, id); }
const Country* Dataset::find_country(const std::string& id) const { return find_by_id(countries, id); }
const Organization* Dataset::find_organization(const std::string& id) const { return find_by_id(organizations, id); }
const Mechanism* Dataset::find_mechanism(const std::string& id) const { return find_by_id(mechanisms, id); }
const Person* Dataset::find_person(const std::string& id) const { return find_by_id(people, id); }
const Agreement* Dataset::find_agreement(const std::string& id) const { return find_by_id(agreements, id); }
const Event* Dataset::find_event(const std::string& id) const { return find_by_id(events, id); }

const std::vector<std::string>& topic_vocabulary() {
  static const std::vector<std::string> kTopics = {
      "drugs",    "cybercrime",          "human_trafficking", "smuggling",       "terrorism",
      "fraud",    "illegal_fishing",     "gambling",          "border_control",  "illegal_migration",
      "training", "peacekeeping",        "money_laundering",  "extradition",     "fugitives",
      "covid19",  "information_sharing", "social_order",      "traffic_control", "id_management"};
  return kTopics;
}

bool is_topic(const std::string& t) {
  const auto& v = topic_vocabulary();
  return std::find(v.begin(), v.end(), t) != v.end();
}

std::string topic_label(const std::string& t) {
  if (t == "covid19") return "COVID-19";
  if (t == "id_management") return "ID management";
  return snake_to_label(t);
}

const char* to_string(AgreementKind k) {
  switch (k) {
    case AgreementKind::MoU:
      return "MoU";
    case AgreementKind::Agreement:
      return "agreement";
    case AgreementKind::Protocol:
      return "protocol";
    case AgreementKind::Treaty:
      return "treaty";
    case AgreementKind::Plan:
      return "plan";
    case AgreementKind::Minutes:
      return "minutes";
    case AgreementKind::Other:
      return "other";
  }
  return "other";
}

const char* to_string(AgreementAction a) {
  switch (a) {
    case AgreementAction::Signed:
      return "signed";
    case AgreementAction::Amended:
      return "amended";
    case AgreementAction::Reviewed:
      return "reviewed";
    case AgreementAction::Negotiating:
      return "negotiating";
    case AgreementAction::Implemented:
      return "implemented";
  }
  return "signed";
}

const char* to_string(EventType t) {
  switch (t) {
    case EventType::Talks:
      return "talks";
    case EventType::Dialogue:
      return "dialogue";
    case EventType::MinisterialMeeting:
      return "ministerial_meeting";
    case EventType::Conference:
      return "conference";
    case EventType::Visit:
      return "visit";
    case EventType::Signing:
      return "signing";
    case EventType::JointOperation:
      return "joint_operation";
    case EventType::Other:
      return "other";
  }
  return "other";
}

const std::vector<EventType>& all_event_types() {
  static const std::vector<EventType> kTypes = {
      EventType::Talks, EventType::Dialogue, EventType::MinisterialMeeting, EventType::Conference,
      EventType::Visit, EventType::Signing,  EventType::JointOperation,     EventType::Other};
  return kTypes;
}

std::string event_type_label(EventType t) { return snake_to_label(to_string(t)); }

std::optional<AgreementKind> agreement_kind_from_string(const std::string& s) {
  for (AgreementKind k : {AgreementKind::MoU, AgreementKind::Agreement, AgreementKind::Protocol, AgreementKind::Treaty,
                          AgreementKind::Plan, AgreementKind::Minutes, AgreementKind::Other})
    if (s == to_string(k)) return k;
  return std::nullopt;
}

const std::vector<AgreementAction>& all_agreement_actions() {
  static const std::vector<AgreementAction> kActions = {AgreementAction::Signed, AgreementAction::Amended,
                                                        AgreementAction::Reviewed, AgreementAction::Negotiating,
                                                        AgreementAction::Implemented};
  return kActions;
}

std::optional<AgreementAction> agreement_action_from_string(const std::string& s) {
  for (AgreementAction a : all_agreement_actions())
    if (s == to_string(a)) return a;
  return std::nullopt;
}

std::optional<EventType> event_type_from_string(const std::string& s) {
  for (EventType t : all_event_types())
    if (s == to_string(t)) return t;
  return std::nullopt;
}

}  // namespace accord
