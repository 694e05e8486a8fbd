#include <catch2/catch.hpp>
#include <cstdio>

#include "analytics.h"
#include "dataset_load.h"
#include "dataset_snapshot.h"
#include "event_index.h"
#include "query.h"
#include "stats.h"
#include "synth.h"

using namespace accord;

namespace {

// Filters that touch every part of the index: facets, dates and text.
std::vector<EventFilter> sample_filters() {
  std::vector<EventFilter> out(5);
  out[1].partners = {"LAO"};
  out[2].topics = {"drugs"};
  out[2].from = Date::parse("2015");
  out[3].text = "ha noi";
  out[4].types = {EventType::Visit, EventType::Talks};
  out[4].text = "nguyen";
  return out;
}

void check_answers_like_query_events(const EventIndex& ix, const Dataset& d) {
  for (const EventFilter& f : sample_filters()) {
    const QueryResult r = ix.query(f);
    CHECK(r.events == query_events(d, f));
  }
}

}  // namespace

TEST_CASE("an index built in slices answers as one built at once", "[load]") {
  const Dataset d = synthesize(9000, 4);
  EventIndexBuild build(d);
  int steps = 0;
  double last = -1;
  while (!build.step()) {
    ++steps;
    CHECK(build.progress() >= last);
    last = build.progress();
  }
  CHECK(steps > 3);
  const EventIndex sliced = build.take();
  const EventIndex whole(d);
  for (const EventFilter& f : sample_filters()) {
    const QueryResult a = sliced.query(f), b = whole.query(f);
    CHECK(a.events == b.events);
    CHECK(a.partner_counts == b.partner_counts);
    CHECK(a.topic_counts == b.topic_counts);
    CHECK(a.type_counts == b.type_counts);
  }
  CHECK(sliced.partner_ids() == whole.partner_ids());
}

TEST_CASE("a dataset loads from a snapshot or JSON file with its index", "[load]") {
  const Dataset original = synthesize(3000, 8);
  const std::string snap = "test-dataset-load.snap", json = "test-dataset-load.json";
  REQUIRE(save_snapshot_file(original, snap).empty());
  REQUIRE(save_dataset_file(original, json).empty());
  for (const std::string& path : {snap, json}) {
    DatasetLoad load = DatasetLoad::from_file(path);
    std::string phases;
    while (!load.step()) phases += std::string(load.phase()) + ";";
    INFO(path << ": " << phases);
    CHECK(phases.find("indexing text") != std::string::npos);
    CHECK(load.progress() == 1.0);
    Dataset d;
    std::vector<Problem> problems;
    const std::unique_ptr<EventIndex> ix = load.take(d, problems);  // the index follows the moved dataset
    CHECK(problems.empty());
    REQUIRE(d.events.size() == 3000);
    CHECK(dataset_to_json(d) == dataset_to_json(original));
    check_answers_like_query_events(*ix, d);
  }
  std::remove(snap.c_str());
  std::remove(json.c_str());
}

TEST_CASE("a missing or corrupt file loads as an empty dataset with a problem", "[load][errors]") {
  DatasetLoad missing = DatasetLoad::from_file("no-such-dataset.snap");
  while (!missing.step()) {
  }
  Dataset d;
  std::vector<Problem> problems;
  std::unique_ptr<EventIndex> ix = missing.take(d, problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].to_string() == "no-such-dataset.snap: cannot open the file");
  CHECK(ix->query({}).total == 0);

  std::string bytes = snapshot_bytes(synthesize(20, 1));
  bytes[bytes.size() / 2] ^= 0x10;
  DatasetLoad corrupt = DatasetLoad::from_bytes(bytes, "upload.snap");
  while (!corrupt.step()) {
  }
  ix = corrupt.take(d, problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].to_string() == "upload.snap: corrupt snapshot: its checksum does not match its contents");
  CHECK(d.events.empty());
}

TEST_CASE("the overview and facet counts made in slices are those made at once", "[load]") {
  const Dataset d = synthesize(5000, 3);
  StatsBuilder stats(d);
  FacetCountsBuilder facets(d);
  int steps = 0;
  while (!stats.step(700)) ++steps;
  CHECK(steps == 5000 / 700);  // the work of a step is bounded
  while (!facets.step(700)) {
  }
  const DatasetStats a = stats.take(), b = compute_stats(d);
  CHECK(a.events == b.events);
  CHECK(a.inferred_dates == b.inferred_dates);
  CHECK(a.first_date == b.first_date);
  CHECK(a.last_date == b.last_date);
  CHECK(a.events_by_partner == b.events_by_partner);
  CHECK(a.events_by_topic == b.events_by_topic);
  CHECK(a.events_by_type == b.events_by_type);
  CHECK(a.events_by_year == b.events_by_year);
  CHECK_FALSE(a.events_by_partner.empty());
  const FacetCounts f = facets.take(), g = facet_counts(d);
  CHECK(f.partners == g.partners);
  CHECK(f.topics == g.topics);
  CHECK(f.types == g.types);
  CHECK(f.years == g.years);
  CHECK_FALSE(f.years.empty());
}
