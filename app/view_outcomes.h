// Outcomes: the measured figures (joint cases per year, seizures, arrests)
// as bar charts over time, one per unit, with the source of each bar.
#pragma once
#include <vector>

#include "analytics.h"

namespace atlas {

class AppState;
struct Fonts;

class OutcomesView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void draw_series(AppState& state, const Fonts& fonts, const accord::FigureSeries& series, size_t index);

  unsigned tallies_version_ = ~0u;
  std::vector<accord::FigureSeries> series_;  // each cut to its first points
  size_t hidden_points_ = 0;                  // points cut away, for a note
};

}  // namespace atlas
