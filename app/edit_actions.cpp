#include "edit_actions.h"

#include <algorithm>
#include <string>

#include "app_state.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

const char* kImport = tr_key("+ Import");
const char* kUndo = tr_key("Undo");
const char* kRedo = tr_key("Redo");
const char* kNotStored = tr_key("Not stored");

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

}  // namespace

float edit_actions_width(const AppState& state) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float w = 0;
  if (state.view() != View::Import) w += button_width(tr(kImport)) + spacing;
  if (state.can_undo()) w += button_width(tr(kUndo)) + spacing;
  if (state.can_redo()) w += button_width(tr(kRedo)) + spacing;
  if (!state.save_error().empty()) w += button_width(tr(kNotStored)) + spacing;
  return w;
}

void draw_edit_actions(AppState& state, float right_edge) {
  // Ctrl+Z undoes the last change, Ctrl+Shift+Z or Ctrl+Y makes it again,
  // except while a text field has the keyboard (it undoes its own typing).
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && !io.WantTextInput) {
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if (z && !io.KeyShift && state.can_undo())
      state.undo();
    else if ((y || (z && io.KeyShift)) && state.can_redo())
      state.redo();
  }

  const float width = edit_actions_width(state);
  if (width <= 0) return;
  const float height = target_height(state);  // 44 px on a phone
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right_edge - width));
  if (!state.save_error().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
    ImGui::Button(tr(kNotStored), ImVec2(0, height));
    ImGui::PopStyleColor();
    note_widget(state, "save-error");
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
      text_wrapped(trf("The last change could not be stored: {error}. It stays until the app or page is closed.",
                       {{"error", state.save_error()}}));
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::SameLine();
  }
  if (state.can_undo()) {
    if (ImGui::Button(tr(kUndo), ImVec2(0, height))) state.undo();
    note_widget(state, "undo");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", trf("Undo: {change} (Ctrl+Z)", {{"change", state.undo_label()}}).c_str());
    ImGui::SameLine();
  }
  if (state.can_redo()) {
    if (ImGui::Button(tr(kRedo), ImVec2(0, height))) state.redo();
    note_widget(state, "redo");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", trf("Redo: {change} (Ctrl+Shift+Z)", {{"change", state.redo_label()}}).c_str());
    ImGui::SameLine();
  }
  if (state.view() != View::Import) {
    if (ImGui::Button(tr(kImport), ImVec2(0, height))) state.navigate_to(View::Import);
    note_widget(state, "import");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Add an event from a news article"));
  }
}

}  // namespace atlas
