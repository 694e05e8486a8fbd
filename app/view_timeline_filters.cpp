// The timeline's filter panel (wide layout) and Filters sheet (phones).
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
#include "theme.h"
#include "view_timeline_parts.h"
#include "widgets.h"

namespace atlas {
namespace {

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

}  // namespace

void TimelineView::draw_filter_panel(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const accord::EventFilter& f = state.filter();
  // Chips list the dataset's values (facets_, fixed per dataset); each
  // shows how many events it would give with the other filters as they are
  // (the core's index answers that with the results).
  const accord::QueryResult& live = state.facet_counts();
  const float h = target_height(state) * (state.stats().wide_layout ? 1.0f : 0.9f);

  if (!facets_.partners.empty()) {
    section_heading(tr("Partners"), fonts);
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
    section_heading(tr("Topics"), fonts);
    std::vector<std::string> labels, names;
    std::vector<bool> on;
    for (size_t k = 0; k < facets_.topics.size(); ++k) {
      const std::string& topic = facets_.topics[k].first;
      labels.push_back(topic_text(topic) + "  " + std::to_string(live_count(live.topic_counts, topic_slots_[k])));
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
    section_heading(tr("Event types"), fonts);
    std::vector<std::string> labels, names;
    std::vector<bool> on;
    for (const auto& chip : facets_.types) {
      const accord::EventType type = chip.first;
      labels.push_back(event_type_text(type) + "  " + std::to_string(live_count(live.type_counts, size_t(type))));
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
    section_heading(tr("Dates"), fonts);
    // Year pickers: "Any" or a year the dataset has events in.
    auto year_combo = [&](const char* label, const char* name, const std::optional<accord::Date>& value, bool is_from) {
      const std::string preview = value ? (value->precision == accord::DatePrecision::Year ? std::to_string(value->year)
                                                                                           : date_text_short(*value))
                                        : std::string(tr("Any"));
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(palette::kMutedText, "%s", label);
      ImGui::SameLine(ImGui::GetFontSize() * 2.8f);
      ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 8.0f));
      ImGui::PushID(name);
      if (ImGui::BeginCombo("##year", preview.c_str())) {
        accord::EventFilter next = f;
        std::optional<accord::Date>& slot = is_from ? next.from : next.to;
        bool changed = false;
        if (ImGui::Selectable(tr("Any"), !value, 0, ImVec2(0, h))) slot.reset(), changed = true;
        for (const auto& [year, n] : facets_.years) {
          const std::string item = std::to_string(year) + "   (" + tr_count("{n} events", (long long)n) + ")";
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
    year_combo(tr("From"), "filter:from", f.from, true);
    year_combo(tr("To"), "filter:to", f.to, false);
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
  const std::string show = tr_count("Show {n} events", (long long)state.visible_events().size());
  ImGui::PushStyleColor(ImGuiCol_Button, palette::kAccent);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kBackground);
  const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput;
  if (ImGui::Button(show.c_str(), ImVec2(-1, h)) || escape) close_filter_sheet(state);
  ImGui::PopStyleColor(2);
  note_widget(state, "filters:done");
}

// The list was not drawn while the sheet covered it, so its scroll still
// fits the results from before: shown as it was, a shorter list would be
// blank until swiped.
void TimelineView::close_filter_sheet(AppState& state) {
  filters_open_ = false;
  list_to_top_ = true;
  state.request_redraw();
}

}  // namespace atlas
