// Load benchmark: opens dataset files (JSON or snapshot) the way the app
// does (accord::DatasetLoad: read, parse, build the index, in slices) and
// prints the time of each phase, the longest single slice (what would
// freeze a browser page) and the process's peak memory. Asserts nothing.
//   load_bench FILE...
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "dataset_load.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  if (argc < 2) {
    std::fprintf(stderr, "usage: load_bench FILE...\n");
    return 2;
  }
  for (int a = 1; a < argc; ++a) {
    const std::string path = argv[a];
    accord::DatasetLoad load = accord::DatasetLoad::from_file(path);
    std::vector<std::pair<std::string, double>> phases;  // in order, seconds
    double longest_ms = 0;
    std::string longest_phase;
    const Clock::time_point start = Clock::now();
    bool done = false;
    while (!done) {
      const std::string phase = load.phase();
      const Clock::time_point t0 = Clock::now();
      done = load.step();
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (phases.empty() || phases.back().first != phase) phases.push_back({phase, 0.0});
      phases.back().second += ms / 1000.0;
      if (ms > longest_ms) longest_ms = ms, longest_phase = phase;
    }
    const double total = std::chrono::duration<double>(Clock::now() - start).count();
    accord::Dataset d;
    std::vector<accord::Problem> problems;
    const std::unique_ptr<accord::EventIndex> index = load.take(d, problems);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s: %zu events, %zu problems, total %.1f s (", path.c_str(), d.events.size(), problems.size(), total);
    for (size_t i = 0; i < phases.size(); ++i)
      std::printf("%s%s %.1f s", i ? ", " : "", phases[i].first.c_str(), phases[i].second);
    std::printf("); longest slice %.0f ms (%s); index %.0f MB; peak RSS so far %.0f MB\n", longest_ms,
                longest_phase.c_str(), double(index->memory().total()) / 1e6, double(usage.ru_maxrss) / 1024.0);
    if (!problems.empty()) std::printf("  first problem: %s\n", problems[0].to_string().c_str());
    std::fflush(stdout);
  }
  return 0;
}
