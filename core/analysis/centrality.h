// Centrality on a small undirected graph (the cooperation network after its
// cap, a few hundred nodes): degree, weighted degree, betweenness (Brandes)
// and eigenvector (power iteration).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord {

// Undirected, no self-loops; a pair given twice is two edges (callers merge).
struct Graph {
  size_t nodes = 0;
  struct Edge {
    uint32_t a = 0, b = 0;
    double weight = 1;
  };
  std::vector<Edge> edges;
};

enum class Centrality { Degree, WeightedDegree, Betweenness, Eigenvector };
const char* to_string(Centrality c);         // "degree", "weighted", "betweenness", "eigenvector"
std::string centrality_label(Centrality c);  // "Weighted degree"
std::optional<Centrality> centrality_from_string(const std::string& s);
const std::vector<Centrality>& all_centralities();

// Edges at each node.
std::vector<double> degree_centrality(const Graph& g);
// The sum of the weights of the edges at each node.
std::vector<double> weighted_degree_centrality(const Graph& g);
// Shortest paths (by hops) through each node, over unordered pairs of
// other nodes: a pair with k shortest paths adds 1/k for each path through
// it. A star's centre with n leaves: n(n-1)/2. Brandes' algorithm, O(VE).
std::vector<double> betweenness_centrality(const Graph& g);
// The leading eigenvector of the weighted adjacency matrix, scaled so the
// largest is 1. Iterates with A + I, which has the same eigenvectors but no
// tie between +lambda and -lambda, so bipartite graphs (a star) converge.
std::vector<double> eigenvector_centrality(const Graph& g, int max_iterations = 1000, double tolerance = 1e-10);
std::vector<double> centrality(const Graph& g, Centrality c);

}  // namespace accord
