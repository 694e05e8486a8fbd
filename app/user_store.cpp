#include "user_store.h"

#include <sys/stat.h>

#include "i18n.h"
#include "platform.h"

namespace atlas {
namespace {

void make_dirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); ++i)
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0755);
}

std::string parent_dir(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

}  // namespace

UserStore::UserStore() : store_(default_user_store_path()) {}
UserStore::UserStore(std::string path) : store_(std::move(path)) {}

void UserStore::start() { start_user_store(store_.path()); }

bool UserStore::ready() const { return user_store_ready(); }

std::string UserStore::save(const accord::Dataset& d, const accord::EditHistory* history,
                            const accord::ChangeLogEntry* entry) {
  side_error_.clear();
  // (DatasetStore refuses too; this says who, in the browser "another tab".)
  if (store_saved_by_another_tab() == OtherTabSave::Pending || store_.changed_on_disk())
    return trf(
        "not saved: your data was changed {by} since it was read here, and saving would undo that change; "
        "reload it (this change is kept until then)",
        {{"by", tr(other_store_writers())}});
  make_dirs(parent_dir(store_.path()));
  // One lock over the dataset and what is kept beside it: the CLI never
  // writes between them.
  if (std::string busy = store_.lock("Accord Atlas", accord::DatasetStore::kSaveLockWaitMs); !busy.empty())
    return trf("not saved: {reason}", {{"reason", busy}});
  const std::string error = store_.save(d);
  if (error.empty()) write_beside(history, entry);
  store_.release_lock();
  if (error.empty()) sync_to_disk();
  return error;
}

void UserStore::write_beside(const accord::EditHistory* history, const accord::ChangeLogEntry* entry) {
  if (history) side_error_ = accord::write_kept_history(store_.path(), *history, store_.saved_stamp());
  if (entry) {
    const std::string logged = accord::append_change_log(accord::change_log_path_for(store_.target()), *entry);
    if (!logged.empty())
      side_error_ +=
          (side_error_.empty() ? "" : "; ") + trf("the change was not logged: {reason}", {{"reason", logged}});
  }
}

void UserStore::keep_beside(const accord::EditHistory& history, const accord::ChangeLogEntry& entry) {
  side_error_.clear();
  if (std::string busy = store_.lock("Accord Atlas", accord::DatasetStore::kSaveLockWaitMs); !busy.empty()) {
    side_error_ = trf("the undo history was not kept: {reason}", {{"reason", busy}});
    return;
  }
  write_beside(&history, &entry);
  store_.release_lock();
  sync_to_disk();
}

accord::KeptHistory UserStore::read_history(const accord::Dataset& d) const {
  std::string error;
  const accord::DatasetStamp stored = accord::stamp_of_file(store_.target(), error);
  if (!error.empty()) return {};
  return accord::read_kept_history(store_.path(), stored, d);
}

std::string UserStore::set_aside_damaged(std::string* kept_as) {
  const std::string error = store_.set_aside_damaged(kept_as);
  if (error.empty()) sync_to_disk();
  return error;
}

std::string UserStore::restore_backup() {
  const std::string error = store_.restore_backup();
  if (error.empty()) sync_to_disk();
  return error;
}

void UserStore::sync_to_disk() { sync_user_store(); }

bool UserStore::saved_by_another_tab() const { return store_saved_by_another_tab() != OtherTabSave::None; }

bool UserStore::other_tab_save_arriving() const { return store_saved_by_another_tab() == OtherTabSave::Pending; }

bool UserStore::changed_on_disk() const {
  switch (store_saved_by_another_tab()) {  // also starts reading what another tab saved
    case OtherTabSave::Pending:
      return true;
    case OtherTabSave::Arrived:
      store_change_taken();  // read in: the file's version tells from here
      return store_.changed_on_disk();
    case OtherTabSave::None:
      break;
  }
  return store_.changed_on_disk();
}

int UserStore::syncs_in_flight() const { return user_store_syncs_in_flight(); }

std::string UserStore::last_sync_error() const { return user_store_sync_error(); }

}  // namespace atlas
