// The change log kept beside the user's dataset (NAME.log.json): when each
// saved change was made, what it was and which records it touched, and by
// whom (by hand in the app, an `accord` command, an article's import). It
// is a separate file, not part of the dataset: a dataset shared or exported
// carries the records, not the history of the user's own work. The newest
// entries are kept, up to a bound.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "edit_history.h"

namespace accord {

struct ChangeLogEntry {
  std::string time;                  // UTC, "2026-12-07T18:48:44Z"
  std::string label;                 // the change's label: "Edit event ev-..."
  std::vector<std::string> records;  // ids of the records it touched
  std::string by;                    // "edited by hand", "undo", "accord add", ...
  std::string article;               // the article it came from (a source's URL or id), if any
};

inline constexpr size_t kMaxChangeLogEntries = 1000;

// Now, as ChangeLogEntry::time has it.
std::string utc_now_text();

// The ids a change touches: its upserts and deletions, and the records the
// step rewrote because of them (an event that lost a deleted participant).
std::vector<std::string> touched_records(const DatasetChange& change, const EditHistory::Step* step = nullptr);

std::string change_log_to_json(const std::vector<ChangeLogEntry>& entries);
struct ChangeLogRead {
  std::vector<ChangeLogEntry> entries;  // oldest first
  std::string problem;                  // empty when read (a missing file reads as empty)
  bool ok() const { return problem.empty(); }
};
ChangeLogRead parse_change_log(const std::string& json_text);
ChangeLogRead read_change_log(const std::string& path);

// Adds `entry`, keeping the newest `max_entries`, and replaces the file
// atomically (file_safety.h). A log that does not read is kept aside as
// PATH.corrupt and a new one begun, so a damaged log never stops a save.
// "" or what failed.
std::string append_change_log(const std::string& path, const ChangeLogEntry& entry,
                              size_t max_entries = kMaxChangeLogEntries);

// The entries that touched `record_id` (every entry when it is empty).
std::vector<ChangeLogEntry> entries_for(const std::vector<ChangeLogEntry>& entries, const std::string& record_id);

// "dir/NAME.json" -> "dir/NAME.log.json" (any other name gets ".log.json").
std::string change_log_path_for(const std::string& dataset_path);

}  // namespace accord
