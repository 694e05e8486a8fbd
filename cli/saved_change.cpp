#include "saved_change.h"

#include "change_log.h"
#include "dataset_stamp.h"
#include "kept_history.h"

namespace accord::cli {

EditHistory open_kept_history(const DatasetStore& store, const Dataset& d, std::ostream& err) {
  EditHistory history;
  std::string error;
  const DatasetStamp stored = stamp_of_file(store.target(), error);
  if (!error.empty()) return history;
  KeptHistory kept = read_kept_history(store.path(), stored, d);
  if (!kept.notice.empty()) err << "accord: note: " << kept.notice << "\n";
  history.restore_steps(std::move(kept.undo), std::move(kept.redo));
  return history;
}

void keep_saved_change(const DatasetStore& store, const EditHistory& history, size_t steps_before,
                       const std::string& by, std::ostream& err) {
  if (std::string error = write_kept_history(store.path(), history, store.saved_stamp()); !error.empty())
    err << "accord: note: " << error << "\n";
  const auto& steps = history.undo_steps();
  const std::string log = change_log_path_for(store.target());
  const std::string now = utc_now_text();
  for (size_t i = steps_before; i < steps.size(); ++i) {
    const EditHistory::Step& step = steps[i];
    const ChangeLogEntry entry{now, step.label, touched_records(step.change, &step), by, step.change.article};
    if (std::string error = append_change_log(log, entry); !error.empty()) {
      err << "accord: note: the change was saved but not logged: " << error << "\n";
      return;
    }
  }
}

void log_saved_change(const DatasetStore& store, const DatasetChange& change, const std::string& by,
                      std::ostream& err) {
  const ChangeLogEntry entry{utc_now_text(), change.label, touched_records(change), by, change.article};
  if (std::string error = append_change_log(change_log_path_for(store.target()), entry); !error.empty())
    err << "accord: note: the change was saved but not logged: " << error << "\n";
}

void keep_restore(const DatasetStore& store, std::ostream& err) {
  const ChangeLogEntry entry{utc_now_text(), "Restore the backup " + store.backup_path(), {}, "accord restore", ""};
  if (std::string error = append_change_log(change_log_path_for(store.target()), entry); !error.empty())
    err << "accord: note: the restore was not logged: " << error << "\n";
}

}  // namespace accord::cli
