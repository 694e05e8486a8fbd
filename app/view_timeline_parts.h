// Pieces the timeline's files share (view_timeline*.cpp): the chips that
// filter and the overview's static chips. Not for other views.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace atlas {

class AppState;

inline ImU32 color(const ImVec4& c) { return ImGui::GetColorU32(c); }

// Static chips (the overview's counts).
void draw_chips(const std::vector<std::string>& labels);

// Tappable chips that wrap; `names` are the widget names. Returns the index
// tapped or -1.
int chip_row(AppState& state, const std::vector<std::string>& labels, const std::vector<bool>& selected,
             const std::vector<std::string>& names, float height);

}  // namespace atlas
