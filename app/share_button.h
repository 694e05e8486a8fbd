// "Copy link": copies a link to the current view (its URL hash: view,
// filters, selection) and confirms with a short "Link copied" toast, which
// offers "Copy embed code" (an <iframe> of the same view, embed=1) while
// it lasts.
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace atlas {

class AppState;

// The button (widget "share"), `height` tall; with `with_label` it reads
// "Copy link", else it is a square icon.
void draw_share_button(AppState& state, float height, bool with_label);
// Width the button takes, for right-aligning it.
float share_button_width(float height, bool with_label);

// The toast, drawn over everything near the bottom of the screen while it
// lasts (4 s, longer under the pointer); keeps frames coming only until it
// has faded.
void draw_share_toast(AppState& state);

// For AppState::state_json: "copied_link" and "copied_embed" (the last
// link and embed code copied, or null).
void add_share_state(nlohmann::json& j);

// The header's right-hand buttons: Copy link and Settings, right-aligned
// on the current line (call after the header's other items).
void draw_header_actions(AppState& state);
// The width they take, plus the spacing before them.
float header_actions_width(const AppState& state);

}  // namespace atlas
