#include "pick_list.h"

#include <iterator>
#include <map>

#include "app_state.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "text_field.h"
#include "text_fold.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

constexpr size_t kShown = 8;  // a phone screen's worth of rows under the field

// An open pick list: what was typed and what matched it.
struct OpenPick {
  std::string typed;
  std::string searched;  // `typed` when `found` was computed
  std::vector<PickItem> found;
  bool searched_once = false;
  bool focus = true;  // the search field takes the keyboard when it opens
  int scroll_frames = 2;
};
std::map<std::string, OpenPick> g_open;

// The phrases around the kind of record picked, one per kind: its noun
// brings its own article and gender in French. Index: kKinds.
constexpr const char* kKinds[] = {"person", "organization", "agreement", "source", "country", "mechanism", "event"};
constexpr const char* kChoose[] = {tr_key("Choose person\u2026"),    tr_key("Choose organization\u2026"),
                                   tr_key("Choose agreement\u2026"), tr_key("Choose source\u2026"),
                                   tr_key("Choose country\u2026"),   tr_key("Choose mechanism\u2026"),
                                   tr_key("Choose event\u2026")};
constexpr const char* kTypeName[] = {tr_key("Type a person's name"),    tr_key("Type a organization's name"),
                                     tr_key("Type a agreement's name"), tr_key("Type a source's name"),
                                     tr_key("Type a country's name"),   tr_key("Type a mechanism's name"),
                                     tr_key("Type a event's name")};
constexpr const char* kNoMatch[] = {tr_key("No person matches."),    tr_key("No organization matches."),
                                    tr_key("No agreement matches."), tr_key("No source matches."),
                                    tr_key("No country matches."),   tr_key("No mechanism matches."),
                                    tr_key("No event matches.")};
constexpr const char* kNew[] = {tr_key("+ New person {name}"),    tr_key("+ New organization {name}"),
                                tr_key("+ New agreement {name}"), tr_key("+ New source {name}"),
                                tr_key("+ New country {name}"),   tr_key("+ New mechanism {name}"),
                                tr_key("+ New event {name}")};

// The phrase for `what` ("person") from `phrases`, translated.
const char* phrase(const char* const (&phrases)[7], const char* what) {
  for (size_t i = 0; i < std::size(kKinds); ++i)
    if (std::string(what) == kKinds[i]) return tr(phrases[i]);
  return tr(phrases[0]);
}

bool row_button(AppState& state, const std::string& name, const std::string& text, const std::string& detail) {
  const float h = target_height(state);
  const std::string shown = detail.empty() ? text : text + "  \u00b7  " + detail;
  ImGui::PushID(name.c_str());
  const bool tapped = ImGui::Selectable(shown.c_str(), false, 0, ImVec2(0, h)) && !pointer_was_dragged();
  ImGui::PopID();
  note_widget(state, name);
  return tapped;
}

}  // namespace

bool pick_matches(const std::string& folded_typed, const std::string& text) {
  return folded_typed.empty() || accord::fold(text).find(folded_typed) != std::string::npos;
}

void close_pick_lists() { g_open.clear(); }

bool pick_list(AppState& state, const std::string& name, std::string& id, const std::string& label,
               const PickOptions& options) {
  const float h = target_height(state);
  auto open = g_open.find(name);
  if (open == g_open.end()) {
    // Closed: the choice, left-aligned like a field.
    const std::string shown = id.empty() ? std::string(phrase(kChoose, options.what)) : label;
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_Text, id.empty() ? palette::kMutedText : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    const bool tapped = ImGui::Button((shown + "##" + name).c_str(), ImVec2(-1, h)) && !pointer_was_dragged();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    note_widget(state, name);
    // On a phone the keyboard rises only for a tap on a text field, and the
    // search field appears a frame later: the button counts as one, so the
    // tap that opens the list raises the keyboard for it.
    note_text_field(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x,
                    ImGui::GetItemRectMax().y, "");
    if (tapped) g_open.emplace(name, OpenPick{});
    return false;
  }

  OpenPick& pick = open->second;
  bool changed = false;
  bool close = false;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float close_width = ImGui::CalcTextSize(tr("Close")).x + ImGui::GetStyle().FramePadding.x * 2;
  if (pick.focus || pick.scroll_frames > 0) state.request_redraw();  // finish focusing before the user types
  if (pick.focus) {
    ImGui::SetKeyboardFocusHere();
    pick.focus = false;
  } else if (pick.scroll_frames > 0) {
    // The matches go below the field: bring it near the top of the form
    // (on a phone the keyboard covers the bottom half). After the focus,
    // which scrolls the field into view by itself.
    ImGui::SetScrollHereY(0.1f);
    --pick.scroll_frames;
  }
  text_field(state, name + ":search", pick.typed, phrase(kTypeName, options.what),
             ImGui::GetContentRegionAvail().x - close_width - spacing);
  ImGui::SameLine(0, spacing);
  if (ImGui::Button(tr_id("Close", name.c_str()).c_str(), ImVec2(close_width, h))) close = true;
  note_widget(state, name + ":close");

  if (!pick.searched_once || pick.searched != pick.typed) {
    pick.found = options.search(pick.typed, kShown);
    pick.searched = pick.typed;
    pick.searched_once = true;
  }
  ImGui::Indent(spacing);
  for (const PickItem& item : pick.found) {
    if (row_button(state, name + ":option:" + item.id, item.label, item.detail)) {
      changed = item.id != id;
      id = item.id;
      close = true;
    }
  }
  if (pick.found.empty() && !pick.typed.empty())
    ImGui::TextColored(palette::kMutedText, "%s", phrase(kNoMatch, options.what));
  // "+ New" only for a name no match already has (no duplicate by mistake).
  const std::string folded_typed = accord::fold(pick.typed);
  bool exact = false;
  for (const PickItem& item : pick.found) exact = exact || accord::fold(item.label) == folded_typed;
  if (options.create && !pick.typed.empty() && !exact && !close) {
    const std::string text =
        accord::format_message(phrase(kNew, options.what), {{"name", "\u201c" + pick.typed + "\u201d"}});
    if (row_button(state, name + ":new", text, "")) {
      const std::string made = options.create(pick.typed);
      if (!made.empty()) {
        changed = made != id;
        id = made;
        close = true;
      }
    }
  }
  if (options.allow_none && !id.empty() && !close && row_button(state, name + ":none", tr("None"), "")) {
    id.clear();
    changed = true;
    close = true;
  }
  ImGui::Unindent(spacing);
  if (close) g_open.erase(name);
  return changed;
}

}  // namespace atlas
