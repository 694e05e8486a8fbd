#include "record_editor.h"

#include <algorithm>
#include <optional>

#include "app_state.h"
#include "edit_forms.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

const char* kEditPopup = "Edit##record";
const char* kDeletePopup = "Delete?##record";

// The record being edited (a copy) and what the popups asked for.
struct Editor {
  RecordKind kind = RecordKind::Event;
  std::string id;
  accord::Event event;
  accord::Agreement agreement;
  accord::Person person;
  std::string date_text;
  std::string problem;  // what the fields lack
  std::string refused;  // why the last save was refused
  bool reopen = false;  // the save was refused: show the form again
  std::optional<accord::DatasetChange> pending;
};
Editor g_editor;

const char* kind_word(RecordKind k) {
  switch (k) {
    case RecordKind::Event:
      return "event";
    case RecordKind::Agreement:
      return "agreement";
    case RecordKind::Person:
      return "person";
  }
  return "";
}

// Copies the record into the editor; false when it is gone.
bool start_editing(const AppState& state, RecordKind kind, const std::string& id) {
  g_editor.kind = kind;
  g_editor.id = id;
  g_editor.refused.clear();
  if (kind == RecordKind::Event) {
    const accord::Event* e = state.find_event(id);
    if (!e) return false;
    g_editor.event = *e;
    g_editor.date_text = e->date.iso();
  } else if (kind == RecordKind::Agreement) {
    const accord::Agreement* a = state.find_agreement(id);
    if (!a) return false;
    g_editor.agreement = *a;
  } else {
    const accord::Person* p = state.find_person(id);
    if (!p) return false;
    g_editor.person = *p;
  }
  return true;
}

void size_popup() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(vp->WorkSize.x - ImGui::GetFontSize() * 2, ImGui::GetFontSize() * 34);
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

void draw_edit_popup(AppState& state) {
  size_popup();
  if (!ImGui::BeginPopupModal(kEditPopup, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar))
    return;
  ImGui::Text("Edit %s %s", kind_word(g_editor.kind), g_editor.id.c_str());
  ImGui::Separator();
  if (g_editor.kind == RecordKind::Event)
    draw_event_form(state, g_editor.event, g_editor.date_text, g_editor.problem);
  else if (g_editor.kind == RecordKind::Agreement)
    draw_agreement_form(state, g_editor.agreement, g_editor.problem);
  else
    draw_person_form(state, g_editor.person, g_editor.problem);
  if (!g_editor.problem.empty()) text_wrapped_colored(palette::kWarning, g_editor.problem);
  if (!g_editor.refused.empty()) text_wrapped_colored(palette::kWarning, "Not saved: " + g_editor.refused);
  const float h = target_height(state);
  ImGui::BeginDisabled(!g_editor.problem.empty());
  if (ImGui::Button("Save", ImVec2(0, h))) {
    accord::DatasetChange change;
    change.label = std::string("Edit ") + kind_word(g_editor.kind) + " " + g_editor.id;
    if (g_editor.kind == RecordKind::Event) change.upsert_events = {g_editor.event};
    if (g_editor.kind == RecordKind::Agreement) change.upsert_agreements = {g_editor.agreement};
    if (g_editor.kind == RecordKind::Person) change.upsert_people = {g_editor.person};
    g_editor.pending = std::move(change);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  note_widget(state, "edit:save");
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(0, h)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  note_widget(state, "edit:cancel");
  ImGui::EndPopup();
}

void draw_delete_popup(AppState& state) {
  size_popup();
  if (!ImGui::BeginPopupModal(kDeletePopup, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar))
    return;
  std::string what = std::string("Delete ") + kind_word(g_editor.kind) + " " + g_editor.id + "?";
  if (g_editor.kind != RecordKind::Event) what += " Events that refer to it lose the reference.";
  what += " Undo brings it back.";
  text_wrapped(what);
  const float h = target_height(state);
  ImGui::PushStyleColor(ImGuiCol_Button, palette::kWarning);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button("Delete", ImVec2(0, h))) {
    accord::DatasetChange change;
    change.label = std::string("Delete ") + kind_word(g_editor.kind) + " " + g_editor.id;
    if (g_editor.kind == RecordKind::Event) change.delete_events = {g_editor.id};
    if (g_editor.kind == RecordKind::Agreement) change.delete_agreements = {g_editor.id};
    if (g_editor.kind == RecordKind::Person) change.delete_people = {g_editor.id};
    g_editor.pending = std::move(change);
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopStyleColor(2);
  note_widget(state, "delete:confirm");
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(0, h)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  note_widget(state, "delete:cancel");
  ImGui::EndPopup();
}

}  // namespace

void record_edit_buttons(AppState& state, RecordKind kind, const std::string& id) {
  const float h = target_height(state);
  ImGui::PushID("record-edit");
  if (ImGui::Button("Edit", ImVec2(0, h)) && !pointer_was_dragged() && start_editing(state, kind, id))
    ImGui::OpenPopup(kEditPopup);
  note_widget(state, "edit");
  ImGui::SameLine();
  if (ImGui::Button("Delete", ImVec2(0, h)) && !pointer_was_dragged() && start_editing(state, kind, id))
    ImGui::OpenPopup(kDeletePopup);
  note_widget(state, "delete");
  if (g_editor.reopen && g_editor.id == id) {
    g_editor.reopen = false;
    ImGui::OpenPopup(kEditPopup);
  }
  draw_edit_popup(state);
  draw_delete_popup(state);
  ImGui::PopID();
}

void apply_pending_record_edit(AppState& state) {
  if (!g_editor.pending) return;
  const accord::DatasetChange change = std::move(*g_editor.pending);
  g_editor.pending.reset();
  g_editor.refused = state.apply_change(change);
  // A refused edit opens its form again with the reason; a refused delete
  // has no form, so its reason goes to the edit form too.
  g_editor.reopen = !g_editor.refused.empty();
}

}  // namespace atlas
