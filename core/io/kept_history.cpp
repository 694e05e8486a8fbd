#include "kept_history.h"

#include <sys/stat.h>

#include "file_safety.h"

namespace accord {

KeptHistory read_kept_history(const std::string& dataset_path, const DatasetStamp& stored, const Dataset& d) {
  KeptHistory out;
  const std::string path = history_path_for(resolve_symlinks(dataset_path));
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return out;
  const std::string dropped = "The undo history " + path + " was dropped: ";
  std::string text;
  if (std::string error = read_whole_file(path, text); !error.empty()) {
    out.notice = dropped + error;
    return out;
  }
  HistoryRead read = parse_edit_history(text);
  if (!read.ok()) {
    out.notice = dropped + "it does not read (" + read.problem + ")";
    return out;
  }
  if (read.dataset != stored) {
    out.notice = dropped + "it belongs to another version of " + dataset_path +
                 " (changed elsewhere since, or a save was cut short), and undoing it could damage your data";
    return out;
  }
  if (std::string misfit = history_fits(read.undo, d); !misfit.empty()) {
    out.notice = dropped + misfit;
    return out;
  }
  out.undo = std::move(read.undo);
  out.redo = std::move(read.redo);
  return out;
}

std::string write_kept_history(const std::string& dataset_path, const EditHistory& h, const DatasetStamp& saved,
                               const HistoryBounds& bounds) {
  const std::string path = history_path_for(resolve_symlinks(dataset_path));
  const std::string error = replace_file(path, edit_history_to_json(h, saved, bounds));
  return error.empty() ? "" : "the undo history was not kept: " + error;
}

}  // namespace accord
