#include "view_timeline.h"

#include <algorithm>
#include <cstring>

#include "app_state.h"
#include "event_index.h"
#include "display_text.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "query.h"
#include "theme.h"
#include "record_editor.h"
#include "widgets.h"

namespace atlas {
namespace {

ImU32 color(const ImVec4& c) { return ImGui::GetColorU32(c); }

// Height of one list row: a line for date and partners, two for the title.
float row_height() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetTextLineHeight() * 3.0f + style.FramePadding.y * 4.0f;
}
float year_header_height() { return ImGui::GetTextLineHeight() + ImGui::GetStyle().FramePadding.y * 3.0f; }

// Static chips (the overview's counts).
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

// Tappable chips that wrap; `names` are the widget names. Returns the index
// tapped or -1.
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

// Whether the filter names this country (by id, name or alias).
bool filter_has_partner(const accord::Dataset& d, const accord::EventFilter& f, const std::string& id) {
  return std::any_of(f.partners.begin(), f.partners.end(), [&](const std::string& p) {
    const accord::Country* c = accord::find_country_by_name(d, p);
    return c && c->id == id;
  });
}

template <typename T>
void toggle(std::vector<T>& v, const T& x) {
  const auto it = std::find(v.begin(), v.end(), x);
  if (it == v.end())
    v.push_back(x);
  else
    v.erase(it);
}

size_t live_count(const std::vector<size_t>& counts, size_t slot) { return slot < counts.size() ? counts[slot] : 0; }

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
  std::snprintf(search_, sizeof search_, "%s", text.c_str());
}

void TimelineView::clear_filters(AppState& state) {
  ImGui::ClearActiveID();  // an active search field would write its own copy back
  search_[0] = '\0';
  state.set_filter({});
}

void TimelineView::draw(AppState& state, const Fonts& fonts) {
  refresh(state);
  sync_search_text(state);
  FrameStats& stats = state.stats();
  stats.first_row_x = stats.first_row_y = -1;
  stats.search_field_x = stats.search_field_y = -1;

  const bool detail_only = !stats.wide_layout && state.selected_event();
  if (detail_only) {
    draw_detail(state, fonts, true);
    return;
  }
  draw_toolbar(state, fonts);

  auto list_pane = [&](float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // rows reach the edges
    ImGui::BeginChild("##list", ImVec2(width, 0), true);
    ImGui::PopStyleVar();
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

void TimelineView::draw_toolbar(AppState& state, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool wide = state.stats().wide_layout;
  const float h = target_height(state);
  const size_t shown = state.visible_events().size();
  const size_t total = state.dataset().events.size();
  const std::string count = shown == total ? count_text(total, "event", "events")
                                           : std::to_string(shown) + " of " + std::to_string(total) + " events";
  const bool filtered = !state.filter().empty();
  const size_t facets_on = active_filter_count(state.filter());
  const std::string filters_label =
      (filters_open_ ? std::string("Close filters") : "Filters" + (facets_on ? " (" + std::to_string(facets_on) + ")" : std::string())) +
      "##filters";
  const float filters_w = wide ? 0.0f : ImGui::CalcTextSize(filters_label.c_str(), nullptr, true).x + style.FramePadding.x * 4;
  const char* clear_label = "Clear filters";
  const float clear_w = ImGui::CalcTextSize(clear_label).x + style.FramePadding.x * 3;
  const float count_w = ImGui::CalcTextSize(count.c_str()).x;
  const float avail = ImGui::GetContentRegionAvail().x;

  // Search: as wide as fits beside the rest of the row.
  float search_w = wide ? std::min(ImGui::GetFontSize() * 26.0f,
                                   avail - count_w - clear_w - style.ItemSpacing.x * 3)
                        : avail - filters_w - style.ItemSpacing.x;
  ImGui::SetNextItemWidth(search_w);
  // Taller on phones: pad the frame to the target height.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(style.FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  if (ImGui::InputTextWithHint("##search", "Search events, people, places\u2026", search_, sizeof search_))
    state.set_filter_text(search_);
  ImGui::PopStyleVar();
  search_active_ = ImGui::IsItemActive();
  note_widget(state, "search");
  const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
  note_text_field(field_min.x, field_min.y, field_max.x, field_max.y, search_);
  const float scale = state.stats().pixel_ratio;
  state.stats().search_field_x = (field_min.x + field_max.x) * 0.5f / scale;
  state.stats().search_field_y = (field_min.y + field_max.y) * 0.5f / scale;

  if (!wide) {
    ImGui::SameLine();
    if (facets_on) ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
    if (ImGui::Button(filters_label.c_str(), ImVec2(filters_w, h)) && !pointer_was_dragged())
      filters_open_ = !filters_open_;
    if (facets_on) ImGui::PopStyleColor();
    note_widget(state, "filters:toggle");
  }

  // The result count is always in view; Clear is one tap away.
  if (wide) ImGui::SameLine();
  ImGui::PushFont(fonts.bold);
  if (!wide) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (h - ImGui::GetFrameHeight()) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(filtered ? palette::kAccent : palette::kMutedText, "%s", count.c_str());
  ImGui::PopFont();
  note_widget(state, "count");
  if (filtered) {
    ImGui::SameLine();
    if (!wide) ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - clear_w);
    if (ImGui::Button(clear_label, ImVec2(clear_w, wide ? 0.0f : h * 0.8f))) clear_filters(state);
    note_widget(state, "filter:clear");
  }
}

void TimelineView::draw_filter_panel(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const accord::EventFilter& f = state.filter();
  // Chips list the dataset's values (facets_, fixed per dataset); each
  // shows how many events it would give with the other filters as they are
  // (the core's index answers that with the results).
  const accord::QueryResult& live = state.facet_counts();
  const float h = target_height(state) * (state.stats().wide_layout ? 1.0f : 0.9f);

  if (!facets_.partners.empty()) {
    section_heading("Partners", fonts);
    std::vector<std::string> labels, names;
    std::vector<bool> on;
    for (size_t k = 0; k < facets_.partners.size(); ++k) {
      const std::string& id = facets_.partners[k].first;
      labels.push_back(country_name(d, id) + "  " + std::to_string(live_count(live.partner_counts, partner_slots_[k])));
      names.push_back("filter:partner:" + id);
      on.push_back(filter_has_partner(d, f, id));
    }
    const int tapped = chip_row(state, labels, on, names, h);
    if (tapped >= 0) {
      accord::EventFilter next = f;
      const std::string& id = facets_.partners[size_t(tapped)].first;
      if (on[size_t(tapped)])
        next.partners.erase(std::remove_if(next.partners.begin(), next.partners.end(),
                                           [&](const std::string& p) {
                                             const accord::Country* c = accord::find_country_by_name(d, p);
                                             return c && c->id == id;
                                           }),
                            next.partners.end());
      else
        next.partners.push_back(id);
      state.set_filter(next);
    }
  }

  if (!facets_.topics.empty()) {
    section_heading("Topics", fonts);
    std::vector<std::string> labels, names;
    std::vector<bool> on;
    for (size_t k = 0; k < facets_.topics.size(); ++k) {
      const std::string& topic = facets_.topics[k].first;
      labels.push_back(accord::topic_label(topic) + "  " + std::to_string(live_count(live.topic_counts, topic_slots_[k])));
      names.push_back("filter:topic:" + topic);
      on.push_back(std::find(f.topics.begin(), f.topics.end(), topic) != f.topics.end());
    }
    const int tapped = chip_row(state, labels, on, names, h);
    if (tapped >= 0) {
      accord::EventFilter next = f;
      toggle(next.topics, facets_.topics[size_t(tapped)].first);
      state.set_filter(next);
    }
  }

  if (!facets_.types.empty()) {
    section_heading("Event types", fonts);
    std::vector<std::string> labels, names;
    std::vector<bool> on;
    for (const auto& chip : facets_.types) {
      const accord::EventType type = chip.first;
      labels.push_back(accord::event_type_label(type) + "  " + std::to_string(live_count(live.type_counts, size_t(type))));
      names.push_back(std::string("filter:type:") + accord::to_string(type));
      on.push_back(std::find(f.types.begin(), f.types.end(), type) != f.types.end());
    }
    const int tapped = chip_row(state, labels, on, names, h);
    if (tapped >= 0) {
      accord::EventFilter next = f;
      toggle(next.types, facets_.types[size_t(tapped)].first);
      state.set_filter(next);
    }
  }

  if (!facets_.years.empty()) {
    section_heading("Dates", fonts);
    // Year pickers: "Any" or a year the dataset has events in.
    auto year_combo = [&](const char* label, const char* name, const std::optional<accord::Date>& value,
                          bool is_from) {
      const std::string preview = value ? (value->precision == accord::DatePrecision::Year
                                               ? std::to_string(value->year)
                                               : date_text_short(*value))
                                        : std::string("Any");
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(palette::kMutedText, "%s", label);
      ImGui::SameLine(ImGui::GetFontSize() * 2.8f);
      ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 8.0f));
      ImGui::PushID(name);
      if (ImGui::BeginCombo("##year", preview.c_str())) {
        accord::EventFilter next = f;
        std::optional<accord::Date>& slot = is_from ? next.from : next.to;
        bool changed = false;
        if (ImGui::Selectable("Any", !value, 0, ImVec2(0, h))) slot.reset(), changed = true;
        for (const auto& [year, n] : facets_.years) {
          const std::string item = std::to_string(year) + "   (" + count_text(n, "event", "events") + ")";
          const bool selected = value && value->year == year && value->precision == accord::DatePrecision::Year;
          if (ImGui::Selectable(item.c_str(), selected, 0, ImVec2(0, h))) {
            slot = accord::Date::parse(std::to_string(year));
            changed = true;
          }
        }
        if (changed) state.set_filter(next);
        ImGui::EndCombo();
      }
      ImGui::PopID();
      note_widget(state, name);
    };
    year_combo("From", "filter:from", f.from, true);
    year_combo("To", "filter:to", f.to, false);
  }
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

// Phones: the filters take the list's place, with the count on a big
// button that goes back to the results.
void TimelineView::draw_filter_sheet(AppState& state, const Fonts& fonts) {
  const float h = target_height(state);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::BeginChild("##filter-sheet", ImVec2(0, -(h + style.ItemSpacing.y)), true,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  drag_to_scroll();
  draw_filter_panel(state, fonts);
  ImGui::EndChild();
  const std::string show = "Show " + count_text(state.visible_events().size(), "event", "events");
  ImGui::PushStyleColor(ImGuiCol_Button, palette::kAccent);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kBackground);
  if (ImGui::Button(show.c_str(), ImVec2(-1, h))) filters_open_ = false;
  ImGui::PopStyleColor(2);
  note_widget(state, "filters:done");
}

void TimelineView::handle_list_keys(AppState& state) {
  if (!ImGui::IsWindowFocused() || ImGui::GetIO().WantTextInput) return;
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const std::vector<size_t>& rows = state.visible_events();
  if ((!up && !down) || rows.empty()) return;

  const auto& events = state.dataset().events;
  auto current = std::find_if(rows.begin(), rows.end(),
                              [&](size_t i) { return events[i].id == state.selected_id(); });
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
    text_wrapped_colored(palette::kMutedText, events.empty() ? "No events loaded." : "No events match these filters.");
    if (!events.empty()) {
      if (ImGui::Button("Clear filters", ImVec2(0, target_height(state)))) clear_filters(state);
      note_widget(state, "filter:clear");
    }
    ImGui::Unindent(ImGui::GetStyle().FramePadding.x * 2);
    return;
  }

  drag_to_scroll();
  handle_list_keys(state);

  const float row_h = row_height();
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
  const std::string year = group.year > 0 ? std::to_string(group.year) : std::string("Undated");
  ImGui::PushFont(fonts.bold);
  dl->AddText(pos, ImGui::GetColorU32(ImGuiCol_Text), year.c_str());
  const float year_w = ImGui::CalcTextSize(year.c_str()).x;
  ImGui::PopFont();
  const std::string count = "  \u00b7  " + count_text(group.count, "event", "events");
  dl->AddText(ImVec2(pos.x + year_w, pos.y), color(palette::kMutedText), count.c_str());
}

void TimelineView::draw_row(AppState& state, const Fonts& fonts, size_t event_index, bool first_row) {
  const accord::Dataset& d = state.dataset();
  const accord::Event& e = d.events[event_index];
  const ImGuiStyle& style = ImGui::GetStyle();

  ImGui::PushID(int(event_index));
  const bool selected = e.id == state.selected_id();
  if (list_row("##row", selected, row_height())) state.select(e.id);
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
  ImVec2 pos(left, min.y + style.FramePadding.y * 1.5f);

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
    ImGui::PopFont();
  }

  // Lines 2-3: the title, wrapped, with "…" if it needs more.
  draw_two_lines(dl, ImVec2(left, pos.y + line_h + style.FramePadding.y), right, ImGui::GetColorU32(ImGuiCol_Text),
                 e.title);

  // A hairline between rows.
  dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
}

void TimelineView::draw_detail(AppState& state, const Fonts& fonts, bool with_back_button) {
  if (with_back_button && back_button(state, View::Timeline)) return;
  ImGui::BeginChild("##detail", ImVec2(0, 0), with_back_button, ImGuiWindowFlags_AlwaysUseWindowPadding);
  const accord::Event* e = state.selected_event();
  drag_to_scroll();
  if (!e) {
    draw_overview(state, fonts);
  } else {
    if (detail_showing_ != e->id) {
      detail_showing_ = e->id;
      ImGui::SetScrollY(0);
    }
    draw_event(state, fonts, *e);
  }
  ImGui::EndChild();
}

// What the dataset holds, shown while no event is selected.
void TimelineView::draw_overview(AppState& state, const Fonts& fonts) {
  const AppState::Overview& o = state.overview();
  ImGui::PushFont(fonts.title);
  text_wrapped(state.dataset().title.empty() ? "Dataset" : state.dataset().title);
  ImGui::PopFont();
  std::string summary = count_text(o.events, "event", "events");
  if (!o.first_date.empty()) summary += ", " + o.first_date.substr(0, 4) + "\u2013" + o.last_date.substr(0, 4);
  summary += " \u00b7 " + count_text(o.agreements, "agreement", "agreements") + " \u00b7 " +
             count_text(o.people, "person", "people") + " \u00b7 " + count_text(o.sources, "source", "sources");
  text_wrapped_colored(palette::kMutedText, summary);
  if (o.inferred_dates > 0)
    text_wrapped_colored(palette::kInferred,
                         "\u2248 " + std::to_string(o.inferred_dates) +
                             " dates are inferred (the source gave no year); each event says why.");

  section_heading("Years", fonts);
  std::vector<std::string> labels;
  for (const auto& [year, count] : facets_.years) labels.push_back(std::to_string(year) + "  " + std::to_string(count));
  draw_chips(labels);

  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  text_wrapped_colored(palette::kMutedText,
                       "Select an event to see who met, what they agreed and where it was reported. "
                       "Filter by partner, topic, type or date on the left; every name in an event "
                       "leads to its own page.");
}

void TimelineView::draw_event(AppState& state, const Fonts& fonts, const accord::Event& e) {
  const accord::Dataset& d = state.dataset();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;

  ImGui::PushFont(fonts.title);
  text_wrapped(e.title);
  ImGui::PopFont();
  record_edit_buttons(state, RecordKind::Event, e.id);
  if (!e.summary.empty()) {
    ImGui::Dummy(ImVec2(0, spacing));
    text_wrapped(e.summary);
  }

  // Facts.
  section_heading("Event", fonts);
  const float label_width = ImGui::GetFontSize() * 6.5f;
  if (begin_fields("##facts", label_width)) {
    field_label("Date");
    text_wrapped(event_date_text(e));
    if (e.date.inferred()) {
      text_wrapped_colored(palette::kInferred, "\u2248 " + date_inference_text(e.date));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("The source gave no full date; this is why we chose it.");
    }
    field_label("Type");
    if (link(state, accord::event_type_label(e.type), std::string("link:type:") + accord::to_string(e.type))) {
      accord::EventFilter f;
      f.types = {e.type};
      open_filtered_timeline(state, f);
    }
    if (e.status != "held") field("Status", capitalized(e.status));

    std::string place = e.location.city;
    if (!e.location.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
    if (e.location.is_virtual) place += place.empty() ? "Online" : " (online)";
    field("Place", place);

    const std::vector<std::string> partners = accord::event_partners(d, e);
    if (!partners.empty()) {
      field_label("Partners");
      std::vector<std::string> labels, names;
      for (const std::string& id : partners) {
        labels.push_back(country_name(d, id));
        names.push_back("link:partner:" + id);
      }
      const int tapped = inline_links(state, labels, names);
      if (tapped >= 0) {
        accord::EventFilter f;
        f.partners = {partners[size_t(tapped)]};
        open_filtered_timeline(state, f);
      }
    }

    if (!e.part_of.empty()) {
      field_label("Part of");
      const accord::Event* parent = state.find_event(e.part_of);
      if (!parent)
        text_wrapped(e.part_of);
      else if (link(state, parent->title, "link:event:" + parent->id))
        state.select(parent->id);
    }
    std::string organizations;
    for (const std::string& id : e.organizations) {
      const accord::Organization* o = d.find_organization(id);
      if (!organizations.empty()) organizations += "\n";
      organizations += o ? o->name : id;
    }
    field("Organizations", organizations);
    end_fields();
  }

  if (!e.participants.empty()) {
    section_heading("Participants", fonts);
    for (const accord::Participation& p : e.participants) {
      const accord::Person* person = state.find_person(p.person);
      ImGui::PushID(p.person.c_str());
      ImGui::PushFont(fonts.bold);
      if (!person)
        text_wrapped(p.person);
      else if (link(state, person_name(*person), "link:person:" + person->id))
        state.navigate_to(View::Person, person->id);
      ImGui::PopFont();
      ImGui::PopID();
      // The role held on the event's date: as the source states it, else
      // from the person's dated roles.
      std::string role = p.role;
      if (role.empty() && person) role = accord::role_on(*person, e.date);
      std::string details = role;
      if (!p.part.empty()) details += (details.empty() ? "" : " \u00b7 ") + capitalized(p.part);
      if (person && !person->country.empty())
        details += (details.empty() ? "" : " \u00b7 ") + country_name(d, person->country);
      if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
      ImGui::Dummy(ImVec2(0, spacing));
    }
  }

  if (!e.agreements.empty()) {
    section_heading("Agreements", fonts);
    for (const accord::AgreementAct& act : e.agreements) {
      const accord::Agreement* a = state.find_agreement(act.agreement);
      ImGui::PushID(act.agreement.c_str());
      if (!a)
        text_wrapped(act.agreement);
      else if (link(state, a->title, "link:agreement:" + a->id))
        state.navigate_to(View::Agreement, a->id);
      ImGui::PopID();
      std::string details = action_text(act.action);
      if (a) details += " \u00b7 " + agreement_kind_text(a->kind);
      if (a && !a->parties.empty()) details += " \u00b7 " + country_names(d, a->parties);
      text_wrapped_colored(palette::kMutedText, details);
      ImGui::Dummy(ImVec2(0, spacing));
    }
  }

  const float chip_h = target_height(state) * 0.85f;
  if (!e.topics.empty()) {
    section_heading("Topics", fonts);
    std::vector<std::string> labels, names;
    for (const std::string& t : e.topics) {
      labels.push_back(accord::topic_label(t));
      names.push_back("link:topic:" + t);
    }
    const int tapped = chip_row(state, labels, {}, names, chip_h);
    if (tapped >= 0) {
      accord::EventFilter f;
      f.topics = {e.topics[size_t(tapped)]};
      open_filtered_timeline(state, f);
    }
  }

  if (!e.mechanisms.empty()) {
    section_heading("Mechanisms", fonts);
    std::vector<std::string> labels, names;
    for (const std::string& id : e.mechanisms) {
      const accord::Mechanism* m = d.find_mechanism(id);
      labels.push_back(m ? m->name : id);
      names.push_back("link:mechanism:" + id);
    }
    const int tapped = chip_row(state, labels, {}, names, chip_h);
    // Mechanisms are not a facet: the text search finds their events.
    if (tapped >= 0) {
      accord::EventFilter f;
      f.text = labels[size_t(tapped)];
      open_filtered_timeline(state, f);
    }
    for (const std::string& id : e.mechanisms)
      if (const accord::Mechanism* m = d.find_mechanism(id); m && !m->full_name.empty())
        text_wrapped_colored(palette::kMutedText, m->name + ": " + m->full_name);
  }

  if (!e.commitments.empty()) {
    section_heading("Commitments", fonts);
    for (const accord::Commitment& c : e.commitments) {
      ImGui::Bullet();
      ImGui::SameLine();
      text_wrapped(c.text);
    }
  }

  if (!e.figures.empty()) {
    section_heading("Figures", fonts);
    for (size_t i = 0; i < e.figures.size(); ++i) {
      const accord::Figure& f = e.figures[i];
      ImGui::PushFont(fonts.bold);
      ImGui::TextUnformatted((quantity_text(f.quantity) + " " + f.unit).c_str());
      ImGui::PopFont();
      ImGui::SameLine();
      text_wrapped(f.what + (f.period.empty() ? "" : " \u00b7 " + f.period));
    }
    ImGui::PushID("outcomes");
    if (link(state, "See all measured outcomes \u2192", "link:outcomes")) state.navigate_to(View::Outcomes);
    ImGui::PopID();
  }

  if (!e.sources.empty()) {
    section_heading("Sources", fonts);
    for (const std::string& id : e.sources) {
      const accord::Source* s = state.find_source(id);
      if (!s) {
        text_wrapped(id);
        continue;
      }
      ImGui::PushID(id.c_str());
      if (s->url.empty())
        text_wrapped(s->title);
      else if (link_text(s->title))
        open_url(s->url);
      if (!s->url.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s->url.c_str());
      std::string details = s->publisher;
      if (s->published) details += (details.empty() ? "" : " \u00b7 ") + date_text_short(*s->published);
      if (!s->language.empty()) details += (details.empty() ? "" : " \u00b7 ") + language_name(s->language);
      if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
      ImGui::PopID();
    }
  }
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
