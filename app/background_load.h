// Runs an accord::DatasetLoad off the frame loop, so a million events load
// while the window keeps drawing a progress bar: natively on a worker
// thread, in the browser (one thread) in slices of a few milliseconds that
// poll() does once per frame.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "dataset_load.h"
#include "id_table.h"

namespace atlas {

// A loaded dataset and what the app derives from it once per load, built
// off the frame loop (over a million events, the id maps alone took a
// second in one frame). The overview and filter counts come from the index.
struct LoadedData {
  accord::Dataset dataset;
  std::vector<accord::Problem> problems;
  std::unique_ptr<accord::EventIndex> index;  // bound to `dataset`: rebind it after moving the dataset
  // Bound to `dataset`'s lists: rebind them after moving the dataset (its
  // records stay in place).
  accord::IdTable<accord::Event> event_by_id;
  accord::IdTable<accord::Person> person_by_id;
  accord::IdTable<accord::Agreement> agreement_by_id;
  accord::IdTable<accord::Source> source_by_id;  // often one per few events
};

class BackgroundLoad {
 public:
  explicit BackgroundLoad(accord::DatasetLoad load);
  ~BackgroundLoad();  // waits for the worker (natively)
  BackgroundLoad(const BackgroundLoad&) = delete;
  BackgroundLoad& operator=(const BackgroundLoad&) = delete;

  // Once per frame. In the browser, works for up to `budget_ms`; natively
  // only looks. True once the load is finished (then call take()).
  bool poll(double budget_ms);
  float progress() const { return progress_.load(); }
  const char* phase() const { return phase_.load(); }  // static strings only
  // The longest single step and the phase it ran in (bench/web-load.mjs
  // prints it: the step to slice next). Read once poll() returned true.
  double slowest_step_ms() const { return slowest_ms_; }
  const char* slowest_step_phase() const { return slowest_phase_; }

  // Once poll() returned true: the data; a failure of the load itself (out
  // of memory) becomes a problem, with no data.
  LoadedData take();

 private:
  bool run_slice();    // one step of the load or of the counting after it, publishing progress
  bool derive_step();  // one slice of the id maps; true when all are made
  accord::DatasetLoad load_;
  LoadedData data_;
  bool deriving_ = false;  // the load is done; the id maps are being made
  size_t ids_next_ = 0;    // events entered in event_by_id
  bool sources_started_ = false;
  std::string name_;
  std::string failure_;  // set by the worker before finished_
  std::atomic<float> progress_{0.0f};
  std::atomic<const char*> phase_{"starting"};
  std::atomic<bool> finished_{false};
  double slowest_ms_ = 0;  // written by the worker before finished_
  const char* slowest_phase_ = "";
  const bool threaded_;  // a worker thread loads (can_run_in_background()), else poll() does
  std::thread worker_;
};

}  // namespace atlas
