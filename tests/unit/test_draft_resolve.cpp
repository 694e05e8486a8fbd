#include <catch2/catch.hpp>

#include "draft_resolve.h"
#include "fixtures.h"
#include "validate.h"

using namespace accord;

namespace {

// A draft as the extractor would give it for invented talks in Vientiane.
ExtractedDraft talks_draft() {
  ExtractedDraft d;
  d.language = "en";
  d.headline = "Vietnam, Laos and Cambodia hold border talks";
  d.published = Date::parse("2024-05-21");
  d.date.date = Date::parse("2024-05-20");
  d.date.date->basis = DateBasis::Weekday;
  d.date.date->reason = "Monday 20 May was a Monday in 2024";
  d.location.city = "Vientiane";
  d.location.country = "Laos";
  d.location.country_id = "LAO";
  d.type = EventType::Talks;
  d.countries = {draft_party("VNM", "Vietnam"), draft_party("LAO", "Laos"), draft_party("KHM", "Cambodia")};
  DraftPerson known;
  known.name = "Nguyen Thi Hoa";
  known.native_name = "Nguyễn Thị Hoa";
  known.title = "Director";
  DraftPerson fresh;
  fresh.name = "Sar Sokha";
  fresh.title = "Minister of Interior";
  fresh.country = "Cambodia";
  fresh.country_id = "KHM";
  d.people = {known, fresh};
  DraftOrganization mps;
  mps.name = "Bộ Công An";  // an alias of org-mps, other case
  DraftOrganization interior;
  interior.name = "Ministry of Interior of Cambodia";
  interior.country_id = "KHM";
  d.organizations = {mps, interior};
  DraftMechanism interpol;
  interpol.name = "Interpol";
  DraftMechanism hotline;
  hotline.name = "hotline";
  d.mechanisms = {interpol, hotline};
  DraftAgreement amend;
  amend.kind = AgreementKind::MoU;
  amend.title = "MoU on border crime";
  amend.action = AgreementAction::Reviewed;
  DraftAgreement plan;
  plan.kind = AgreementKind::Plan;
  plan.title = "Cooperation plan for 2025";
  plan.action = AgreementAction::Signed;
  d.agreements = {amend, plan};
  d.topics = {{"border_control", {}}, {"drugs", {}}};
  d.figures = {{15, "suspects", "handed over", "2024", {}}};
  return d;
}
}  // namespace

TEST_CASE("a draft resolves to existing records where the dataset knows them, new ones elsewhere", "[resolve]") {
  const Dataset d = small_fixture();
  SourceInfo info;
  info.publisher = "Test Wire";
  info.url = "https://example.org/talks";
  const DraftRecords r = resolve_draft(talks_draft(), d, info);

  CHECK(r.event.id == "ev-2024-05-20-vnm-lao-khm-talks");
  CHECK(r.event.countries == std::vector<std::string>{"VNM", "LAO", "KHM"});
  CHECK(r.event.date.basis == DateBasis::Weekday);
  CHECK(r.event.location.city == "Vientiane");
  CHECK(r.event.location.country == "LAO");
  REQUIRE(r.new_countries.size() == 1);
  CHECK(r.new_countries[0].id == "KHM");
  CHECK(r.new_countries[0].name == "Cambodia");

  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].id == "p-nguyen");
  CHECK_FALSE(r.people[0].is_new);
  CHECK(r.people[1].id == "p-sar-sokha");
  CHECK(r.people[1].is_new);
  REQUIRE(r.new_people.size() == 1);
  CHECK(r.new_people[0].country == "KHM");
  CHECK(r.new_people[0].roles.at(0).title == "Minister of Interior");
  CHECK(r.new_people[0].roles.at(0).source == r.source.id);

  CHECK(r.event.organizations == std::vector<std::string>{"org-mps", "org-ministry-of-interior-of-cambodia"});
  CHECK(r.event.mechanisms == std::vector<std::string>{"mech-interpol", "mech-hotline"});

  REQUIRE(r.updated_agreements.size() == 1);
  CHECK(r.updated_agreements[0].id == "ag-base");
  CHECK(r.updated_agreements[0].history.back().event == r.event.id);
  CHECK(r.updated_agreements[0].history.back().action == AgreementAction::Reviewed);
  REQUIRE(r.new_agreements.size() == 1);
  CHECK(r.new_agreements[0].id == "ag-2024-cooperation-plan-for-2025");
  CHECK(r.event.agreements.size() == 2);

  CHECK(r.source.id == "src-2024-05-20-vnm-lao-khm-talks");
  CHECK(r.source.title == "Vietnam, Laos and Cambodia hold border talks");
  CHECK(r.source.publisher == "Test Wire");
  CHECK(r.event.sources == std::vector<std::string>{r.source.id});
  CHECK(r.event.figures.at(0).source == r.source.id);

  bool date_noted = false;
  for (const std::string& n : r.notes) date_noted = date_noted || n.find("inferred (weekday)") != std::string::npos;
  CHECK(date_noted);
}

TEST_CASE("the resolved records apply as one valid change, and undo as one", "[resolve]") {
  Dataset d = small_fixture();
  const std::string before = dataset_to_json(d);
  const DraftRecords r = resolve_draft(talks_draft(), d);
  const DatasetChange change = r.to_change();
  CHECK(change.label == "Add event " + r.event.id);
  EditHistory h;
  REQUIRE(h.apply(d, change) == "");
  CHECK(validate(d).empty());
  CHECK(d.find_event(r.event.id) != nullptr);
  CHECK(d.find_agreement("ag-base")->history.size() == 3);

  // The same article again gets another event id.
  const DraftRecords again = resolve_draft(talks_draft(), d);
  CHECK(again.event.id == r.event.id + "-2");
  CHECK(again.people[1].id == "p-sar-sokha");  // now known
  CHECK(again.new_countries.empty());

  h.undo(d);
  CHECK(dataset_to_json(d) == before);
}

TEST_CASE("a draft without a date or place says so", "[resolve]") {
  ExtractedDraft draft = talks_draft();
  draft.date.date.reset();
  draft.location = DraftLocation();
  const DraftRecords from_published = resolve_draft(draft, small_fixture());
  CHECK(from_published.event.date.iso() == "2024-05-21");
  CHECK(from_published.event.date.basis == DateBasis::PublicationDate);
  draft.published.reset();
  const DraftRecords none = resolve_draft(draft, small_fixture());
  CHECK_FALSE(none.has_date());
  std::string notes;
  for (const std::string& n : none.notes) notes += n + "\n";
  CHECK_THAT(notes, Catch::Contains("no event date"));
  CHECK_THAT(notes, Catch::Contains("no place found"));
}

TEST_CASE("an extracted fixture article resolves against the shipped dataset and applies", "[resolve]") {
  GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  LoadResult data = load_dataset_file(ACCORD_DEFAULT_DATASET);
  REQUIRE(data.ok());
  add_dataset_entries(g.gazetteer, data.dataset);
  ExtractOptions o;
  o.today = Date::parse("2026-11-23");
  const ExtractedDraft draft =
      extract_article(read_text(fixture_path("articles/en_cambodia_weekday.txt")), g.gazetteer, o);
  const DraftRecords r = resolve_draft(draft, data.dataset, {}, &g.gazetteer);
  bool quang = false;
  for (const ResolvedPerson& p : r.people) quang = quang || (p.id == "p-luong-tam-quang" && !p.is_new);
  CHECK(quang);
  CHECK(r.event.countries.at(0) == "VNM");
  CHECK(std::find(r.event.countries.begin(), r.event.countries.end(), "KHM") != r.event.countries.end());
  EditHistory h;
  CHECK(h.apply(data.dataset, r.to_change()) == "");
}

TEST_CASE("an agreement's title alike is not enough: an MoU is not a plan, a name in another order is one person",
          "[resolve]") {
  Dataset d = small_fixture();
  ExtractedDraft draft = talks_draft();
  DraftAgreement plan;
  plan.kind = AgreementKind::Plan;
  plan.title = "Plan on border crime";  // the words of ag-base, an MoU
  plan.action = AgreementAction::Signed;
  draft.agreements = {plan};
  DraftPerson swapped;
  swapped.name = "Hoa Nguyen Thi";  // Nguyen Thi Hoa, given name first
  draft.people = {swapped};
  const DraftRecords r = resolve_draft(draft, d);
  CHECK(r.updated_agreements.empty());
  REQUIRE(r.new_agreements.size() == 1);
  CHECK(r.new_agreements[0].kind == AgreementKind::Plan);
  REQUIRE(r.people.size() == 1);
  CHECK(r.people[0].id == "p-nguyen");
  CHECK_FALSE(r.people[0].is_new);
}
