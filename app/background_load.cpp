#include "background_load.h"

#include <SDL.h>

#include <algorithm>
#include <exception>

namespace atlas {

namespace {
// Events per slice when counting and mapping ids after the load: a few ms.
constexpr size_t kDeriveEventsPerStep = 4000;
// The derived data's share of the progress bar.
constexpr float kDeriveShare = 0.03f;

template <typename T>
void index_ids(const std::vector<T>& items, IdMap& by_id) {
  by_id.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) by_id.emplace(items[i].id, i);
}
}  // namespace

BackgroundLoad::BackgroundLoad(accord::DatasetLoad load) : load_(std::move(load)) {
#if !defined(__EMSCRIPTEN__)
  worker_ = std::thread([this] {
    while (!run_slice()) {
    }
    finished_ = true;
  });
#endif
}

BackgroundLoad::~BackgroundLoad() {
#if !defined(__EMSCRIPTEN__)
  if (worker_.joinable()) worker_.join();
#endif
}

bool BackgroundLoad::run_slice() {
  try {
    const bool loading = !load_.done();
    const char* running = loading ? load_.phase() : "counting";
    const Uint64 start = SDL_GetPerformanceCounter();
    bool done = false;
    if (loading) {
      if (load_.step()) {
        data_.index = load_.take(data_.dataset, data_.problems);
        stats_ = std::make_unique<accord::StatsBuilder>(data_.dataset);
        facets_ = std::make_unique<accord::FacetCountsBuilder>(data_.dataset);
        data_.event_by_id.reserve(data_.dataset.events.size());
      }
    } else {
      done = derive_step();
    }
    const double ms = double(SDL_GetPerformanceCounter() - start) * 1000.0 / double(SDL_GetPerformanceFrequency());
    if (ms > slowest_ms_) {
      slowest_ms_ = ms;
      slowest_phase_ = running;
    }
    const size_t events = std::max<size_t>(data_.dataset.events.size(), 1);
    progress_ = load_.done() ? 1.0f - kDeriveShare + kDeriveShare * float(ids_next_) / float(events)
                             : (1.0f - kDeriveShare) * static_cast<float>(load_.progress());
    phase_ = load_.done() ? "counting" : load_.phase();
    return done;
  } catch (const std::exception& e) {  // std::bad_alloc on a dataset too big for memory
    failure_ = std::string("loading stopped: ") + e.what();
    return true;
  }
}

bool BackgroundLoad::derive_step() {
  const accord::Dataset& d = data_.dataset;
  if (ids_next_ < d.events.size()) {
    const size_t end = std::min(d.events.size(), ids_next_ + kDeriveEventsPerStep);
    for (; ids_next_ < end; ++ids_next_) data_.event_by_id.emplace(d.events[ids_next_].id, ids_next_);
    return false;
  }
  if (stats_) {
    if (stats_->step(kDeriveEventsPerStep)) {
      data_.overview = stats_->take();
      stats_.reset();
    }
    return false;
  }
  if (facets_) {
    if (facets_->step(kDeriveEventsPerStep)) {
      data_.facets = facets_->take();
      facets_.reset();
    }
    return false;
  }
  // People and agreements are a few per thousand events: one slice.
  index_ids(d.people, data_.person_by_id);
  index_ids(d.agreements, data_.agreement_by_id);
  return true;
}

bool BackgroundLoad::poll(double budget_ms) {
#if defined(__EMSCRIPTEN__)
  // The load's last step and what the caller does with the data (a rebuild)
  // go in different frames: each is a slice of its own.
  if (finished_) return true;
  const Uint64 start = SDL_GetPerformanceCounter();
  const double ticks_per_ms = double(SDL_GetPerformanceFrequency()) / 1000.0;
  while (!finished_) {
    if (run_slice()) finished_ = true;
    if (double(SDL_GetPerformanceCounter() - start) / ticks_per_ms >= budget_ms) break;
  }
  return false;
#else
  (void)budget_ms;
  if (finished_ && worker_.joinable()) worker_.join();
#endif
  return finished_;
}

LoadedData BackgroundLoad::take() {
  if (!failure_.empty() || !load_.done() || stats_ || facets_) {
    LoadedData none;
    none.problems = {{"", failure_.empty() ? "loading stopped" : failure_}};
    return none;
  }
  return std::move(data_);
}

}  // namespace atlas
