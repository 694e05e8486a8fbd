// Partners: a map of the region with a line from the home country to each
// partner weighted by the number of events, a partner x topic matrix and a
// summary per partner. Tapping a country or a cell filters the timeline.
#pragma once
#include <string>
#include <vector>

#include "analytics.h"
#include "event_tallies.h"
#include "map_shapes.h"

namespace atlas {

class AppState;
struct Fonts;

class PartnersView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void refresh(const AppState& state);
  void draw_map(AppState& state, const Fonts& fonts, float width, float height);
  void draw_matrix(AppState& state, const Fonts& fonts);
  void draw_summaries(AppState& state, const Fonts& fonts);

  unsigned data_version_ = ~0u, tallies_version_ = ~0u;
  accord::PartnerTopicMatrix matrix_;
  std::vector<accord::PartnerSummary> summaries_;
  bool map_loaded_ = false;
  accord::MapShapes map_;
  std::string map_error_;
};

}  // namespace atlas
