// Reading and writing the undo history beside a dataset file
// (edit_history_json.h has the format). It is written after the dataset,
// atomically, stamped with the dataset just saved; it is taken back only
// when that stamp is the stored file's, so it never undoes the wrong data.
#pragma once
#include <string>
#include <vector>

#include "dataset_stamp.h"
#include "edit_history.h"
#include "edit_history_json.h"

namespace accord {

struct KeptHistory {
  std::vector<EditHistory::Step> undo;
  std::vector<DatasetChange> redo;
  // Why a history found beside the dataset was dropped; empty when it was
  // taken or there was none.
  std::string notice;
};

// The history beside `dataset_path`, if it belongs to the stored file
// (whose stamp is `stored`) and fits `d`, the dataset read from it.
KeptHistory read_kept_history(const std::string& dataset_path, const DatasetStamp& stored, const Dataset& d);

// Replaces the history beside `dataset_path` with `h`, stamped with the
// dataset just saved there. "" or what failed (the old file then stays,
// and its stamp no longer matches: it will be dropped, not applied).
std::string write_kept_history(const std::string& dataset_path, const EditHistory& h, const DatasetStamp& saved,
                               const HistoryBounds& bounds = {});

}  // namespace accord
