#include <catch2/catch.hpp>
#include <map>

#include "fixtures.h"
#include "query.h"
#include "stats.h"
#include "synth.h"

using namespace accord;

namespace {
std::vector<std::string> ids(const Dataset& d, const std::vector<size_t>& hits) {
  std::vector<std::string> out;
  for (size_t i : hits) out.push_back(d.events[i].id);
  return out;
}
using Ids = std::vector<std::string>;
}  // namespace

TEST_CASE("an empty filter lists every event by date", "[query]") {
  const Dataset d = small_fixture();
  CHECK(ids(d, query_events(d, {})) == Ids{"ev-1", "ev-2", "ev-3"});
}

TEST_CASE("partners match by id, name or alias, never the home country", "[query]") {
  const Dataset d = small_fixture();
  EventFilter f;
  f.partners = {"lao pdr"};
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-1", "ev-2"});
  f.partners = {"THA"};
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-2", "ev-3"});
  f.partners = {"Việt Nam"};
  CHECK(query_events(d, f).empty());
  f.partners = {"Narnia"};
  CHECK(query_events(d, f).empty());
  CHECK(find_country_by_name(d, "viet nam")->id == "VNM");
}

TEST_CASE("facets combine: any value within a facet, all facets together", "[query]") {
  const Dataset d = small_fixture();
  EventFilter f;
  f.topics = {"fraud", "training"};
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-2", "ev-3"});
  f.types = {EventType::Dialogue};
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-3"});
  f.partners = {"Laos"};
  CHECK(query_events(d, f).empty());
}

TEST_CASE("date ranges include partly known dates that overlap", "[query]") {
  const Dataset d = small_fixture();
  EventFilter f;
  f.from = Date::parse("2023-07");
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-2", "ev-3"});
  f.from = Date::parse("2024-06-01");  // ev-3 is dated "2024": it may fall after June
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-3"});
  f = {};
  f.to = Date::parse("2022");
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-1"});
}

TEST_CASE("text search ignores case and diacritics across linked entities", "[query]") {
  const Dataset d = small_fixture();
  EventFilter f;
  f.text = "DA NANG";
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-2"});
  f.text = "nguyễn thị";  // a participant's native name
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-1", "ev-2"});
  f.text = "interpol";  // a mechanism
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-1"});
  f.text = "couriers";  // a commitment
  CHECK(ids(d, query_events(d, f)) == Ids{"ev-1"});
  f.text = "submarine";
  CHECK(query_events(d, f).empty());
}

TEST_CASE("a person's role follows the date", "[query]") {
  const Dataset d = small_fixture();
  const Person& p = *d.find_person("p-nguyen");
  CHECK(role_on(p, *Date::parse("2021-05-01")) == "Deputy Director");
  CHECK(role_on(p, *Date::parse("2022-06-30")) == "Deputy Director");
  CHECK(role_on(p, *Date::parse("2022-07-01")) == "Director");
  CHECK(role_on(p, *Date::parse("2018-01-01")).empty());
}

TEST_CASE("stats count events by partner, topic, type and year", "[query][stats]") {
  const DatasetStats s = compute_stats(small_fixture());
  CHECK(s.events == 3);
  CHECK(s.inferred_dates == 2);
  CHECK(s.first_date == "2022-03-01");
  CHECK(s.last_date == "2024");
  using Counts = std::vector<std::pair<std::string, size_t>>;
  CHECK(s.events_by_partner == Counts{{"Laos", 2}, {"Thailand", 2}});
  CHECK(s.events_by_year == Counts{{"2022", 1}, {"2023", 1}, {"2024", 1}});
}

// The counts straight from their definition, one event at a time, on data
// with every partner, topic and type, and events a century apart.
TEST_CASE("stats agree with counting each event's partners, topics, types and years", "[query][stats][synth]") {
  Dataset d = synthesize(5000, 9);
  d.events[7].date = *Date::parse("1890-05");
  std::map<std::string, size_t> partners, topics, types, years;
  for (const Event& e : d.events) {
    for (const std::string& id : event_partners(d, e)) ++partners[d.find_country(id)->name];
    for (const std::string& t : e.topics) ++topics[t];
    ++types[to_string(e.type)];
    ++years[std::to_string(e.date.year)];
  }
  const DatasetStats s = compute_stats(d);
  const auto as_map = [](const std::vector<std::pair<std::string, size_t>>& v) {
    return std::map<std::string, size_t>(v.begin(), v.end());
  };
  CHECK(as_map(s.events_by_partner) == partners);
  CHECK(as_map(s.events_by_topic) == topics);
  CHECK(as_map(s.events_by_type) == types);
  CHECK(as_map(s.events_by_year) == years);
  CHECK(s.events_by_year.front().first == "1890");
  for (size_t i = 1; i < s.events_by_partner.size(); ++i)
    CHECK(s.events_by_partner[i - 1].second >= s.events_by_partner[i].second);  // most frequent first
  CHECK(s.first_date == "1890-05");
}
