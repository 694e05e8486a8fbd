// Every value of our model has a row in each exchange format's mapping
// table, and every code a table names is one the format has: adding an
// event type, act or topic without mapping it fails here.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <set>

#include "acled_csv.h"
#include "cameo_codes.h"
#include "network_graph.h"
#include "plover_json.h"

using namespace accord;

namespace {

const std::vector<AgreementAction>& all_actions() { return all_agreement_actions(); }

// Each value appears exactly once among the table's keys.
template <typename Row, typename Key, typename Value>
void check_covers(const std::vector<Row>& table, Key key, const std::vector<Value>& values, const char* what) {
  INFO(what);
  CHECK(table.size() == values.size());
  for (const Value& v : values) {
    int rows = 0;
    for (const Row& r : table) rows += key(r) == v;
    CHECK(rows == 1);
  }
}

bool is_cameo(const char* code) { return find_cameo_code(code) != nullptr; }

}  // namespace

TEST_CASE("every agreement action is listed, so the tables below see it", "[exchange]") {
  // The last enumerator is the count of actions less one.
  CHECK(all_agreement_actions().size() == static_cast<size_t>(AgreementAction::Implemented) + 1);
  for (size_t k = 0; k < all_agreement_actions().size(); ++k)
    CHECK(static_cast<size_t>(all_agreement_actions()[k]) == k);
}

TEST_CASE("CAMEO codes are 3-digit strings with the quad class of their root", "[exchange][gdelt]") {
  std::set<std::string> seen;
  for (const CameoCode& c : cameo_codes()) {
    const std::string code = c.code;
    INFO(code);
    CHECK(code.size() == 3);
    CHECK(code.find_first_not_of("0123456789") == std::string::npos);
    CHECK(seen.insert(code).second);
    const int root = std::stoi(code.substr(0, 2));
    const int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    CHECK(c.quad_class == quad);
    CHECK(c.goldstein >= -10.0);
    CHECK(c.goldstein <= 10.0);
  }
  CHECK(find_cameo_code("057")->goldstein == 8.0);
  CHECK(find_cameo_code("046")->goldstein == 7.0);
  CHECK(find_cameo_code("57") == nullptr);
}

TEST_CASE("the CAMEO tables map every type, act and topic to known codes", "[exchange][gdelt]") {
  check_covers(
      cameo_event_type_mappings(), [](const CameoEventTypeMapping& m) { return m.type; }, all_event_types(),
      "event types");
  for (const CameoEventTypeMapping& m : cameo_event_type_mappings()) {
    INFO(to_string(m.type));
    CHECK(is_cameo(m.guest_code));
    CHECK(is_cameo(m.host_code));
    CHECK(is_cameo(m.elsewhere_code));
    CHECK(std::string(m.reason).size() > 5);
  }
  CHECK(std::string(cameo_mapping_for(EventType::Visit).guest_code) == "042");
  CHECK(std::string(cameo_mapping_for(EventType::Visit).host_code) == "043");
  CHECK(std::string(cameo_mapping_for(EventType::Talks).guest_code) == "046");
  check_covers(
      cameo_act_mappings(), [](const CameoActMapping& m) { return m.action; }, all_actions(), "acts");
  for (const CameoActMapping& m : cameo_act_mappings()) CHECK(is_cameo(m.code));
  CHECK(std::string(cameo_code_for(AgreementAction::Signed)) == "057");
  check_covers(
      cameo_topic_mappings(), [](const CameoTopicMapping& m) { return std::string(m.topic); }, topic_vocabulary(),
      "topics");
  for (const CameoTopicMapping& m : cameo_topic_mappings()) {
    INFO(m.topic);
    CHECK((*m.material_code == '\0' || is_cameo(m.material_code)));
    CHECK(is_cameo(m.commitment_code));
    CHECK(std::string(m.commitment_code).substr(0, 2) == "03");  // intent to cooperate
  }
  CHECK(std::string(cameo_mapping_for_topic("extradition")->material_code) == "063");
  CHECK(std::string(cameo_mapping_for_topic("information_sharing")->material_code) == "064");
  CHECK(is_cameo(kCameoCommitmentCode));
}

TEST_CASE("CAMEO actor roles come from the organization", "[exchange][gdelt]") {
  Organization o;
  o.name = "Ministry of Public Security of Laos";
  o.kind = "ministry";
  CHECK(cameo_role_for(o) == "COP");
  o.name = "Ministry of Foreign Affairs";
  CHECK(cameo_role_for(o) == "GOV");
  o.kind = "judiciary";
  o.name = "Supreme People's Procuracy";
  CHECK(cameo_role_for(o) == "JUD");
  for (const CameoRoleMapping& m : cameo_role_mappings()) CHECK(std::string(m.role).size() == 3);
  CHECK(cameo_igo_code_for("INTERPOL") == "IGOITP");
  CHECK(cameo_igo_code_for("Border Department").empty());
  CHECK(fips_country_code("VNM") == "VM");
  CHECK(fips_country_code("KHM") == "CB");
}

TEST_CASE("the PLOVER tables use PLOVER's events, modes and contexts", "[exchange][plover]") {
  const std::set<std::string> events = {"AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                        "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
                                        "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};
  const std::set<std::string> modes = {"", "place", "visit", "multilateral", "third-party", "phone"};
  const std::set<std::string> contexts = {"",          "illegal_drugs", "cyber",     "trafficking",
                                          "terrorism", "crime",         "territory", "migration",
                                          "military",  "legal",         "pandemic",  "intelligence"};
  check_covers(
      plover_event_type_mappings(), [](const PloverEventTypeMapping& m) { return m.type; }, all_event_types(),
      "event types");
  for (const PloverEventTypeMapping& m : plover_event_type_mappings()) {
    CHECK(events.count(m.event));
    CHECK(modes.count(m.mode));
  }
  check_covers(
      plover_act_mappings(), [](const PloverActMapping& m) { return m.action; }, all_actions(), "acts");
  for (const PloverActMapping& m : plover_act_mappings()) CHECK(events.count(m.event));
  check_covers(
      plover_topic_mappings(), [](const PloverTopicMapping& m) { return std::string(m.topic); }, topic_vocabulary(),
      "topics");
  for (const PloverTopicMapping& m : plover_topic_mappings()) {
    INFO(m.topic);
    CHECK(contexts.count(m.context));
    CHECK(std::string(m.reason).size() > 5);
  }
}

TEST_CASE("the ACLED and network tables cover every type and act", "[exchange][acled]") {
  check_covers(
      acled_event_type_mappings(), [](const AcledEventTypeMapping& m) { return m.type; }, all_event_types(),
      "event types");
  for (const AcledEventTypeMapping& m : acled_event_type_mappings()) {
    CHECK(std::string(m.event_type) == "Strategic developments");
    CHECK((std::string(m.sub_event_type) == "Agreement" || std::string(m.sub_event_type) == "Other"));
  }
  check_covers(
      acled_act_mappings(), [](const AcledActMapping& m) { return m.action; }, all_actions(), "ACLED acts");
  check_covers(
      network_act_mappings(), [](const GraphFileActMapping& m) { return m.action; }, all_actions(), "network acts");
  for (const GraphFileActMapping& m : network_act_mappings())
    CHECK((std::string(m.relation) == "signed" || std::string(m.relation) == "took_part_in"));
}

TEST_CASE("docs/exchange-formats.md shows the tables as the code has them", "[exchange]") {
  std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/../../docs/exchange-formats.md");
  REQUIRE(in);
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto has_row = [&](const std::string& row) {
    INFO(row);
    CHECK(doc.find(row) != std::string::npos);
  };
  auto key = [](const std::string& value) { return "| `" + value + "` | "; };
  auto or_dash = [](const char* s) { return *s ? std::string(s) : std::string("—"); };
  for (const CameoCode& c : cameo_codes()) has_row(std::string("| ") + c.code + " | " + c.label + " | ");
  for (const CameoEventTypeMapping& m : cameo_event_type_mappings())
    has_row(key(to_string(m.type)) + m.guest_code + " | " + m.host_code + " | " + m.elsewhere_code + " | " + m.reason);
  for (const CameoTopicMapping& m : cameo_topic_mappings())
    has_row(key(m.topic) + or_dash(m.material_code) + " | " + m.commitment_code + " | " + m.reason);
  for (const PloverEventTypeMapping& m : plover_event_type_mappings())
    has_row(key(to_string(m.type)) + m.event + " | " + or_dash(m.mode) + " | " + m.reason);
  for (const PloverTopicMapping& m : plover_topic_mappings())
    has_row(key(m.topic) + or_dash(m.context) + " | " + m.reason);
  for (const AcledEventTypeMapping& m : acled_event_type_mappings())
    has_row(key(to_string(m.type)) + m.event_type + " | " + m.sub_event_type + " | " + m.reason);
  for (const GraphFileActMapping& m : network_act_mappings())
    has_row(key(to_string(m.action)) + m.relation + " | " + m.reason);
  for (const CameoActMapping& m : cameo_act_mappings()) has_row(key(to_string(m.action)) + m.code + " | " + m.reason);
  for (const PloverActMapping& m : plover_act_mappings())
    has_row(key(to_string(m.action)) + m.event + " | " + m.reason);
}
