#include "app_frame.h"

#include <algorithm>

#include "app_state.h"
#include "app_ui.h"
#include "data_menu.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "imgui_internal.h"  // ErrorCheckEndFrameRecover
#include "platform.h"
#include "settings.h"

namespace atlas {
namespace {
// A phone's 3x pixels times a 200% setting would need a font texture larger
// than some GPUs take: past this scale the glyphs are stretched instead.
constexpr float kMaxFontAtlasScale = 4.5f;
}  // namespace

LookChange apply_look(AppState& state, Fonts& fonts, Theme& applied_theme, float pixel_ratio) {
  const float scale = pixel_ratio * ui_scale();
  const Theme theme = effective_theme();
  if (scale == fonts.scale && theme == applied_theme) return LookChange::None;
  const bool new_fonts = scale != fonts.scale;
  if (new_fonts) {
    const float atlas_scale = std::min(scale, kMaxFontAtlasScale);
    load_fonts(fonts_dir(), atlas_scale, fonts);
    fonts.scale = scale;
    ImGui::GetIO().FontGlobalScale = scale / atlas_scale;
  }
  apply_theme(scale, has_touch_screen(), theme);
  applied_theme = theme;
  ImGui::GetIO().MouseDragThreshold = 8.0f * pixel_ratio;
  state.stats().pixel_ratio = pixel_ratio;
  state.stats().ui_scale = ui_scale();
  return new_fonts ? LookChange::Fonts : LookChange::Style;
}

void draw_frame_ui(AppState& state, Views& views, DataMenu& data_menu, const Fonts& fonts) {
  begin_frame_text_fields();
  use_ui_language(effective_language());  // the system's language may have changed
  const ImGuiIO& io = ImGui::GetIO();
  FrameStats& stats = state.stats();
  stats.logical_width = io.DisplaySize.x / stats.pixel_ratio;
  stats.logical_height = io.DisplaySize.y / stats.pixel_ratio;
  stats.widgets.clear();
  stats.labels.clear();
  // A frame that throws (a bug, bytes a parser did not expect) must not end
  // the app: close what it left open, say so, and draw the next frame.
  try {
    draw_app(state, views, fonts);
    data_menu.draw_window(state, fonts);
  } catch (const std::exception& e) {
    ImGui::ErrorCheckEndFrameRecover(nullptr);
    state.add_notice(
        trf("Something went wrong while drawing this view ({error}); the app goes on, and your data is "
            "as it was.",
            {{"error", e.what()}}));
  }
  end_frame_text_input(io.WantTextInput);
}

}  // namespace atlas
