// Where the user's own dataset lives and how it is kept: desktop,
// $XDG_DATA_HOME/accord-atlas/dataset.json (default ~/.local/share/...);
// browser, /user-PATH/dataset.json in IndexedDB (Emscripten IDBFS), one per
// deployment path. The file
// format and the atomic save with a backup are core/dataset_store.h's.
#pragma once
#include <string>

#include "change_log.h"
#include "dataset_store.h"
#include "kept_history.h"

namespace atlas {

class UserStore {
 public:
  UserStore();
  // An explicit file (tests); the backup sits beside it.
  explicit UserStore(std::string path);

  // Browser: mounts IndexedDB and starts copying it into memory; ready()
  // turns true when that is done (it is asynchronous). Desktop: creates
  // the folder; ready at once.
  void start();
  bool ready() const;

  // What is stored (read only after ready()).
  accord::StoreLoad load() const { return store_.load(); }
  // The same in two halves, for reading the file off the frame loop (see
  // DatasetStore::finish_load).
  bool has_stored() const { return store_.has_stored(); }
  accord::StoreLoad finish_load(accord::LoadResult read) const { return store_.finish_load(std::move(read)); }
  // Saves, then (browser) writes the folder back to IndexedDB. "" or the
  // error; on an error the stored dataset is unchanged. With `history`,
  // the undo history is kept beside it (NAME.history.json) and `entry`
  // added to the change log (NAME.log.json), after the dataset and under
  // the same lock; what went wrong there is in side_error().
  std::string save(const accord::Dataset& d, const accord::EditHistory* history = nullptr,
                   const accord::ChangeLogEntry* entry = nullptr);
  const std::string& side_error() const { return side_error_; }
  // After a save(d) alone (the Data window's import or merge): the undo
  // history and the log's entry, as save(d, history, entry) writes them.
  void keep_beside(const accord::EditHistory& history, const accord::ChangeLogEntry& entry);
  // The undo history kept beside the stored dataset, if it belongs to `d`
  // as read from it now (else a notice says why it was dropped).
  accord::KeptHistory read_history(const accord::Dataset& d) const;
  accord::ChangeLogRead read_log() const {
    return accord::read_change_log(accord::change_log_path_for(store_.target()));
  }
  // After the user confirmed: the backup replaces a corrupted store.
  std::string restore_backup();
  // After the user confirmed: a damaged store is renamed aside (kept), so
  // that saving works again from the shipped dataset.
  std::string set_aside_damaged(std::string* kept_as);
  // The stored file's bytes as they are (to let the user keep a damaged one).
  std::string read_raw(std::string& bytes) const { return accord::read_whole_file(store_.target(), bytes); }

  const std::string& path() const { return store_.path(); }
  // Another program (natively) or another tab (browser) wrote the store
  // since it was read or saved here.
  bool changed_on_disk() const;
  // Browser: another tab saved since this one read or wrote (cheap: a
  // shared stamp). Natively false.
  bool saved_by_another_tab() const;
  // Browser: another tab's save is still being read into this one; Reload
  // or Merge now would read the file as it was before it.
  bool other_tab_save_arriving() const;
  // Browser: writes to IndexedDB still running, and the last one's error.
  int syncs_in_flight() const;
  std::string last_sync_error() const;

 private:
  void sync_to_disk();
  void write_beside(const accord::EditHistory* history, const accord::ChangeLogEntry* entry);  // lock held
  accord::DatasetStore store_;
  std::string side_error_;
};

}  // namespace atlas
