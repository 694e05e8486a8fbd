// The header's editing buttons: "+ Import" (opens the Import view) and
// "Undo" (the last change; its label as tooltip), plus Ctrl+Z, and a
// warning when the last change could not be stored.
#pragma once

namespace atlas {

class AppState;

// Width the buttons take on the header line, for right-aligning.
float edit_actions_width(const AppState& state);
// Draws them on the current line, ending where the header's other actions
// begin (`right_edge`, in window coordinates). Handles Ctrl+Z.
void draw_edit_actions(AppState& state, float right_edge);

}  // namespace atlas
