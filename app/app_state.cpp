#include "app_state.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace atlas {

const char* view_name(View v) {
  switch (v) {
    case View::Timeline: return "timeline";
  }
  return "timeline";
}

void AppState::load(const std::string& path) {
  dataset_path_ = path;
  accord::LoadResult result = accord::load_dataset_file(path);
  dataset_ = std::move(result.dataset);
  problems_ = std::move(result.problems);
  overview_ = accord::compute_stats(dataset_);
  selected_.clear();
  refilter();
}

void AppState::set_filter_text(const std::string& text) {
  if (text == filter_.text) return;
  filter_.text = text;
  refilter();
}

void AppState::refilter() {
  visible_ = accord::query_events(dataset_, filter_);
  // query_events answers oldest first; the timeline shows the newest first.
  std::reverse(visible_.begin(), visible_.end());
}

const accord::Event* AppState::selected_event() const {
  return selected_.empty() ? nullptr : dataset_.find_event(selected_);
}

void AppState::select(const std::string& event_id) {
  selected_ = dataset_.find_event(event_id) ? event_id : std::string();
}

std::string AppState::state_json() const {
  nlohmann::json j;
  j["events"] = dataset_.events.size();
  j["visible_events"] = visible_.size();
  j["problems"] = problems_.size();
  j["view"] = view_name(view_);
  j["selected"] = selected_.empty() ? nlohmann::json(nullptr) : nlohmann::json(selected_);
  j["filter"] = filter_.text;
  j["layout"] = stats_.wide_layout ? "wide" : "narrow";
  j["frames"] = stats_.frames;
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
  return j.dump();
}

}  // namespace atlas
