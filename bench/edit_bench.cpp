// Edit benchmark: what one edit costs over a large dataset. Each change goes
// through EditHistory (as the app's Edit, Delete and Undo do), then the
// EventIndex follows it with update(), beside the alternative it replaces,
// rebuilding the index from scratch. Also a query with the edited events
// kept aside, beside the same query before any edit. Asserts nothing.
//   edit_bench [EVENTS] [SEED]        (defaults: 1000000 1)
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "bench_timing.h"
#include "edit_history.h"
#include "event_index.h"
#include "synth.h"

using namespace accord;

using bench::ms_of;

int main(int argc, char** argv) {
  const size_t events = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  Dataset d;
  const double synth_ms = ms_of([&] { d = synthesize(events, seed); });
  d.events.reserve(event_capacity_for(d.events.size()));  // as the app's loaders leave it
  std::unique_ptr<EventIndex> ix;
  const double build_ms = ms_of([&] { ix = std::make_unique<EventIndex>(d); });
  std::printf("# Edit benchmark: %zu synthetic events (seed %llu); generated in %.1f s, indexed in %.1f s\n\n", events,
              static_cast<unsigned long long>(seed), synth_ms / 1000, build_ms / 1000);

  EventFilter query;
  query.topics = {"drugs"};
  query.text = "hanoi";
  ix->query(query);  // warm: the first query pays for faulting in the index
  double query_before = 0;
  for (int k = 0; k < 5; ++k) query_before += ms_of([&] { ix->query(query); }) / 5;

  EditHistory history;
  std::printf("| change | apply (EditHistory) ms | index update ms | events aside | rebuild instead ms |\n");
  std::printf("|---|---|---|---|---|\n");
  const auto run = [&](const char* name, const std::function<void()>& change) {
    const double apply_ms = ms_of(change);
    bool followed = false;
    const double update_ms = ms_of([&] { followed = ix->update(history.last_effects()); });
    double rebuild_ms = 0;
    if (!followed) {
      rebuild_ms = ms_of([&] { ix = std::make_unique<EventIndex>(d); });
      std::printf("| %s | %.1f | refused: rebuilt | 0 | %.0f |\n", name, apply_ms, rebuild_ms);
      return;
    }
    std::printf("| %s | %.1f | %.1f | %zu | (below) |\n", name, apply_ms, update_ms, ix->pending());
    std::fflush(stdout);
  };
  const auto edit_event = [&](size_t i, const std::string& title) {
    DatasetChange c;
    Event e = d.events[i];
    e.title = title;
    c.upsert_events.push_back(e);
    c.label = "edit";
    history.apply(d, c);
  };
  run("edit an event's title", [&] { edit_event(events / 2, "Hanoi review of the drugs accord"); });
  run("add an event", [&] {
    DatasetChange c;
    Event e = d.events[events / 3];
    e.id = "ev-bench-added";
    c.upsert_events.push_back(e);
    history.apply(d, c);
  });
  run("delete an event", [&] {
    DatasetChange c;
    c.delete_events.push_back(d.events[events / 4].id);
    history.apply(d, c);
  });
  run("rename a person (every event naming them)", [&] {
    DatasetChange c;
    Person p = d.people[d.people.size() / 2];
    p.name += " Jr";
    c.upsert_people.push_back(p);
    history.apply(d, c);
  });
  run("undo the rename", [&] { history.undo(d); });
  run("undo the deletion", [&] { history.undo(d); });

  double query_after = 0;
  for (int k = 0; k < 5; ++k) query_after += ms_of([&] { ix->query(query); }) / 5;
  const double rebuild_ms = ms_of([&] { ix = std::make_unique<EventIndex>(d); });
  std::printf("\nRebuilding the index from scratch instead: %.0f ms per change.\n", rebuild_ms);
  std::printf("Query (topic + text 'hanoi'): %.2f ms before any edit, %.2f ms with the edited events aside.\n",
              query_before, query_after);
  return 0;
}
