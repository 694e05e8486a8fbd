#include "text_field.h"

#include "app_state.h"
#include "platform.h"
#include "widgets.h"

namespace atlas {
namespace {

// ImGui asks for more room as the user types; the string grows to fit.
int resize_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(size_t(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

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
                                                ImGuiInputTextFlags_CallbackResize, resize_string, &value);
  ImGui::PopStyleVar();
  register_field(state, name, value);
  return changed;
}

bool text_area(AppState& state, const std::string& name, std::string& value, ImVec2 size) {
  if (size.x <= 0) size.x = -1.0f;
  const bool changed = ImGui::InputTextMultiline(("##" + name).c_str(), value.data(), value.capacity() + 1, size,
                                                 ImGuiInputTextFlags_CallbackResize, resize_string, &value);
  register_field(state, name, value);
  return changed;
}

}  // namespace atlas
