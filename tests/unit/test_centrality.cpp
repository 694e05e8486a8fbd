// Centrality on graphs small enough to work out by hand: a star, a path,
// a barbell (two triangles joined by a bridge), a square with a diagonal.
#include <catch2/catch.hpp>

#include <cmath>

#include "centrality.h"

using namespace accord;

namespace {

Graph graph(size_t nodes, std::vector<std::pair<uint32_t, uint32_t>> pairs) {
  Graph g;
  g.nodes = nodes;
  for (const auto& [a, b] : pairs) g.edges.push_back({a, b, 1.0});
  return g;
}

// Node 0 the centre, 1..leaves around it.
Graph star(uint32_t leaves) {
  Graph g;
  g.nodes = leaves + 1;
  for (uint32_t k = 1; k <= leaves; ++k) g.edges.push_back({0, k, 1.0});
  return g;
}

}  // namespace

TEST_CASE("a star: the centre is on every path between leaves", "[centrality]") {
  const Graph g = star(4);
  const std::vector<double> degree = degree_centrality(g), between = betweenness_centrality(g);
  CHECK(degree[0] == 4);
  CHECK(degree[3] == 1);
  CHECK(between[0] == Approx(6));  // 4 leaves: 4 * 3 / 2 pairs
  for (size_t k = 1; k < 5; ++k) CHECK(between[k] == Approx(0).margin(1e-12));
  // A x = lambda x with lambda = 2: the centre is 2 x a leaf.
  const std::vector<double> eigen = eigenvector_centrality(g);
  CHECK(eigen[0] == Approx(1));
  for (size_t k = 1; k < 5; ++k) CHECK(eigen[k] == Approx(0.5));
}

TEST_CASE("a path of five: betweenness 0, 3, 4, 3, 0", "[centrality]") {
  const Graph g = graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  const std::vector<double> b = betweenness_centrality(g);
  CHECK(b[0] == Approx(0).margin(1e-12));
  CHECK(b[1] == Approx(3));  // 0 to 2, 3, 4
  CHECK(b[2] == Approx(4));  // {0,1} x {3,4}
  CHECK(b[3] == Approx(3));
  CHECK(b[4] == Approx(0).margin(1e-12));
  // Eigenvector of a path of five: sin(k pi / 6), k = 1..5, scaled: 1/2, sqrt(3)/2, 1, sqrt(3)/2, 1/2.
  const std::vector<double> e = eigenvector_centrality(g);
  CHECK(e[0] == Approx(0.5));
  CHECK(e[1] == Approx(std::sqrt(3.0) / 2));
  CHECK(e[2] == Approx(1));
  CHECK(e[4] == Approx(0.5));
}

TEST_CASE("a barbell: the bridge's ends carry every crossing path", "[centrality]") {
  // Triangles {0, 1, 2} and {3, 4, 5}, bridge 2-3.
  const Graph g = graph(6, {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}, {2, 3}});
  const std::vector<double> b = betweenness_centrality(g);
  CHECK(b[2] == Approx(6));  // {0, 1} x {3, 4, 5}
  CHECK(b[3] == Approx(6));
  CHECK(b[0] == Approx(0).margin(1e-12));
  CHECK(b[5] == Approx(0).margin(1e-12));
  const std::vector<double> e = eigenvector_centrality(g);
  CHECK(e[2] == Approx(1));
  CHECK(e[3] == Approx(1));
  CHECK(e[0] == Approx(e[1]));
  CHECK(e[0] < e[2]);
  CHECK(e[0] == Approx(e[5]));
}

TEST_CASE("two shortest paths share a pair's credit", "[centrality]") {
  // A square 0-1-2-3-0: 0 and 2 are joined through 1 and through 3.
  const std::vector<double> b = betweenness_centrality(graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
  for (double x : b) CHECK(x == Approx(0.5));
}

TEST_CASE("weighted degree sums the weights; isolated nodes score nothing", "[centrality]") {
  Graph g = star(2);
  g.edges[0].weight = 5;
  g.nodes = 4;  // node 3 has no edge
  const std::vector<double> w = weighted_degree_centrality(g);
  CHECK(w[0] == Approx(6));
  CHECK(w[1] == Approx(5));
  CHECK(w[3] == Approx(0));
  const std::vector<double> e = eigenvector_centrality(g);
  CHECK(e[3] == Approx(0).margin(1e-6));
  CHECK(e[0] == Approx(1));
  CHECK(centrality_from_string("betweenness") == Centrality::Betweenness);
  CHECK(centrality_label(Centrality::Eigenvector) == "Eigenvector");
  CHECK(centrality_label(Centrality::WeightedDegree) == "Weighted degree");
  CHECK_FALSE(centrality_from_string("pagerank"));
}
