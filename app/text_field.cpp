#include "text_field.h"

#include <algorithm>

#include "app_state.h"
#include "imgui_internal.h"  // GImGui->ActiveId: the field an edit was made for
#include "platform.h"
#include "widgets.h"

namespace atlas {
namespace {

// The active field takes the browser's text box's edit whole (web, see
// platform.h), then says what it holds so the box can follow.
void mirror_browser_text_box(ImGuiInputTextCallbackData* data) {
  const unsigned field = ImGui::GetCurrentContext()->ActiveId;
  BrowserTextEdit edit;
  if (take_browser_text_edit(edit) && (edit.field == 0 || edit.field == field)) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, edit.text.data(), edit.text.data() + edit.text.size());
    const int start = std::clamp(edit.selection_start, 0, data->BufTextLen);
    const int end = std::clamp(edit.selection_end, start, data->BufTextLen);
    data->SelectionStart = start;
    data->SelectionEnd = end;
    data->CursorPos = end;
  }
  const int start = std::min(data->SelectionStart, data->SelectionEnd);
  const int end = std::max(data->SelectionStart, data->SelectionEnd);
  note_active_text_field(field, std::string(data->Buf, size_t(data->BufTextLen)), start, end,
                         (data->Flags & ImGuiInputTextFlags_Multiline) != 0);
}

// ImGui asks for more room as the user types; the string grows to fit.
int field_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(size_t(data->BufTextLen));
    data->Buf = text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
    mirror_browser_text_box(data);
  }
  return 0;
}

constexpr ImGuiInputTextFlags kFieldFlags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways;

void register_field(AppState& state, const std::string& name, const std::string& value) {
  note_widget(state, name);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  note_text_field(min.x, min.y, max.x, max.y, value.c_str());
}

}  // namespace

bool text_field(AppState& state, const std::string& name, std::string& value, const char* hint, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = target_height(state);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  ImGui::SetNextItemWidth(width > 0 ? width : -1.0f);
  const bool changed = ImGui::InputTextWithHint(("##" + name).c_str(), hint, value.data(), value.capacity() + 1,
                                                kFieldFlags, field_callback, &value);
  ImGui::PopStyleVar();
  register_field(state, name, value);
  return changed;
}

bool text_area(AppState& state, const std::string& name, std::string& value, ImVec2 size) {
  if (size.x <= 0) size.x = -1.0f;
  const bool changed = ImGui::InputTextMultiline(("##" + name).c_str(), value.data(), value.capacity() + 1, size,
                                                 kFieldFlags, field_callback, &value);
  register_field(state, name, value);
  return changed;
}

}  // namespace atlas
