// Facts about the frames drawn, kept for the test hook, the headless
// layout checks and the benches' slowest-frame figures.
#pragma once
#include <map>
#include <string>

#include "pinch_gesture.h"

namespace atlas {

// A widget's rectangle in logical pixels, from the last frame drawn.
struct WidgetRect {
  float x = 0, y = 0, width = 0, height = 0;
  bool clipped = false;  // part of it is scrolled or cut away (the rectangle is the visible part)
};

// Facts about the frames drawn so far, for the test hook and budgets.
struct FrameStats {
  long frames = 0;             // frames rendered (idle frames are skipped)
  double first_frame_ms = -1;  // time of the first rendered frame
  float logical_width = 0;     // the window in logical (CSS) pixels
  float logical_height = 0;
  float pixel_ratio = 1;      // physical pixels per logical pixel
  float ui_scale = 1;         // the user's scale setting on top (settings.h):
                              // sizes in UI units are pixel_ratio * ui_scale
  bool wide_layout = false;   // list and detail side by side
  bool short_layout = false;  // a phone on its side: rows of one line, a lower tab bar
  // Where the header left room on its row for the view's toolbar (a phone
  // on its side: the search box takes the title's place), in screen
  // pixels; width 0 when it did not.
  float header_toolbar_x = 0, header_toolbar_y = 0, header_toolbar_width = 0;
  // Centre of the first list row in logical pixels (-1 when not shown),
  // so browser tests can tap it like a user.
  float first_row_x = -1;
  float first_row_y = -1;
  float search_field_x = -1;  // centre of the search box, likewise
  float search_field_y = -1;
  // Named widgets drawn in the last frame (see note_widget), so tests can
  // find and tap them like a user. Cleared at the start of every frame.
  std::map<std::string, WidgetRect> widgets;
  // Two fingers this frame: the zoom they ask for (pinch_gesture.h).
  PinchStep pinch;
  // The words drawn on some of them (the tabs: "tab:people" -> "Nhân vật"),
  // so tests see the language on screen. Cleared with them.
  std::map<std::string, std::string> labels;
  // The longest frame of work (App::step) and what the app was doing
  // (bench/web-load.mjs tells the app's own long frames from the browser's).
  double slowest_step_ms = 0;
  const char* slowest_step_phase = "";
  std::map<std::string, double> slowest_step_by_phase;  // the same, per phase
};

}  // namespace atlas
