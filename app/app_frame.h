// What every frame does around the views, shared by the app (main.cpp)
// and the headless tests (tests/headless), so both draw the same thing:
// the look at the current scale, then the UI between ImGui::NewFrame()
// and ImGui::Render().
#pragma once
#include "theme.h"

namespace atlas {

class AppState;
class DataMenu;
struct Fonts;
struct Views;

// What apply_look changed. Fonts: the atlas was rebuilt, so the renderer
// must upload its texture again.
enum class LookChange { None, Style, Fonts };

// Fonts at `pixel_ratio` times the user's scale setting, the settings'
// theme and the platform's touch sizes; does nothing when none changed
// since the last call (`applied_theme` remembers the theme).
LookChange apply_look(AppState& state, Fonts& fonts, Theme& applied_theme, float pixel_ratio);

// One frame's UI: the app window with the current view, then the Data
// window when open. Call between ImGui::NewFrame() and ImGui::Render().
void draw_frame_ui(AppState& state, Views& views, DataMenu& data_menu, const Fonts& fonts);

}  // namespace atlas
