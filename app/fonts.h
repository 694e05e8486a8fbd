// Noto Sans at the UI scale, with the glyphs Vietnamese and French need
// (ImGui's built-in font has no Vietnamese letters).
#pragma once
#include <string>

struct ImFont;

namespace atlas {

// Font sizes in logical pixels.
inline constexpr float kBodyFontSize = 16.0f;
inline constexpr float kTitleFontSize = 21.0f;

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;  // bold, larger: the detail pane's heading
  float scale = 0;          // the scale the atlas was built at
};

// Rebuilds the font atlas at `scale` physical pixels per logical pixel
// from the fonts in `dir`. Without the font files it falls back to
// ImGui's own font and returns false. The renderer's font texture must be
// re-created afterwards.
bool load_fonts(const std::string& dir, float scale, Fonts& out);

}  // namespace atlas
