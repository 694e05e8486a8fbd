// The user's own dataset on disk: one JSON file and the previous version
// beside it as a backup. The browser keeps the same files in IndexedDB
// (the platform syncs the folder); the desktop keeps them in the user's
// data directory. Nothing here ever replaces a file the user has not
// asked to replace.
#pragma once
#include <string>
#include <vector>

#include "dataset_json.h"
#include "dataset_stamp.h"
#include "file_safety.h"

namespace accord {

// Where a save can be made to fail, for the fault tests (file_safety.h).
using SaveFault = WriteFault;

// What start-up found in the store.
enum class StoreState {
  Missing,    // nothing stored yet: the app shows the shipped dataset
  Ok,         // the stored dataset loaded and is valid
  Corrupted,  // the stored file does not load: problems say why
};

struct StoreLoad {
  StoreState state = StoreState::Missing;
  LoadResult loaded;              // the dataset when Ok; the problems when Corrupted
  bool backup_available = false;  // a backup exists and loads cleanly
};

class DatasetStore {
 public:
  // `path` is the stored dataset file; the backup is `path` + ".bak". A
  // dataset whose JSON would exceed `max_json_bytes` is not saved: it could
  // not be read back (see kMaxDatasetBytes).
  explicit DatasetStore(std::string path, size_t max_json_bytes = kMaxDatasetBytes);

  const std::string& path() const { return path_; }
  // When `path` is a symlink, saves replace the file it points to, and the
  // backup and lock sit beside that file.
  const std::string& target() const { return target_; }
  std::string backup_path() const { return target_ + ".bak"; }
  std::string lock_path() const { return target_ + ".lock"; }

  // Takes the advisory lock that every writer of this file takes (the CLI,
  // the native app), waiting up to `wait_ms` for another to finish. Empty
  // when held (until release_lock or the store's end); else "PATH is in
  // use by accord add (pid 4242) ...". Save and restore take it themselves
  // for their own length when the caller does not hold it.
  std::string lock(const std::string& holder, int wait_ms = kLockWaitMs);
  void release_lock() { lock_.release(); }
  static constexpr int kLockWaitMs = 5000;
  static constexpr int kSaveLockWaitMs = 2000;

  // The file was written by someone else since this store last read or
  // wrote it: a save would undo their change, so it is refused.
  bool changed_on_disk() const;

  // Reads the stored dataset (syntax, shape and validation problems all
  // count as Corrupted). Never writes. The backup is tried only when the
  // stored file is Missing or Corrupted, the cases where it is offered.
  StoreLoad load() const;
  LoadResult load_backup() const;

  // load() in two halves, for a caller that reads the stored file itself
  // (in slices, DatasetLoad, so a large store does not freeze start-up):
  // has_stored() says whether load() would read the file, finish_load turns
  // what was read from it into what load() would have given (validation,
  // the backup, and the state save() checks).
  bool has_stored() const;
  StoreLoad finish_load(LoadResult read) const;

  // Saves atomically: the new text goes to a temporary file, the current
  // file (if any) becomes the backup, then the temporary file is renamed
  // over the current one, with the old file's mode and owner. On any
  // failure the stored file is unchanged and the message says what failed
  // and where; empty on success. A store whose file is Corrupted is never
  // saved over: restore_backup() first. Nor is one changed on disk since
  // it was read (changed_on_disk()).
  // A dataset that validate() refuses (the rules the loader applies) is
  // never written: the file could not be opened again. Its problems are
  // then in refused_problems().
  std::string save(const Dataset& d);
  const std::vector<Problem>& refused_problems() const { return refused_; }
  // The stamp of what the last successful save() or restore_backup() wrote
  // (dataset_stamp.h).
  const DatasetStamp& saved_stamp() const { return saved_stamp_; }

  // After the user confirms: the backup replaces the stored file (the
  // corrupted file is kept as `path` + ".corrupt"). Empty on success.
  std::string restore_backup();

  // After the user confirms, for a store that does not load: the damaged
  // file is renamed aside (`path`.corrupt, or .corrupt-2 ... so no older
  // one is replaced) and the store is Missing, so saving works again.
  // `kept_as` gets the new name. Empty on success.
  std::string set_aside_damaged(std::string* kept_as = nullptr);

  // Tests only: the next save() fails at this point.
  void inject_fault_for_testing(SaveFault fault) { fault_ = fault; }

 private:
  StoreLoad settle(StoreLoad out) const;  // the backup check and the state save() relies on
  std::string save_locked(const Dataset& d, SaveFault fault);
  std::string restore_locked();

  std::string path_;
  std::string target_;  // path_ with symlinks followed
  FileLock lock_;
  mutable FileVersion seen_;  // the file as last read or written
  size_t max_json_bytes_;
  SaveFault fault_ = SaveFault::None;
  std::vector<Problem> refused_;
  DatasetStamp saved_stamp_;
  mutable StoreState last_state_ = StoreState::Missing;
  mutable bool loaded_ = false;  // last_state_ is known
};

}  // namespace accord
