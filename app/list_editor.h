// Editing a list of rows: each row's fields, then Up, Down and Remove
// under it, and "+ Add" at the end. A list of ids (partners, sources) is
// a column of names with the same buttons, and a pick list to add one.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "pick_list.h"

namespace atlas {

class AppState;

enum class RowAction { None, Up, Down, Remove };

// Up, Down and Remove for row `i` of `count` (widgets `name:i:up`,
// `name:i:down`, `name:i:remove`), on the current line's remaining space
// when `same_line`, else on a line of their own.
RowAction row_buttons(AppState& state, const std::string& name, size_t i, size_t count, bool same_line);
// Width row_buttons take on one line.
float row_buttons_width();
// "+ Add ..." (widget `name:add`), full width.
bool add_row_button(AppState& state, const std::string& name, const char* text);
// Moves or removes row `i`; true when the list changed. Forgets the
// typed texts of the list's rows (their names hold row numbers).
template <typename T>
bool apply_row_action(const std::string& name, std::vector<T>& rows, size_t i, RowAction action);
void forget_rows_of(const std::string& name);

// Rows of records: `draw_row(row, row_name)` draws one row's fields, named
// under `row_name` ("edit:participants:2"). True when a row was added,
// moved or removed (`draw_row` reports its own changes).
template <typename T, typename DrawRow>
bool list_editor(AppState& state, const std::string& name, std::vector<T>& rows, const char* add_text,
                 DrawRow draw_row) {
  RowAction action = RowAction::None;
  size_t acted = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string row_name = name + ":" + std::to_string(i);
    ImGui::PushID(row_name.c_str());
    ImGui::BeginGroup();
    draw_row(rows[i], row_name);
    ImGui::EndGroup();
    if (RowAction a = row_buttons(state, name, i, rows.size(), false); a != RowAction::None) {
      action = a;
      acted = i;
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  bool changed = apply_row_action(name, rows, acted, action);
  if (add_row_button(state, name, add_text)) {
    rows.emplace_back();
    changed = true;
  }
  return changed;
}

// A list of ids: each row is `label(id)` with the row buttons; below, a
// pick list (widget `name:add`) adds one. True when the list changed.
template <typename Label>
bool id_list_editor(AppState& state, const std::string& name, std::vector<std::string>& ids, Label label,
                    const PickOptions& options);

// --- template definitions ---------------------------------------------------
template <typename T>
bool apply_row_action(const std::string& name, std::vector<T>& rows, size_t i, RowAction action) {
  if (action == RowAction::None || i >= rows.size()) return false;
  if (action == RowAction::Up && i > 0) std::swap(rows[i], rows[i - 1]);
  if (action == RowAction::Down && i + 1 < rows.size()) std::swap(rows[i], rows[i + 1]);
  if (action == RowAction::Remove) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
  forget_rows_of(name);
  return true;
}

bool id_row(AppState& state, const std::string& row_name, const std::string& text);

template <typename Label>
bool id_list_editor(AppState& state, const std::string& name, std::vector<std::string>& ids, Label label,
                    const PickOptions& options) {
  RowAction action = RowAction::None;
  size_t acted = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string row_name = name + ":" + std::to_string(i);
    ImGui::PushID(row_name.c_str());
    id_row(state, row_name, label(ids[i]));
    if (RowAction a = row_buttons(state, name, i, ids.size(), true); a != RowAction::None) {
      action = a;
      acted = i;
    }
    ImGui::PopID();
  }
  bool changed = apply_row_action(name, ids, acted, action);
  std::string added;
  if (pick_list(state, name + ":add", added, "", options) && !added.empty()) {
    bool present = false;
    for (const std::string& id : ids) present = present || id == added;
    if (!present) {
      ids.push_back(added);
      changed = true;
    }
  }
  return changed;
}

}  // namespace atlas
