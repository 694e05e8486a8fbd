#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "dataset_json.h"
#include "query.h"
#include "synth.h"
#include "validate.h"

using namespace accord;

TEST_CASE("synth is deterministic per seed", "[synth]") {
  const std::string a = dataset_to_json(synthesize(500, 42));
  CHECK(a == dataset_to_json(synthesize(500, 42)));
  CHECK(a != dataset_to_json(synthesize(500, 43)));
}

TEST_CASE("synth data validates and round-trips through JSON", "[synth]") {
  for (size_t n : {0u, 1u, 200u, 5000u}) {
    const Dataset d = synthesize(n, 7);
    CHECK(d.events.size() == n);
    const auto problems = validate(d);
    INFO((problems.empty() ? "" : problems[0].to_string()));
    CHECK(problems.empty());
    const LoadResult back = parse_dataset(dataset_to_json(d));
    CHECK(back.ok());
    CHECK(dataset_to_json(back.dataset) == dataset_to_json(d));
  }
}

TEST_CASE("synth data is skewed like real cooperation", "[synth]") {
  const Dataset d = synthesize(20000, 11);
  std::map<std::string, size_t> by_partner, by_topic, by_year;
  size_t with_lineage = 0;
  for (const Event& e : d.events) {
    for (const std::string& p : event_partners(d, e)) ++by_partner[p];
    for (const std::string& t : e.topics) ++by_topic[t];
    ++by_year[std::to_string(e.date.year)];
    CHECK(!e.topics.empty());
    CHECK(e.topics.size() <= 4);
  }
  for (const Agreement& a : d.agreements) with_lineage += !a.amends.empty();

  std::vector<size_t> counts;
  for (const auto& kv : by_partner) counts.push_back(kv.second);
  std::sort(counts.rbegin(), counts.rend());
  CHECK(counts.size() >= 15);
  CHECK(counts.size() <= 20);
  CHECK(counts.front() > 4 * counts[counts.size() / 2]);  // top partner far above the median one
  CHECK(by_partner["LAO"] == counts.front());
  CHECK(by_topic["drugs"] > 5 * by_topic["id_management"]);
  CHECK(by_year["2025"] > 5 * by_year["1996"]);  // growth over time
  CHECK(with_lineage > 0);
  CHECK(d.people.size() >= 500);
}

TEST_CASE("synth writes text in English, French and Vietnamese", "[synth]") {
  const Dataset d = synthesize(3000, 5);
  std::map<std::string, size_t> languages;
  for (const Source& s : d.sources) ++languages[s.language];
  CHECK(languages["en"] > 100);
  CHECK(languages["fr"] > 100);
  CHECK(languages["vi"] > 100);
  const auto any_text = [&](const std::string& words) {
    return std::any_of(d.events.begin(), d.events.end(), [&](const Event& e) {
      return e.title.find(words) != std::string::npos || e.summary.find(words) != std::string::npos;
    });
  };
  CHECK(any_text("hold talks on"));
  CHECK(any_text("Entretiens entre le Vietnam"));
  CHECK(any_text("Hội đàm giữa Bộ Công an Việt Nam"));
  const bool vietnamese_names = std::any_of(d.people.begin(), d.people.end(), [](const Person& p) {
    return p.country == "VNM" && p.native_name != p.name && !p.native_name.empty();
  });
  CHECK(vietnamese_names);
  EventFilter f;
  f.text = "ha noi";  // folded search finds the Vietnamese spelling
  CHECK(!query_events(d, f).empty());
}
