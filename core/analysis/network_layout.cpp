#include "network_layout.h"

#include <algorithm>
#include <cmath>

namespace accord {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// In [-0.5, 0.5): the top 53 bits as a fraction.
double unit(uint64_t& state) { return double(splitmix64(state) >> 11) / 9007199254740992.0 - 0.5; }

constexpr double kHalf = 0.5;  // the frame: a unit square around (0, 0)

}  // namespace

ForceLayout::ForceLayout(const Graph& g, uint64_t seed, int iterations)
    : at_(g.nodes), move_(g.nodes), iterations_(g.nodes ? std::max(iterations, 0) : 0) {
  for (const Graph::Edge& e : g.edges)
    if (e.a != e.b && e.a < g.nodes && e.b < g.nodes) edges_.push_back(e);
  uint64_t state = seed;
  for (LayoutPoint& p : at_) {
    p.x = unit(state);
    p.y = unit(state);
  }
  k_ = g.nodes ? std::sqrt(1.0 / double(g.nodes)) : 1.0;
}

bool ForceLayout::step(int n) {
  for (int i = 0; i < n && !done(); ++i) iterate();
  return done();
}

void ForceLayout::iterate() {
  const size_t n = at_.size();
  // The temperature (the longest move) cools linearly from a tenth of the frame.
  const double temperature = 0.1 * (1.0 - double(iteration_) / double(iterations_));
  for (LayoutPoint& m : move_) m = {};
  // Every pair repels with k^2 / d.
  for (size_t a = 0; a < n; ++a)
    for (size_t b = a + 1; b < n; ++b) {
      double dx = at_[a].x - at_[b].x, dy = at_[a].y - at_[b].y;
      double d2 = dx * dx + dy * dy;
      if (d2 < 1e-12) {  // two nodes on one spot: push apart along a fixed direction
        dx = 1e-6 * double(a + 1);
        dy = 1e-6 * double(b + 1);
        d2 = dx * dx + dy * dy;
      }
      const double f = k_ * k_ / d2;  // (k^2 / d) along the unit vector (dx, dy) / d
      move_[a].x += dx * f;
      move_[a].y += dy * f;
      move_[b].x -= dx * f;
      move_[b].y -= dy * f;
    }
  // Edges attract with d^2 / k, more for heavier edges (by the log, so
  // one busy pair does not collapse onto itself).
  for (const Graph::Edge& e : edges_) {
    const double dx = at_[e.a].x - at_[e.b].x, dy = at_[e.a].y - at_[e.b].y;
    const double d = std::sqrt(dx * dx + dy * dy);
    const double f = d / k_ * (1.0 + std::log1p(std::max(e.weight, 0.0)) * 0.25);  // (d^2 / k) / d
    move_[e.a].x -= dx * f;
    move_[e.a].y -= dy * f;
    move_[e.b].x += dx * f;
    move_[e.b].y += dy * f;
  }
  for (size_t v = 0; v < n; ++v) {
    // A weak pull to the centre keeps separate components from piling up on the frame.
    move_[v].x -= at_[v].x;
    move_[v].y -= at_[v].y;
    const double length = std::sqrt(move_[v].x * move_[v].x + move_[v].y * move_[v].y);
    if (length > 0) {
      const double capped = std::min(length, temperature);
      at_[v].x += move_[v].x / length * capped;
      at_[v].y += move_[v].y / length * capped;
    }
    at_[v].x = std::clamp(at_[v].x, -kHalf, kHalf);
    at_[v].y = std::clamp(at_[v].y, -kHalf, kHalf);
  }
  ++iteration_;
}

}  // namespace accord
