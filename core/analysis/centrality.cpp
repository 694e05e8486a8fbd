#include "centrality.h"

#include <algorithm>
#include <cmath>

namespace accord {
namespace {

// Neighbours of each node (each edge both ways), with weights.
struct Adjacency {
  std::vector<std::vector<std::pair<uint32_t, double>>> next;
  explicit Adjacency(const Graph& g) : next(g.nodes) {
    for (const Graph::Edge& e : g.edges) {
      if (e.a == e.b || e.a >= g.nodes || e.b >= g.nodes) continue;
      next[e.a].emplace_back(e.b, e.weight);
      next[e.b].emplace_back(e.a, e.weight);
    }
  }
};

}  // namespace

const char* to_string(Centrality c) {
  switch (c) {
    case Centrality::Degree:
      return "degree";
    case Centrality::WeightedDegree:
      return "weighted";
    case Centrality::Betweenness:
      return "betweenness";
    case Centrality::Eigenvector:
      return "eigenvector";
  }
  return "degree";
}

std::string centrality_label(Centrality c) {
  return c == Centrality::WeightedDegree ? "Weighted degree"
                                         : std::string(1, char(to_string(c)[0] - 'a' + 'A')) + (to_string(c) + 1);
}

std::optional<Centrality> centrality_from_string(const std::string& s) {
  for (Centrality c : all_centralities())
    if (s == to_string(c)) return c;
  return std::nullopt;
}

const std::vector<Centrality>& all_centralities() {
  static const std::vector<Centrality> all{Centrality::Degree, Centrality::WeightedDegree, Centrality::Betweenness,
                                           Centrality::Eigenvector};
  return all;
}

std::vector<double> degree_centrality(const Graph& g) {
  const Adjacency adj(g);
  std::vector<double> out(g.nodes);
  for (size_t v = 0; v < g.nodes; ++v) out[v] = double(adj.next[v].size());
  return out;
}

std::vector<double> weighted_degree_centrality(const Graph& g) {
  const Adjacency adj(g);
  std::vector<double> out(g.nodes, 0.0);
  for (size_t v = 0; v < g.nodes; ++v)
    for (const auto& [w, weight] : adj.next[v]) out[v] += weight;
  return out;
}

std::vector<double> betweenness_centrality(const Graph& g) {
  const Adjacency adj(g);
  const size_t n = g.nodes;
  std::vector<double> out(n, 0.0);
  std::vector<std::vector<uint32_t>> preds(n);
  std::vector<double> paths(n), dependency(n);
  std::vector<int> distance(n);
  std::vector<uint32_t> order, queue;
  for (uint32_t s = 0; s < n; ++s) {
    for (size_t v = 0; v < n; ++v) {
      preds[v].clear();
      paths[v] = 0;
      dependency[v] = 0;
      distance[v] = -1;
    }
    paths[s] = 1;
    distance[s] = 0;
    order.clear();
    queue.assign(1, s);
    for (size_t head = 0; head < queue.size(); ++head) {  // breadth first
      const uint32_t v = queue[head];
      order.push_back(v);
      for (const auto& [w, weight] : adj.next[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue.push_back(w);
        }
        if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
          preds[w].push_back(v);
        }
      }
    }
    for (size_t k = order.size(); k-- > 0;) {  // farthest first
      const uint32_t w = order[k];
      for (uint32_t v : preds[w]) dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
      if (w != s) out[w] += dependency[w];
    }
  }
  for (double& b : out) b /= 2;  // each unordered pair was counted from both ends
  return out;
}

std::vector<double> eigenvector_centrality(const Graph& g, int max_iterations, double tolerance) {
  const Adjacency adj(g);
  const size_t n = g.nodes;
  std::vector<double> x(n, 1.0), next(n);
  for (int it = 0; it < max_iterations; ++it) {
    double largest = 0;
    for (size_t v = 0; v < n; ++v) {
      double sum = x[v];  // the + I
      for (const auto& [w, weight] : adj.next[v]) sum += weight * x[w];
      next[v] = sum;
      largest = std::max(largest, sum);
    }
    if (largest <= 0) break;
    double change = 0;
    for (size_t v = 0; v < n; ++v) {
      next[v] /= largest;
      change = std::max(change, std::fabs(next[v] - x[v]));
    }
    x.swap(next);
    if (change < tolerance) break;
  }
  return x;
}

std::vector<double> centrality(const Graph& g, Centrality c) {
  switch (c) {
    case Centrality::Degree:
      return degree_centrality(g);
    case Centrality::WeightedDegree:
      return weighted_degree_centrality(g);
    case Centrality::Betweenness:
      return betweenness_centrality(g);
    case Centrality::Eigenvector:
      return eigenvector_centrality(g);
  }
  return degree_centrality(g);
}

}  // namespace accord
