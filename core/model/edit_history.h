// Changes to a dataset that the user can undo: add, edit or delete any
// record. A change is a batch (saving an imported article adds an event,
// its source and new people at once) and is undone as one step.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "change_effects.h"
#include "model.h"

namespace accord {

struct DatasetChange {
  std::string label;  // "Edit event ev-...", shown next to Undo
  // The article it came from (an import's source: its URL, else its id),
  // for the change log; empty when the user edited by hand.
  std::string article;
  // Upserts replace the record with the same id or append a new one.
  std::vector<Source> upsert_sources;
  std::vector<Country> upsert_countries;  // new partner countries
  std::vector<Organization> upsert_organizations;
  std::vector<Mechanism> upsert_mechanisms;
  std::vector<Person> upsert_people;
  std::vector<Agreement> upsert_agreements;
  std::vector<Event> upsert_events;
  // Deletions run after the upserts. Every reference to a deleted record
  // goes with it, so the dataset stays valid (and undo brings them back):
  std::vector<std::string> delete_events;      // other events' part_of, agreement history links
  std::vector<std::string> delete_agreements;  // events' agreement acts, other agreements' amends
  std::vector<std::string> delete_people;      // participations in events
  // Or every record at once (a data link's dataset merged or kept as the
  // user's own): the dataset becomes this one; undo brings back the one
  // before. Used alone, without upserts or deletions.
  std::shared_ptr<const Dataset> whole;

  bool empty() const;
};

// One list's edits in the order they happened, with what each replaced,
// so undo can put every record back at its index.
template <typename T>
struct RecordEdits {
  struct Edit {
    size_t index = 0;
    std::optional<T> before;  // absent: the edit appended a new record
    bool erased = false;      // the record at index was removed
  };
  std::vector<Edit> edits;
};

class EditHistory {
 public:
  // Applies the change if the dataset stays valid (validate.h), else
  // leaves it untouched and returns the problems as one message ("events[3]
  // .participants[0].person: unknown person p-x"). Empty on success.
  // Only the records the change touches (and those whose references it
  // rewrote) are checked, so an edit stays fast in a large dataset.
  std::string apply(Dataset& d, const DatasetChange& change);

  bool can_undo() const { return !undo_.empty(); }
  const std::string& undo_label() const;  // empty when nothing to undo
  // Restores the records the last change touched. Returns its label.
  std::string undo(Dataset& d);

  // Applies the last undone change again (checked like apply(); a new
  // change forgets what was undone). Returns "" or why it was refused.
  bool can_redo() const { return !redo_.empty(); }
  const std::string& redo_label() const;  // empty when nothing to redo
  std::string redo(Dataset& d);

  void clear() {
    undo_.clear();
    redo_.clear();
  }

  // What the last successful apply() or undo() did (empty after a refused one).
  const ChangeEffects& last_effects() const { return effects_; }

  // The change's label and the records as they were before it.
  struct Step {
    std::string label;
    DatasetChange change;  // what redo applies again
    RecordEdits<Source> sources;
    RecordEdits<Country> countries;
    RecordEdits<Organization> organizations;
    RecordEdits<Mechanism> mechanisms;
    RecordEdits<Person> people;
    RecordEdits<Agreement> agreements;
    RecordEdits<Event> events;
    std::shared_ptr<const Dataset> whole_before;  // a whole-dataset change's dataset before it
  };

  // The steps undo takes back (oldest first) and the changes redo makes
  // again (the next one last), to keep them across a reload
  // (edit_history_json.h).
  const std::vector<Step>& undo_steps() const { return undo_; }
  const std::vector<DatasetChange>& redo_changes() const { return redo_; }
  // Takes steps read back for the dataset they were made on: the caller
  // has checked that it is the one in `d` now.
  void restore_steps(std::vector<Step> undo, std::vector<DatasetChange> redo) {
    undo_ = std::move(undo);
    redo_ = std::move(redo);
    effects_ = {};
  }

 private:
  std::string apply_step(Dataset& d, const DatasetChange& change);
  std::string apply_whole(Dataset& d, const DatasetChange& change);

  std::vector<Step> undo_;
  std::vector<DatasetChange> redo_;
  ChangeEffects effects_;
};

}  // namespace accord
