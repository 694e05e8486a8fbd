#include "file_safety.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace accord {

namespace {

std::string failed(const std::string& what, const std::string& path, int err) {
  return what + " " + path + ": " + std::strerror(err);
}

std::string directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

// Gives the file open as `fd` the mode and owner of `like`, if it exists.
// The owner may not be ours to give (not root): then it stays ours.
void copy_mode_and_owner(int fd, const std::string& like) {
  struct stat st;
  if (like.empty() || ::stat(like.c_str(), &st) != 0) return;
  ::fchmod(fd, st.st_mode & 07777);
  if (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) {
    if (::fchown(fd, st.st_uid, st.st_gid) != 0) { /* not permitted: keep ours */
    }
  }
}

}  // namespace

std::string resolve_symlinks(const std::string& path) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (::lstat(current.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return current;
    std::string target(static_cast<size_t>(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
    const ssize_t n = ::readlink(current.c_str(), &target[0], target.size());
    if (n < 0) return current;
    target.resize(static_cast<size_t>(n));
    current = !target.empty() && target[0] == '/' ? target : directory_of(current) + "/" + target;
  }
  return current;  // a loop of links: the write fails there with ELOOP, and says so
}

FileVersion file_version(const std::string& path) {
  FileVersion v;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return v;
  v.exists = true;
  v.device = static_cast<uint64_t>(st.st_dev);
  v.inode = static_cast<uint64_t>(st.st_ino);
  v.size = static_cast<uint64_t>(st.st_size);
  v.modified_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return v;
}

std::string write_file_synced(const std::string& path, const std::string& text, const std::string& like,
                              bool fail_halfway) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed("cannot create", path, errno);
  copy_mode_and_owner(fd, like);
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

std::string read_whole_file(const std::string& path, std::string& text) {
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
    std::string error = read_whole_file(path, text);
    if (error.empty()) error = write_file_synced(staging, text, path);
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
  const int fd = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename is done; a directory we cannot sync is not a failed save
  ::fsync(fd);
  ::close(fd);
}

std::string replace_file(const std::string& path, const std::string& text, const std::string& backup,
                         WriteFault fault) {
  const std::string target = resolve_symlinks(path);
  const std::string tmp = target + ".tmp";
  if (std::string error = write_file_synced(tmp, text, target, fault == WriteFault::WriteFails); !error.empty())
    return error;
  if (fault == WriteFault::BeforeRename) return "stopped before renaming " + tmp + " (test fault)";
  struct stat st;
  if (!backup.empty() && ::stat(target.c_str(), &st) == 0) {
    std::string error = fault == WriteFault::BackupFails ? "cannot keep the previous version as the backup: " +
                                                               failed("cannot replace", backup, EIO) + " (test fault)"
                                                         : keep_backup(target, backup);
    if (!error.empty()) {
      ::unlink(tmp.c_str());
      return error;
    }
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return failed("cannot replace", target, err);
  }
  sync_directory_of(target);
  return {};
}

std::string FileLock::acquire(const std::string& lock_path, const std::string& holder, int wait_ms) {
  release();
  const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return failed("cannot open the lock file", lock_path, errno);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  for (;;) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) break;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int err = errno;
      ::close(fd);
      return failed("cannot lock", lock_path, err);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      std::string who(256, '\0');
      const ssize_t n = ::pread(fd, &who[0], who.size(), 0);
      who.resize(n > 0 ? static_cast<size_t>(n) : 0);
      while (!who.empty() && (who.back() == '\n' || who.back() == '\0')) who.pop_back();
      ::close(fd);
      return "in use by " + (who.empty() ? std::string("another program") : who) + " (waited " +
             std::to_string(wait_ms / 1000.0).substr(0, 3) + " s; try again when it is done)";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // Who holds it, for the message a waiting writer gives.
  const std::string who = holder + " (pid " + std::to_string(::getpid()) + ")\n";
  if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, who.data(), who.size(), 0) < 0) { /* only a hint */
  }
  fd_ = fd;
  return {};
}

void FileLock::release() {
  if (fd_ < 0) return;
  ::flock(fd_, LOCK_UN);
  ::close(fd_);
  fd_ = -1;
}

}  // namespace accord
