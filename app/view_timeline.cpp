#include "view_timeline.h"

#include <algorithm>
#include <cstring>

#include "app_state.h"
#include "display_text.h"
#include "event_index.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "query.h"
#include "record_editor.h"
#include "text_field.h"
#include "theme.h"
#include "view_timeline_parts.h"
#include "widgets.h"

namespace atlas {

void draw_chips(const std::vector<std::string>& labels) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < labels.size(); ++i) {
    const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
    const float width = size.x + style.FramePadding.x * 2;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + size.y + style.FramePadding.y * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, color(ImGui::GetStyleColorVec4(ImGuiCol_Header)), style.FrameRounding);
    dl->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                color(ImGui::GetStyleColorVec4(ImGuiCol_Text)), labels[i].c_str());
    ImGui::Dummy(ImVec2(width, max.y - min.y));
  }
}

int chip_row(AppState& state, const std::vector<std::string>& labels, const std::vector<bool>& selected,
             const std::vector<std::string>& names, float height) {
  int tapped = -1;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < labels.size(); ++i) {
    const float width = ImGui::CalcTextSize(labels[i].c_str()).x + style.FramePadding.x * 2.5f;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    ImGui::PushID(names[i].c_str());
    if (chip_button(labels[i], i < selected.size() && selected[i], height)) tapped = int(i);
    ImGui::PopID();
    note_widget(state, names[i]);
  }
  return tapped;
}

namespace {

size_t active_filter_count(const accord::EventFilter& f) {
  return f.partners.size() + f.topics.size() + f.types.size() + (f.from ? 1 : 0) + (f.to ? 1 : 0);
}

}  // namespace

void TimelineView::refresh(const AppState& state) {
  if (state.data_version() != data_version_) {
    data_version_ = state.data_version();
    facets_ = state.facets();  // from the index, which follows edits
    // Where each chip's live count sits in the index's answer.
    const accord::EventIndex& ix = state.index();
    auto slots = [](const std::vector<std::string>& keys, const auto& chips) {
      std::vector<size_t> out;
      for (const auto& chip : chips)
        out.push_back(size_t(std::find(keys.begin(), keys.end(), chip.first) - keys.begin()));
      return out;
    };
    partner_slots_ = slots(ix.partner_ids(), facets_.partners);
    topic_slots_ = slots(ix.topics(), facets_.topics);
  }
  if (state.results_version() != results_version_) {
    results_version_ = state.results_version();
    groups_ = accord::year_runs(state.dataset(), state.visible_events());
  }
}

// The search box shows the filter's text, also after Back or a link.
void TimelineView::sync_search_text(const AppState& state) {
  const std::string& text = state.filter().text;
  if (search_active_ || text == search_) return;
  search_ = text;
}

void TimelineView::clear_filters(AppState& state) {
  ImGui::ClearActiveID();  // an active search field would write its own copy back
  search_.clear();
  state.set_filter({});
}

void TimelineView::draw(AppState& state, const Fonts& fonts) {
  refresh(state);
  sync_search_text(state);
  FrameStats& stats = state.stats();
  stats.first_row_x = stats.first_row_y = -1;
  if (stats.header_toolbar_width <= 0) stats.search_field_x = stats.search_field_y = -1;

  const bool detail_only = !stats.wide_layout && state.selected_event();
  if (detail_only) {
    draw_detail(state, fonts, true);
    return;
  }
  if (stats.wide_layout || stats.header_toolbar_width <= 0) draw_toolbar(state, fonts);

  auto list_pane = [&](float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // rows reach the edges
    ImGui::BeginChild("##list", ImVec2(width, 0), true);
    ImGui::PopStyleVar();
    if (list_to_top_) {  // takes effect next frame (ImGui scrolls at Begin)
      ImGui::SetScrollY(0);
      list_to_top_ = false;
      state.request_redraw();
    }
    draw_list(state, fonts);
    ImGui::EndChild();
  };
  if (stats.wide_layout) {
    const float px = ui_px();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float filters_w = std::clamp(avail * 0.2f, 220.0f * px, 280.0f * px);
    ImGui::BeginChild("##filters", ImVec2(filters_w, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drag_to_scroll();
    draw_filter_panel(state, fonts);
    ImGui::EndChild();
    ImGui::SameLine();
    list_pane(std::clamp((avail - filters_w) * 0.42f, 320.0f * px, 520.0f * px));
    ImGui::SameLine();
    draw_detail(state, fonts, false);
  } else if (filters_open_) {
    draw_filter_sheet(state, fonts);
  } else {
    list_pane(0);  // full width
  }
}

void TimelineView::draw_toolbar_in_header(AppState& state, const Fonts& fonts) {
  const FrameStats& stats = state.stats();
  if (stats.wide_layout || stats.header_toolbar_width <= 0) return;
  refresh(state);
  sync_search_text(state);
  const ImVec2 below_header = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(stats.header_toolbar_x, stats.header_toolbar_y));
  draw_toolbar(state, fonts);
  ImGui::SetCursorScreenPos(below_header);
}

// The story of the events shown, from the selected one when it is among
// them, else from the first.
void TimelineView::open_story(AppState& state) {
  const std::vector<size_t>& visible = state.visible_events();  // newest first
  accord::ViewState next = state.view_state();
  next.view = View::Story;
  next.story_step = 1;
  if (const accord::Event* selected = state.selected_event())
    for (size_t i = 0; i < visible.size(); ++i)
      if (&state.dataset().events[visible[i]] == selected) next.story_step = visible.size() - i;
  next.selected.clear();
  state.navigate(next);
}

void TimelineView::draw_toolbar(AppState& state, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool wide = state.stats().wide_layout;
  const float h = target_height(state);
  const size_t shown = state.visible_events().size();
  const size_t total = state.dataset().events.size();
  const std::string count =
      shown == total ? tr_count("{n} events", (long long)total)
                     : tr_count("{shown} of {n} events", (long long)total, {{"shown", number_text(double(shown))}});
  const bool filtered = !state.filter().empty();
  const size_t facets_on = active_filter_count(state.filter());
  const std::string filters_label =
      (filters_open_ ? std::string(tr("Close filters"))
                     : tr("Filters") + (facets_on ? " (" + std::to_string(facets_on) + ")" : std::string())) +
      "##filters";
  const float filters_w =
      wide ? 0.0f : ImGui::CalcTextSize(filters_label.c_str(), nullptr, true).x + style.FramePadding.x * 4;
  const char* clear_label = tr("Clear filters");
  const float clear_w = ImGui::CalcTextSize(clear_label).x + style.FramePadding.x * 3;
  const char* story_label = tr("Story");
  const float story_w = shown > 0 ? ImGui::CalcTextSize(story_label).x + style.FramePadding.x * 4 : 0.0f;
  const float count_w = ImGui::CalcTextSize(count.c_str()).x;
  // On a phone on its side the header keeps room for this row beside its
  // buttons (app_ui.cpp).
  const FrameStats& stats = state.stats();
  const bool in_header = !wide && stats.header_toolbar_width > 0;
  const float avail = in_header ? stats.header_toolbar_width : ImGui::GetContentRegionAvail().x;

  // Search: as wide as fits beside the rest of the row. A phone on its side
  // keeps the count on the same row: height is what it lacks.
  const bool count_beside = wide || state.stats().short_layout;
  const float beside_w =
      count_beside ? count_w + story_w + (filtered ? clear_w : 0.0f) + style.ItemSpacing.x * 3 : 0.0f;
  float search_w =
      wide ? std::min(ImGui::GetFontSize() * 26.0f, avail - count_w - story_w - clear_w - style.ItemSpacing.x * 4)
           : avail - filters_w - style.ItemSpacing.x - beside_w;
  if (text_field(state, "search", search_, tr("Search events, people, places\u2026"), search_w))
    state.set_filter_text(search_);
  search_active_ = ImGui::IsItemActive();
  const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
  const float scale = state.stats().pixel_ratio;
  state.stats().search_field_x = (field_min.x + field_max.x) * 0.5f / scale;
  state.stats().search_field_y = (field_min.y + field_max.y) * 0.5f / scale;

  if (!wide) {
    ImGui::SameLine();
    if (facets_on) ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
    if (ImGui::Button(filters_label.c_str(), ImVec2(filters_w, h)) && !pointer_was_dragged()) {
      if (filters_open_)
        close_filter_sheet(state);
      else
        filters_open_ = true;
    }
    if (facets_on) ImGui::PopStyleColor();
    note_widget(state, "filters:toggle");
  }

  // The result count is always in view; Clear is one tap away.
  if (count_beside) ImGui::SameLine();
  ImGui::PushFont(fonts.bold);
  const ImVec4 count_color = filtered ? palette::kAccent : palette::kMutedText;
  if (!wide && count_beside) {  // centred on the search row, which is a finger tall
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(count_w, h));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x, at.y + (h - ImGui::GetTextLineHeight()) * 0.5f),
                                        ImGui::GetColorU32(count_color), count.c_str());
  } else {
    if (!wide) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (h - ImGui::GetFrameHeight()) * 0.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(count_color, "%s", count.c_str());
  }
  ImGui::PopFont();
  note_widget(state, "count");
  if (shown > 0) {  // the events shown, told one at a time (view_story.h)
    ImGui::SameLine();
    if (!wide) ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (h - ImGui::GetFrameHeight()) * 0.5f);
    if (ImGui::Button(story_label, ImVec2(story_w, wide ? 0.0f : h)) && !pointer_was_dragged()) open_story(state);
    note_widget(state, "timeline:story");
  }
  if (filtered) {
    ImGui::SameLine();
    if (!count_beside) ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - clear_w);
    if (ImGui::Button(clear_label, ImVec2(clear_w, wide ? 0.0f : h))) clear_filters(state);
    note_widget(state, "filter:clear");
  }
}

}  // namespace atlas
