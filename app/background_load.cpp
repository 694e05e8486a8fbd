#include "background_load.h"

#include <SDL.h>

#include <exception>

namespace atlas {

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
    const bool done = load_.step();
    progress_ = static_cast<float>(load_.progress());
    phase_ = load_.phase();
    return done;
  } catch (const std::exception& e) {  // std::bad_alloc on a dataset too big for memory
    failure_ = std::string("loading stopped: ") + e.what();
    return true;
  }
}

bool BackgroundLoad::poll(double budget_ms) {
#if defined(__EMSCRIPTEN__)
  const Uint64 start = SDL_GetPerformanceCounter();
  const double ticks_per_ms = double(SDL_GetPerformanceFrequency()) / 1000.0;
  while (!finished_) {
    if (run_slice()) finished_ = true;
    if (double(SDL_GetPerformanceCounter() - start) / ticks_per_ms >= budget_ms) break;
  }
#else
  (void)budget_ms;
  if (finished_ && worker_.joinable()) worker_.join();
#endif
  return finished_;
}

std::unique_ptr<accord::EventIndex> BackgroundLoad::take(accord::Dataset& into,
                                                          std::vector<accord::Problem>& problems) {
  if (!failure_.empty() || !load_.done()) {
    into = accord::Dataset{};
    problems = {{"", failure_.empty() ? "loading stopped" : failure_}};
    return std::make_unique<accord::EventIndex>(into);
  }
  return load_.take(into, problems);
}

}  // namespace atlas
