#include "output_file.h"

#include <sys/stat.h>

#include "file_safety.h"

namespace accord::cli {

int write_command_output(const std::string& command, const std::string& path, const std::string& bytes, bool force,
                         std::ostream& err) {
  const std::string target = resolve_symlinks(path);
  struct stat st;
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && !force) {
    err << "accord: " << path << " exists; " << command
        << " never replaces a file unless given --force (the old one is then kept as " << target
        << ".bak). Nothing was written.\n";
    return 1;
  }
  // Replacing a file someone may be writing: take its writers' lock.
  FileLock lock;
  if (exists) {
    if (std::string busy = lock.acquire(target + ".lock", "accord " + command, 5000); !busy.empty()) {
      err << "accord: " << path << " is " << busy << "; nothing was written\n";
      return 1;
    }
  }
  // Written beside the target, then renamed: a failure leaves no half file.
  if (std::string error = replace_file(path, bytes, exists ? target + ".bak" : ""); !error.empty()) {
    err << "accord: not written: " << error << "\n";
    return 1;
  }
  if (exists) err << "accord: replaced " << path << "; the previous version is " << target << ".bak\n";
  return 0;
}

}  // namespace accord::cli
