#include "app_state.h"

#include "utf8.h"

#include "platform.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "background_load.h"
#include "data_menu.h"
#include "dataset_load.h"
#include "settings.h"
#include "share_button.h"
#include "view_import.h"

namespace atlas {

using accord::same_filter;
using accord::same_place;

namespace {
// Work per frame while loading in the browser: the rest of the frame draws.
constexpr double kLoadSliceMs = 10.0;
// Up to this many events, tallies are made at once (a few ms): no frame
// shows the views updating.
constexpr size_t kTallyAtOnceEvents = 20000;
constexpr size_t kTallySliceEvents = 1024;  // between two looks at the clock
constexpr double kTallyProgressRedrawMs = 250;

}  // namespace

AppState::AppState()
    : index_(std::make_unique<accord::EventIndex>(dataset_)), tallies_(std::make_shared<accord::EventTallies>()) {}

void AppState::request_redraw() {
  redraw_requested_ = true;
  wake_main_loop();
}

void AppState::request_frame() {
  frame_requested_ = true;
  wake_main_loop();
}
AppState::~AppState() = default;

void AppState::load(const std::string& path) {
  accord::DatasetLoad load = accord::DatasetLoad::from_file(path);
  while (!load.step()) {
  }
  loader_.reset();
  dataset_path_ = path;
  std::unique_ptr<accord::EventIndex> built = load.take(dataset_, problems_);
  forget_places();
  tallies_ = std::make_shared<const accord::EventTallies>();  // the old data's would mislead
  rebuild_after_data_change(std::move(built));
}

void AppState::forget_places() {
  nav_ = {};
  history_places_.clear();
}

void AppState::begin_load(const std::string& path) { begin_load(path, nullptr, ""); }

void AppState::begin_load(const std::string& path, LoadCheck accept, const std::string& origin) {
  loader_.reset();  // natively, waits for a load still running
  loading_path_ = path;
  loading_check_ = std::move(accept);
  loading_origin_ = origin;
  loader_ = std::make_unique<BackgroundLoad>(accord::DatasetLoad::from_file(path));
  request_redraw();
}

bool AppState::poll_load() {
  if (!loader_) return false;
  request_redraw();  // the progress bar moves
  if (!loader_->poll(kLoadSliceMs)) return false;
  load_slowest_step_ms_ = loader_->slowest_step_ms();
  load_slowest_step_phase_ = loader_->slowest_step_phase();
  LoadedData loaded = loader_->take();
  loader_.reset();
  if (loading_check_) {
    // Moving the dataset in and out keeps its events in place (the index
    // and id maps stay valid).
    accord::LoadResult read{std::move(loaded.dataset), std::move(loaded.problems)};
    const bool accepted = loading_check_(read) && loaded.index;
    loading_check_ = nullptr;
    if (!accepted) return true;  // the data shown before stays
    loaded.dataset = std::move(read.dataset);
    loaded.problems = std::move(read.problems);
    history_.clear();  // undo steps name records of the data that was replaced
  }
  const double start = millis_since_start();
  // Moving the dataset keeps its events and strings in place (the index
  // and the id maps point into them); only the index is told.
  dataset_ = std::move(loaded.dataset);
  problems_ = std::move(loaded.problems);
  for (accord::Problem& p : problems_)
    if (p.path.empty()) p.path = loading_path_;
  dataset_path_ = loading_origin_.empty() ? loading_path_ : loading_origin_;
  // Another dataset: the old places name what may not exist. A link opened
  // at start-up is applied again by the caller once loading ends.
  forget_places();
  tallies_ = std::make_shared<const accord::EventTallies>();  // the old data's would mislead
  if (!loaded.index) {                                        // the load itself failed: no data
    rebuild_after_data_change(nullptr);
    return true;
  }
  index_ = std::move(loaded.index);
  index_->rebind(dataset_);
  event_by_id_ = std::move(loaded.event_by_id);
  person_by_id_ = std::move(loaded.person_by_id);
  agreement_by_id_ = std::move(loaded.agreement_by_id);
  source_by_id_ = std::move(loaded.source_by_id);
  event_by_id_.rebind(dataset_.events);
  person_by_id_.rebind(dataset_.people);
  agreement_by_id_.rebind(dataset_.agreements);
  source_by_id_.rebind(dataset_.sources);
  after_rebuild();
  rebuild_ms_ = millis_since_start() - start;
  return true;
}

AppState::LoadProgress AppState::load_progress() const {
  LoadProgress p;
  if (!loader_) return p;
  p.path = loading_path_;
  p.phase = loader_->phase();
  p.fraction = loader_->progress();
  return p;
}

void AppState::rebuild_after_data_change(std::unique_ptr<accord::EventIndex> built) {
  const double start = millis_since_start();
  // The old index points into the old data: drop it before anything reads it.
  index_ = built ? std::move(built) : std::make_unique<accord::EventIndex>(dataset_);
  event_by_id_.build(dataset_.events);
  person_by_id_.build(dataset_.people);
  agreement_by_id_.build(dataset_.agreements);
  source_by_id_.build(dataset_.sources);
  after_rebuild();
  rebuild_ms_ = millis_since_start() - start;
}

void AppState::refresh_after_edit(const accord::ChangeEffects& edit) {
  event_by_id_.follow(edit.events);  // a million events: no pass over them
  source_by_id_.follow(edit.sources);
  person_by_id_.build(dataset_.people);
  agreement_by_id_.build(dataset_.agreements);
  after_rebuild();
}

// What the views show of the whole dataset, from the index (a popcount per
// facet column, not a pass over the events), then a new data version.
void AppState::after_rebuild() {
  const accord::EventIndex::Overview events = index_->overview();
  overview_.events = events.events;
  overview_.inferred_dates = events.inferred_dates;
  overview_.first_date = events.first ? events.first->date.iso() : "";
  overview_.last_date = events.last ? events.last->date.iso() : "";
  overview_.agreements = dataset_.agreements.size();
  overview_.people = dataset_.people.size();
  overview_.sources = dataset_.sources.size();
  facets_ = index_->totals();
  // New tallies: the old ones stay shown until these are done.
  tallies_build_ = std::make_unique<accord::EventTalliesBuild>(dataset_);
  if (dataset_.events.size() <= kTallyAtOnceEvents) poll_tallies(1e9);
  ++data_version_;
  refilter();
  request_redraw();
}

bool AppState::poll_tallies(double budget_ms) {
  if (!tallies_build_) return false;
  const double start = millis_since_start();
  bool done = false;
  const char* slowest_phase = "";
  double slowest_step_ms = 0;
  while (!done && millis_since_start() - start < budget_ms) {
    const char* phase = tallies_build_->phase();
    const double step_start = millis_since_start();
    done = tallies_build_->step(kTallySliceEvents);
    const double step_ms = millis_since_start() - step_start;
    if (step_ms > slowest_step_ms) {
      slowest_step_ms = step_ms;
      slowest_phase = phase;
    }
  }
  const double poll_ms = millis_since_start() - start;
  if (poll_ms > tallies_slowest_poll_ms_) {
    tallies_slowest_poll_ms_ = poll_ms;
    tallies_slowest_poll_phase_ = slowest_phase;  // of its slowest step
  }
  // The views' progress note a few times a second, when a view that shows
  // tallies is open: a frame not drawn leaves its time to the tallies.
  const double now = millis_since_start();
  if (!done) {
    const bool shown = nav_.view != View::Timeline && nav_.view != View::Event && nav_.view != View::Import;
    if (shown && now - tallies_progress_drawn_at_ >= kTallyProgressRedrawMs) {
      tallies_progress_drawn_at_ = now;
      request_frame();
    }
    return false;
  }
  request_redraw();  // the new numbers: the views' layout settles over a few frames
  tallies_ = std::make_shared<const accord::EventTallies>(tallies_build_->take());
  tallies_build_.reset();
  ++tallies_version_;
  return true;
}

const accord::Event* AppState::find_event(const std::string& id) const { return event_by_id_.find(id); }
const accord::Person* AppState::find_person(const std::string& id) const { return person_by_id_.find(id); }
const accord::Agreement* AppState::find_agreement(const std::string& id) const { return agreement_by_id_.find(id); }
const accord::Source* AppState::find_source(const std::string& id) const { return source_by_id_.find(id); }

void AppState::set_dataset(accord::Dataset d, const std::string& origin) {
  dataset_ = std::move(d);
  dataset_path_ = origin;
  problems_.clear();  // callers hand over data the core has validated
  history_.clear();   // undo steps name records of the data that was replaced
  // Keep the place; a selection the new data lacks is dropped.
  const bool event_view = nav_.view == View::Timeline || nav_.view == View::Event;
  if (event_view && !nav_.selected.empty() && !dataset_.find_event(nav_.selected)) {
    nav_.selected.clear();
    if (nav_.view == View::Event) nav_.view = View::Timeline;
  }
  rebuild_after_data_change(nullptr);
}

// After an edit or an undo: what load() builds from the data, then the
// place, kept unless its subject is gone, then the user's stored copy.
void AppState::after_data_change() {
  // The index follows the edit (a million events take seconds to index);
  // it is rebuilt only when it cannot.
  if (index_->update(history_.last_effects()))
    refresh_after_edit(history_.last_effects());
  else
    rebuild_after_data_change();
  accord::ParsedHash place{nav_, {}};
  accord::check_against(dataset_, place);
  if (place.state.selected != nav_.selected || place.state.view != nav_.view) go_to(place.state);
  request_redraw();
  // A failed save keeps the change in memory; the header shows why.
  save_error_ = persist_ ? persist_(dataset_) : "";
}

void AppState::add_notice(const std::string& text) {
  notices_.push_back(accord::valid_utf8(text));  // an exception's text may hold any bytes
  request_redraw();
}

std::string AppState::apply_change(const accord::DatasetChange& change) {
  const std::string refused = history_.apply(dataset_, change);
  if (!refused.empty()) return refused;
  after_data_change();
  return "";
}

std::string AppState::undo() {
  if (!history_.can_undo()) return "";
  const std::string label = history_.undo(dataset_);
  after_data_change();
  return label;
}

std::string AppState::redo() {
  if (!history_.can_redo()) return "";
  const std::string refused = history_.redo(dataset_);
  if (refused.empty()) after_data_change();
  return refused;
}

void AppState::go_to(const accord::ViewState& next) {
  const bool filter_changed = !same_filter(next.filter, nav_.filter);
  nav_ = next;
  if (filter_changed) refilter();
  request_redraw();
}

void AppState::navigate(const accord::ViewState& next) {
  if (same_place(next, nav_)) return;
  history_places_.push(nav_);
  go_to(next);
}

void AppState::navigate_to(View view, const std::string& selected) {
  accord::ViewState next = nav_;
  next.view = view;
  next.selected = selected;
  navigate(next);
}

void AppState::back() {
  if (std::optional<accord::ViewState> previous = history_places_.back(nav_)) go_to(*previous);
}

void AppState::forward() {
  if (std::optional<accord::ViewState> next = history_places_.forward(nav_)) go_to(*next);
}

void AppState::open_hash(const std::string& hash) {
  accord::ParsedHash parsed = accord::parse_hash(hash);
  accord::check_against(dataset_, parsed);
  notices_ = parsed.notices;
  navigate(parsed.state);
}

void AppState::apply_hash_from_history(const std::string& hash, bool at_start) {
  accord::ParsedHash parsed = accord::parse_hash(hash);
  accord::check_against(dataset_, parsed);
  notices_ = parsed.notices;
  const HistoryMoves counted = history_places_.moves();
  const accord::ViewState* back_place = history_places_.peek_back();
  const accord::ViewState* forward_place = history_places_.peek_forward();
  if (at_start)
    go_to(parsed.state);
  else if (same_place(parsed.state, nav_))
    request_redraw();  // the notices, if any
  else if (back_place && same_place(parsed.state, *back_place))
    back();
  else if (forward_place && same_place(parsed.state, *forward_place))
    forward();
  else
    navigate(parsed.state);
  history_places_.set_moves(counted);
}

void AppState::set_filter(const accord::EventFilter& filter) {
  accord::ViewState next = nav_;
  next.filter = filter;
  go_to(next);
}

void AppState::set_filter_text(const std::string& text) {
  if (text == nav_.filter.text) return;
  accord::EventFilter f = nav_.filter;
  f.text = text;
  set_filter(f);
}

void AppState::refilter() {
  facet_counts_ = index_->query(nav_.filter);
  visible_ = std::move(facet_counts_.events);
  facet_counts_.events.clear();
  ++results_version_;
  // The index answers oldest first; the timeline shows the newest first.
  std::reverse(visible_.begin(), visible_.end());
}

const accord::Event* AppState::selected_event() const {
  const bool event_view = nav_.view == View::Timeline || nav_.view == View::Event;
  return event_view && !nav_.selected.empty() ? find_event(nav_.selected) : nullptr;
}

void AppState::select(const std::string& event_id) {
  if (!find_event(event_id)) {
    clear_selection();
    return;
  }
  navigate_to(View::Event, event_id);
}

void AppState::clear_selection() {
  if (nav_.selected.empty() && nav_.view != View::Event) return;
  navigate_to(nav_.view == View::Event ? View::Timeline : nav_.view, "");
}

std::string AppState::state_json() const {
  nlohmann::json j;
  j["events"] = dataset_.events.size();
  j["loading"] = loading();
  // What the load is doing (bench/web-load.mjs names the phase of the longest freeze).
  j["load_phase"] = loading() ? load_progress().phase : "";
  j["load_slowest_step"] = {{"phase", load_slowest_step_phase_}, {"ms", load_slowest_step_ms_}};
  j["rebuild_ms"] = rebuild_ms_;
  j["slowest_frame"] = {{"phase", stats_.slowest_step_phase}, {"ms", stats_.slowest_step_ms}};
  j["slowest_frame_by_phase"] = stats_.slowest_step_by_phase;
  j["data_version"] = data_version_;
  j["tallies_current"] = tallies_current();
  j["tallies_slowest_poll_ms"] = tallies_slowest_poll_ms_;
  j["tallies_slowest_poll_phase"] = tallies_slowest_poll_phase_;
  // What the filter chips show: per value, the events it would give.
  nlohmann::json partner_counts = nlohmann::json::object(), topic_counts = nlohmann::json::object();
  for (size_t i = 0; i < index_->partner_ids().size() && i < facet_counts_.partner_counts.size(); ++i)
    partner_counts[index_->partner_ids()[i]] = facet_counts_.partner_counts[i];
  for (size_t i = 0; i < index_->topics().size() && i < facet_counts_.topic_counts.size(); ++i)
    topic_counts[index_->topics()[i]] = facet_counts_.topic_counts[i];
  j["facet_counts"] = {{"partners", partner_counts}, {"topics", topic_counts}};
  j["visible_events"] = visible_.size();
  j["problems"] = problems_.size();
  j["view"] = accord::to_string(nav_.view);
  j["hash"] = current_hash();
  j["selected"] = nav_.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(nav_.selected);
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
  for (const auto& [name, r] : stats_.widgets) widgets[name] = {r.x, r.y, r.width, r.height};
  j["widgets"] = widgets;
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
