// Small drawing helpers the views share.
#pragma once
#include <string>

#include "imgui.h"
#include "model.h"

namespace atlas {

struct Fonts;
class AppState;

// Records the last item's rectangle under a name for the test hook
// (window.accord.state().widgets), e.g. note_widget(state, "tab:people").
void note_widget(AppState& state, const std::string& name);

// Wrapped text of any length (never goes through a format string).
void text_wrapped(const std::string& text);
void text_wrapped_colored(const ImVec4& color, const std::string& text);
// A section title inside a detail pane: space, bold muted label, rule.
void section_heading(const char* label, const Fonts& fonts);
// Clickable text in the accent colour, underlined when hovered. Wraps.
bool link_text(const std::string& text);

// The person's name in their own spelling ("Tô Lâm") when the current
// font can draw it; otherwise the plain name. (Lao and Khmer need text
// shaping ImGui does not do.)
std::string person_name(const accord::Person& p);

// Rows of "label  value" in two columns (a table). Call between
// begin_fields and end_fields; field_label starts a row and leaves the
// cursor in the value column.
bool begin_fields(const char* id, float label_width);
void field_label(const char* label);
void field(const char* label, const std::string& value);
void end_fields();

// Lets a finger (or a mouse) drag the current window's contents. Call
// inside the scrolled child window.
void drag_to_scroll();
// True while or right after a drag: a release then is not a tap.
bool pointer_was_dragged();

}  // namespace atlas
