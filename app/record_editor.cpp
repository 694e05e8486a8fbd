#include "record_editor.h"

#include <algorithm>
#include <optional>

#include "app_state.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "i18n.h"
#include "imgui.h"
#include "pick_list.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

const char* kEditPopup = "Edit##record";
const char* kDeletePopup = "Delete?##record";

// The record being edited and what the popups asked for.
struct Editor {
  EditDraft draft;
  std::string page;        // the page whose record_edit_buttons draws the popups
  bool open_edit = false;  // open the form on the page's next frame
  std::string refused;     // why the last save was refused
  std::optional<accord::DatasetChange> pending;
};
Editor g_editor;

bool start_editing(const AppState& state, RecordKind kind, const std::string& id, const std::string& page) {
  close_pick_lists();
  forget_field_texts();
  g_editor.refused.clear();
  g_editor.page = page;
  return g_editor.draft.start(state, kind, id);
}

// A centred sheet on a desktop; the whole screen on a phone, where a
// popup narrower than the screen leaves no room for the fields.
void size_sheet(const AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (!state.stats().wide_layout) {
    ImGui::SetNextWindowPos(vp->WorkPos, ImGuiCond_Always);
    ImGui::SetNextWindowSize(vp->WorkSize, ImGuiCond_Always);
    return;
  }
  const float w = std::min(vp->WorkSize.x - ImGui::GetFontSize() * 2, ImGui::GetFontSize() * 34);
  ImGui::SetNextWindowSize(ImVec2(w, vp->WorkSize.y * 0.88f), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

void size_confirmation() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(vp->WorkSize.x - ImGui::GetFontSize() * 2, ImGui::GetFontSize() * 34);
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

// "Edit event {id}", "Delete event {id}?": one sentence per kind, as the
// kind's noun brings its own article and gender in French.
constexpr const char* kEditTitles[] = {tr_key("Edit event {id}"),        tr_key("Edit agreement {id}"),
                                       tr_key("Edit person {id}"),       tr_key("Edit source {id}"),
                                       tr_key("Edit organization {id}"), tr_key("Edit mechanism {id}")};
constexpr const char* kDeleteQuestions[] = {tr_key("Delete event {id}?"),        tr_key("Delete agreement {id}?"),
                                            tr_key("Delete person {id}?"),       tr_key("Delete source {id}?"),
                                            tr_key("Delete organization {id}?"), tr_key("Delete mechanism {id}?")};

void draw_form(AppState& state) {
  EditDraft& d = g_editor.draft;
  switch (d.kind) {
    case RecordKind::Event:
      draw_event_form(state, d);
      break;
    case RecordKind::Agreement:
      draw_agreement_form(state, d);
      break;
    case RecordKind::Person:
      draw_person_form(state, d);
      break;
    case RecordKind::Source:
      draw_source_form(state, d);
      break;
    case RecordKind::Organization:
      draw_organization_form(state, d);
      break;
    case RecordKind::Mechanism:
      draw_mechanism_form(state, d);
      break;
  }
}

// Under the form, always in view: what keeps it from saving, why the last
// save was refused, what else the save changes.
std::vector<std::pair<ImVec4, std::string>> footer_notes(const AppState& state) {
  std::vector<std::pair<ImVec4, std::string>> notes;
  const EditDraft& d = g_editor.draft;
  if (!d.problem.empty()) notes.emplace_back(palette::kWarning, d.problem);
  if (!g_editor.refused.empty())
    notes.emplace_back(palette::kWarning, trf("Not saved: {reason}", {{"reason", g_editor.refused}}));
  const std::vector<std::string> more = draft_following(state.dataset(), d);
  if (!more.empty()) {
    std::string text = tr("Also changes:");
    for (const std::string& m : more) text += "\n\u2022 " + m;
    notes.emplace_back(palette::kMutedText, text);
  }
  std::string created;
  for (const std::string& a : draft_additions(d)) created += (created.empty() ? "" : ", ") + a;
  if (!created.empty()) notes.emplace_back(palette::kMutedText, trf("Adds: {records}", {{"records", created}}));
  return notes;
}

void draw_edit_popup(AppState& state) {
  size_sheet(state);
  ImGui::SetNextWindowBgAlpha(1.0f);  // the page under a full-screen sheet must not show through
  if (!ImGui::BeginPopupModal(
          kEditPopup, nullptr,
          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize))
    return;
  EditDraft& d = g_editor.draft;
  ImGui::TextUnformatted(trf(kEditTitles[int(d.kind)], {{"id", d.id}}).c_str());
  ImGui::Separator();

  const float h = target_height(state);
  const ImGuiStyle& style = ImGui::GetStyle();
  const auto notes = footer_notes(state);
  const float wrap = ImGui::GetContentRegionAvail().x;
  float footer = h + style.ItemSpacing.y * 2;
  for (const auto& n : notes)
    footer += ImGui::CalcTextSize(n.second.c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
  ImGui::BeginChild("##edit-form", ImVec2(0, -footer), false);
  drag_to_scroll();
  draw_form(state);
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y));
  ImGui::EndChild();
  note_widget(state, "edit:form");

  ImGui::Separator();
  for (const auto& n : notes) {
    text_wrapped_colored(n.first, n.second);
    if (n.second.rfind(tr("Also changes:"), 0) == 0) note_widget(state, "edit:also-changes");
  }
  ImGui::BeginDisabled(!d.problem.empty());
  if (ImGui::Button(tr("Save"), ImVec2(0, h)) && !pointer_was_dragged()) {
    g_editor.pending = draft_change(state.dataset(), d);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  note_widget(state, "edit:save");
  ImGui::SameLine();
  const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput;
  if (ImGui::Button(tr("Cancel"), ImVec2(0, h)) || escape) {
    close_pick_lists();
    ImGui::CloseCurrentPopup();
  }
  note_widget(state, "edit:cancel");
  ImGui::EndPopup();
}

void draw_delete_popup(AppState& state) {
  size_confirmation();
  if (!ImGui::BeginPopupModal(kDeletePopup, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar))
    return;
  const EditDraft& d = g_editor.draft;
  std::string what = trf(kDeleteQuestions[int(d.kind)], {{"id", d.id}});
  if (d.kind != RecordKind::Event) what += std::string(" ") + tr("Events that refer to it lose the reference.");
  what += std::string(" ") + tr("Undo brings it back.");
  text_wrapped(what);
  const float h = target_height(state);
  ImGui::PushStyleColor(ImGuiCol_Button, palette::kWarning);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button(tr("Delete"), ImVec2(0, h))) {
    accord::DatasetChange change;
    change.label = std::string("Delete ") + kind_word(d.kind) + " " + d.id;
    if (d.kind == RecordKind::Event) change.delete_events = {d.id};
    if (d.kind == RecordKind::Agreement) change.delete_agreements = {d.id};
    if (d.kind == RecordKind::Person) change.delete_people = {d.id};
    g_editor.pending = std::move(change);
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopStyleColor(2);
  note_widget(state, "delete:confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel"), ImVec2(0, h)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  note_widget(state, "delete:cancel");
  ImGui::EndPopup();
}

}  // namespace

void record_edit_buttons(AppState& state, RecordKind kind, const std::string& id) {
  if (state.view_state().embed) return;  // a view embedded in another page is for reading
  const float h = target_height(state);
  ImGui::PushID("record-edit");
  if (ImGui::Button(tr("Edit"), ImVec2(0, h)) && !pointer_was_dragged() && start_editing(state, kind, id, id))
    ImGui::OpenPopup(kEditPopup);
  note_widget(state, "edit");
  ImGui::SameLine();
  if (ImGui::Button(tr("Delete"), ImVec2(0, h)) && !pointer_was_dragged() && start_editing(state, kind, id, id))
    ImGui::OpenPopup(kDeletePopup);
  note_widget(state, "delete");
  if (g_editor.open_edit && g_editor.page == id) {
    g_editor.open_edit = false;
    ImGui::OpenPopup(kEditPopup);
  }
  draw_edit_popup(state);
  draw_delete_popup(state);
  ImGui::PopID();
}

void record_edit_link(AppState& state, RecordKind kind, const std::string& id, const std::string& page_id,
                      const std::string& name, const std::string& label) {
  if (state.view_state().embed) {  // reading only: the label alone
    if (!label.empty()) text_wrapped(label);
    return;
  }
  // The label wraps left of the button, so a list of them stays one row each.
  const float button_w = ImGui::CalcTextSize(tr("Edit")).x + ImGui::GetStyle().FramePadding.x * 2;
  const float h = target_height(state);
  if (!label.empty()) {
    const float right = ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x;
    const float text_h = ImGui::CalcTextSize(label.c_str(), nullptr, false, right).y;
    const float y = ImGui::GetCursorPosY();
    if (text_h < h) ImGui::SetCursorPosY(y + (h - text_h) * 0.5f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
    ImGui::SetCursorPosY(y);
  }
  ImGui::PushID(name.c_str());
  const bool tapped = ImGui::Button(tr("Edit"), ImVec2(0, h)) && !pointer_was_dragged();
  ImGui::PopID();
  note_widget(state, name);
  if (tapped && start_editing(state, kind, id, page_id)) {
    g_editor.open_edit = true;  // the page's buttons, drawn earlier, open it next frame
    state.request_redraw();
  }
}

void apply_pending_record_edit(AppState& state) {
  if (!g_editor.pending) return;
  const accord::DatasetChange change = std::move(*g_editor.pending);
  g_editor.pending.reset();
  g_editor.refused = state.apply_change(change);
  // A refused edit opens its form again with the reason and the typing
  // kept; a refused delete has no form, so its reason goes to the edit form.
  g_editor.open_edit = !g_editor.refused.empty();
}

}  // namespace atlas
