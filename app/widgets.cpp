#include "widgets.h"

#include "app_state.h"

#include "fonts.h"
#include "imgui_internal.h"  // ImGuiWindow::InnerRect
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

void section_heading(const char* label, const Fonts& fonts) {
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.5f));
  ImGui::PushFont(fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::Separator();
}

bool link_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  text_wrapped(text);
  ImGui::PopStyleColor();
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max,
                                        ImGui::GetColorU32(palette::kAccent));
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
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
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

bool pointer_was_dragged() {
  const ImGuiIO& io = ImGui::GetIO();
  return io.MouseDragMaxDistanceSqr[0] > io.MouseDragThreshold * io.MouseDragThreshold;
}

void note_widget(AppState& state, const std::string& name) {
  const float scale = state.stats().pixel_ratio;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  state.stats().widgets[name] = {min.x / scale, min.y / scale, (max.x - min.x) / scale, (max.y - min.y) / scale};
}

}  // namespace atlas
