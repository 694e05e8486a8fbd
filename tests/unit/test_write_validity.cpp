// Every write keeps the data valid: what validate() accepts is exactly
// what saves to a file that loads back; drafts resolve to valid records
// whatever the extractor found; the store never writes what validate()
// refuses.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

#include "dataset_store.h"
#include "draft_resolve.h"
#include "edit_history.h"
#include "events_csv.h"
#include "extract.h"
#include "fixtures.h"
#include "text_encoding.h"
#include "utf8.h"
#include "validate.h"

using namespace accord;

namespace {

// Saved as JSON and read back, is the dataset one the loader accepts?
// nlohmann refuses to write invalid UTF-8, which counts as "no".
bool round_trips(const Dataset& d) {
  std::string json;
  try {
    json = dataset_to_json(d);
  } catch (const std::exception&) {
    return false;
  }
  LoadResult back = parse_dataset(json);
  return back.ok() && validate(back.dataset).empty();
}

const char* const kBadUtf8 = "Hanoi \xC3\x28 talks";  // a lead byte without its continuation

}  // namespace

TEST_CASE("validate refuses each field the loader would refuse, with its path", "[write]") {
  struct Case {
    const char* path;
    const char* words;
    std::function<void(Dataset&)> mutate;
  };
  const std::vector<Case> cases = {
      {"people[0].roles[0].title", "must not be empty", [](Dataset& d) { d.people[0].roles[0].title.clear(); }},
      {"people[0].name", "must not be empty", [](Dataset& d) { d.people[0].name.clear(); }},
      {"agreements[0].title", "must not be empty", [](Dataset& d) { d.agreements[0].title.clear(); }},
      {"events[0].title", "must not be empty", [](Dataset& d) { d.events[0].title.clear(); }},
      {"events[0].date", "is missing", [](Dataset& d) { d.events[0].date = Date{}; }},
      {"events[0].figures[0].what", "must not be empty", [](Dataset& d) { d.events[0].figures[0].what.clear(); }},
      {"events[0].figures[0].quantity", "finite", [](Dataset& d) { d.events[0].figures[0].quantity = NAN; }},
      {"events[0].participants[0].person", "must not be empty",
       [](Dataset& d) { d.events[0].participants[0].person.clear(); }},
      {"sources[0].title", "must not be empty", [](Dataset& d) { d.sources[0].title.clear(); }},
      {"countries[0].name", "must not be empty", [](Dataset& d) { d.countries[0].name.clear(); }},
      {"organizations[0].name", "must not be empty", [](Dataset& d) { d.organizations[0].name.clear(); }},
      {"events[0].id", "is missing", [](Dataset& d) { d.events[0].id.clear(); }},
      {"events[0].summary", "not valid UTF-8 (byte 7)", [](Dataset& d) { d.events[0].summary = kBadUtf8; }},
      {"people[0].aliases[0]", "not valid UTF-8", [](Dataset& d) { d.people[0].aliases = {kBadUtf8}; }},
      {"events[0].date.reason", "must say why",
       [](Dataset& d) {
         d.events[0].date.basis = DateBasis::Weekday;
         d.events[0].date.reason.clear();
       }},
      {"events[0].date", "not a calendar date", [](Dataset& d) { d.events[0].date.month = 13; }},
      {"events[0].figures[0].unit", "not valid UTF-8", [](Dataset& d) { d.events[0].figures[0].unit = "\xFF"; }},
  };
  for (const Case& c : cases) {
    Dataset d = small_fixture();
    REQUIRE(validate(d).empty());
    REQUIRE_FALSE(d.events[0].figures.empty());
    REQUIRE_FALSE(d.events[0].participants.empty());
    REQUIRE_FALSE(d.people[0].roles.empty());
    c.mutate(d);
    INFO(c.path);
    const std::vector<Problem> problems = validate(d);
    CHECK(has_problem(problems, c.path, c.words));
    CHECK_FALSE(round_trips(d));  // the loader would refuse it too
  }
}

TEST_CASE("validate accepts exactly what saves to a file that loads back (random mutations)", "[write]") {
  const Dataset base = small_fixture();
  std::mt19937 rng(20261207);
  const std::vector<std::string> texts = {"", "Ministry", kBadUtf8, "Đà Nẵng", "\xE2\x82", "x"};
  auto pick_text = [&] { return texts[rng() % texts.size()]; };
  size_t accepted = 0, refused = 0;
  for (int round = 0; round < 2000; ++round) {
    Dataset d = base;
    for (int k = 0, n = 1 + int(rng() % 3); k < n; ++k) {
      Event& e = d.events[rng() % d.events.size()];
      Person& p = d.people[rng() % d.people.size()];
      Agreement& a = d.agreements[rng() % d.agreements.size()];
      switch (rng() % 12) {
        case 0:
          e.title = pick_text();
          break;
        case 1:
          e.summary = pick_text();
          break;
        case 2:
          if (!p.roles.empty()) p.roles[0].title = pick_text();
          break;
        case 3:
          if (!p.roles.empty()) p.roles[0].rank = pick_text();
          break;
        case 4:
          a.title = pick_text();
          break;
        case 5:
          if (!e.figures.empty()) e.figures[0].what = pick_text();
          break;
        case 6:
          if (!e.figures.empty()) e.figures[0].quantity = rng() % 2 ? INFINITY : 12.5;
          break;
        case 7:
          e.date.basis = rng() % 2 ? DateBasis::Weekday : DateBasis::Stated, e.date.reason = pick_text();
          break;
        case 8:
          p.name = pick_text();
          break;
        case 9:
          e.location.city = pick_text();
          break;
        case 10:
          if (!e.commitments.empty()) e.commitments[0].text = pick_text();
          break;
        case 11:
          if (e.date.precision == DatePrecision::Day) e.date.day = int(rng() % 33);
          break;
      }
    }
    const bool valid = validate(d).empty();
    INFO("round " << round);
    REQUIRE(valid == round_trips(d));
    (valid ? accepted : refused) += 1;
  }
  // Both sides of the equivalence were exercised.
  CHECK(accepted > 100);
  CHECK(refused > 100);
}

TEST_CASE("the store never writes a dataset that validate refuses", "[write][store]") {
  TempDir dir;
  const std::string path = dir.file("store.json");
  DatasetStore store(path);
  Dataset d = small_fixture();
  REQUIRE(store.save(d).empty());
  const std::string before = read_text(path);

  d.people[0].roles[0].title.clear();
  const std::string error = store.save(d);
  CHECK(error.find("would not be valid") != std::string::npos);
  CHECK(error.find("people[0].roles[0].title") != std::string::npos);
  CHECK(has_problem(store.refused_problems(), "people[0].roles[0].title", "must not be empty"));
  CHECK(read_text(path) == before);  // byte-identical
  CHECK(DatasetStore(path).load().state == StoreState::Ok);

  d.people[0].roles[0].title = "Director";
  CHECK(store.save(d).empty());
  CHECK(store.refused_problems().empty());
}

// ------------------------------------------------------------ drafts

namespace {

ExtractedDraft minimal_draft() {
  ExtractedDraft d;
  d.language = "en";
  d.headline = "Vietnam and Laos police meet on border crime";
  d.date.date = Date::parse("2024-05-20");
  d.type = EventType::Talks;
  d.countries = {draft_party("VNM", "Vietnam"), draft_party("LAO", "Laos")};
  return d;
}

// Resolves the draft against the fixture, applies it and checks that the
// dataset stays valid and saves to a file that loads. Returns the records.
DraftRecords add_checked(const ExtractedDraft& draft, Dataset& d) {
  const DraftRecords records = resolve_draft(draft, d);
  REQUIRE(records.has_date());
  EditHistory h;
  const std::string refused = h.apply(d, records.to_change());
  INFO(refused);
  REQUIRE(refused.empty());
  CHECK(validate(d).empty());
  CHECK(round_trips(d));
  return records;
}

bool has_note(const DraftRecords& r, const std::string& words) {
  for (const std::string& n : r.notes)
    if (n.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a person with only a rank gets a role titled by the rank", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  DraftPerson officer;
  officer.name = "Khamla Sisouk";
  officer.rank = "Major General";
  officer.country_id = "LAO";
  draft.people = {officer};
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  REQUIRE(r.new_people.size() == 1);
  REQUIRE(r.new_people[0].roles.size() == 1);
  CHECK(r.new_people[0].roles[0].title == "Major General");
  CHECK(r.new_people[0].roles[0].rank.empty());
  CHECK(r.event.participants[0].role == "Major General");
  CHECK(has_note(r, "only a rank (Major General)"));
}

TEST_CASE("a person with neither title nor rank gets no role, one with no name is left out", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  DraftPerson plain;
  plain.name = "Bounmy Vong";
  DraftPerson nameless;
  nameless.title = "Deputy Director";
  draft.people = {plain, nameless};
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  REQUIRE(r.new_people.size() == 1);
  CHECK(r.new_people[0].roles.empty());
  CHECK(r.event.participants.size() == 1);
  CHECK(has_note(r, "a person with no name (Deputy Director) was left out"));
}

TEST_CASE("an agreement with no title is named by its kind and parties", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  DraftAgreement mou;
  mou.kind = AgreementKind::MoU;
  mou.action = AgreementAction::Signed;
  DraftAgreement plan;
  plan.kind = AgreementKind::Plan;
  plan.action = AgreementAction::Signed;
  draft.agreements = {mou, plan};
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  REQUIRE(r.new_agreements.size() == 2);
  CHECK(r.new_agreements[0].title == "MoU between Vietnam and Laos");
  CHECK(r.new_agreements[0].id == "ag-2024-mou-between-vietnam-and-laos");
  CHECK(r.new_agreements[1].title == "Plan between Vietnam and Laos");
  CHECK(has_note(r, "no title in the article"));
}

TEST_CASE("figures: no subject is named by the unit, no unit stays valid, not a number is left out", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  DraftFigure by_unit{14, "kg", "", "", {}};
  DraftFigure bare{3, "", "", "", {}};
  DraftFigure no_unit{27, "", "suspects arrested", "2024", {}};
  DraftFigure nan{NAN, "kg", "heroin", "", {}};
  draft.figures = {by_unit, bare, no_unit, nan};
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  REQUIRE(r.event.figures.size() == 3);
  CHECK(r.event.figures[0].what == "kg");
  CHECK(r.event.figures[1].what == "unspecified figure");
  CHECK(r.event.figures[2].what == "suspects arrested");
  CHECK(r.event.figures[2].unit.empty());
  CHECK(has_note(r, "not a number and was left out"));
}

TEST_CASE("dates: none, no year, or an inferred one without reason", "[write][draft]") {
  Dataset d = small_fixture();
  ExtractedDraft none = minimal_draft();
  none.date.date.reset();
  CHECK_FALSE(resolve_draft(none, d).has_date());  // add refuses: no date to set

  ExtractedDraft yearless = minimal_draft();
  yearless.date.date = Date{};  // a day and month were read, no year could be set
  yearless.date.date->month = 5;
  yearless.date.date->day = 20;
  CHECK_FALSE(resolve_draft(yearless, d).has_date());
  yearless.published = Date::parse("2024-05-21");
  const DraftRecords from_published = add_checked(yearless, d);
  CHECK(from_published.event.date.iso() == "2024-05-21");
  CHECK(from_published.event.date.basis == DateBasis::PublicationDate);

  ExtractedDraft unexplained = minimal_draft();
  unexplained.date.date->basis = DateBasis::Weekday;  // inferred, but says not why
  unexplained.published = Date::parse("2024-05-22");
  const DraftRecords r = add_checked(unexplained, d);
  CHECK(r.event.date.iso() == "2024-05-22");
}

TEST_CASE("no headline: the event and its source are titled by partners and type", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  draft.headline.clear();
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  CHECK(r.event.title == "Vietnam\u2013Laos talks");
  CHECK(r.source.title == r.event.title);
}

TEST_CASE("names in another script get ids that say what they are", "[write][draft]") {
  ExtractedDraft draft = minimal_draft();
  DraftPerson p;
  p.name = "\xE7\x8E\x8B\xE5\xB0\x8F\xE6\xB4\xAA";  // 王小洪
  p.title = "Minister";
  DraftOrganization o;
  o.name = "\xE5\x85\xAC\xE5\xAE\x89\xE9\x83\xA8";  // 公安部
  draft.people = {p};
  draft.organizations = {o};
  Dataset d = small_fixture();
  const DraftRecords r = add_checked(draft, d);
  CHECK(r.new_people[0].id == "p-person");
  CHECK(r.new_organizations[0].id == "org-organization");
}

// ------------------------------------------------------------ encodings

TEST_CASE("text that is not UTF-8 is named by its encoding, never quoted", "[write][encoding]") {
  const std::string utf16le("\xFF\xFE{\0\"\0", 6);
  const std::string utf16_no_mark("{\0\"\0s\0c\0h\0e\0", 12);
  const std::string latin1 = "{\n  \"title\": \"Caf\xE9\"\n}";
  CHECK(encoding_problem("{\"title\": \"Caf\xC3\xA9\"}").empty());
  CHECK(encoding_problem("\xEF\xBB\xBF{}").empty());
  CHECK_THAT(encoding_problem(utf16le), Catch::StartsWith("is UTF-16 text (little-endian, by its byte-order mark)"));
  CHECK_THAT(encoding_problem(std::string("\xFE\xFF\0{", 4)), Catch::Contains("big-endian"));
  CHECK_THAT(encoding_problem(utf16_no_mark), Catch::StartsWith("looks like UTF-16 text"));
  CHECK(encoding_problem(latin1) ==
        "is not UTF-8 text: line 2, column 16 has the byte 0xE9, which UTF-8 does not allow there (is it Latin-1 or "
        "Windows-1252 text?): save it as UTF-8 and try again");

  // Each reader says it, before anything else.
  const LoadResult dataset = parse_dataset(utf16le);
  REQUIRE(dataset.problems.size() == 1);
  CHECK_THAT(dataset.problems[0].message, Catch::StartsWith("is UTF-16 text"));
  const LoadResult latin = parse_dataset(latin1);
  REQUIRE(latin.problems.size() == 1);
  CHECK(is_valid_utf8(latin.problems[0].to_string()));  // the bad byte is not quoted
  const CsvImport csv = parse_events_csv(utf16le, Dataset{});
  REQUIRE(csv.problems.size() == 1);
  CHECK_THAT(csv.problems[0].message, Catch::StartsWith("the file is UTF-16 text"));
  CHECK_THAT(check_article_text(utf16le + std::string("a\0b\0", 4)), Catch::StartsWith("the text is UTF-16 text"));
}

TEST_CASE("valid_utf8 replaces each ill-formed byte and keeps the rest", "[write][encoding]") {
  size_t replaced = 0;
  CHECK(valid_utf8("Caf\xC3\xA9", &replaced) == "Caf\xC3\xA9");
  CHECK(replaced == 0);
  CHECK(valid_utf8("a\xE9"
                   "b\xC0\xAF"
                   "c",
                   &replaced) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD\xEF\xBF\xBD"
        "c");
  CHECK(replaced == 3);                                                         // an overlong '/' is two bad bytes
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));                                     // an emoji
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));                               // past U+10FFFF
}

TEST_CASE("wide Unicode is told apart from binary data", "[write][encoding]") {
  CHECK(is_wide_unicode(std::string("\xFF\xFE{\0", 4)));
  CHECK(is_wide_unicode(std::string("\xFF\xFE\0\0{\0\0\0", 8)));
  CHECK(is_wide_unicode(std::string("{\0\"\0t\0i\0", 8)));
  CHECK_FALSE(is_wide_unicode("plain UTF-8 text, Đà Nẵng"));
  CHECK_FALSE(is_wide_unicode(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));  // an image is binary
}
