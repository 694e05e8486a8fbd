// Everything the app knows between frames: the dataset, the current view,
// the selection and the filter. Views read and change it; nothing here
// draws.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "change_log.h"
#include "dataset_json.h"
#include "derived_data.h"
#include "edit_history.h"
#include "event_index.h"
#include "event_tallies.h"
#include "frame_stats.h"
#include "id_table.h"
#include "model.h"
#include "navigation_history.h"
#include "query.h"
#include "url_state.h"

namespace atlas {

class BackgroundLoad;
using accord::View;  // the views a link can name (core/url_state.h)

class AppState {
 public:
  AppState();
  ~AppState();

  // Loads the dataset (JSON or snapshot) and waits; problems are kept for
  // display, not thrown.
  void load(const std::string& path);

  // Loading without freezing: begin_load starts reading and indexing
  // (natively on a worker thread; in the browser poll_load does ~10 ms of
  // it per frame); the current dataset stays until the new one is ready.
  // poll_load, once per frame, returns true on the frame the load ends.
  void begin_load(const std::string& path);
  // The same for the user's stored data: `accept` sees what was read before
  // it is shown and may refuse it (a damaged store), which keeps the data
  // shown before; accepted data is shown as `origin`, the undo steps of the
  // data it replaces forgotten.
  using LoadCheck = std::function<bool(accord::LoadResult& read)>;
  void begin_load(const std::string& path, LoadCheck accept, const std::string& origin);
  bool poll_load();
  bool loading() const { return loader_ != nullptr; }
  struct LoadProgress {
    std::string path;
    const char* phase = "";  // "reading file", "parsing JSON", "indexing text", ...
    float fraction = 0;      // 0..1
  };
  LoadProgress load_progress() const;

  const accord::Dataset& dataset() const { return dataset_; }
  const std::vector<accord::Problem>& load_problems() const { return problems_; }
  const std::string& dataset_path() const { return dataset_path_; }
  // The dataset at a glance (from the index, which follows edits: no pass
  // over a million events after each one).
  const Overview& overview() const { return derived_.overview(); }
  // Events per facet value over the whole dataset (the filter chips), from the index.
  const accord::FacetCounts& facets() const { return derived_.facets(); }
  // Bumped on every load, so views can cache what they compute from the
  // dataset and recompute only when it changes.
  unsigned data_version() const { return derived_.data_version(); }

  // What the Partners, Outcomes, Agreements and People views count over
  // every event (core/event_tallies.h). A million events take a second or
  // two to tally, so after each change of data poll_tallies() tallies a
  // slice per frame; until it ends the last tallies stay in place
  // (tallies_current() is false) and views say they are updating.
  const accord::EventTallies& tallies() const { return derived_.tallies(); }
  bool tallies_current() const { return derived_.tallies_current(); }
  float tallies_progress() const { return derived_.tallies_progress(); }
  // Bumped when new tallies arrive, so views rebuild what they show from them.
  unsigned tallies_version() const { return derived_.tallies_version(); }
  // Tallies for about budget_ms, then (once tallied) gathers the network's
  // evidence if a view wants it; true on the step new tallies arrive.
  bool poll_tallies(double budget_ms);
  // The Network view's evidence, gathered in slices after the tallies once
  // want_network() was called (then again after each change of data or of
  // the filter: the network of the timeline's filtered events).
  void want_network() { derived_.want_network(nav_.filter.empty() ? nullptr : &visible_, results_version_); }
  const accord::NetworkEvidence& network() const { return derived_.network(); }
  bool network_current() const { return derived_.network_current(); }
  float network_progress() const { return derived_.network_progress(); }
  unsigned network_version() const { return derived_.network_version(); }
  // Nothing left to do between frames (tallies, the network): the loop may sleep.
  bool background_done() const { return tallies_current() && network_current(); }

  // Where the user is: the view, the timeline filter and the selection.
  // It is what a shared link holds (accord::to_hash).
  const accord::ViewState& view_state() const { return nav_; }
  View view() const { return nav_.view; }

  // Goes to a new place and remembers the old one for back().
  void navigate(const accord::ViewState& next);
  void navigate_to(View view, const std::string& selected = "");
  bool can_go_back() const { return history_places_.can_go_back(); }
  void back();
  bool can_go_forward() const { return history_places_.can_go_forward(); }
  void forward();
  // Opens a link's hash; what makes no sense is dropped and reported in
  // notices() (an unknown view falls back to the timeline).
  void open_hash(const std::string& hash);
  std::string current_hash() const { return accord::to_hash(nav_); }
  const std::vector<std::string>& notices() const { return notices_; }
  void dismiss_notices() { notices_.clear(); }
  void add_notice(const std::string& text);
  // Tests only: the next frame throws in the middle of drawing the view
  // (app_frame.cpp must recover: a notice, and the next frame draws).
  void fail_next_frame_for_testing() { fail_next_frame_ = true; }
  bool take_frame_fault_for_testing() { return std::exchange(fail_next_frame_, false); }
  // A hash the browser moved to by itself (Back, Forward, a link typed in
  // the address bar, the page's start): one step back or forward when it
  // is where back()/forward() would go, else a new place. Notices as for
  // open_hash. Not counted in take_history_moves(): the browser's history
  // already has it.
  // `at_start`: the app's first place (a link opened it): no Back entry.
  void apply_hash_from_history(const std::string& hash, bool at_start = false);
  // How the place changed since the last call, so the browser's history can
  // follow: pushes (navigate), steps back and forward. A change with none
  // of these (a filter, the search text) replaces the current entry.
  using HistoryMoves = accord::NavigationHistory::Moves;
  HistoryMoves take_history_moves() { return history_places_.take_moves(); }

  // Replaces the whole dataset from memory (an import, a restored backup,
  // the user's stored copy at start-up), as load() does from a file.
  // `origin` says where it came from, for the header and messages.
  void set_dataset(accord::Dataset d, const std::string& origin);
  // Replaces the whole dataset as one undoable change (a data link's data
  // merged into the user's, or kept as theirs): undo brings back `before`
  // (the user's own data, not the stranger's shown meanwhile), redo `next`.
  // The caller has stored `next`; undo and redo store through the persister
  // like any change. Returns "" or why it was refused (nothing changes).
  std::string replace_dataset(accord::Dataset before, accord::Dataset next, const std::string& label,
                              const std::string& origin);

  // Edits (core/edit_history.h): applies the change, keeps the place,
  // rebuilds what depends on the data, then saves through the persister.
  // Returns "" or why the change was refused (the data is then unchanged).
  std::string apply_change(const accord::DatasetChange& change);
  bool can_undo() const { return history_.can_undo(); }
  const std::string& undo_label() const { return history_.undo_label(); }
  std::string undo();  // the undone change's label; saves like apply_change
  bool can_redo() const { return history_.can_redo(); }
  const std::string& redo_label() const { return history_.redo_label(); }
  std::string redo();  // "" or why the change could not be made again; saves like apply_change
  // Saving: start-up code (app/user_store.h) sets how the dataset is kept
  // (IndexedDB in the browser, the user's data directory on the desktop).
  // Called after every change and undo with the undo history and the
  // change log's entry to keep beside it; returns "" or the error to show.
  struct SavedChange {
    const accord::Dataset& dataset;
    const accord::EditHistory& history;
    const accord::ChangeLogEntry& entry;
  };
  using Persister = std::function<std::string(const SavedChange&)>;
  void set_persister(Persister persist) { persist_ = std::move(persist); }
  // Why the last change could not be stored ("" when it was, or when no
  // persister is set). The change itself stays in memory.
  const std::string& save_error() const { return save_error_; }

  // The undo steps kept beside the stored dataset, read back for it after a
  // reload (core/kept_history.h checked they belong to it).
  void restore_history(std::vector<accord::EditHistory::Step> undo, std::vector<accord::DatasetChange> redo) {
    history_.restore_steps(std::move(undo), std::move(redo));
  }
  // The change log of the user's data (oldest first): read at start-up,
  // then each saved change's entry added (core/change_log.h).
  const std::vector<accord::ChangeLogEntry>& change_log() const { return change_log_; }
  void set_change_log(std::vector<accord::ChangeLogEntry> entries) { change_log_ = std::move(entries); }
  // A change the Data window saved itself (an import, a merge): logged there.
  void add_to_change_log(accord::ChangeLogEntry entry) { change_log_.push_back(std::move(entry)); }
  const accord::EditHistory& edit_history() const { return history_; }

  // An article file the user opened or dropped (.txt, .html), waiting for
  // the Import view to take it. The platform glue offers; the view takes.
  void offer_article(std::string name, std::string bytes) {
    offered_article_name_ = std::move(name);
    offered_article_bytes_ = std::move(bytes);
    has_offered_article_ = true;
    request_redraw();
  }
  bool take_offered_article(std::string& name, std::string& bytes) {
    if (!has_offered_article_) return false;
    name = std::move(offered_article_name_);
    bytes = std::move(offered_article_bytes_);
    has_offered_article_ = false;
    return true;
  }

  // The events the filter lets through, as indexes into
  // dataset().events, newest first.
  const std::vector<size_t>& visible_events() const { return visible_; }
  // Bumped whenever visible_events() is recomputed (a load or a filter).
  unsigned results_version() const { return results_version_; }
  const accord::EventFilter& filter() const { return nav_.filter; }
  void set_filter(const accord::EventFilter& filter);  // replaces the place, no history entry
  // A view's options (the Trends period, the Network measure): replaces the
  // place like a filter does, no history entry.
  void set_place(const accord::ViewState& next) { go_to(next); }
  void set_filter_text(const std::string& text);

  // The selected event (timeline and event views), or nullptr. Selecting
  // an unknown id clears it.
  const accord::Event* selected_event() const;
  // Id lookups through hash maps rebuilt with the data (nullptr if unknown).
  const accord::Event* find_event(const std::string& id) const { return derived_.find_event(id); }
  const accord::Person* find_person(const std::string& id) const { return derived_.find_person(id); }
  const accord::Agreement* find_agreement(const std::string& id) const { return derived_.find_agreement(id); }
  const accord::Source* find_source(const std::string& id) const { return derived_.find_source(id); }

  // The core's index over the events (rebuilt once per data_version) and
  // the counts per facet value for the current filter, each facet ignoring
  // its own selection (aligned with index().partner_ids(), topics() and
  // accord::all_event_types()).
  const accord::EventIndex& index() const { return derived_.index(); }
  const accord::QueryResult& facet_counts() const { return facet_counts_; }
  const std::string& selected_id() const { return nav_.selected; }
  void select(const std::string& event_id);
  void clear_selection();

  // Changes made outside a frame (the browser hook) ask for a redraw,
  // since an idle app draws nothing until something happens.
  void request_redraw();  // also wakes a sleeping browser main loop
  bool take_redraw_request() {
    const bool requested = redraw_requested_;
    redraw_requested_ = false;
    return requested;
  }
  // One frame, not the few input needs to settle (a progress note).
  void request_frame();
  bool take_frame_request() {
    const bool requested = frame_requested_;
    frame_requested_ = false;
    return requested;
  }

  // A frame at a time with no input (the story's Play): the loop does not
  // sleep past it. Keeps the earliest time asked for (millis_since_start()).
  void wake_at(double millis) {
    if (!wake_at_ || millis < *wake_at_) wake_at_ = millis;
  }
  bool wake_pending() const { return wake_at_.has_value(); }
  // How long the loop may wait for input before the wake is due (ms).
  double millis_until_wake(double now) const { return wake_at_ ? *wake_at_ - now : 1e9; }
  // True once, on the first call at or after the wake's time.
  bool take_due_wake(double now) {
    if (!wake_at_ || now < *wake_at_) return false;
    wake_at_.reset();
    return true;
  }

  FrameStats& stats() { return stats_; }
  const FrameStats& stats() const { return stats_; }

  // The state the browser test hook reports, as a JSON object.
  std::string state_json() const;

 private:
  // After any change to dataset_ (a load, set_dataset, apply_change, undo):
  // rebuilds what is derived from it (or takes `built`, made by a loader on
  // this data) and refilters.
  void rebuild_after_data_change(std::unique_ptr<accord::EventIndex> built = nullptr);
  void refilter();
  void forget_places();                                  // a new dataset: no view, filter, selection or history
  void after_data_change(accord::ChangeLogEntry entry);  // an edit or undo: follow it, keep the place, persist
  void go_to(const accord::ViewState& next);             // no history entry
  void drop_missing_selection();                         // the selected event is not in the data

  accord::Dataset dataset_;
  std::vector<accord::Problem> problems_;
  std::string dataset_path_;
  DerivedData derived_{dataset_};  // after dataset_: built on it
  accord::ViewState nav_;
  accord::NavigationHistory history_places_;  // Back and Forward (history_ is the edits')
  std::vector<std::string> notices_;
  bool fail_next_frame_ = false;
  std::vector<size_t> visible_;
  accord::QueryResult facet_counts_;  // its events are left empty (see visible_)
  std::unique_ptr<BackgroundLoad> loader_;
  std::string loading_path_;
  LoadCheck loading_check_;
  std::string loading_origin_;  // shown as the data's origin when not empty
  accord::EditHistory history_;
  Persister persist_;
  std::string save_error_;
  std::vector<accord::ChangeLogEntry> change_log_;
  FrameStats stats_;
  bool redraw_requested_ = false, frame_requested_ = false;
  std::optional<double> wake_at_;
  std::string offered_article_name_, offered_article_bytes_;
  bool has_offered_article_ = false;
  unsigned results_version_ = 0;
  // The last background load's slowest step (for bench/web-load.mjs,
  // through state_json).
  double load_slowest_step_ms_ = 0;
  std::string load_slowest_step_phase_;
  double tallies_progress_drawn_at_ = 0;  // millis_since_start() of the last progress redraw
};

}  // namespace atlas
