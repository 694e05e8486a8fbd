// The app without a window: a Dear ImGui context with no backend, the
// real fonts, and the same per-frame UI as main.cpp (app_frame.h), on the
// headless platform (app/platform_headless.cpp). Frames are drawn on demand;
// what they showed is read back through the test hook (AppState::state_json).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "app_ui.h"
#include "data_menu.h"
#include "fonts.h"
#include "imgui.h"
#include "pinch_gesture.h"
#include "theme.h"
#include "view_timeline.h"

struct ImGuiContext;

namespace atlas::testing {

struct Screen {
  float width, height;
  bool touch;  // a phone: touch targets are larger
};
inline constexpr Screen kDesktop{1280, 800, false};
inline constexpr Screen kPhone{390, 844, true};

class HeadlessApp {
 public:
  HeadlessApp(const std::string& dataset_path, Screen screen);
  ~HeadlessApp();
  HeadlessApp(const HeadlessApp&) = delete;
  HeadlessApp& operator=(const HeadlessApp&) = delete;

  // Draws `count` frames, each as main.cpp's step() does once input is in.
  void frames(int count);
  // A tap at the centre of the named widget of the last frame: pressed in
  // one frame, released in the next, then a few frames to settle. False
  // when the last frame drew no such widget.
  bool tap(const std::string& widget);
  // A key pressed in one frame and released in the next (ImGuiKey_Escape...).
  void press(ImGuiKey key);
  // The mouse wheel turned `notches` over the named widget (negative:
  // scrolls the content up, showing what is below). False when not drawn.
  bool wheel(const std::string& widget, float notches);
  // The same at a point (logical pixels), over whatever is drawn there.
  void wheel_at(float x, float y, float notches);
  // A press at the centre of the named widget, a move by (dx, dy) logical
  // pixels over a few frames, and a release. False as for tap().
  bool drag(const std::string& widget, float dx, float dy);
  // Two fingers on the named widget's centre, 80 logical pixels apart,
  // spread (or drawn together) to `factor` times that over a few frames,
  // then lifted. False as for tap().
  bool pinch(const std::string& widget, float factor);

  AppState& state() { return state_; }
  DataMenu& data_menu() { return data_menu_; }
  // The test hook's answer (what window.accord.state() returns in a browser).
  nlohmann::json hook() const { return nlohmann::json::parse(state_.state_json()); }

 private:
  void frame();

  ImGuiContext* context_ = nullptr;
  AppState state_;
  TimelineView timeline_;
  Views views_{&timeline_};
  DataMenu data_menu_;
  Fonts fonts_;
  PinchGesture fingers_;
  Theme applied_theme_ = Theme::Light;
};

}  // namespace atlas::testing
