// Event resolution benchmark: finding the events a report may be one of,
// in a large synthetic dataset, through EventCandidateIndex (events sorted
// by first day per partner, a binary search per partner) beside the named
// alternative, a scan of every event. One report, then a batch of reports
// (as accord add --jsonl resolves them), and the whole decision
// (resolve_event: find, then score each candidate). Asserts nothing.
//   resolve_bench [EVENTS] [REPORTS] [SEED]      (defaults: 1000000 1000 1)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "candidate_index.h"
#include "event_resolution.h"
#include "synth.h"

using namespace accord;
using bench::ms_of;

namespace {

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  const size_t events = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const size_t reports_n = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000;
  const uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
  Dataset d;
  const double synth_ms = ms_of([&] { d = synthesize(events, seed); });
  EventCandidateIndex index;
  const double build_ms = ms_of([&] { index.build(d); });
  std::printf(
      "# Resolve benchmark: %zu synthetic events (seed %llu); generated in %.1f s, candidate index built in %.0f "
      "ms\n\n",
      events, static_cast<unsigned long long>(seed), synth_ms / 1000, build_ms);

  // Reports: events of the dataset retold a day later under another id,
  // every tenth dated only to its month (a wider window).
  std::vector<Event> reports;
  for (size_t k = 0; k < reports_n && !d.events.empty(); ++k) {
    Event r = d.events[(k * 7919 + 13) % d.events.size()];
    r.id = "report-" + std::to_string(k);
    if (k % 10 == 9 && r.date.precision == DatePrecision::Day) {
      r.date.day = 0;
      r.date.precision = DatePrecision::Month;
    }
    reports.push_back(std::move(r));
  }
  const auto find_indexed = [&](const Event& r) {
    return index.find(day_span(r.date, r.end_date), std::max(date_window_days(r.date), 7),
                      event_partner_ids(r, d.home_country));
  };
  const auto find_scanned = [&](const Event& r) {
    return scan_candidates(d, day_span(r.date, r.end_date), std::max(date_window_days(r.date), 7),
                           event_partner_ids(r, d.home_country));
  };

  // One report: the first, timed 20 times.
  std::vector<double> one_index, one_scan;
  size_t found = 0;
  for (int k = 0; k < 20; ++k) {
    one_index.push_back(ms_of([&] { found = find_indexed(reports[0]).size(); }));
    one_scan.push_back(ms_of([&] { find_scanned(reports[0]); }));
  }
  // The batch.
  std::vector<double> each_index, each_scan, each_resolve;
  size_t candidates = 0, differ = 0, same = 0;
  const double batch_index = ms_of([&] {
    for (const Event& r : reports) candidates += find_indexed(r).size();
  });
  double batch_scan = 0;
  for (const Event& r : reports) {
    std::vector<size_t> a, b;
    each_index.push_back(ms_of([&] { a = find_indexed(r); }));
    each_scan.push_back(ms_of([&] { b = find_scanned(r); }));
    batch_scan += each_scan.back();
    differ += a != b;
  }
  const RecordLookup lookup{&d, nullptr, nullptr};
  const double batch_resolve = ms_of([&] {
    for (const Event& r : reports) {
      double t = ms_of([&] { same += resolve_event(r, lookup, d, index).decision == ResolutionDecision::Same; });
      each_resolve.push_back(t);
    }
  });

  std::printf("| what | candidate index | scan (the alternative) |\n|---|---|---|\n");
  std::printf("| one report: find its candidates (median of 20; %zu found) | %.3f ms | %.1f ms |\n", found,
              percentile(one_index, 0.5), percentile(one_scan, 0.5));
  std::printf(
      "| a batch of %zu reports: find all candidates | %.1f ms (%.3f ms each, p95 %.3f) | %.0f ms (%.1f ms each, p95 "
      "%.1f) |\n",
      reports.size(), batch_index, batch_index / static_cast<double>(reports.size()), percentile(each_index, 0.95),
      batch_scan, batch_scan / static_cast<double>(reports.size()), percentile(each_scan, 0.95));
  std::printf("| the batch resolved (find, then score every candidate) | %.1f ms (p95 %.3f ms a report) | |\n",
              batch_resolve, percentile(each_resolve, 0.95));
  std::printf(
      "\n%zu candidates in all (%.1f a report); the index and the scan disagreed on %zu reports; %zu reports "
      "resolved as the same event as one listed\n",
      candidates, static_cast<double>(candidates) / static_cast<double>(std::max<size_t>(reports.size(), 1)), differ,
      same);
  return 0;
}
