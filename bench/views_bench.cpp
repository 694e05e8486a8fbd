// Views benchmark: what the Partners, Outcomes, Agreements and People views
// cost to compute over a large dataset. The definitions in analytics.h (one
// pass over every event per view, as the views ran until now) beside
// EventTallies: one pass for all four, cut into slices the app runs between
// frames, plus the joins the views make from it. Also a person's timeline
// and an agreement's lineage: a pass over every event beside the tallied
// event lists. The same source runs natively and compiled to WebAssembly
// under Node (bench/views-bench.sh). Asserts nothing.
//   views_bench [EVENTS] [SEED]        (defaults: 1000000 1)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "analytics.h"
#include "bench_timing.h"
#include "event_tallies.h"
#include "synth.h"

using namespace accord;

using bench::ms_of;

int main(int argc, char** argv) {
  const size_t events = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  Dataset d;
  const double synth_ms = ms_of([&] { d = synthesize(events, seed); });
  std::printf(
      "# Views benchmark: %zu synthetic events (seed %llu), %zu people, %zu agreements; generated in %.1f s\n\n",
      events, static_cast<unsigned long long>(seed), d.people.size(), d.agreements.size(), synth_ms / 1000);

  // The definitions, one view at a time.
  size_t sink = 0;
  const double matrix_ms = ms_of([&] { sink += partner_topic_matrix(d).counts.size(); });
  const double summaries_ms = ms_of([&] { sink += partner_summaries(d).size(); });
  const double figures_ms = ms_of([&] { sink += figure_series(d).size(); });
  const double register_ms = ms_of([&] { sink += agreement_register(d).size(); });
  const double people_ms = ms_of([&] { sink += people_directory(d).size(); });

  // The tallies in slices of 4,096 events, as the app runs them.
  constexpr size_t kSlice = 4096;
  double pass_ms = 0, slowest_slice_ms = 0;
  const char* slowest_phase = "";
  size_t slices = 0;
  EventTallies t;
  {
    EventTalliesBuild build(d);
    bool done = false;
    while (!done) {
      const char* phase = build.phase();
      const double ms = ms_of([&] { done = build.step(kSlice); });
      pass_ms += ms;
      if (ms > slowest_slice_ms) {
        slowest_slice_ms = ms;
        slowest_phase = phase;
      }
      ++slices;
    }
    t = build.take();
  }
  double join_matrix_ms = ms_of([&] { sink += partner_topic_matrix(t).counts.size(); });
  double join_summaries_ms = ms_of([&] { sink += partner_summaries(d, t).size(); });
  double join_register_ms = ms_of([&] { sink += agreement_register(d, t).size(); });
  double join_people_ms = ms_of([&] { sink += people_directory(d, t).size(); });

  std::printf("| view | definition: a pass per view, ms | tallies: joins after the shared pass, ms |\n|---|---|---|\n");
  std::printf("| Partners: matrix | %.1f | %.2f |\n", matrix_ms, join_matrix_ms);
  std::printf("| Partners: summaries | %.1f | %.2f |\n", summaries_ms, join_summaries_ms);
  std::printf("| Outcomes: figure series | %.1f | 0 (kept in the tallies) |\n", figures_ms);
  std::printf("| Agreements: register | %.1f | %.2f |\n", register_ms, join_register_ms);
  std::printf("| People: directory | %.1f | %.2f |\n", people_ms, join_people_ms);
  std::printf(
      "| **all four views** | **%.1f**, each view's in one frame | **%.1f** in %zu steps (slowest %.2f ms, %s) |\n\n",
      matrix_ms + summaries_ms + figures_ms + register_ms + people_ms, pass_ms, slices, slowest_slice_ms,
      slowest_phase);

  // Details: the person and the agreement with the most events.
  size_t busiest_person = 0, busiest_agreement = 0, person_events = 0, agreement_events = 0;
  for (size_t i = 0; i < d.people.size(); ++i)
    if (const auto* list = t.events_of_person(d.people[i].id); list && list->size() > person_events) {
      person_events = list->size();
      busiest_person = i;
    }
  for (size_t i = 0; i < d.agreements.size(); ++i)
    if (const auto* list = t.events_of_agreement(d.agreements[i].id); list && list->size() > agreement_events) {
      agreement_events = list->size();
      busiest_agreement = i;
    }
  const Person& p = d.people[busiest_person];
  const std::string& a = d.agreements[busiest_agreement].id;
  const double timeline_ms = ms_of([&] { sink += person_timeline(d, p).events.size(); });
  const double timeline_tallied_ms =
      ms_of([&] { sink += person_timeline(d, p, *t.events_of_person(p.id), t.years).events.size(); });
  const double lineage_ms = ms_of([&] { sink += agreement_lineage(d, a).events.size(); });
  const double lineage_tallied_ms =
      ms_of([&] { sink += agreement_lineage(d, a, *t.events_of_agreement(a)).events.size(); });
  std::printf("| detail | a pass over every event, ms | the tallied event list, ms |\n|---|---|---|\n");
  std::printf("| person timeline (%zu events) | %.1f | %.2f |\n", person_events, timeline_ms, timeline_tallied_ms);
  std::printf("| agreement lineage (%zu events) | %.1f | %.2f |\n", agreement_events, lineage_ms, lineage_tallied_ms);
  std::printf("\n(checksum %zu)\n", sink);
  return 0;
}
