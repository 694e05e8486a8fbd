#include "app_state.h"

#include <algorithm>

#include "background_load.h"
#include "dataset_load.h"
#include "platform.h"
#include "utf8.h"

namespace atlas {

using accord::same_filter;
using accord::same_place;

namespace {
// Work per frame while loading in the browser: the rest of the frame draws.
constexpr double kLoadSliceMs = 10.0;
constexpr double kTallyProgressRedrawMs = 250;

}  // namespace

AppState::AppState() = default;

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
  derived_.forget_tallies();
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
  derived_.forget_tallies();
  if (!loaded.index) {  // the load itself failed: no data
    rebuild_after_data_change(nullptr);
    return true;
  }
  derived_.adopt(dataset_, loaded);
  refilter();
  request_redraw();
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
  derived_.rebuild(dataset_, std::move(built));
  refilter();
  request_redraw();
}

bool AppState::poll_tallies(double budget_ms) {
  if (derived_.poll_tallies(budget_ms)) {
    request_redraw();  // the new numbers: the views' layout settles over a few frames
    return true;
  }
  if (derived_.tallies_current() && derived_.poll_network(budget_ms)) {
    request_redraw();
    return false;
  }
  // The views' progress note a few times a second, when a view that shows
  // tallies is open: a frame not drawn leaves its time to the tallies.
  const double now = millis_since_start();
  const bool shown = nav_.view != View::Timeline && nav_.view != View::Event && nav_.view != View::Import;
  const bool working = !derived_.tallies_current() || !derived_.network_current();
  if (working && shown && now - tallies_progress_drawn_at_ >= kTallyProgressRedrawMs) {
    tallies_progress_drawn_at_ = now;
    request_frame();
  }
  return false;
}

void AppState::set_dataset(accord::Dataset d, const std::string& origin) {
  dataset_ = std::move(d);
  dataset_path_ = origin;
  problems_.clear();  // callers hand over data the core has validated
  history_.clear();   // undo steps name records of the data that was replaced
  drop_missing_selection();
  rebuild_after_data_change(nullptr);
}

// Keep the place; a selection the new data lacks is dropped.
void AppState::drop_missing_selection() {
  const bool event_view = nav_.view == View::Timeline || nav_.view == View::Event;
  if (event_view && !nav_.selected.empty() && !dataset_.find_event(nav_.selected)) {
    nav_.selected.clear();
    if (nav_.view == View::Event) nav_.view = View::Timeline;
  }
}

std::string AppState::replace_dataset(accord::Dataset before, accord::Dataset next, const std::string& label,
                                      const std::string& origin) {
  accord::DatasetChange change;
  change.label = label;
  change.whole = std::make_shared<const accord::Dataset>(std::move(next));
  accord::EditHistory history;  // steps before name records of the data shown, not of `before`
  const std::string refused = history.apply(before, change);
  if (!refused.empty()) return refused;
  history_ = std::move(history);
  dataset_ = std::move(before);  // now `next`; the step keeps what it was
  dataset_path_ = origin;
  problems_.clear();
  drop_missing_selection();
  rebuild_after_data_change(nullptr);
  return "";
}

// After an edit or an undo: what load() builds from the data, then the
// place, kept unless its subject is gone, then the user's stored copy.
void AppState::after_data_change(accord::ChangeLogEntry entry) {
  // The index follows the edit (a million events take seconds to index);
  // it is rebuilt only when it cannot.
  if (derived_.follow_edit(dataset_, history_.last_effects())) {
    refilter();
    request_redraw();
  } else {
    rebuild_after_data_change();
  }
  accord::ParsedHash place{nav_, {}};
  accord::check_against(dataset_, place);
  if (place.state.selected != nav_.selected || place.state.view != nav_.view) go_to(place.state);
  request_redraw();
  // A failed save keeps the change in memory; the header shows why.
  entry.time = accord::utc_now_text();
  save_error_ = persist_ ? persist_(SavedChange{dataset_, history_, entry}) : "";
  if (persist_ && save_error_.empty()) {
    change_log_.push_back(std::move(entry));
    if (change_log_.size() > accord::kMaxChangeLogEntries) change_log_.erase(change_log_.begin());
  }
}

namespace {

accord::ChangeLogEntry log_entry(const std::string& label, const accord::DatasetChange& change,
                                 const accord::EditHistory::Step* step, const std::string& by) {
  accord::ChangeLogEntry e;
  e.label = label;
  e.records = accord::touched_records(change, step);
  e.by = by;
  e.article = change.article;
  return e;
}

}  // namespace

void AppState::add_notice(const std::string& text) {
  notices_.push_back(accord::valid_utf8(text));  // an exception's text may hold any bytes
  request_redraw();
}

std::string AppState::apply_change(const accord::DatasetChange& change) {
  const std::string refused = history_.apply(dataset_, change);
  if (!refused.empty()) return refused;
  const auto& step = history_.undo_steps().back();
  after_data_change(log_entry(change.label, change, &step, change.article.empty() ? "edited by hand" : "import"));
  return "";
}

std::string AppState::undo() {
  if (!history_.can_undo()) return "";
  const auto& step = history_.undo_steps().back();
  accord::ChangeLogEntry entry = log_entry("Undo: " + step.label, step.change, &step, "undo");
  const std::string label = history_.undo(dataset_);
  after_data_change(std::move(entry));
  return label;
}

std::string AppState::redo() {
  if (!history_.can_redo()) return "";
  const std::string refused = history_.redo(dataset_);
  if (!refused.empty()) return refused;
  const auto& step = history_.undo_steps().back();
  after_data_change(log_entry("Redo: " + step.label, step.change, &step, "redo"));
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
  facet_counts_ = derived_.index().query(nav_.filter);
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

}  // namespace atlas
