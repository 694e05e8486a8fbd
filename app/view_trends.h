// Trends: a heatmap of partners (or topics) by recent months, quarters or
// years, each cell the period's events coloured by its band against the
// periods before it (core/analysis/trends.h). Tapping a row filters the
// timeline to it; a cell, to it in that period.
#pragma once
#include <cstddef>

#include "trends.h"

namespace atlas {

class AppState;
struct Fonts;

class TrendsView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void refresh(const AppState& state, size_t shown);
  void draw_options(AppState& state);
  void draw_table(AppState& state, const Fonts& fonts, float name_w, float cell_w);
  void draw_legend();

  unsigned tallies_version_ = ~0u;
  accord::TrendRows by_ = accord::TrendRows::Partner;
  accord::TrendPeriod period_ = accord::TrendPeriod::Quarter;
  size_t shown_ = 0;
  accord::TrendTable table_;
};

}  // namespace atlas
