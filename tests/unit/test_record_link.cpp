// Links that carry records: the events asked for and what they refer to,
// valid alone; compact; and the size limit with what to do over it.
#include <catch2/catch.hpp>

#include "dataset_json.h"
#include "fixtures.h"
#include "merge.h"
#include "record_link.h"
#include "validate.h"

TEST_CASE("a record link carries the events and every record they refer to", "[link]") {
  const accord::Dataset d = small_fixture();
  const accord::Dataset records = accord::records_for_events(d, {"ev-1"});
  REQUIRE(records.find_event("ev-1"));
  CHECK_FALSE(records.find_event("ev-3"));
  CHECK(accord::validate(records).empty());  // refers to nothing it does not carry
  CHECK(records.find_person("p-nguyen"));
  CHECK(records.find_country("LAO"));
  CHECK_FALSE(records.find_country("THA"));  // only what ev-1 refers to
  // Merged into data that lacks the event, the event arrives whole.
  accord::Dataset other = d;
  other.events.erase(other.events.begin());
  REQUIRE_FALSE(other.find_event("ev-1"));
  const accord::MergeReport report = accord::merge_dataset(other, records);
  CHECK(report.added_events == 1);
  CHECK(report.conflicts.empty());
  CHECK(other.find_event("ev-1"));
}

TEST_CASE("a record link leaves unknown ids and article text out", "[link]") {
  accord::Dataset d = small_fixture();
  d.sources[0].passage = std::string(5000, 'x');
  const accord::Dataset none = accord::records_for_events(d, {"ev-404"});
  CHECK(none.events.empty());
  const accord::Dataset records = accord::records_for_events(d, {"ev-1", "ev-2"});
  for (const accord::Source& s : records.sources) CHECK(s.passage.empty());
  const std::string payload = accord::record_link_payload(records);
  CHECK(payload.find('\n') == std::string::npos);  // compact
  CHECK(payload.size() < 5000);
  const accord::LoadResult back = accord::parse_dataset(payload);
  REQUIRE(back.ok());
  CHECK(back.dataset.events.size() == 2);
}

TEST_CASE("a record link over 8000 characters is refused with what to do instead", "[link]") {
  CHECK(accord::record_link_size_problem(accord::kMaxRecordLinkChars).empty());
  const std::string problem = accord::record_link_size_problem(accord::kMaxRecordLinkChars + 1);
  CHECK(problem.find("8001 characters; links carry at most 8000") != std::string::npos);
  CHECK(problem.find("Publish") != std::string::npos);
  CHECK(problem.find("export") != std::string::npos);
}
