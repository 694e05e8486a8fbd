// Records that follow an edit so the data stays consistent with itself:
// when an event moves to another date, the agreement acts it took and the
// roles its sources dated that day move with it. The editor shows these
// before saving ("also changes: ...") and saves them in the same change,
// so one Undo puts everything back.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

struct FollowingEdits {
  std::vector<Agreement> agreements;  // whole records, with the dates moved
  std::vector<Person> people;
  std::vector<std::string> descriptions;  // one line per moved date, for the form

  bool empty() const { return agreements.empty() && people.empty(); }
};

// What else changes when event `before` (as stored in `d`) becomes `after`:
// - agreement acts with event == after.id dated before.date get after.date;
// - roles whose source is one of the event's sources and whose `from` is
//   before.date get after.date (the article that reported the event also
//   dated the role).
// Nothing when the date did not change. Records in `skip_agreements` or
// `skip_people` (ids the same change already rewrites) are left alone.
FollowingEdits edits_following_event(const Dataset& d, const Event& before, const Event& after,
                                     const std::vector<std::string>& skip_agreements = {},
                                     const std::vector<std::string>& skip_people = {});

}  // namespace accord
