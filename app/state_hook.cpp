// The state the test hook reports (browser tests through accord_state_json,
// headless tests directly): one JSON object of what a user would see.
#include <nlohmann/json.hpp>

#include "app_state.h"
#include "data_menu.h"
#include "platform.h"
#include "settings.h"
#include "share_button.h"
#include "view_import.h"

namespace atlas {

std::string AppState::state_json() const {
  nlohmann::json j;
  j["events"] = dataset_.events.size();
  j["loading"] = loading();
  // What the load is doing (bench/web-load.mjs names the phase of the longest freeze).
  j["load_phase"] = loading() ? load_progress().phase : "";
  j["load_slowest_step"] = {{"phase", load_slowest_step_phase_}, {"ms", load_slowest_step_ms_}};
  j["rebuild_ms"] = derived_.rebuild_ms();
  j["slowest_frame"] = {{"phase", stats_.slowest_step_phase}, {"ms", stats_.slowest_step_ms}};
  j["slowest_frame_by_phase"] = stats_.slowest_step_by_phase;
  j["data_version"] = data_version();
  j["tallies_current"] = tallies_current();
  j["tallies_slowest_poll_ms"] = derived_.tallies_slowest_poll_ms();
  j["tallies_slowest_poll_phase"] = derived_.tallies_slowest_poll_phase();
  // What the filter chips show: per value, the events it would give.
  nlohmann::json partner_counts = nlohmann::json::object(), topic_counts = nlohmann::json::object();
  for (size_t i = 0; i < index().partner_ids().size() && i < facet_counts_.partner_counts.size(); ++i)
    partner_counts[index().partner_ids()[i]] = facet_counts_.partner_counts[i];
  for (size_t i = 0; i < index().topics().size() && i < facet_counts_.topic_counts.size(); ++i)
    topic_counts[index().topics()[i]] = facet_counts_.topic_counts[i];
  j["facet_counts"] = {{"partners", partner_counts}, {"topics", topic_counts}};
  j["visible_events"] = visible_.size();
  j["problems"] = problems_.size();
  j["view"] = accord::to_string(nav_.view);
  j["hash"] = current_hash();
  j["selected"] = nav_.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(nav_.selected);
  // The selected event's sources in order, as its page lists them ("Reported
  // by N sources"; every one but the first can be split off).
  const accord::Event* selected = nav_.selected.empty() ? nullptr : selected_event();
  j["selected_sources"] = selected ? nlohmann::json(selected->sources) : nlohmann::json(nullptr);
  j["filter"] = nav_.filter.text;
  j["notices"] = notices_;
  j["can_go_back"] = can_go_back();
  j["can_go_forward"] = can_go_forward();
  j["undo_label"] = undo_label();  // "" when nothing can be undone
  j["redo_label"] = redo_label();
  add_settings_state(j);  // theme, ui_scale (settings.h)
  add_share_state(j);     // copied_link (share_button.h)
  add_data_state(j);      // data: the user's store, links, the last import (data_menu.h)
  add_import_state(j);    // import: the Import view's stage and draft (view_import.h)
  nlohmann::json widgets = nlohmann::json::object();
  // [x, y, width, height, clipped]: the visible part, and whether part is cut away.
  for (const auto& [name, r] : stats_.widgets) widgets[name] = {r.x, r.y, r.width, r.height, r.clipped};
  j["widgets"] = widgets;
  j["labels"] = stats_.labels;
  j["layout"] = stats_.wide_layout ? "wide" : "narrow";
  j["frames"] = stats_.frames;
  j["loop_sleeping"] = main_loop_sleeping();
  j["first_frame_ms"] = stats_.first_frame_ms;
  j["width"] = stats_.logical_width;
  j["height"] = stats_.logical_height;
  j["pixel_ratio"] = stats_.pixel_ratio;
  if (stats_.search_field_x >= 0)
    j["search_field"] = {stats_.search_field_x, stats_.search_field_y};
  else
    j["search_field"] = nullptr;
  if (stats_.first_row_x >= 0)
    j["first_row"] = {stats_.first_row_x, stats_.first_row_y};
  else
    j["first_row"] = nullptr;
  // Messages may quote outside text (a file name, a link): the hook must
  // never throw on a byte that is not UTF-8, so such bytes become U+FFFD.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace atlas
