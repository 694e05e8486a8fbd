#include "dataset_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

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

// Writes all of `text` to `path` (created or truncated) and syncs it.
// `fail_halfway` stops after half the text, as a full disk would.
std::string write_file_synced(const std::string& path, const std::string& text, bool fail_halfway) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed("cannot create", path, errno);
  const size_t limit = fail_halfway ? text.size() / 2 : text.size();
  size_t done = 0;
  int err = 0;
  while (done < limit) {
    const ssize_t n = ::write(fd, text.data() + done, limit - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      err = n < 0 ? errno : ENOSPC;
      break;
    }
    done += static_cast<size_t>(n);
  }
  if (fail_halfway && err == 0) err = ENOSPC;
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    ::unlink(path.c_str());
    return failed("cannot write", path, err);
  }
  return {};
}

std::string read_all(const std::string& path, std::string& text) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return failed("cannot open", path, errno);
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return failed("cannot read", path, err);
    }
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return {};
}

// The backup must survive the rename that follows, so it is a second name
// for the current file (or a copy where hard links are not supported),
// itself put in place by a rename.
std::string keep_backup(const std::string& path, const std::string& backup) {
  const std::string staging = backup + ".tmp";
  ::unlink(staging.c_str());
  if (::link(path.c_str(), staging.c_str()) != 0) {
    std::string text;
    std::string error = read_all(path, text);
    if (error.empty()) error = write_file_synced(staging, text, false);
    if (!error.empty()) return "cannot keep the previous version as the backup: " + error;
  }
  if (::rename(staging.c_str(), backup.c_str()) != 0) {
    const int err = errno;
    ::unlink(staging.c_str());
    return "cannot keep the previous version as the backup: " + failed("cannot replace", backup, err);
  }
  return {};
}

void sync_directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename is done; a directory we cannot sync is not a failed save
  ::fsync(fd);
  ::close(fd);
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
    : path_(std::move(path)), max_json_bytes_(max_json_bytes) {}

StoreLoad DatasetStore::load() const {
  if (!has_stored()) return settle(StoreLoad{});
  return finish_load(load_dataset_file(path_));
}

bool DatasetStore::has_stored() const { return exists(path_); }

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

std::string DatasetStore::save(const Dataset& d) {
  const SaveFault fault = std::exchange(fault_, SaveFault::None);
  if (!loaded_) load();
  if (last_state_ == StoreState::Corrupted)
    return "not saved: " + path_ +
           " does not load (it may be damaged), and saving would replace it; restore the backup or move the file "
           "away first";

  const std::string json = dataset_to_json(d);
  if (json.size() > max_json_bytes_)
    return "not saved: the dataset would be " + size_text(json.size()) + " as JSON, over the " +
           size_text(max_json_bytes_) + " a dataset file may have (it could not be opened again); " + path_ +
           " is unchanged";
  const std::string tmp = path_ + ".tmp";
  if (std::string error = write_file_synced(tmp, json, fault == SaveFault::WriteFails); !error.empty())
    return "not saved: " + error;
  if (fault == SaveFault::BeforeRename) return "not saved: stopped before renaming " + tmp + " (test fault)";

  if (exists(path_)) {
    std::string error = fault == SaveFault::BackupFails
                            ? "cannot keep the previous version as the backup: " +
                                  failed("cannot replace", backup_path(), EIO) + " (test fault)"
                            : keep_backup(path_, backup_path());
    if (!error.empty()) {
      ::unlink(tmp.c_str());
      return "not saved: " + error;
    }
  }
  if (::rename(tmp.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return "not saved: " + failed("cannot replace", path_, err);
  }
  sync_directory_of(path_);
  last_state_ = StoreState::Ok;
  return {};
}

std::string DatasetStore::restore_backup() {
  const std::string backup = backup_path();
  if (!exists(backup)) return "no backup to restore: " + backup + " does not exist";
  const LoadResult loaded = load_backup();
  if (!loaded.ok()) return "the backup does not load either: " + loaded.problems.front().to_string();

  std::string text;
  if (std::string error = read_all(backup, text); !error.empty()) return "not restored: " + error;
  const std::string tmp = path_ + ".tmp";
  if (std::string error = write_file_synced(tmp, text, false); !error.empty()) return "not restored: " + error;
  const std::string corrupt = path_ + ".corrupt";
  const bool had_file = exists(path_);
  if (had_file && ::rename(path_.c_str(), corrupt.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return "not restored: " + failed("cannot keep the damaged file as", corrupt, err);
  }
  if (::rename(tmp.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    if (had_file) ::rename(corrupt.c_str(), path_.c_str());  // put the damaged file back where it was
    return "not restored: " + failed("cannot replace", path_, err);
  }
  sync_directory_of(path_);
  last_state_ = StoreState::Ok;
  loaded_ = true;
  return {};
}

}  // namespace accord
