// The look: a light, document-like style sized for the UI scale, and the
// few colours views use beyond ImGui's own.
#pragma once
#include "imgui.h"

namespace atlas {

// Resets ImGui's style to the app's look at `scale` physical pixels per
// logical pixel; `touch` widens hit areas for fingers.
void apply_theme(float scale, bool touch);

namespace palette {
inline const ImVec4 kMutedText{0.38f, 0.41f, 0.46f, 1.0f};  // dates, labels, roles
inline const ImVec4 kAccent{0.10f, 0.36f, 0.69f, 1.0f};     // links, headings
inline const ImVec4 kInferred{0.70f, 0.42f, 0.05f, 1.0f};   // inferred dates
inline const ImVec4 kWarning{0.72f, 0.16f, 0.12f, 1.0f};    // load problems
}  // namespace palette

}  // namespace atlas
