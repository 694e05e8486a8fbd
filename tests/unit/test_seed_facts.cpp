// The shipped dataset holds the facts of the seed articles; each check
// asks the core the way the CLI and the app do.
#include <algorithm>
#include <catch2/catch.hpp>

#include "dataset_json.h"
#include "query.h"
#include "validate.h"

using namespace accord;

namespace {
const Dataset& shipped() {
  static const Dataset d = [] {
    LoadResult r = load_dataset_file(ACCORD_DEFAULT_DATASET);
    REQUIRE(r.ok());
    return r.dataset;
  }();
  return d;
}
std::string role(const char* person, const char* date) {
  return role_on(*shipped().find_person(person), *Date::parse(date));
}
bool has_action(const Agreement& a, AgreementAction action, const char* date) {
  for (const AgreementStatus& s : a.history)
    if (s.action == action && s.date && s.date->iso() == date) return true;
  return false;
}
const Figure* figure(const Event& e, double quantity, const std::string& unit) {
  for (const Figure& f : e.figures)
    if (f.quantity == quantity && f.unit == unit) return &f;
  return nullptr;
}
}  // namespace

TEST_CASE("seed: the shipped dataset validates", "[seed]") {
  CHECK(validate(shipped()).empty());
  CHECK(shipped().home_country == "VNM");
  for (const Event& e : shipped().events) {
    INFO(e.id);
    CHECK_FALSE(e.sources.empty());
    CHECK(e.countries.front() == "VNM");
  }
}

TEST_CASE("seed: To Lam's roles change over the years", "[seed]") {
  CHECK(role("p-to-lam", "2021-08-03").find("Minister of Public Security") != std::string::npos);
  CHECK(role("p-to-lam", "2024-05-20").find("Minister of Public Security") != std::string::npos);
  CHECK(role("p-to-lam", "2024-07-11").find("President") != std::string::npos);
  CHECK(role("p-to-lam", "2024-07-11").find("Minister") == std::string::npos);
  CHECK(role("p-to-lam", "2025-03-09").find("General Secretary") != std::string::npos);
  CHECK(role("p-to-lam", "2025-03-09").find("President") == std::string::npos);
  const Person& p = *shipped().find_person("p-to-lam");
  CHECK(p.native_name == "Tô Lâm");
}

TEST_CASE("seed: Luong Tam Quang is Deputy Minister, then Minister", "[seed]") {
  CHECK(role("p-luong-tam-quang", "2024-05-20").find("Deputy Minister") != std::string::npos);
  CHECK(role("p-luong-tam-quang", "2024-07-11") == "Minister of Public Security");
  CHECK(role("p-luong-tam-quang", "2025-03-09") == "Minister of Public Security");
}

TEST_CASE("seed: 20 May 2024 has a reception and the 3rd deputy-ministerial dialogue", "[seed]") {
  EventFilter f;
  f.from = f.to = Date::parse("2024-05-20");
  std::vector<size_t> hits;  // the range also matches events dated only "2024"
  for (size_t i : query_events(shipped(), f))
    if (shipped().events[i].date.precision == DatePrecision::Day) hits.push_back(i);
  REQUIRE(hits.size() == 2);
  std::vector<EventType> types;
  for (size_t i : hits) {
    const Event& e = shipped().events[i];
    types.push_back(e.type);
    CHECK(e.date.basis == DateBasis::Weekday);
    CHECK(event_partners(shipped(), e) == std::vector<std::string>{"IDN"});
  }
  CHECK(std::count(types.begin(), types.end(), EventType::Visit) == 1);
  CHECK(std::count(types.begin(), types.end(), EventType::Dialogue) == 1);
  const Event& dialogue = *shipped().find_event("ev-2024-05-20-vn-id-dialogue");
  CHECK(dialogue.title.find("3rd") != std::string::npos);
}

TEST_CASE("seed: years missing from the articles are inferred with a reason", "[seed]") {
  const Event& jakarta = *shipped().find_event("ev-2025-03-09-vn-id-talks");
  CHECK(jakarta.date.iso() == "2025-03-09");
  CHECK(jakarta.date.basis == DateBasis::Role);
  CHECK_FALSE(jakarta.date.reason.empty());
  CHECK(jakarta.location.city == "Jakarta");
  const Event& vientiane = *shipped().find_event("ev-2024-07-11-vn-la-talks");
  CHECK(vientiane.date.iso() == "2024-07-11");
  CHECK(vientiane.date.inferred());
  const Event& virtual_talks = *shipped().find_event("ev-2021-08-03-vn-kh-talks");
  CHECK(virtual_talks.date.basis == DateBasis::PublicationDate);
  CHECK(virtual_talks.location.is_virtual);
}

TEST_CASE("seed: the 2023 protocol amends the crime-prevention MoU", "[seed]") {
  const Agreement& protocol = *shipped().find_agreement("ag-vn-id-protocol-2023");
  CHECK(protocol.kind == AgreementKind::Protocol);
  REQUIRE(shipped().find_agreement(protocol.amends));
  const Agreement& mou = *shipped().find_agreement(protocol.amends);
  CHECK(mou.kind == AgreementKind::MoU);
  CHECK(mou.title.find("Crime Prevention") != std::string::npos);
  CHECK(has_action(protocol, AgreementAction::Signed, "2023-08"));
  CHECK(has_action(mou, AgreementAction::Amended, "2023-08"));
}

TEST_CASE("seed: the 2021 drug-control MoU is signed, then reviewed in 2024", "[seed]") {
  const Agreement& mou = *shipped().find_agreement("ag-vn-la-mou-drugs-2021");
  CHECK(has_action(mou, AgreementAction::Signed, "2021-08-09"));
  CHECK(has_action(mou, AgreementAction::Reviewed, "2024-10-14"));
  const Event& meeting = *shipped().find_event("ev-2024-10-14-vn-la-ministerial");
  bool reviewed_there = false;
  for (const AgreementAct& act : meeting.agreements)
    reviewed_there = reviewed_there || (act.agreement == mou.id && act.action == AgreementAction::Reviewed);
  CHECK(reviewed_there);
  CHECK(meeting.location.city == "Hanoi");
}

TEST_CASE("seed: the October 2024 meeting carries every measured figure", "[seed]") {
  const Event& meeting = *shipped().find_event("ev-2024-10-14-vn-la-ministerial");
  REQUIRE(figure(meeting, 3, "joint cases"));
  CHECK(figure(meeting, 3, "joint cases")->period == "2022");
  REQUIRE(figure(meeting, 5, "joint cases"));
  CHECK(figure(meeting, 5, "joint cases")->period == "2023");
  REQUIRE(figure(meeting, 6, "joint cases"));
  CHECK(figure(meeting, 8, "suspects"));
  REQUIRE(figure(meeting, 210, "kg"));
  CHECK(figure(meeting, 210, "kg")->what.find("MDMA") != std::string::npos);
  CHECK(figure(meeting, 4, "tiers"));
  for (const Figure& f : meeting.figures) CHECK(shipped().find_source(f.source));
}

TEST_CASE("seed: signings of 11 July 2024 in Vientiane", "[seed]") {
  CHECK(has_action(*shipped().find_agreement("ag-vn-la-extradition-2024"), AgreementAction::Signed, "2024-07-11"));
  CHECK(
      has_action(*shipped().find_agreement("ag-vn-la-mou-id-management-2024"), AgreementAction::Signed, "2024-07-11"));
  const Event& signing = *shipped().find_event("ev-2024-07-11-vn-la-extradition-signing");
  CHECK(signing.part_of == "ev-2024-07-11-vn-la-state-visit");
}

TEST_CASE("seed: text search finds To Lam however it is typed", "[seed]") {
  EventFilter plain, native;
  plain.text = "to lam";
  native.text = "TÔ LÂM";
  const auto a = query_events(shipped(), plain);
  CHECK(a.size() >= 5);
  CHECK(a == query_events(shipped(), native));
}

TEST_CASE("seed: every partner of the articles is present", "[seed]") {
  for (const char* partner : {"Indonesia", "Laos", "Cambodia"}) {
    EventFilter f;
    f.partners = {partner};
    INFO(partner);
    CHECK_FALSE(query_events(shipped(), f).empty());
  }
}
