// What a command that changes a dataset keeps beside it (core's
// kept_history.h and change_log.h): the undo history goes on from the one
// the app left, so the app can undo `accord add` too, and the change log
// gets an entry per change.
#pragma once
#include <ostream>
#include <string>

#include "dataset_store.h"
#include "edit_history.h"

namespace accord::cli {

// The undo history kept for the dataset `store` holds (read as `d`), or an
// empty one; a history that belongs to another version is dropped with a
// note on `err`.
EditHistory open_kept_history(const DatasetStore& store, const Dataset& d, std::ostream& err);

// After `store` saved: the history (the steps the command added since it
// had `steps_before`) is written beside the dataset, and each new step is
// logged as made by `by` ("accord add"). Failures are noted on `err`: the
// dataset is saved either way.
void keep_saved_change(const DatasetStore& store, const EditHistory& history, size_t steps_before,
                       const std::string& by, std::ostream& err);

// Logs a saved change that is not a step of the history (an import too
// large to undo).
void log_saved_change(const DatasetStore& store, const DatasetChange& change, const std::string& by, std::ostream& err);

// After `accord restore` put the backup back: logged; the undo history
// beside it belonged to the version replaced, so it will be dropped.
void keep_restore(const DatasetStore& store, std::ostream& err);

}  // namespace accord::cli
