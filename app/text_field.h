// Text fields over std::string (any length), registered with the platform
// so a tap on a phone raises the on-screen keyboard (platform.h).
#pragma once
#include <string>

#include "imgui.h"

namespace atlas {

class AppState;

// One line, `width` wide (0: the rest of the row), as tall as a tap
// target. Recorded as widget `name`. True when the text changed.
bool text_field(AppState& state, const std::string& name, std::string& value, const char* hint = "",
                float width = 0.0f);
// Several lines, `size` (0 width: the rest of the row). True when changed.
bool text_area(AppState& state, const std::string& name, std::string& value, ImVec2 size);

}  // namespace atlas
