// Load benchmark: opens dataset files (JSON or snapshot) the way the app
// does (accord::DatasetLoad: read, parse, then build the index or adopt the
// one a format 4 snapshot stores, in slices) and prints the time of each
// phase, grouped as read / check / build or adopt, the longest single slice
// (what would freeze a browser page), the file's size, the memory, and one
// query to show the index answers. Asserts nothing.
//   load_bench FILE...      (one file per process gives each its own peak RSS)
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "dataset_load.h"

namespace {

// Which part of the load a DatasetLoad phase belongs to.
const char* group_of(const std::string& phase) {
  if (phase == "checking" || phase == "checking index") return "check";
  if (phase == "reading index") return "adopt";
  if (phase == "sorting by date" || phase == "indexing filters" || phase == "indexing text") return "build";
  return "read";  // reading file, reading tables, reading events, parsing JSON
}

double resident_mb() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  long pages = 0, resident = 0;
  const int got = std::fscanf(f, "%ld %ld", &pages, &resident);
  std::fclose(f);
  return got == 2 ? double(resident) * 4096.0 / 1048576.0 : 0;  // MB as /usr/bin/time counts them (MiB)
}

}  // namespace

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  if (argc < 2) {
    std::fprintf(stderr, "usage: load_bench FILE...\n");
    return 2;
  }
  for (int a = 1; a < argc; ++a) {
    const std::string path = argv[a];
    struct stat st {};
    const double file_mb = ::stat(path.c_str(), &st) == 0 ? double(st.st_size) / 1e6 : 0;
    accord::DatasetLoad load = accord::DatasetLoad::from_file(path);
    std::vector<std::pair<std::string, double>> phases;  // in order, seconds
    const char* const groups[] = {"read", "check", "build", "adopt"};
    double group_s[4] = {};
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
      for (int g = 0; g < 4; ++g)
        if (std::strcmp(group_of(phase), groups[g]) == 0) group_s[g] += ms / 1000.0;
      if (ms > longest_ms) longest_ms = ms, longest_phase = phase;
    }
    const double total = std::chrono::duration<double>(Clock::now() - start).count();
    accord::Dataset d;
    std::vector<accord::Problem> problems;
    const std::unique_ptr<accord::EventIndex> index = load.take(d, problems);
    // Ready to query: one text query, timed.
    accord::EventFilter f;
    f.text = "hanoi";
    const Clock::time_point q0 = Clock::now();
    const size_t matches = index->query(f).total;
    const double query_ms = std::chrono::duration<double, std::milli>(Clock::now() - q0).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "%s (%.0f MB): %zu events, %zu problems, ready in %.1f s = read %.1f + check %.1f + build %.1f + adopt %.1f "
        "s\n",
        path.c_str(), file_mb, d.events.size(), problems.size(), total, group_s[0], group_s[1], group_s[2], group_s[3]);
    std::printf("  phases: ");
    for (size_t i = 0; i < phases.size(); ++i)
      std::printf("%s%s %.2f s", i ? ", " : "", phases[i].first.c_str(), phases[i].second);
    std::printf(
        "\n  longest slice %.0f ms (%s); index %.0f MB; resident %.0f MB after, peak %.0f MB; "
        "'hanoi': %zu matches in %.1f ms\n",
        longest_ms, longest_phase.c_str(), double(index->memory().total()) / 1e6, resident_mb(),
        double(usage.ru_maxrss) / 1024.0, matches, query_ms);
    if (!problems.empty()) std::printf("  first problem: %s\n", problems[0].to_string().c_str());
    std::fflush(stdout);
  }
  return 0;
}
