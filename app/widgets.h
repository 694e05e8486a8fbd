// Small drawing helpers the views share.
#pragma once
#include <string>

#include "imgui.h"
#include "model.h"
#include "url_state.h"

namespace atlas {

// Lists of events on a detail page (a person's, an agreement's) stop here:
// with a million events one person may have thousands.
inline constexpr size_t kMaxListedEvents = 200;

struct Fonts;
class AppState;

// Records the last item's rectangle under a name for the test hook
// (window.accord.state().widgets), e.g. note_widget(state, "tab:people").
// Only the visible part is recorded; a widget clipped away entirely is not.
void note_widget(AppState& state, const std::string& name);
// The same for a rectangle that is not an ImGui item (a country on the map).
void note_rect(AppState& state, const std::string& name, ImVec2 min, ImVec2 max);

// --- sizes -----------------------------------------------------------------
// One logical pixel at the current font scale (sizes follow the UI scale).
float ui_px();
// Height of a tappable control: roomier in the narrow (phone) layout.
float target_height(const AppState& state);

// --- navigation --------------------------------------------------------------
// The timeline with only this filter, nothing selected (a link from a
// topic, a partner, a map country, a matrix cell...).
void open_filtered_timeline(AppState& state, const accord::EventFilter& filter);
// "← Back" (widget "back"): the previous place when there is one, else
// `fallback` (the list a detail view belongs to). Also on Escape.
bool back_button(AppState& state, accord::View fallback);

// --- controls ------------------------------------------------------------------
// A rounded pill; `selected` fills it with the accent. Returns true on a
// tap (not at the end of a drag). `height` 0: the frame height.
bool chip_button(const std::string& label, bool selected, float height = 0.0f);
// A link (link_text) recorded as widget `name` when visible.
bool link(AppState& state, const std::string& text, const std::string& name);
// Links in a flowing line, separated by ", "; returns the index tapped or -1.
int inline_links(AppState& state, const std::vector<std::string>& labels, const std::vector<std::string>& names);
// Draws [begin, end) at `pos` cut with "…" at `max_x`.
void draw_clipped_text(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 col, const char* begin, const char* end);
// Text wrapped at word boundaries into at most two lines of `width` in the
// current font. When it needs more, the second line keeps the title's last
// words after a "…" (titles that differ only at the end, "(2021)" and
// "(2024)", stay apart); `cut` says that something was left out.
struct TwoLines {
  std::string first, second;
  bool cut = false;
};
TwoLines two_line_layout(const std::string& text, float width);
// Draws two_line_layout(text, max_x - pos.x) at `pos` (titles in list rows);
// true when the text was cut.
bool draw_two_lines(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 col, const std::string& text);
// A full-width tappable row `height` tall (a Selectable); true on a tap
// that was not a drag.
bool list_row(const char* id, bool selected, float height);
// In a focused list (not while typing): -1 for Up, +1 for Down, else 0.
int arrow_key_step();
// The neighbour `step` rows from `current` among `count` rows (clamped);
// the first row when nothing is current (current >= count).
size_t stepped_row(size_t current, size_t count, int step);
// Scrolls the current window so row `row` of rows `row_height` tall
// (after `top` of other content) is in view.
void keep_row_in_view(size_t row, float row_height, float top = 0.0f);

// Wrapped text of any length (never goes through a format string).
void text_wrapped(const std::string& text);
void text_wrapped_colored(const ImVec4& color, const std::string& text);
// While the views' tallies catch up with a change of data (a million
// events: a second or two), a muted line saying the figures below are
// about to change; nothing otherwise.
void tallies_updating_note(AppState& state);
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
// The same for a child that scrolls sideways inside a page that scrolls
// down (a wide table on a phone): the sideways part of a drag moves the
// child, the rest moves the page, so a swipe that starts on it is not trapped.
void drag_to_scroll_sideways_in_page();
// True while or right after a drag: a release then is not a tap.
bool pointer_was_dragged();

}  // namespace atlas
