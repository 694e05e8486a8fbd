#include "app_ui.h"

#include <algorithm>
#include <cfloat>
#include <iterator>
#include <stdexcept>
#include <string>

#include "app_state.h"
#include "data_menu.h"
#include "edit_actions.h"
#include "embed_bar.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "notice_banner.h"
#include "record_editor.h"
#include "share_button.h"
#include "theme.h"
#include "view_timeline.h"
#include "widgets.h"

namespace atlas {
namespace {

void draw_header(AppState& state, const Fonts& fonts) {
  // On a phone, or at a large text size, the header's buttons may not fit
  // beside the title: the title gives way first, then + Import, Undo and
  // Redo move to a second row. Settings must always be on screen: it is
  // the way back from a text size too large.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float data_width = active_data_menu() ? active_data_menu()->button_width() : 0.0f;
  const float right_actions = data_width + header_actions_width(state);
  const float all_actions = right_actions + edit_actions_width(state);
  ImGui::PushFont(fonts.title);
  const float title_width = ImGui::CalcTextSize("Accord Atlas").x;
  const bool actions_on_two_rows = all_actions > avail;
  const bool with_title = title_width + spacing + (actions_on_two_rows ? right_actions : all_actions) <= avail;
  // A phone on its side has height to spare for nothing: the timeline's
  // search row takes the title's place beside the buttons.
  FrameStats& stats = state.stats();
  const float toolbar_room = avail - (actions_on_two_rows ? right_actions : all_actions) - spacing * 2;
  const bool toolbar_in_header = stats.short_layout && state.view() == View::Timeline && !state.selected_event() &&
                                 toolbar_room >= ImGui::GetFontSize() * 18.0f;
  stats.header_toolbar_width = toolbar_in_header ? toolbar_room : 0.0f;
  stats.header_toolbar_x = ImGui::GetCursorScreenPos().x;
  stats.header_toolbar_y = ImGui::GetCursorScreenPos().y;
  if (with_title && !toolbar_in_header)
    ImGui::TextUnformatted("Accord Atlas");
  else
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
  ImGui::PopFont();

  const std::string& title = state.dataset().title;
  if (stats.wide_layout && with_title && !title.empty()) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fonts.title->FontSize - ImGui::GetFontSize()) * 0.5f);
    ImGui::TextColored(palette::kMutedText, "%s", title.c_str());
  }

  const auto& problems = state.load_problems();
  if (!problems.empty()) {
    const std::string label = tr_count("{n} data problems", (long long)problems.size());
    ImGui::SameLine();
    const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - width - header_actions_width(state) -
                         (active_data_menu() ? active_data_menu()->button_width() : 0.0f) - edit_actions_width(state));
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
    if (ImGui::SmallButton(label.c_str())) ImGui::OpenPopup("##problems");
    ImGui::PopStyleColor();
  }
  const float right_edge = ImGui::GetWindowContentRegionMax().x;
  if (!actions_on_two_rows) draw_edit_actions(state, right_edge - right_actions);  // + Import, Undo
  if (DataMenu* data = active_data_menu()) {  // Data, just left of Copy link and Settings
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right_edge - right_actions));
    data->draw_button(state);
  }
  draw_header_actions(state);  // Copy link, Settings (share_button.h)
  if (actions_on_two_rows) {
    ImGui::Dummy(ImVec2(0, 0));
    draw_edit_actions(state, right_edge);
  }
  if (ImGui::BeginPopup("##problems")) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    // The user's own data is named in their language (data_menu.cpp names it "your data").
    const std::string& origin = state.dataset_path();
    const char* shown = origin == "your data" ? tr("your data") : origin.c_str();
    ImGui::TextColored(palette::kMutedText, "%s", shown);
    for (const auto& problem : problems) ImGui::BulletText("%s", problem.to_string().c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
  }
}

struct Tab {
  const char* label;  // a catalogue key: drawn as tr(label)
  const char* name;   // widget name for tests, the same in every language
  View view;          // where a tap goes
};
constexpr Tab kTabs[] = {
    {tr_key("Timeline"), "tab:timeline", View::Timeline}, {tr_key("Agreements"), "tab:agreements", View::Agreements},
    {tr_key("People"), "tab:people", View::People},       {tr_key("Partners"), "tab:partners", View::Partners},
    {tr_key("Outcomes"), "tab:outcomes", View::Outcomes}, {tr_key("Trends"), "tab:trends", View::Trends},
    {tr_key("Network"), "tab:network", View::Network},
};

// The tab a view belongs to (a detail view lights up its list's tab).
View tab_of(View v) {
  switch (v) {
    case View::Event:
    case View::Story:  // the timeline's events, told one at a time
      return View::Timeline;
    case View::Agreement:
      return View::Agreements;
    case View::Person:
      return View::People;
    default:
      return v;
  }
}

// A tap on a tab goes to its list; on the current tab it returns to the
// list from a detail view.
void open_tab(AppState& state, View view) {
  if (state.view() == view) return;
  state.navigate_to(view);
}

// Wide windows: a row of tabs under the header, the current one underlined.
void draw_tabs(AppState& state, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const View current = tab_of(state.view());
  const float h = ImGui::GetFrameHeight() * 1.15f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  for (const Tab& tab : kTabs) {
    const bool on = tab.view == current;
    ImGui::PushFont(on ? fonts.bold : fonts.body);
    const char* label = tr(tab.label);
    const float w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 4;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton(tab.name, ImVec2(w, h))) open_tab(state, tab.view);
    const bool hovered = ImGui::IsItemHovered();
    note_widget(state, tab.name);
    state.stats().labels[tab.name] = label;
    if (hovered) {
      dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), ImGui::GetColorU32(ImGuiCol_HeaderHovered),
                        style.FrameRounding);
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const ImVec2 text = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(min.x + (w - text.x) * 0.5f, min.y + (h - text.y) * 0.5f),
                ImGui::GetColorU32(on ? palette::kAccent : ImGui::GetStyleColorVec4(ImGuiCol_Text)), label);
    if (on) {
      const float t = 3.0f * ui_px();
      dl->AddRectFilled(ImVec2(min.x + 4, min.y + h - t), ImVec2(min.x + w - 4, min.y + h),
                        ImGui::GetColorU32(palette::kAccent));
    }
    ImGui::PopFont();
    ImGui::SameLine(0, 0);
  }
  ImGui::NewLine();
  const float right = start.x + ImGui::GetContentRegionAvail().x;
  const float y = start.y + h;
  dl->AddLine(ImVec2(start.x, y), ImVec2(right, y), ImGui::GetColorU32(ImGuiCol_Separator));
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 0.5f));
}

// A finger's 44 px when the phone is on its side and height is scarce.
float bottom_bar_height(bool short_layout) { return (short_layout ? 44.0f : 56.0f) * ui_px(); }

// Phones: equal targets across the bottom, an icon-free label each.
void draw_bottom_bar(AppState& state, const Fonts& fonts, float bar_h) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const View current = tab_of(state.view());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Reach the window's edges: the bar is a strip, not a padded row.
  const ImVec2 window_min = ImGui::GetWindowPos();
  const float left = window_min.x, right = window_min.x + ImGui::GetWindowWidth();
  const float top = ImGui::GetCursorScreenPos().y;
  dl->AddRectFilled(ImVec2(left, top), ImVec2(right, top + bar_h + style.WindowPadding.y),
                    ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  dl->AddLine(ImVec2(left, top), ImVec2(right, top), ImGui::GetColorU32(ImGuiCol_Separator));
  // The labels may reach into the window's padding (Vietnamese and French
  // ones fill the width): draw them unclipped by it.
  dl->PushClipRect(ImVec2(left, top), ImVec2(right, top + bar_h + style.WindowPadding.y), false);
  // Seven labels across a phone: each tab is as wide as its label plus an
  // equal share of what is left, and when they do not all fit every label
  // shrinks by the same factor (one tiny "Agreements" looked broken).
  ImGui::PushFont(fonts.bold);
  float font_size = ImGui::GetFontSize() * 0.85f;
  float label_w[std::size(kTabs)];
  float labels_total = 0;
  for (size_t i = 0; i < std::size(kTabs); ++i) {
    label_w[i] = ImGui::GetFont()->CalcTextSizeA(font_size, FLT_MAX, 0.0f, tr(kTabs[i].label)).x;
    labels_total += label_w[i];
  }
  ImGui::PopFont();
  const float min_gap = 8 * ui_px();
  const float room = right - left - min_gap * float(std::size(kTabs));
  const float shrink = labels_total > room ? room / labels_total : 1.0f;
  font_size *= shrink;
  const float share = (right - left - labels_total * shrink) / float(std::size(kTabs));
  float x = left;
  for (size_t i = 0; i < std::size(kTabs); ++i) {
    const Tab& tab = kTabs[i];
    const bool on = tab.view == current;
    // The last tab ends at the edge exactly (sums of floats overshoot it).
    const float w = i + 1 == std::size(kTabs) ? right - x : label_w[i] * shrink + share;
    const ImVec2 min(x, top);
    x += w;
    ImGui::SetCursorScreenPos(min);
    if (ImGui::InvisibleButton(tab.name, ImVec2(w, bar_h)) && !pointer_was_dragged()) open_tab(state, tab.view);
    note_widget(state, tab.name);
    state.stats().labels[tab.name] = tr(tab.label);
    ImGui::PushFont(on ? fonts.bold : fonts.body);
    const char* label = tr(tab.label);
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(font_size, FLT_MAX, 0.0f, label);
    const ImU32 ink = ImGui::GetColorU32(on ? palette::kAccent : palette::kMutedText);
    dl->AddText(ImGui::GetFont(), font_size,
                ImVec2(min.x + (w - text.x) * 0.5f, min.y + (bar_h - text.y) * 0.5f + 4 * ui_px()), ink, label);
    ImGui::PopFont();
    if (on) {
      const float t = 3.0f * ui_px();
      dl->AddRectFilled(ImVec2(min.x + w * 0.2f, min.y), ImVec2(min.x + w * 0.8f, min.y + t), ink, t);
    }
  }
  dl->PopClipRect();
}

// While a large dataset loads: what is happening and how far along.
void draw_load_progress(AppState& state, const Fonts& fonts) {
  const AppState::LoadProgress p = state.load_progress();
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Accord Atlas");
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  text_wrapped_colored(palette::kMutedText, trf("Opening {path}", {{"path", p.path}}));
  const std::string label = std::string(tr(p.phase)) + " \u00b7 " + std::to_string(int(p.fraction * 100.0f)) + "%";
  ImGui::ProgressBar(p.fraction, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30.0f), 0),
                     label.c_str());
  note_widget(state, "load:progress");
}

}  // namespace

void draw_app(AppState& state, Views& views, const Fonts& fonts) {
  FrameStats& stats = state.stats();
  stats.wide_layout = stats.logical_width / stats.ui_scale >= kWideLayoutMinWidth;
  stats.short_layout = !stats.wide_layout && stats.logical_height / stats.ui_scale < kShortLayoutMaxHeight;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Accord Atlas", nullptr, flags);
  if (state.loading()) {  // the data is not there yet: only the progress
    draw_load_progress(state, fonts);
    ImGui::End();
    return;
  }
  apply_pending_record_edit(state);  // before any view holds a record
  // Embedded in another page (#/...?embed=1): the view alone, one slim line
  // above it (embed_bar.h), no tabs or bottom bar.
  const bool embed = state.view_state().embed;
  if (embed) {
    stats.header_toolbar_width = 0;  // the view keeps its own search row
    draw_embed_bar(state, fonts);
  } else {
    draw_header(state, fonts);
    views.timeline->draw_toolbar_in_header(state, fonts);  // a phone on its side: beside the header's buttons
  }
  if (state.take_frame_fault_for_testing()) throw std::runtime_error("a fault injected by a test");
  draw_notice_banner(state);
  if (DataMenu* data = active_data_menu()) data->draw_banners(state);  // damaged store, data links

  const bool wide = state.stats().wide_layout;
  if (wide && !embed) draw_tabs(state, fonts);
  // Phones: the view scrolls above a fixed bottom bar.
  const float bar_h = wide || embed ? 0.0f : bottom_bar_height(stats.short_layout);
  if (!wide) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##content", ImVec2(0, -bar_h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
  }
  switch (state.view()) {
    case View::Timeline:
    case View::Event:
      views.timeline->draw(state, fonts);
      break;
    case View::Agreements:
    case View::Agreement:
      views.agreements.draw(state, fonts);
      break;
    case View::People:
    case View::Person:
      views.people.draw(state, fonts);
      break;
    case View::Partners:
      views.partners.draw(state, fonts);
      break;
    case View::Outcomes:
      views.outcomes.draw(state, fonts);
      break;
    case View::Trends:
      views.trends.draw(state, fonts);
      break;
    case View::Network:
      views.network.draw(state, fonts);
      break;
    case View::Story:
      views.story.draw(state, fonts);
      break;
    case View::Import:
      views.import.draw(state, fonts);
      break;
  }
  if (!wide) {
    ImGui::EndChild();
    if (!embed) draw_bottom_bar(state, fonts, bar_h);
  }
  draw_share_toast(state);
  ImGui::End();
}

}  // namespace atlas
