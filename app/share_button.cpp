#include "share_button.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "embed_code.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "record_link.h"
#include "settings.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

constexpr double kToastMs = 4000;  // shown, then fading over the last kFadeMs
constexpr double kFadeMs = 300;

std::string g_copied;             // the last link copied
std::string g_copied_embed_code;  // the last embed code copied
bool g_copied_embed = false;      // the toast confirms embed code, not a link
double g_toast_started = -1;      // millis_since_start() when copied; -1: none

// Two chain links, side by side and overlapping: "link".
void draw_link_icon(ImDrawList* dl, ImVec2 centre, float size, ImU32 col) {
  const float w = size * 0.52f, h = size * 0.30f, t = std::max(1.0f, size * 0.085f);
  const float shift = size * 0.17f;
  for (float dx : {-shift, shift}) {
    const ImVec2 min(centre.x + dx - w * 0.5f, centre.y - h * 0.5f);
    dl->AddRect(min, ImVec2(min.x + w, min.y + h), col, h * 0.5f, ImDrawFlags_None, t);
  }
}

const char* kLabel = tr_key("Copy link");
const char* g_toast_text = tr_key("Link copied");  // a key: drawn as tr()

}  // namespace

float share_button_width(float height, bool with_label) {
  if (!with_label) return height;
  return height * 1.1f + ImGui::CalcTextSize(tr(kLabel)).x + ImGui::GetStyle().FramePadding.x;
}

void draw_share_button(AppState& state, float height, bool with_label) {
  const float width = share_button_width(height, with_label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Button("##share", ImVec2(width, height));
  note_widget(state, "share");
  if (ImGui::IsItemHovered() && !with_label) ImGui::SetTooltip("%s", tr("Copy a link to this view"));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  const float icon = std::min(height, ImGui::GetFrameHeight() * 1.2f) * 0.9f;  // a 44 px button keeps its icon size
  draw_link_icon(dl, ImVec2(pos.x + (with_label ? icon * 0.5f + height * 0.1f : width * 0.5f), pos.y + height * 0.5f),
                 icon * 0.85f, col);
  if (with_label)
    dl->AddText(ImVec2(pos.x + icon + height * 0.2f, pos.y + (height - ImGui::GetFontSize()) * 0.5f), col, tr(kLabel));
  if (pressed) {
    g_copied = copy_link_to_clipboard(state.current_hash());
    g_copied_embed = false;
    g_toast_text = tr_key("Link copied");
    g_toast_started = millis_since_start();
    state.request_redraw();
  }
}

namespace {

// The page made the link with records (or found it too long) since the last frame.
void take_records_link_outcome(AppState& state) {
  RecordsLinkMade made;
  if (!take_records_link(made)) return;
  if (!made.link.empty()) {
    g_copied = made.link;
    g_toast_text = tr_key("Link with the data copied");
    g_toast_started = millis_since_start();
  } else if (!made.error.empty()) {
    state.add_notice(trf("No link with data was made: {error}.", {{"error", made.error}}));
  } else {
    state.add_notice(accord::record_link_size_problem(made.length));
  }
  state.request_redraw();
}

// The most events a link offers to carry: a filtered timeline of a few
// events a user added (more would rarely fit the link, and publishing suits them).
constexpr size_t kMostEventsInLink = 25;

// The events a link with data would carry: the selected one, else those a
// filtered timeline shows when they are few; none otherwise.
std::vector<std::string> events_for_link(const AppState& state) {
  if (const accord::Event* e = state.selected_event()) return {e->id};
  const std::vector<size_t>& rows = state.visible_events();
  if (state.view() != View::Timeline || state.filter().empty() || rows.empty() || rows.size() > kMostEventsInLink)
    return {};
  std::vector<std::string> ids;
  for (size_t i : rows) ids.push_back(state.dataset().events[i].id);
  return ids;
}

// A link that carries those events' records, for someone whose atlas lacks them.
void copy_link_with_records(AppState& state) {
  const std::vector<std::string> ids = events_for_link(state);
  if (ids.empty()) return;
  const accord::Dataset records = accord::records_for_events(state.dataset(), ids);
  if (!copy_records_link(state.current_hash(), accord::record_link_payload(records)))
    state.add_notice(
        tr("Links with data are made by the app in a browser; here, Data offers Publish site... and Export."));
  g_toast_started = -1;
}

}  // namespace

void draw_share_toast(AppState& state) {
  take_records_link_outcome(state);
  if (g_toast_started < 0) return;
  const double age = millis_since_start() - g_toast_started;
  if (age >= kToastMs) {
    g_toast_started = -1;  // gone: no more frames for it
    return;
  }
  state.request_redraw();  // keeps frames coming until it has faded
  const float alpha = age > kToastMs - kFadeMs ? float((kToastMs - age) / kFadeMs) : 1.0f;

  // A small window, not a popup: it takes no tap away from the view, and
  // after a link it offers the same view as embed code for a few seconds.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  // Inverted colours stand out in both themes.
  const bool dark = current_theme() == Theme::Dark;
  const ImVec4 bg = dark ? ImVec4(0.90f, 0.92f, 0.94f, 1) : ImVec4(0.13f, 0.15f, 0.18f, 1);
  // Its buttons: a shade off the toast, opaque (nothing behind shows through).
  const ImVec4 button = dark ? ImVec4(0.78f, 0.82f, 0.87f, 1) : ImVec4(0.24f, 0.27f, 0.33f, 1);
  const ImVec4 button_hovered = dark ? ImVec4(0.70f, 0.75f, 0.82f, 1) : ImVec4(0.32f, 0.36f, 0.44f, 1);
  const ImVec4 fg = dark ? ImVec4(0.09f, 0.10f, 0.12f, 1) : ImVec4(1, 1, 1, 1);
  // Phones: above the bottom bar (56 px, app_ui.cpp), its buttons stacked.
  const bool wide = state.stats().wide_layout;
  const float bar = state.stats().short_layout ? 44.0f : 56.0f;
  const float above = wide ? ImGui::GetFontSize() * 2.5f : bar * ui_px() + ImGui::GetFontSize() * 0.5f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - above),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, alpha);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ImGui::GetFontSize());
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(style.FramePadding.x * 2, style.FramePadding.y * 2));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, bg);
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  ImGui::PushStyleColor(ImGuiCol_Button, button);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, button_hovered);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, button_hovered);
  ImGui::Begin("##share-toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(g_copied_embed ? tr("Embed code copied") : tr(g_toast_text));
  if (!g_copied_embed) {
    if (wide) ImGui::SameLine();
    const float button_h = target_height(state);  // a finger tall on a phone
    if (ImGui::Button(tr("Copy embed code"), ImVec2(0, button_h))) {
      const std::string url = link_for_hash(accord::embed_hash(state.view_state()));
      g_copied_embed_code = accord::iframe_snippet(url, state.dataset().title);
      copy_text_to_clipboard(g_copied_embed_code);
      g_copied_embed = true;
      g_toast_started = millis_since_start();
    }
    note_widget(state, "share:embed");
    if (const size_t n = events_for_link(state).size(); n > 0) {
      if (wide) ImGui::SameLine();
      const std::string label = tr_count("Copy link with these {n} events' data", (long long)n);
      if (ImGui::Button(label.c_str(), ImVec2(0, button_h))) copy_link_with_records(state);
      note_widget(state, "share:records");
    }
    // Kept while the pointer is over it, so the offer does not fade under it.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
      g_toast_started = std::max(g_toast_started, millis_since_start() - kFadeMs);
  }
  const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImGui::End();
  ImGui::PopStyleColor(5);
  ImGui::PopStyleVar(3);
  const float scale = state.stats().pixel_ratio;
  state.stats().widgets["toast"] = {min.x / scale, min.y / scale, size.x / scale, size.y / scale};
}

void add_share_state(nlohmann::json& j) {
  j["copied_link"] = g_copied.empty() ? nlohmann::json(nullptr) : nlohmann::json(g_copied);
  j["copied_embed"] = g_copied_embed_code.empty() ? nlohmann::json(nullptr) : nlohmann::json(g_copied_embed_code);
}

float header_actions_width(const AppState& state) {
  const float height = target_height(state);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  return share_button_width(height, state.stats().wide_layout) + spacing * 2 + height;
}

void draw_header_actions(AppState& state) {
  const float height = target_height(state);  // 44 px on a phone
  const bool with_label = state.stats().wide_layout;
  const float width = header_actions_width(state) - ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  draw_share_button(state, height, with_label);
  ImGui::SameLine();
  draw_settings_button(state, height);
}

}  // namespace atlas
