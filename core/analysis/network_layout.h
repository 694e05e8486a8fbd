// A force-directed layout (Fruchterman-Reingold) of a small graph, run in
// slices so the app never blocks a frame: step(n) runs n iterations. The
// same graph and seed give the same positions on every platform (a seeded
// SplitMix64, no std distributions), and any slicing gives the same result
// as one run (each iteration's temperature depends only on its number).
#pragma once
#include <cstdint>
#include <vector>

#include "centrality.h"

namespace accord {

struct LayoutPoint {
  double x = 0, y = 0;
};

class ForceLayout {
 public:
  // Positions start at random in the unit square around (0, 0).
  ForceLayout(const Graph& g, uint64_t seed, int iterations = 300);
  // Runs up to `n` more iterations; true when all are done.
  bool step(int n);
  bool done() const { return iteration_ >= iterations_; }
  int iteration() const { return iteration_; }
  int iterations() const { return iterations_; }
  // Inside [-0.5, 0.5] on both axes.
  const std::vector<LayoutPoint>& positions() const { return at_; }

 private:
  void iterate();

  std::vector<Graph::Edge> edges_;
  std::vector<LayoutPoint> at_, move_;
  int iterations_ = 0, iteration_ = 0;
  double k_ = 0;  // the ideal distance between nodes
};

}  // namespace accord
