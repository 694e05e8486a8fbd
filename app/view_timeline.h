// The timeline: the events the filter lets through, newest first and
// grouped by year, a filter panel (partners, topics, types, dates, text)
// and the event detail. Wide windows show filters, list and detail side
// by side; narrow ones (phones) show one at a time: the list with a
// "Filters" sheet, or the detail with a Back button.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analytics.h"
#include "search_context.h"

namespace accord {
struct Event;
}

namespace atlas {

class AppState;
struct Fonts;

// Below this width in logical pixels the layout is a single column.
inline constexpr float kWideLayoutMinWidth = 900.0f;
// Below this height (logical pixels, at the user's scale) a narrow window is
// a phone on its side: the list keeps its rows to one line each so that
// more than two fit between the header and the tab bar.
inline constexpr float kShortLayoutMaxHeight = 520.0f;

class TimelineView {
 public:
  void draw(AppState& state, const Fonts& fonts);
  // The search row, where the header left room for it (a phone on its
  // side: FrameStats::header_toolbar_width); draw() then leaves it out.
  void draw_toolbar_in_header(AppState& state, const Fonts& fonts);

 private:
  using YearGroup = accord::YearRun;  // a run of visible_events()

  void refresh(const AppState& state);
  void sync_search_text(const AppState& state);
  void draw_toolbar(AppState& state, const Fonts& fonts);
  void draw_filter_panel(AppState& state, const Fonts& fonts);
  void draw_filter_sheet(AppState& state, const Fonts& fonts);
  void close_filter_sheet(AppState& state);
  void draw_list(AppState& state, const Fonts& fonts);
  void draw_year_header(const YearGroup& group, const Fonts& fonts);
  void draw_row(AppState& state, const Fonts& fonts, size_t event_index, bool first_row);
  const accord::SearchContext* search_match(const AppState& state, size_t event_index);
  void draw_detail(AppState& state, const Fonts& fonts, bool with_back_button);
  void draw_event(AppState& state, const Fonts& fonts, const accord::Event& e);
  void draw_overview(AppState& state, const Fonts& fonts);
  void handle_list_keys(AppState& state);
  void clear_filters(AppState& state);
  void open_story(AppState& state);

  std::string search_;
  bool search_active_ = false;
  bool filters_open_ = false;  // the phone's Filters sheet
  bool list_to_top_ = false;   // the results changed behind the sheet: show them from the first
  std::string scrolled_to_;    // the selection the list last scrolled to
  // Why each drawn row matched the search (search_match), for one search
  // text and one version of the data.
  std::unordered_map<size_t, std::optional<accord::SearchContext>> matches_;
  std::string matched_query_;
  unsigned matched_version_ = 0;
  std::string detail_showing_;  // the event the detail pane shows (to reset its scroll)

  // Cached per dataset (data_version) and per result set (results_version).
  unsigned data_version_ = ~0u, results_version_ = ~0u;
  accord::FacetCounts facets_;
  std::vector<size_t> partner_slots_, topic_slots_;  // facets_ chip -> AppState::facet_counts() slot
  std::vector<YearGroup> groups_;
};

}  // namespace atlas
