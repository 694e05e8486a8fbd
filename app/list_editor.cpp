#include "list_editor.h"

#include "app_state.h"
#include "edit_fields.h"
#include "i18n.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

const char* kUp = tr_key("Up");
const char* kDown = tr_key("Down");
const char* kRemove = tr_key("Remove");

float button_width(const char* text) { return ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2; }

}  // namespace

float row_buttons_width() {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  return button_width(tr(kUp)) + button_width(tr(kDown)) + button_width(tr(kRemove)) + spacing * 2;
}

RowAction row_buttons(AppState& state, const std::string& name, size_t i, size_t count, bool same_line) {
  const float h = target_height(state);
  const std::string row = name + ":" + std::to_string(i);
  RowAction action = RowAction::None;
  if (same_line) {
    ImGui::SameLine();
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - row_buttons_width()));
  }
  ImGui::BeginDisabled(i == 0);
  if (ImGui::Button(tr(kUp), ImVec2(0, h))) action = RowAction::Up;
  ImGui::EndDisabled();
  note_widget(state, row + ":up");
  ImGui::SameLine();
  ImGui::BeginDisabled(i + 1 >= count);
  if (ImGui::Button(tr(kDown), ImVec2(0, h))) action = RowAction::Down;
  ImGui::EndDisabled();
  note_widget(state, row + ":down");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
  if (ImGui::Button(tr(kRemove), ImVec2(0, h))) action = RowAction::Remove;
  ImGui::PopStyleColor();
  note_widget(state, row + ":remove");
  return pointer_was_dragged() ? RowAction::None : action;
}

bool add_row_button(AppState& state, const std::string& name, const char* text) {
  const bool tapped = ImGui::Button(text, ImVec2(-1, target_height(state))) && !pointer_was_dragged();
  note_widget(state, name + ":add");
  return tapped;
}

void forget_rows_of(const std::string& name) { forget_field_texts(name + ":"); }

// One id's row: its name, cut to leave room for the row buttons.
bool id_row(AppState& state, const std::string& row_name, const std::string& text) {
  const float h = target_height(state);
  const float width =
      std::max(ImGui::GetContentRegionAvail().x - row_buttons_width() - ImGui::GetStyle().ItemSpacing.x, h);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, h));
  note_widget(state, row_name);
  const float y = pos.y + (h - ImGui::GetFontSize()) * 0.5f;
  const char* begin = text.c_str();
  draw_clipped_text(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), pos.x + width, ImGui::GetColorU32(ImGuiCol_Text),
                    begin, begin + text.size());
  return false;
}

}  // namespace atlas
