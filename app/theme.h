// The look: a light, document-like style and a dark one, sized for the UI
// scale, and the few colours views use beyond ImGui's own.
#pragma once
#include "imgui.h"

namespace atlas {

enum class Theme { Light, Dark };

// Resets ImGui's style to the app's look at `scale` physical pixels per
// logical pixel; `touch` widens hit areas for fingers. Also switches the
// palette below to the theme's colours.
void apply_theme(float scale, bool touch, Theme theme = Theme::Light);
Theme current_theme();

// Colours views use beyond ImGui's style. They follow the theme: read them
// when drawing, never copy them into statics.
namespace palette {
inline ImVec4 kMutedText{0.38f, 0.41f, 0.46f, 1.0f};   // dates, labels, roles
inline ImVec4 kAccent{0.10f, 0.36f, 0.69f, 1.0f};      // links, headings
inline ImVec4 kInferred{0.70f, 0.42f, 0.05f, 1.0f};    // inferred dates
inline ImVec4 kWarning{0.72f, 0.16f, 0.12f, 1.0f};     // load problems
inline ImVec4 kNoticeBg{1.00f, 0.96f, 0.85f, 1.0f};    // notice banner background
inline ImVec4 kNoticeText{0.40f, 0.27f, 0.02f, 1.0f};  // notice banner text
inline ImVec4 kBackground{1.00f, 1.00f, 1.00f, 1.0f};  // behind everything (the GL clear colour)
}  // namespace palette

}  // namespace atlas
