// Timing for the C++ benchmarks: milliseconds of wall time a piece of work takes.
#pragma once
#include <chrono>
#include <functional>

namespace accord::bench {

inline double ms_of(const std::function<void()>& work) {
  const auto t0 = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace accord::bench
