// What a change did to a dataset's lists, step by step, so that indexes
// over them (EventIndex) can follow it instead of being rebuilt.
#pragma once
#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace accord {

// One step of what was done to a list, in order.
struct ListOp {
  enum class Kind { Replace, Append, Erase, Insert };
  Kind kind;
  size_t index;  // in the list as it was just before this step
};

// What one change (or its undo) did, for indexes over the events.
struct ChangeEffects {
  std::vector<ListOp> events;
  // Ids of people, organizations, agreements and mechanisms whose record
  // was replaced, removed or put back: the events naming them show their
  // names in their text. A record only appended needs no entry (the events
  // naming it are new or changed in the same step).
  std::unordered_set<std::string> entities;
  // The same steps for the sources list (id lookups over it follow them).
  std::vector<ListOp> sources;
  // Every list was replaced (a whole-dataset change): nothing can follow it.
  bool everything = false;
  bool empty() const { return events.empty() && entities.empty() && sources.empty() && !everything; }
};

}  // namespace accord
