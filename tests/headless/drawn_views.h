// Every view drawn on each dataset at each screen size, as the layout
// tests look at them: the hook's answer and the named widgets.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "headless_app.h"

namespace atlas::testing {

struct DrawnView {
  std::string dataset;  // file name, for messages
  Screen screen;
  std::string asked;                          // the view opened (views_to_visit's name)
  nlohmann::json hook;                        // AppState::state_json after the frames
  std::map<std::string, WidgetRect> widgets;  // with clipped flags the hook leaves out
  std::string where() const;                  // "small.json 390x844 people"
};

// The fixture and the shipped dataset.
std::vector<std::string> datasets_to_draw();
// Opens `view` on a fresh app and draws a few frames.
DrawnView draw_view(const std::string& dataset, Screen screen, const std::string& view);
// Every dataset x {desktop, phone} x every view.
const std::vector<DrawnView>& all_drawn_views();

}  // namespace atlas::testing
