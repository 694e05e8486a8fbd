// The undo history kept beside the user's dataset, so undo works after a
// reload: its steps (the records as they were before each change, and the
// change) as JSON, written by the same record serializers as the dataset
// (dataset_json.h), with a stamp of the dataset they were made on. A history
// whose stamp is not the dataset's on disk (edited elsewhere, a crash
// between the two writes) is never applied: see history_matches.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "dataset_stamp.h"
#include "edit_history.h"

namespace accord {

// How much history is kept: the newest steps first, until one of the
// bounds is reached. Undo is a stack, so a step left out takes every older
// one with it. A whole-dataset step (a merge, a replace) holds two whole
// datasets: only the newest is kept, and the steps before it are left out.
// A whole-dataset step of more records than max_whole_records is left out
// before it is written out: it could not fit the bytes anyway, and writing
// a large dataset twice at every save would make each edit slow.
struct HistoryBounds {
  size_t max_steps = 50;
  size_t max_bytes = 8u * 1024 * 1024;
  size_t max_whole_steps = 1;
  size_t max_whole_records = 20000;  // both datasets of the step together
};

// The history file's text: the undo steps (oldest first) and redo changes
// of `h` within `bounds`, stamped with `dataset`.
std::string edit_history_to_json(const EditHistory& h, const DatasetStamp& dataset, const HistoryBounds& bounds = {});

struct HistoryRead {
  std::string problem;  // empty when read; else what is wrong and where ("undo[2].before.events: ...")
  DatasetStamp dataset;
  std::vector<EditHistory::Step> undo;
  std::vector<DatasetChange> redo;
  size_t left_out = 0;  // older steps the bounds left out when it was written
  bool ok() const { return problem.empty(); }
};
HistoryRead parse_edit_history(const std::string& json_text);

// "" when undoing every step (newest first) from `d` stays within its
// lists; else which step does not fit. A matching stamp makes it so; this
// guards against a history file changed by hand.
std::string history_fits(const std::vector<EditHistory::Step>& undo, const Dataset& d);

// The history file beside a dataset file: "dir/NAME.json" ->
// "dir/NAME.history.json" (any other name gets ".history.json" added).
std::string history_path_for(const std::string& dataset_path);

}  // namespace accord
