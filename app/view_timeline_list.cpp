// The timeline's list: rows of events grouped by year, clipped to what is
// visible, and its keys.
#include "i18n.h"
#include "view_timeline.h"

#include <algorithm>
#include <cstring>

#include "app_state.h"
#include "display_text.h"
#include "event_index.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "query.h"
#include "record_editor.h"
#include "search_context.h"
#include "theme.h"
#include "view_timeline_parts.h"
#include "widgets.h"

namespace atlas {
namespace {

// Height of one list row: a line for date and partners, two for the title;
// on a phone on its side, one line for all of it (still a finger tall).
float row_height(bool one_line) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (one_line) return std::max(ImGui::GetTextLineHeight() + style.FramePadding.y * 4.0f, 44.0f * ui_px());
  return ImGui::GetTextLineHeight() * 3.0f + style.FramePadding.y * 4.0f;
}
float year_header_height() { return ImGui::GetTextLineHeight() + ImGui::GetStyle().FramePadding.y * 3.0f; }

}  // namespace

void TimelineView::handle_list_keys(AppState& state) {
  if (!ImGui::IsWindowFocused() || ImGui::GetIO().WantTextInput) return;
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const std::vector<size_t>& rows = state.visible_events();
  if ((!up && !down) || rows.empty()) return;

  const auto& events = state.dataset().events;
  auto current = std::find_if(rows.begin(), rows.end(), [&](size_t i) { return events[i].id == state.selected_id(); });
  size_t next = 0;
  if (current != rows.end()) {
    const size_t at = size_t(current - rows.begin());
    next = up ? (at == 0 ? 0 : at - 1) : std::min(at + 1, rows.size() - 1);
  }
  state.select(events[rows[next]].id);
}

void TimelineView::draw_list(AppState& state, const Fonts& fonts) {
  // A filter chip or the search box may have changed the results earlier
  // in this frame: the year groups must describe the rows drawn now.
  refresh(state);
  const std::vector<size_t>& rows = state.visible_events();
  const auto& events = state.dataset().events;
  if (rows.empty()) {
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    ImGui::Indent(ImGui::GetStyle().FramePadding.x * 2);
    text_wrapped_colored(palette::kMutedText,
                         events.empty() ? tr("No events loaded.") : tr("No events match these filters."));
    if (!events.empty()) {
      if (ImGui::Button(tr("Clear filters"), ImVec2(0, target_height(state)))) clear_filters(state);
      note_widget(state, "filter:clear");
    }
    ImGui::Unindent(ImGui::GetStyle().FramePadding.x * 2);
    return;
  }

  drag_to_scroll();
  handle_list_keys(state);

  const float row_h = row_height(state.stats().short_layout);
  const float header_h = year_header_height();
  // Bring a selection made elsewhere (keys, a link, the URL) into view.
  if (state.selected_id() != scrolled_to_) {
    scrolled_to_ = state.selected_id();
    float top = 0;
    bool found = false;
    for (const YearGroup& g : groups_) {
      top += header_h;
      for (size_t i = 0; i < g.count && !found; ++i) {
        if (events[rows[g.start + i]].id == scrolled_to_) {
          top += float(i) * row_h;
          found = true;
        }
      }
      if (found) break;
      top += float(g.count) * row_h;
    }
    if (found) {
      const float view_h = ImGui::GetWindowHeight();
      if (top < ImGui::GetScrollY() || top + row_h > ImGui::GetScrollY() + view_h)
        ImGui::SetScrollY(std::max(0.0f, top - (view_h - row_h) * 0.5f));
    }
  }

  // One clipper per year: only the rows in view are drawn.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  for (const YearGroup& g : groups_) {
    draw_year_header(g, fonts);
    ImGuiListClipper clipper;
    clipper.Begin(int(g.count), row_h);
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
        draw_row(state, fonts, rows[g.start + size_t(i)], g.start + size_t(i) == 0);
    clipper.End();
  }
  ImGui::PopStyleVar();
}

void TimelineView::draw_year_header(const YearGroup& group, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + ImGui::GetContentRegionAvail().x, min.y + year_header_height());
  ImGui::Dummy(ImVec2(max.x - min.x, max.y - min.y));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
  const ImVec2 pos(min.x + style.FramePadding.x * 1.5f, min.y + style.FramePadding.y * 1.5f);
  const std::string year = group.year > 0 ? std::to_string(group.year) : std::string(tr("Undated"));
  ImGui::PushFont(fonts.bold);
  dl->AddText(pos, ImGui::GetColorU32(ImGuiCol_Text), year.c_str());
  const float year_w = ImGui::CalcTextSize(year.c_str()).x;
  ImGui::PopFont();
  const std::string count = "  \u00b7  " + tr_count("{n} events", (long long)group.count);
  dl->AddText(ImVec2(pos.x + year_w, pos.y), color(palette::kMutedText), count.c_str());
}

// Why the row's event matched the search, worked out once per event and
// search (the core's why_it_matched); nullptr when no text is searched.
const accord::SearchContext* TimelineView::search_match(const AppState& state, size_t event_index) {
  const std::string& query = state.filter().text;
  if (query.empty()) return nullptr;
  if (query != matched_query_ || state.data_version() != matched_version_) {
    matches_.clear();
    matched_query_ = query;
    matched_version_ = state.data_version();
  }
  auto found = matches_.find(event_index);
  if (found == matches_.end()) {
    // A few words either side, so the match stays in view on a phone's row.
    constexpr size_t kContextCharacters = 20;
    auto why = accord::why_it_matched(state.dataset(), state.dataset().events[event_index], query, kContextCharacters);
    found = matches_.emplace(event_index, std::move(why)).first;
  }
  return found->second ? &*found->second : nullptr;
}

void TimelineView::draw_row(AppState& state, const Fonts& fonts, size_t event_index, bool first_row) {
  const accord::Dataset& d = state.dataset();
  const accord::Event& e = d.events[event_index];
  const ImGuiStyle& style = ImGui::GetStyle();

  ImGui::PushID(int(event_index));
  const bool selected = e.id == state.selected_id();
  const bool one_line = state.stats().short_layout;
  if (list_row("##row", selected, row_height(one_line))) state.select(e.id);
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::PopID();
  note_widget(state, "row:event:" + e.id);

  if (first_row) {
    const float scale = state.stats().pixel_ratio;
    state.stats().first_row_x = (min.x + max.x) * 0.5f / scale;
    state.stats().first_row_y = (min.y + max.y) * 0.5f / scale;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line_h = ImGui::GetTextLineHeight();
  const float left = min.x + style.FramePadding.x * 1.5f;
  const float right = max.x - style.FramePadding.x * 1.5f;
  ImVec2 pos(left, one_line ? (min.y + max.y - line_h) * 0.5f : min.y + style.FramePadding.y * 1.5f);

  // Line 1: date (≈ when inferred) · type · partner countries.
  if (e.date.inferred()) {
    const char* mark = "\u2248 ";
    dl->AddText(pos, color(palette::kInferred), mark);
    pos.x += ImGui::CalcTextSize(mark).x;
  }
  const std::string date = date_text_short(e.date);
  const float date_w = ImGui::CalcTextSize(date.c_str()).x;
  dl->AddText(pos, color(palette::kMutedText), date.c_str());
  if (e.date.inferred() && hovered &&
      ImGui::IsMouseHoveringRect(ImVec2(left, pos.y), ImVec2(pos.x + date_w, pos.y + line_h)))
    ImGui::SetTooltip("%s", date_inference_text(e.date).c_str());
  pos.x += date_w;

  const std::string partners = country_names(d, accord::event_partners(d, e));
  if (!partners.empty()) {
    const char* dot = "  \u00b7  ";
    dl->AddText(pos, color(palette::kMutedText), dot);
    pos.x += ImGui::CalcTextSize(dot).x;
    ImGui::PushFont(fonts.bold);
    draw_clipped_text(dl, pos, right, color(palette::kAccent), partners.c_str(), partners.c_str() + partners.size());
    pos.x += ImGui::CalcTextSize(partners.c_str()).x;
    ImGui::PopFont();
  }
  if (one_line) {  // the title follows on the same line, as far as it goes
    const char* dot = "  \u00b7  ";
    dl->AddText(pos, color(palette::kMutedText), dot);
    pos.x += ImGui::CalcTextSize(dot).x;
    if (pos.x < right)
      draw_clipped_text(dl, pos, right, ImGui::GetColorU32(ImGuiCol_Text), e.title.c_str(),
                        e.title.c_str() + e.title.size());
    dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
    return;
  }

  // Lines 2-3: the title, wrapped, with "…" if it needs more. A search that
  // matched elsewhere than the title says where, on line 3.
  const ImVec2 line2(left, pos.y + line_h + style.FramePadding.y);
  const accord::SearchContext* why = search_match(state, event_index);
  if (!why || why->field == "title") {
    draw_two_lines(dl, line2, right, ImGui::GetColorU32(ImGuiCol_Text), e.title);
  } else {
    draw_clipped_text(dl, line2, right, ImGui::GetColorU32(ImGuiCol_Text), e.title.c_str(),
                      e.title.c_str() + e.title.size());
    ImVec2 at(left, line2.y + line_h);
    auto piece = [&](const std::string& text, ImU32 col) {
      if (at.x >= right || text.empty()) return;
      draw_clipped_text(dl, at, right, col, text.c_str(), text.c_str() + text.size());
      at.x += ImGui::CalcTextSize(text.c_str()).x;
    };
    piece(why->field + ": ", color(palette::kMutedText));
    piece(why->before, color(palette::kMutedText));
    ImGui::PushFont(fonts.bold);
    piece(why->match, color(palette::kAccent));
    ImGui::PopFont();
    piece(why->after, color(palette::kMutedText));
    // Named for tests: where this row says its search matched.
    note_rect(state, "row:match:" + e.id + ":" + why->field, ImVec2(left, line2.y + line_h),
              ImVec2(right, line2.y + line_h * 2));
  }

  // A hairline between rows.
  dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
}

}  // namespace atlas
