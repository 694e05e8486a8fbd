#include "background_load.h"

#include <algorithm>
#include <exception>

#include "platform.h"

namespace atlas {

namespace {
// Events per slice when mapping ids after the load: a few ms.
constexpr size_t kDeriveEventsPerStep = 20000;
// The derived data's share of the progress bar.
constexpr float kDeriveShare = 0.03f;
}  // namespace

BackgroundLoad::BackgroundLoad(accord::DatasetLoad load) : load_(std::move(load)), threaded_(can_run_in_background()) {
  if (!threaded_) return;  // poll() works in slices
  worker_ = std::thread([this] {
    while (!run_slice()) {
    }
    finished_ = true;
  });
}

BackgroundLoad::~BackgroundLoad() {
  if (worker_.joinable()) worker_.join();
}

bool BackgroundLoad::run_slice() {
  try {
    const bool loading = !load_.done();
    const char* running = loading ? load_.phase() : "mapping ids";
    const double start = millis_since_start();
    bool done = false;
    if (loading) {
      if (load_.step()) {
        data_.index = load_.take(data_.dataset, data_.problems);
        data_.event_by_id.start(data_.dataset.events);
        deriving_ = true;
      }
    } else {
      done = derive_step();
    }
    const double ms = millis_since_start() - start;
    if (ms > slowest_ms_) {
      slowest_ms_ = ms;
      slowest_phase_ = running;
    }
    const size_t events = std::max<size_t>(data_.dataset.events.size(), 1);
    progress_ = load_.done() ? 1.0f - kDeriveShare + kDeriveShare * float(ids_next_) / float(events)
                             : (1.0f - kDeriveShare) * static_cast<float>(load_.progress());
    phase_ = load_.done() ? "mapping ids" : load_.phase();
    return done;
  } catch (const std::exception& e) {  // std::bad_alloc on a dataset too big for memory
    failure_ = std::string("loading stopped: ") + e.what();
    return true;
  }
}

bool BackgroundLoad::derive_step() {
  const accord::Dataset& d = data_.dataset;
  if (!data_.event_by_id.add(kDeriveEventsPerStep)) {
    ids_next_ = std::min(d.events.size(), ids_next_ + kDeriveEventsPerStep);
    return false;
  }
  ids_next_ = d.events.size();
  // Sources can be many (one per article): slices of their own.
  if (!sources_started_) {
    data_.source_by_id.start(d.sources);
    sources_started_ = true;
  }
  if (!data_.source_by_id.add(kDeriveEventsPerStep)) return false;
  // People and agreements are a few per thousand events: one slice.
  data_.person_by_id.build(d.people);
  data_.agreement_by_id.build(d.agreements);
  deriving_ = false;
  return true;
}

bool BackgroundLoad::poll(double budget_ms) {
  if (threaded_) {  // the worker loads; here we only look
    if (finished_ && worker_.joinable()) worker_.join();
    return finished_;
  }
  // The load's last step and what the caller does with the data (a rebuild)
  // go in different frames: each is a slice of its own.
  if (finished_) return true;
  const double start = millis_since_start();
  while (!finished_) {
    if (run_slice()) finished_ = true;
    if (millis_since_start() - start >= budget_ms) break;
  }
  return false;
}

LoadedData BackgroundLoad::take() {
  if (!failure_.empty() || !load_.done() || deriving_) {
    LoadedData none;
    none.problems = {{"", failure_.empty() ? "loading stopped" : failure_}};
    return none;
  }
  return std::move(data_);
}

}  // namespace atlas
