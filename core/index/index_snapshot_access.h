// The friend of EventIndex and EventTextIndex that stores and adopts their
// arrays (index_snapshot_write.cpp, index_snapshot.cpp), so that their
// members stay private to everything else. Internal to core/index.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "event_index.h"
#include "index_snapshot.h"

namespace accord {

constexpr uint32_t kIndexOrderTag = 1, kIndexFacetsTag = 2, kIndexTextTag = 3;

struct IndexSnapshotAccess {
  static EventIndex blank() { return EventIndex(); }
  static void write(const EventIndex& ix, std::string& order, std::string& facets, std::string& text);
  static void plan(EventIndexAdopt& a);
  static void plan_checks(EventIndexAdopt::State& s);
  static void finish(EventIndex& ix, const Dataset& d, std::vector<uint64_t> bits[3]);
};

}  // namespace accord
