// CAMEO (Conflict and Mediation Event Observations, codebook 1.1b3), the
// event codes GDELT uses, and how our records map onto them. The tables
// are data so that docs/exchange-formats.md and a unit test can check them:
// each of our values has a row with the reason for its code.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// One CAMEO event code: a 3-digit string ("057", never 57), its quad class
// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict) and its Goldstein scale value (-10 to +10).
struct CameoCode {
  const char* code;
  const char* label;
  int quad_class;
  double goldstein;
};
// The codes our mappings use, in code order.
const std::vector<CameoCode>& cameo_codes();
const CameoCode* find_cameo_code(const std::string& code);
// "057" -> "05" (EventRootCode) and "057" (EventBaseCode).
inline std::string cameo_root_code(const std::string& code) { return code.substr(0, 2); }
inline std::string cameo_base_code(const std::string& code) { return code.substr(0, 3); }

// An event type's code by who acts on whom: the guest toward the host, the
// host toward the guest, and either side when they meet in a third country
// or online. Talks are negotiation whichever way, so all three are "046".
struct CameoEventTypeMapping {
  EventType type;
  const char* guest_code;
  const char* host_code;
  const char* elsewhere_code;
  const char* reason;
};
const std::vector<CameoEventTypeMapping>& cameo_event_type_mappings();
const CameoEventTypeMapping& cameo_mapping_for(EventType t);

// An agreement act (a step an event takes on an agreement): one code, both
// directions.
struct CameoActMapping {
  AgreementAction action;
  const char* code;
  const char* reason;
};
const std::vector<CameoActMapping>& cameo_act_mappings();
const char* cameo_code_for(AgreementAction a);

// A topic: the material-cooperation code an event on it adds ("" when the
// event type's code already says all CAMEO can), and the intent code of a
// commitment on it (03x: "express intent to ...").
struct CameoTopicMapping {
  const char* topic;
  const char* material_code;
  const char* commitment_code;
  const char* reason;
};
const std::vector<CameoTopicMapping>& cameo_topic_mappings();
const CameoTopicMapping* cameo_mapping_for_topic(const std::string& topic);
// A commitment with no topic.
inline constexpr const char* kCameoCommitmentCode = "030";

// CAMEO actor role codes from an organization's kind and name: police
// (and a ministry of public security) COP, judiciary JUD, the military
// MIL, other state bodies (ministries, departments, the ruling party) GOV.
struct CameoRoleMapping {
  const char* kind;
  const char* role;
  const char* reason;
};
const std::vector<CameoRoleMapping>& cameo_role_mappings();
std::string cameo_role_for(const Organization& o);
// International bodies have no country: CAMEO codes them IGO + a body code.
// "" when the name is not one of ours.
std::string cameo_igo_code_for(const std::string& organization_name);

// FIPS 10-4 country codes, which GDELT's geography columns use (its actor
// columns use ISO-like CAMEO codes). "" for a country not in the table.
std::string fips_country_code(const std::string& iso3);

}  // namespace accord
