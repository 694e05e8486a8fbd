// File operations that never lose the user's data: writes that replace a
// file all at once (keeping its mode, owner and any symlink pointing at
// it), and an advisory lock so that two writers take turns.
#pragma once
#include <cstdint>
#include <string>

namespace accord {

// The file a path finally names, following symlinks (also a dangling one,
// whose target a write then creates). The path itself when it is no link.
std::string resolve_symlinks(const std::string& path);

// What identifies one version of a file on disk: a writer that renames a
// new file over it changes the inode; one that writes in place changes
// size or time.
struct FileVersion {
  bool exists = false;
  uint64_t device = 0, inode = 0, size = 0;
  int64_t modified_ns = 0;
  bool operator==(const FileVersion& o) const {
    return exists == o.exists && device == o.device && inode == o.inode && size == o.size &&
           modified_ns == o.modified_ns;
  }
  bool operator!=(const FileVersion& o) const { return !(*this == o); }
};
FileVersion file_version(const std::string& path);

// Writes `text` to `path` (created or truncated) and syncs it; the mode and
// owner of `like` (an existing file) are given to it when `like` exists.
// `fail_halfway` stops after half the text, as a full disk would (tests).
// Empty on success, else what failed and where (the file is removed).
std::string write_file_synced(const std::string& path, const std::string& text, const std::string& like = "",
                              bool fail_halfway = false);
std::string read_whole_file(const std::string& path, std::string& text);

// Where replace_file can be made to fail, for the fault tests. Each point
// leaves the file exactly as it was.
enum class WriteFault {
  None,
  WriteFails,    // writing the temporary file fails (a full disk)
  BeforeRename,  // the process "dies" after writing, before the rename
  BackupFails,   // keeping the previous version as the backup fails
};

// Replaces `path` (after resolve_symlinks) with `text` atomically: a
// temporary file beside it, synced, renamed over it; its mode and owner
// kept. With `backup`, the previous version is kept as `backup` first.
// On failure the file is as it was. Empty on success.
std::string replace_file(const std::string& path, const std::string& text, const std::string& backup = "",
                         WriteFault fault = WriteFault::None);

// Keeps the current version of `path` as `backup` (a hard link, or a copy
// with the same mode where links are not supported). Empty on success.
std::string keep_backup(const std::string& path, const std::string& backup);

void sync_directory_of(const std::string& path);

// An advisory lock (flock) on a small file beside the data, holding who
// has it ("accord add (pid 4242)"). A second writer waits up to `wait_ms`,
// then is told who holds it. Released by release() or the destructor, and
// by the system when the process ends, so a crash leaves no stale lock.
class FileLock {
 public:
  FileLock() = default;
  ~FileLock() { release(); }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  // Empty when acquired; else "in use by accord add (pid 4242)" or why the
  // lock file could not be opened.
  std::string acquire(const std::string& lock_path, const std::string& holder, int wait_ms);
  void release();
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

}  // namespace accord
