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

namespace atlas {

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

  // Once poll() returned true: as DatasetLoad::take; a failure of the load
  // itself (out of memory) becomes a problem.
  std::unique_ptr<accord::EventIndex> take(accord::Dataset& into, std::vector<accord::Problem>& problems);

 private:
  bool run_slice();  // one DatasetLoad step, publishing progress
  accord::DatasetLoad load_;
  std::string name_;
  std::string failure_;  // set by the worker before finished_
  std::atomic<float> progress_{0.0f};
  std::atomic<const char*> phase_{"starting"};
  std::atomic<bool> finished_{false};
#if !defined(__EMSCRIPTEN__)
  std::thread worker_;
#endif
};

}  // namespace atlas
