#include "cameo_codes.h"

#include <stdexcept>

#include "text_fold.h"

namespace accord {

const std::vector<CameoCode>& cameo_codes() {
  // Goldstein values from CAMEO.SCALE.txt (the scale GDELT ships).
  static const std::vector<CameoCode> kCodes = {
      {"030", "Express intent to cooperate, not specified below", 1, 4.0},
      {"031", "Express intent to engage in material cooperation", 1, 5.2},
      {"033", "Express intent to provide material aid", 1, 5.2},
      {"040", "Consult, not specified below", 1, 1.0},
      {"042", "Make a visit", 1, 1.9},
      {"043", "Host a visit", 1, 2.8},
      {"044", "Meet at a third location", 1, 2.5},
      {"046", "Engage in negotiation", 1, 7.0},
      {"057", "Sign formal agreement", 1, 8.0},
      {"060", "Engage in material cooperation, not specified below", 2, 6.0},
      {"062", "Cooperate militarily", 2, 7.4},
      {"063", "Engage in judicial cooperation", 2, 7.4},
      {"064", "Share intelligence or information", 2, 7.0},
  };
  return kCodes;
}

const CameoCode* find_cameo_code(const std::string& code) {
  for (const CameoCode& c : cameo_codes())
    if (code == c.code) return &c;
  return nullptr;
}

const std::vector<CameoEventTypeMapping>& cameo_event_type_mappings() {
  static const std::vector<CameoEventTypeMapping> kTypes = {
      {EventType::Talks, "046", "046", "046", "talks negotiate terms of cooperation, both sides alike"},
      {EventType::Dialogue, "046", "046", "046", "a standing dialogue is a round of negotiation"},
      {EventType::MinisterialMeeting, "046", "046", "046",
       "ministers meet to settle terms: negotiation, whoever hosts"},
      {EventType::Conference, "042", "043", "044",
       "attending a conference abroad is a visit; the host country hosts it; elsewhere it is a meeting at a third "
       "location"},
      {EventType::Visit, "042", "043", "044", "the visitor makes a visit (042), the host hosts it (043)"},
      {EventType::Signing, "057", "057", "057", "a signing is CAMEO's 'sign formal agreement'"},
      {EventType::JointOperation, "060", "060", "060",
       "a joint operation is material cooperation; its topics add 063 or 064 when CAMEO has a closer code"},
      {EventType::Other, "040", "040", "040", "a contact of unstated kind: CAMEO's general 'consult'"},
  };
  return kTypes;
}

const CameoEventTypeMapping& cameo_mapping_for(EventType t) {
  for (const CameoEventTypeMapping& m : cameo_event_type_mappings())
    if (m.type == t) return m;
  throw std::logic_error(std::string("no CAMEO mapping for event type ") + to_string(t));
}

const std::vector<CameoActMapping>& cameo_act_mappings() {
  static const std::vector<CameoActMapping> kActs = {
      {AgreementAction::Signed, "057", "signing an agreement is 'sign formal agreement'"},
      {AgreementAction::Amended, "057", "an amendment is itself a signed instrument"},
      {AgreementAction::Reviewed, "046", "reviewing an agreement's terms is negotiation"},
      {AgreementAction::Negotiating, "046", "negotiating an agreement is 'engage in negotiation'"},
      {AgreementAction::Implemented, "060", "carrying an agreement out is material cooperation"},
  };
  return kActs;
}

const char* cameo_code_for(AgreementAction a) {
  for (const CameoActMapping& m : cameo_act_mappings())
    if (m.action == a) return m.code;
  throw std::logic_error(std::string("no CAMEO mapping for agreement action ") + to_string(a));
}

const std::vector<CameoTopicMapping>& cameo_topic_mappings() {
  static const std::vector<CameoTopicMapping> kTopics = {
      {"drugs", "", "031", "CAMEO has no drug-control code; the event type's code says the act"},
      {"cybercrime", "", "031", "no cybercrime code in CAMEO"},
      {"human_trafficking", "", "031", "no trafficking code in CAMEO"},
      {"smuggling", "", "031", "no smuggling code in CAMEO"},
      {"terrorism", "", "031", "CAMEO's terrorism codes are for attacks, not cooperation against them"},
      {"fraud", "", "031", "no fraud code in CAMEO"},
      {"illegal_fishing", "", "031", "no fishing code in CAMEO"},
      {"gambling", "", "031", "no gambling code in CAMEO"},
      {"border_control", "", "031", "no border-control code in CAMEO"},
      {"illegal_migration", "", "031", "CAMEO's migration codes are for refugees and expulsions"},
      {"training", "", "033", "offering training is offering material aid (033)"},
      {"peacekeeping", "062", "031", "peacekeeping cooperation is military cooperation (062)"},
      {"money_laundering", "", "031", "no money-laundering code in CAMEO"},
      {"extradition", "063", "031", "extradition is CAMEO's example of judicial cooperation (063)"},
      {"fugitives", "063", "031", "handing over fugitives is judicial cooperation (063)"},
      {"covid19", "", "031", "CAMEO's health codes are for aid, not border health measures"},
      {"information_sharing", "064", "031", "sharing information is 'share intelligence or information' (064)"},
      {"social_order", "", "031", "no public-order cooperation code in CAMEO"},
      {"traffic_control", "", "031", "no road-traffic code in CAMEO"},
      {"id_management", "", "031", "no identity-document code in CAMEO"},
  };
  return kTopics;
}

const CameoTopicMapping* cameo_mapping_for_topic(const std::string& topic) {
  for (const CameoTopicMapping& m : cameo_topic_mappings())
    if (topic == m.topic) return &m;
  return nullptr;
}

const std::vector<CameoRoleMapping>& cameo_role_mappings() {
  static const std::vector<CameoRoleMapping> kRoles = {
      {"police", "COP", "police forces are CAMEO's COP"},
      {"judiciary", "JUD", "courts and procuracies are CAMEO's JUD"},
      {"military", "MIL", "armed forces are CAMEO's MIL"},
      {"ministry", "GOV", "a ministry is government (COP when it is a ministry of public security or police)"},
      {"department", "GOV", "a ministry's department is government (COP under a police name)"},
      {"party", "GOV", "the ruling party of a one-party state governs; CAMEO has no party role"},
  };
  return kRoles;
}

std::string cameo_role_for(const Organization& o) {
  // Vietnam's and Laos's police are ministries of public security.
  const std::string name = fold(o.name);
  if (name.find("public security") != std::string::npos || name.find("police") != std::string::npos) return "COP";
  for (const CameoRoleMapping& m : cameo_role_mappings())
    if (o.kind == m.kind) return m.role;
  return "GOV";
}

std::string cameo_igo_code_for(const std::string& organization_name) {
  const std::string name = fold(organization_name);
  if (name == "interpol" || name.find("international criminal police") != std::string::npos) return "IGOITP";
  if (name == "united nations" || name == "un") return "IGOUNO";
  return "";
}

std::string fips_country_code(const std::string& iso3) {
  static const std::pair<const char*, const char*> kFips[] = {
      {"VNM", "VM"}, {"LAO", "LA"}, {"KHM", "CB"}, {"THA", "TH"}, {"IDN", "ID"}, {"MYS", "MY"}, {"SGP", "SN"},
      {"PHL", "RP"}, {"MMR", "BM"}, {"BRN", "BX"}, {"TLS", "TT"}, {"CHN", "CH"}, {"KOR", "KS"}, {"PRK", "KN"},
      {"JPN", "JA"}, {"MNG", "MG"}, {"IND", "IN"}, {"AUS", "AS"}, {"NZL", "NZ"}, {"USA", "US"}, {"CAN", "CA"},
      {"RUS", "RS"}, {"FRA", "FR"}, {"GBR", "UK"}, {"DEU", "GM"}, {"ITA", "IT"}, {"ESP", "SP"}, {"CZE", "EZ"},
      {"HUN", "HU"}, {"BLR", "BO"}, {"CUB", "CU"}, {"ISR", "IS"}, {"TUR", "TU"}, {"ARE", "AE"}, {"SAU", "SA"},
  };
  for (const auto& [iso, fips] : kFips)
    if (iso3 == iso) return fips;
  return "";
}

}  // namespace accord
