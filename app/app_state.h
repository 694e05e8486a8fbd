// Everything the app knows between frames: the dataset, the current view,
// the selection and the filter. Views read and change it; nothing here
// draws.
#pragma once
#include <string>
#include <vector>

#include "dataset_json.h"
#include "model.h"
#include "query.h"
#include "stats.h"

namespace atlas {

enum class View { Timeline };
const char* view_name(View v);  // "timeline"

// Facts about the frames drawn so far, for the test hook and budgets.
struct FrameStats {
  long frames = 0;             // frames rendered (idle frames are skipped)
  double first_frame_ms = -1;  // time of the first rendered frame
  float logical_width = 0;     // the window in logical (CSS) pixels
  float logical_height = 0;
  float pixel_ratio = 1;       // physical pixels per logical pixel
  bool wide_layout = false;    // list and detail side by side
  // Centre of the first list row in logical pixels (-1 when not shown),
  // so browser tests can tap it like a user.
  float first_row_x = -1;
  float first_row_y = -1;
  float search_field_x = -1;  // centre of the search box, likewise
  float search_field_y = -1;
};

class AppState {
 public:
  // Loads the dataset; problems are kept for display, not thrown.
  void load(const std::string& path);

  const accord::Dataset& dataset() const { return dataset_; }
  const std::vector<accord::Problem>& load_problems() const { return problems_; }
  const std::string& dataset_path() const { return dataset_path_; }
  // Counts over the whole dataset (computed by core once per load).
  const accord::DatasetStats& overview() const { return overview_; }

  View view() const { return view_; }

  // The events the filter lets through, as indexes into
  // dataset().events, newest first.
  const std::vector<size_t>& visible_events() const { return visible_; }
  const accord::EventFilter& filter() const { return filter_; }
  void set_filter_text(const std::string& text);

  // The selected event, or nullptr. Selecting an unknown id clears it.
  const accord::Event* selected_event() const;
  const std::string& selected_id() const { return selected_; }
  void select(const std::string& event_id);
  void clear_selection() { selected_.clear(); }

  // Changes made outside a frame (the browser hook) ask for a redraw,
  // since an idle app draws nothing until something happens.
  void request_redraw() { redraw_requested_ = true; }
  bool take_redraw_request() {
    const bool requested = redraw_requested_;
    redraw_requested_ = false;
    return requested;
  }

  FrameStats& stats() { return stats_; }
  const FrameStats& stats() const { return stats_; }

  // The state the browser test hook reports, as a JSON object.
  std::string state_json() const;

 private:
  void refilter();

  accord::Dataset dataset_;
  std::vector<accord::Problem> problems_;
  std::string dataset_path_;
  accord::DatasetStats overview_;
  View view_ = View::Timeline;
  accord::EventFilter filter_;
  std::vector<size_t> visible_;
  std::string selected_;
  FrameStats stats_;
  bool redraw_requested_ = false;
};

}  // namespace atlas
