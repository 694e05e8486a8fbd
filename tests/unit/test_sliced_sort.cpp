#include <algorithm>
#include <catch2/catch.hpp>
#include <climits>
#include <numeric>
#include <random>

#include "sliced_sort.h"

using namespace accord;

namespace {

// The reference: positions by (key, position), as std::stable_sort.
std::vector<uint32_t> stable_order(const std::vector<int32_t>& keys) {
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

// Runs the sort to the end; returns the steps taken and checks each one's work.
size_t run(SlicedKeySort& sort, size_t per_step) {
  size_t steps = 0;
  while (!sort.step()) {
    ++steps;
    REQUIRE(sort.last_step_items() <= per_step);
    REQUIRE(steps < 1000000);  // it ends
  }
  REQUIRE(sort.last_step_items() <= per_step);
  return steps + 1;
}

}  // namespace

TEST_CASE("SlicedKeySort gives std::stable_sort's order, a bounded amount of work per step", "[sliced_sort]") {
  std::mt19937 rng(7);
  const size_t per_step = 1000;
  struct Case {
    const char* name;
    std::vector<int32_t> keys;
  };
  std::vector<Case> cases;
  {
    // Dates as Date::sort_key gives them (yyyymmdd), many ties.
    std::uniform_int_distribution<int> year(1950, 2030), month(1, 12), day(0, 28);
    std::vector<int32_t> keys(20000);
    for (int32_t& k : keys) k = year(rng) * 10000 + month(rng) * 100 + day(rng);
    cases.push_back({"dates", keys});
  }
  {
    // The whole int32 range, negatives and both ends included.
    std::uniform_int_distribution<int32_t> any(INT32_MIN, INT32_MAX);
    std::vector<int32_t> keys(10007);
    for (int32_t& k : keys) k = any(rng);
    keys[5] = INT32_MIN;
    keys[9000] = INT32_MAX;
    keys[77] = INT32_MIN;
    cases.push_back({"full range", keys});
  }
  cases.push_back({"all equal", std::vector<int32_t>(3001, 42)});
  {
    std::vector<int32_t> keys(5000);
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = int32_t(keys.size() - i) / 3;
    cases.push_back({"descending", keys});
  }
  cases.push_back({"one", {-5}});
  for (const Case& c : cases) {
    INFO(c.name);
    SlicedKeySort sort(c.keys, per_step);
    const size_t steps = run(sort, per_step);
    const std::vector<uint32_t> expected = stable_order(c.keys);
    REQUIRE(sort.order() == expected);
    std::vector<int32_t> sorted_keys;
    for (uint32_t i : expected) sorted_keys.push_back(c.keys[i]);
    REQUIRE(sort.sorted_keys() == sorted_keys);
    REQUIRE(sort.progress() == 1.0);
    // Range, count and at most three scatters, each over every key.
    REQUIRE(steps <= 5 * ((c.keys.size() + per_step - 1) / per_step) + 5);
  }
}

TEST_CASE("SlicedKeySort of nothing is done at once", "[sliced_sort]") {
  SlicedKeySort sort({}, 10);
  REQUIRE(sort.done());
  REQUIRE(sort.step());
  REQUIRE(sort.order().empty());
}
