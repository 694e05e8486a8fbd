// The force layout: the same graph and seed give the same positions, any
// slicing gives what one run gives, positions stay finite and inside the
// frame, and edges pull their ends closer than strangers.
#include <catch2/catch.hpp>

#include <cmath>

#include "network_layout.h"

using namespace accord;

namespace {

// Two rings of ten joined by one edge, and a stray node.
Graph two_rings() {
  Graph g;
  g.nodes = 21;
  for (uint32_t r = 0; r < 2; ++r)
    for (uint32_t k = 0; k < 10; ++k) g.edges.push_back({r * 10 + k, r * 10 + (k + 1) % 10, 1.0 + k});
  g.edges.push_back({0, 10, 3.0});
  return g;
}

double distance(const LayoutPoint& a, const LayoutPoint& b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

TEST_CASE("the layout is the same for the same graph and seed", "[layout-force]") {
  ForceLayout a(two_rings(), 42), b(two_rings(), 42), other(two_rings(), 43);
  a.step(1000);
  b.step(1000);
  other.step(1000);
  REQUIRE(a.done());
  REQUIRE(a.positions().size() == 21);
  bool differs = false;
  for (size_t v = 0; v < 21; ++v) {
    CHECK(a.positions()[v].x == b.positions()[v].x);
    CHECK(a.positions()[v].y == b.positions()[v].y);
    differs = differs || a.positions()[v].x != other.positions()[v].x;
  }
  CHECK(differs);  // the seed matters
}

TEST_CASE("a layout in slices ends where one run ends", "[layout-force]") {
  ForceLayout whole(two_rings(), 7, 120), sliced(two_rings(), 7, 120);
  CHECK(whole.step(120));
  int steps = 0;
  while (!sliced.step(7)) ++steps;
  CHECK(steps == 17);  // 17 slices of 7, then the last 1
  CHECK(sliced.iteration() == 120);
  for (size_t v = 0; v < 21; ++v) {
    CHECK(whole.positions()[v].x == sliced.positions()[v].x);
    CHECK(whole.positions()[v].y == sliced.positions()[v].y);
  }
}

TEST_CASE("positions are finite, inside the frame, neighbours close", "[layout-force]") {
  const Graph g = two_rings();
  ForceLayout layout(g, 3);
  layout.step(1000);
  const auto& p = layout.positions();
  for (const LayoutPoint& q : p) {
    CHECK(std::isfinite(q.x));
    CHECK(std::isfinite(q.y));
    CHECK(std::fabs(q.x) <= 0.5);
    CHECK(std::fabs(q.y) <= 0.5);
  }
  // Ring neighbours sit closer than nodes across the two rings.
  double neighbours = 0, across = 0;
  for (uint32_t k = 0; k < 10; ++k) {
    neighbours += distance(p[k], p[(k + 1) % 10]);
    across += distance(p[k], p[10 + (k + 5) % 10]);
  }
  CHECK(neighbours < across);
  // Nodes do not sit on one another.
  for (size_t a = 0; a < p.size(); ++a)
    for (size_t b = a + 1; b < p.size(); ++b) CHECK(distance(p[a], p[b]) > 1e-4);
}

TEST_CASE("degenerate graphs lay out", "[layout-force]") {
  ForceLayout empty(Graph{}, 1);
  CHECK(empty.step(10));
  CHECK(empty.positions().empty());
  Graph one;
  one.nodes = 1;
  ForceLayout single(one, 1);
  single.step(300);
  CHECK(std::isfinite(single.positions()[0].x));
}
