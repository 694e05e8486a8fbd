// Small form controls the record forms share: a muted label above each
// field, a combo over an enum, date and number fields that keep what the
// user typed between frames (so half a date is not lost), and a text field
// with suggestions. Every control is a 44 px touch target on a phone.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "imgui.h"
#include "model.h"
#include "widgets.h"

namespace atlas {

class AppState;

// The muted label above a field.
void form_label(const char* text);
// A bold heading between groups of fields ("Participants").
void form_section(const char* text);

// A combo over `values`, shown with `text(v)`. True when changed.
template <typename T, size_t N>
bool enum_combo(AppState& state, const std::string& name, T& value, const T (&values)[N], std::string (*text)(T));

// A combo over fixed words (an event's status: held, planned).
bool choice_combo(AppState& state, const std::string& name, std::string& value,
                  const std::vector<std::string>& choices);

// Dates typed as YYYY, YYYY-MM or YYYY-MM-DD. The typed text stays while
// it is not a date yet; `problem` gets why (when it is still empty). A
// cleared optional field becomes no date. A date the user did not retype
// keeps its basis (an inferred date stays inferred).
bool date_field(AppState& state, const std::string& name, std::optional<accord::Date>& value, const char* what,
                std::string& problem);
bool required_date_field(AppState& state, const std::string& name, accord::Date& value, const char* what,
                         std::string& problem);
// A number typed as text ("12.5"); `problem` as for dates.
bool number_field(AppState& state, const std::string& name, double& value, const char* what, std::string& problem);
// Free text with a drop-down of usual values beside it (a participant's
// part: host, guest, co-chair...).
bool suggest_field(AppState& state, const std::string& name, std::string& value,
                   const std::vector<std::string>& suggestions, const char* hint = "");

// Other names, one a line (easier to fix on a phone than rows).
bool aliases_field(AppState& state, const std::string& name, std::vector<std::string>& aliases);

// The topic vocabulary as chips that wrap; a tap adds or removes one
// (widgets `name:<topic>`). True when changed.
bool topic_chips(AppState& state, const std::string& name, std::vector<std::string>& topics);
// One chip that turns a flag on and off (widget `name`).
bool toggle_chip(AppState& state, const std::string& name, const char* text, bool& value);

// The typed texts of date and number fields live between frames by widget
// name. A new edit forgets them all; a list whose rows moved forgets the
// rows' (their names hold row numbers).
void forget_field_texts();
void forget_field_texts(const std::string& name_prefix);

// --- template definitions ---------------------------------------------------
bool combo_item(AppState& state, const std::string& text, bool selected);

template <typename T, size_t N>
bool enum_combo(AppState& state, const std::string& name, T& value, const T (&values)[N], std::string (*text)(T)) {
  bool changed = false;
  const float h = target_height(state);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  ImGui::SetNextItemWidth(-1);
  const bool open = ImGui::BeginCombo(("##" + name).c_str(), text(value).c_str(), ImGuiComboFlags_HeightLargest);
  ImGui::PopStyleVar();
  note_widget(state, name);
  if (open) {
    for (T v : values) {
      ImGui::PushID(static_cast<int>(v));
      if (combo_item(state, text(v), v == value)) {
        changed = v != value;
        value = v;
      }
      note_widget(state, name + ":" + text(v));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace atlas
