#include "recovery.h"

#include "dataset_store.h"

namespace accord::cli {

void explain_recovery(const std::string& path, std::ostream& err) {
  const DatasetStore store(path);
  if (!store.has_stored()) return;  // a missing file: nothing to recover
  const LoadResult backup = store.load_backup();
  if (backup.ok()) {
    err << "accord: the previous version " << store.backup_path() << " loads (" << backup.dataset.events.size()
        << " events). To go back to it: accord restore " << path << " (the damaged file is kept as " << path
        << ".corrupt); to read it without changing anything: accord --data " << store.backup_path() << " ...\n";
    return;
  }
  err << "accord: no backup of " << path << " loads either; fix the file at the place named above, or start a new "
      << "one from the shipped dataset: accord export --format json --out NEW.json\n";
}

}  // namespace accord::cli
