// Changes to a dataset that the user can undo: add, edit or delete any
// record. A change is a batch (saving an imported article adds an event,
// its source and new people at once) and is undone as one step.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

struct DatasetChange {
  std::string label;  // "Edit event ev-...", shown next to Undo
  // Upserts replace the record with the same id or append a new one.
  std::vector<Source> upsert_sources;
  std::vector<Organization> upsert_organizations;
  std::vector<Mechanism> upsert_mechanisms;
  std::vector<Person> upsert_people;
  std::vector<Agreement> upsert_agreements;
  std::vector<Event> upsert_events;
  std::vector<std::string> delete_events;
  std::vector<std::string> delete_agreements;  // references in events are removed too
  std::vector<std::string> delete_people;      // participations in events are removed too
};

class EditHistory {
 public:
  // Applies the change if the dataset stays valid (validate.h), else
  // leaves it untouched and returns the problems as one message ("events[3]
  // .participants[0].person: unknown person p-x"). Empty on success.
  std::string apply(Dataset& d, const DatasetChange& change);

  bool can_undo() const { return !undo_.empty(); }
  const std::string& undo_label() const;  // empty when nothing to undo
  // Restores the records the last change touched. Returns its label.
  std::string undo(Dataset& d);
  void clear() { undo_.clear(); }

 private:
  struct Step;  // the change's label and the records as they were before
  std::vector<Step> undo_;
};

}  // namespace accord
