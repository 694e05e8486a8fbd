#include "widgets.h"

#include "app_state.h"

#include <algorithm>
#include <cfloat>
#include <cstring>

#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui_internal.h"  // ImGuiWindow::InnerRect
#include "platform.h"
#include "theme.h"

namespace atlas {

void text_wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
}

void text_wrapped_colored(const ImVec4& color, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  text_wrapped(text);
  ImGui::PopStyleColor();
}

void tallies_updating_note(AppState& state) {
  if (state.tallies_current()) return;
  const int percent = int(state.tallies_progress() * 100.0f);
  text_wrapped_colored(palette::kMutedText,
                       tr_count("Counting {n} events ({percent}%); the figures below update when done.",
                                (long long)state.dataset().events.size(), {{"percent", std::to_string(percent)}}));
  note_widget(state, "tallies-updating");
}

void section_heading(const char* label, const Fonts& fonts) {
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.5f));
  ImGui::PushFont(fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::Separator();
}

namespace {

// On a touch screen a link is a finger tall (44 px): an invisible button of
// at least that height, its text at the top so that it lines up with a
// field's label beside it.
bool finger_sized_link(const std::string& text, float wrap_width) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap_width);
  const float h = std::max(size.y, 44.0f * ui_px());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##link:" + text).c_str(), ImVec2(std::max(size.x, 1.0f), h));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(palette::kAccent),
                                      text.c_str(), text.c_str() + text.size(), wrap_width);
  return ImGui::IsItemHovered();
}

}  // namespace

bool link_text(const std::string& text) {
  bool hovered = false;
  if (has_touch_screen()) {
    hovered = finger_sized_link(text, ImGui::GetContentRegionAvail().x);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
    text_wrapped(text);
    ImGui::PopStyleColor();
    hovered = ImGui::IsItemHovered();
  }
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(palette::kAccent));
  }
  return hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !pointer_was_dragged();
}

std::string person_name(const accord::Person& p) {
  const ImFont* font = ImGui::GetFont();
  const char* s = p.native_name.c_str();
  const char* end = s + p.native_name.size();
  if (s == end) return p.name;
  while (s < end) {
    unsigned int c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    if (c == 0 || c > 0xFFFF || !font->FindGlyphNoFallback(ImWchar(c))) return p.name;
  }
  return p.native_name;
}

bool begin_fields(const char* id, float label_width) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_None)) return false;
  ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, label_width);
  ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

void field_label(const char* label) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextColored(palette::kMutedText, "%s", label);
  ImGui::TableNextColumn();
}

void field(const char* label, const std::string& value) {
  if (value.empty()) return;
  field_label(label);
  text_wrapped(value);
}

void end_fields() { ImGui::EndTable(); }

void drag_to_scroll() {
  const ImGuiIO& io = ImGui::GetIO();
  // Only drags that started on the contents: the scrollbar drags itself.
  const bool started_inside = ImGui::GetCurrentWindow()->InnerRect.Contains(io.MouseClickedPos[0]);
  if (started_inside && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  }
}

void drag_to_scroll_sideways_in_page() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const bool started_inside = window->InnerRect.Contains(io.MouseClickedPos[0]);
  if (!started_inside || !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) ||
      !ImGui::IsMouseDragging(ImGuiMouseButton_Left))
    return;
  ImGui::SetScrollX(window->Scroll.x - io.MouseDelta.x);
  if (ImGuiWindow* page = window->ParentWindow) ImGui::SetScrollY(page, page->Scroll.y - io.MouseDelta.y);
}

bool pointer_was_dragged() {
  const ImGuiIO& io = ImGui::GetIO();
  return io.MouseDragMaxDistanceSqr[0] > io.MouseDragThreshold * io.MouseDragThreshold;
}

void note_widget(AppState& state, const std::string& name) {
  note_rect(state, name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void note_rect(AppState& state, const std::string& name, ImVec2 min, ImVec2 max) {
  const float scale = state.stats().pixel_ratio;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  // Only the visible part counts: its centre is where a tap lands on the
  // widget (a row spanning table columns is clipped to the first column).
  const ImVec2 lo(std::max(min.x, clip_min.x), std::max(min.y, clip_min.y));
  const ImVec2 hi(std::min(max.x, clip_max.x), std::min(max.y, clip_max.y));
  if (hi.x - lo.x < 1.0f || hi.y - lo.y < 1.0f) return;
  const bool clipped = lo.x > min.x || lo.y > min.y || hi.x < max.x || hi.y < max.y;
  state.stats().widgets[name] = {lo.x / scale, lo.y / scale, (hi.x - lo.x) / scale, (hi.y - lo.y) / scale, clipped};
}

float ui_px() {
  // The body font is built at kBodyFontSize times the UI scale.
  const ImGuiIO& io = ImGui::GetIO();
  const ImFont* body = io.FontDefault ? io.FontDefault : (io.Fonts->Fonts.empty() ? nullptr : io.Fonts->Fonts[0]);
  return body ? body->FontSize / kBodyFontSize : 1.0f;
}

float target_height(const AppState& state) {
  const float frame = ImGui::GetFrameHeight();
  return state.stats().wide_layout ? frame : std::max(frame, 44.0f * ui_px());
}

void open_filtered_timeline(AppState& state, const accord::EventFilter& filter) {
  accord::ViewState next = state.view_state();
  next.view = accord::View::Timeline;
  next.filter = filter;
  next.selected.clear();
  state.navigate(next);
}

bool back_button(AppState& state, accord::View fallback) {
  const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput;
  const float h = target_height(state);
  const bool tapped = ImGui::Button(tr_id("\u2190 Back", "back").c_str(), ImVec2(0, h));
  note_widget(state, "back");
  if (!tapped && !escape) return false;
  if (state.can_go_back())
    state.back();
  else
    state.navigate_to(fallback);
  return true;
}

bool chip_button(const std::string& label, bool selected, float height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad_x = style.FramePadding.x * 1.25f;
  ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, true);
  // A label wider than the row wraps inside a taller chip: cut, it could
  // not be read anywhere (a mechanism's long name on a phone).
  // Only at the start of a line: elsewhere the caller moves it to the next.
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float line_start = window->Pos.x + window->DC.Indent.x + window->DC.ColumnsOffset.x;
  const bool at_line_start = ImGui::GetCursorScreenPos().x <= line_start + 1.0f;
  const float room = ImGui::GetContentRegionAvail().x;
  float wrap_w = 0.0f;
  if (at_line_start && text.x + pad_x * 2 > room && room > pad_x * 2 + ImGui::GetFontSize() * 4) {
    wrap_w = room - pad_x * 2;
    text = ImGui::CalcTextSize(label.c_str(), nullptr, true, wrap_w);
  }
  const float h0 = height > 0 ? height : ImGui::GetFrameHeight();
  const float h = std::max(h0, text.y + style.FramePadding.y * 2);
  const ImVec2 size(text.x + pad_x * 2, h);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton(label.c_str(), size);
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 fill = selected ? ImGui::GetColorU32(palette::kAccent)
                              : ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
  const float rounding = h0 * 0.5f;
  dl->AddRectFilled(min, max, fill, rounding);
  if (!selected) dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), rounding);
  const ImU32 ink = selected ? ImGui::GetColorU32(palette::kBackground) : ImGui::GetColorU32(ImGuiCol_Text);
  const char* end = ImGui::FindRenderedTextEnd(label.c_str());
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
              ImVec2(min.x + (size.x - text.x) * 0.5f, min.y + (h - text.y) * 0.5f), ink, label.c_str(), end, wrap_w);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return clicked && !pointer_was_dragged();
}

bool link(AppState& state, const std::string& text, const std::string& name) {
  const bool tapped = link_text(text);
  note_widget(state, name);
  return tapped;
}

int inline_links(AppState& state, const std::vector<std::string>& labels, const std::vector<std::string>& names) {
  int tapped = -1;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string text = labels[i] + (i + 1 < labels.size() ? "," : "");
    if (i > 0) {
      ImGui::SameLine(0, ImGui::CalcTextSize(" ").x);
      if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(text.c_str()).x > right) ImGui::NewLine();
    }
    ImGui::PushID(int(i));
    bool hovered = false;
    if (has_touch_screen()) {
      hovered = finger_sized_link(text, 0.0f);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
      ImGui::TextUnformatted(text.c_str());
      ImGui::PopStyleColor();
      hovered = ImGui::IsItemHovered();
    }
    ImGui::PopID();
    if (hovered) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(palette::kAccent));
      if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !pointer_was_dragged()) tapped = int(i);
    }
    if (i < names.size() && !names[i].empty()) note_widget(state, names[i]);
  }
  return tapped;
}

void draw_clipped_text(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 col, const char* begin, const char* end) {
  const ImVec2 size = ImGui::CalcTextSize(begin, end);
  if (pos.x + size.x <= max_x) {
    dl->AddText(pos, col, begin, end);
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  const ImVec2 max(max_x, pos.y + size.y);
  ImGui::RenderTextEllipsis(dl, pos, max, max_x, max_x, begin, end, &size);
  ImGui::PopStyleColor();
}

int arrow_key_step() {
  if (!ImGui::IsWindowFocused() || ImGui::GetIO().WantTextInput) return 0;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) return -1;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) return 1;
  return 0;
}

size_t stepped_row(size_t current, size_t count, int step) {
  if (count == 0) return 0;
  if (current >= count) return 0;
  if (step < 0) return current == 0 ? 0 : current - 1;
  return std::min(current + 1, count - 1);
}

void keep_row_in_view(size_t row, float row_height, float top) {
  const float y = top + float(row) * row_height;
  const float scroll = ImGui::GetScrollY(), height = ImGui::GetWindowHeight();
  if (y < scroll)
    ImGui::SetScrollY(y);
  else if (y + row_height > scroll + height)
    ImGui::SetScrollY(y + row_height - height);
}

bool list_row(const char* id, bool selected, float height) {
  return ImGui::Selectable(id, selected, ImGuiSelectableFlags_None, ImVec2(0, height)) && !pointer_was_dragged();
}

TwoLines two_line_layout(const std::string& text, float width) {
  TwoLines out;
  const ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  auto text_w = [&](const char* b, const char* e) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, e).x; };
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  const char* wrap = font->CalcWordWrapPositionA(1.0f, begin, end, width);
  if (wrap == begin) wrap = std::min(end, begin + 1);  // a word wider than the row
  out.first.assign(begin, wrap);
  while (wrap < end && (*wrap == ' ' || *wrap == '\n')) ++wrap;
  if (wrap == end) return out;
  if (text_w(wrap, end) <= width) {
    out.second.assign(wrap, end);
    return out;
  }
  out.cut = true;
  // The last words, up to about 45% of the line, then the start of the
  // rest in what is left before the "…".
  const char* ellipsis = " \u2026 ";
  const float ellipsis_w = text_w(ellipsis, ellipsis + std::strlen(ellipsis));
  const char* tail = end;
  for (const char* p = end; p > wrap; --p) {
    if (p[-1] != ' ') continue;
    if (text_w(p, end) > width * 0.45f) break;
    tail = p;
  }
  if (tail == end) {  // one long last word: no tail, cut the line at its end
    const char* cut = font->CalcWordWrapPositionA(1.0f, wrap, end, width - ellipsis_w);
    out.second.assign(wrap, cut == wrap ? wrap + 1 : cut);
    while (!out.second.empty() && out.second.back() == ' ') out.second.pop_back();
    out.second += "\u2026";
    return out;
  }
  const float head_room = width - text_w(tail, end) - ellipsis_w;
  const char* head = head_room > 0 ? font->CalcWordWrapPositionA(1.0f, wrap, tail, head_room) : wrap;
  std::string first_words(wrap, head);
  while (!first_words.empty() && first_words.back() == ' ') first_words.pop_back();
  out.second = first_words + (first_words.empty() ? "\u2026 " : ellipsis) + std::string(tail, end);
  return out;
}

bool draw_two_lines(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 col, const std::string& text) {
  const TwoLines lines = two_line_layout(text, max_x - pos.x);
  dl->AddText(pos, col, lines.first.c_str(), lines.first.c_str() + lines.first.size());
  if (!lines.second.empty())
    draw_clipped_text(dl, ImVec2(pos.x, pos.y + ImGui::GetTextLineHeight()), max_x, col, lines.second.c_str(),
                      lines.second.c_str() + lines.second.size());
  return lines.cut;
}

}  // namespace atlas
