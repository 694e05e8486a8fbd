// Network: the cooperation network (core/analysis/cooperation_network.h)
// drawn as nodes sized by a centrality measure and edges, laid out a few
// iterations per frame, with pan and zoom (drag, wheel, pinch, buttons), a ranked
// list beside it (below on a phone), a measure selector and an "as of"
// year slider. Tapping a node or a row opens its page.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "cooperation_network.h"
#include "imgui.h"
#include "network_layout.h"

namespace atlas {

class AppState;
struct Fonts;

class NetworkView {
 public:
  NetworkView();
  ~NetworkView();
  NetworkView(const NetworkView&) = delete;
  NetworkView& operator=(const NetworkView&) = delete;
  void draw(AppState& state, const Fonts& fonts);

 private:
  void refresh(const AppState& state);
  void draw_controls(AppState& state);
  void draw_canvas(AppState& state, const Fonts& fonts, ImVec2 size);
  void draw_ranked(AppState& state, const Fonts& fonts);
  void open_node(AppState& state, uint32_t node);

  // What is drawn, and what it was made from.
  unsigned network_evidence_ = ~0u;
  std::string network_as_of_ = "-";
  accord::Centrality measure_ = accord::Centrality::Degree;
  accord::CooperationNetwork network_;
  accord::Graph graph_;
  std::unique_ptr<accord::ForceLayout> layout_;
  std::vector<double> values_;
  std::vector<accord::RankedNode> ranked_;
  double max_value_ = 0;

  ImVec2 pan_{0, 0};
  float zoom_ = 1.0f;
};

}  // namespace atlas
