// The timeline: every event, newest first, with a detail pane. Wide
// windows show the list and the detail side by side; narrow ones (phones)
// show one at a time with a Back button.
#pragma once
#include <string>

namespace accord {
struct Event;
}

namespace atlas {

class AppState;
struct Fonts;

// Below this width in logical pixels the layout is a single column.
inline constexpr float kWideLayoutMinWidth = 900.0f;

class TimelineView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void draw_toolbar(AppState& state);
  void draw_list(AppState& state, const Fonts& fonts);
  void draw_row(AppState& state, const Fonts& fonts, size_t event_index, bool first_row);
  void draw_detail(AppState& state, const Fonts& fonts, bool with_back_button);
  void draw_event(AppState& state, const Fonts& fonts, const accord::Event& e);
  void draw_overview(const AppState& state, const Fonts& fonts);
  void handle_list_keys(AppState& state);

  char search_[256] = "";
  std::string scrolled_to_;     // the selection the list last scrolled to
  std::string detail_showing_;  // the event the detail pane shows (to reset its scroll)
};

}  // namespace atlas
