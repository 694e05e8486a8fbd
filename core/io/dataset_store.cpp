#include "dataset_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include "file_safety.h"
#include "validate.h"

namespace accord {

namespace {

std::string failed(const std::string& what, const std::string& path, int err) {
  return what + " " + path + ": " + std::strerror(err);
}

bool exists(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

std::string size_text(size_t bytes) {
  constexpr size_t kMB = 1024 * 1024;
  return bytes >= kMB ? std::to_string(bytes / kMB) + " MB" : std::to_string(bytes) + " bytes";
}

// Validates what was read from `path`, with every problem prefixed by it.
LoadResult checked(LoadResult result, const std::string& path) {
  if (!result.ok()) return result;
  result.problems = validate(result.dataset);
  for (Problem& p : result.problems) p.path = path + (p.path.empty() ? "" : ": " + p.path);
  return result;
}

LoadResult load_checked(const std::string& path) { return checked(load_dataset_file(path), path); }

}  // namespace

DatasetStore::DatasetStore(std::string path, size_t max_json_bytes)
    : path_(std::move(path)), target_(resolve_symlinks(path_)), max_json_bytes_(max_json_bytes) {}

StoreLoad DatasetStore::load() const {
  if (!has_stored()) return settle(StoreLoad{});
  return finish_load(load_dataset_file(target_));
}

bool DatasetStore::has_stored() const {
  seen_ = file_version(target_);  // before any read: a write after it shows as a change
  return exists(target_);
}

StoreLoad DatasetStore::finish_load(LoadResult read) const {
  StoreLoad out;
  out.loaded = checked(std::move(read), path_);
  out.state = out.loaded.ok() ? StoreState::Ok : StoreState::Corrupted;
  return settle(std::move(out));
}

StoreLoad DatasetStore::settle(StoreLoad out) const {
  if (out.state != StoreState::Ok && exists(backup_path())) out.backup_available = load_backup().ok();
  last_state_ = out.state;
  loaded_ = true;
  return out;
}

LoadResult DatasetStore::load_backup() const { return load_checked(backup_path()); }

std::string DatasetStore::lock(const std::string& holder, int wait_ms) {
  if (lock_.held()) return {};
  const std::string error = lock_.acquire(lock_path(), holder, wait_ms);
  return error.empty() ? "" : path_ + " is " + error;
}

bool DatasetStore::changed_on_disk() const { return loaded_ && file_version(target_) != seen_; }

std::string DatasetStore::save(const Dataset& d) {
  const SaveFault fault = std::exchange(fault_, SaveFault::None);
  refused_.clear();
  // No file: nothing to write, and no ".lock" left in the working folder.
  if (path_.empty()) return "not saved: there is no file to save to";
  // A save takes the lock for its own length unless the caller holds it
  // for a whole read-change-write (the CLI commands do).
  const bool locked_here = !lock_.held();
  if (locked_here) {
    if (std::string error = lock("a save", kSaveLockWaitMs); !error.empty()) return "not saved: " + error;
  }
  std::string error = save_locked(d, fault);
  if (locked_here) lock_.release();
  return error;
}

std::string DatasetStore::save_locked(const Dataset& d, SaveFault fault) {
  if (!loaded_) load();
  if (last_state_ == StoreState::Corrupted)
    return "not saved: " + path_ +
           " does not load (it may be damaged), and saving would replace it; first restore its backup or set it "
           "aside (in the app: Restore backup or Start fresh; on the command line: accord restore)";
  if (file_version(target_) != seen_)
    return "not saved: " + path_ +
           " was changed by another program since it was read, and saving would undo that change; reload it (this "
           "change is kept until then)";

  refused_ = validate(d);
  if (!refused_.empty()) {
    std::string message = "not saved: the dataset would not be valid, so " + path_ + " could not be opened again (" +
                          refused_.front().to_string();
    if (refused_.size() > 1) message += "; and " + std::to_string(refused_.size() - 1) + " more problems";
    return message + "); " + path_ + " is unchanged";
  }
  const std::string json = dataset_to_json(d);
  if (json.size() > max_json_bytes_)
    return "not saved: the dataset would be " + size_text(json.size()) + " as JSON, over the " +
           size_text(max_json_bytes_) + " a dataset file may have (it could not be opened again); " + path_ +
           " is unchanged";
  if (std::string error = replace_file(target_, json, backup_path(), fault); !error.empty())
    return "not saved: " + error;
  seen_ = file_version(target_);
  saved_stamp_ = stamp_of_bytes(json);
  last_state_ = StoreState::Ok;
  return {};
}

std::string DatasetStore::restore_backup() {
  const bool locked_here = !lock_.held();
  if (locked_here) {
    if (std::string error = lock("a restore", kSaveLockWaitMs); !error.empty()) return "not restored: " + error;
  }
  std::string error = restore_locked();
  if (locked_here) lock_.release();
  return error;
}

std::string DatasetStore::set_aside_damaged(std::string* kept_as) {
  FileLock held_here;
  if (!lock_.held()) {
    if (std::string busy = held_here.acquire(lock_path(), "setting aside", kSaveLockWaitMs); !busy.empty())
      return "not set aside: " + path_ + " is " + busy;
  }
  if (load().state != StoreState::Corrupted) return "not set aside: " + path_ + " loads; only a damaged file is";
  std::string aside = target_ + ".corrupt";
  for (int n = 2; exists(aside); ++n) aside = target_ + ".corrupt-" + std::to_string(n);
  if (::rename(target_.c_str(), aside.c_str()) != 0) return "not set aside: " + failed("cannot rename", target_, errno);
  sync_directory_of(target_);
  if (kept_as) *kept_as = aside;
  seen_ = file_version(target_);
  last_state_ = StoreState::Missing;
  return {};
}

std::string DatasetStore::restore_locked() {
  const std::string backup = backup_path();
  if (!exists(backup)) return "no backup to restore: " + backup + " does not exist";
  const LoadResult loaded = load_backup();
  if (!loaded.ok()) return "the backup does not load either: " + loaded.problems.front().to_string();

  std::string text;
  if (std::string error = read_whole_file(backup, text); !error.empty()) return "not restored: " + error;
  const std::string tmp = target_ + ".tmp";
  if (std::string error = write_file_synced(tmp, text, exists(target_) ? target_ : backup); !error.empty())
    return "not restored: " + error;
  const std::string corrupt = target_ + ".corrupt";
  const bool had_file = exists(target_);
  if (had_file && ::rename(target_.c_str(), corrupt.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return "not restored: " + failed("cannot keep the damaged file as", corrupt, err);
  }
  if (::rename(tmp.c_str(), target_.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    if (had_file) ::rename(corrupt.c_str(), target_.c_str());  // put the damaged file back where it was
    return "not restored: " + failed("cannot replace", target_, err);
  }
  sync_directory_of(target_);
  seen_ = file_version(target_);
  saved_stamp_ = stamp_of_bytes(text);
  last_state_ = StoreState::Ok;
  loaded_ = true;
  return {};
}

}  // namespace accord
