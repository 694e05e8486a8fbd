// The user's file is kept safe: writers take turns, a save never undoes
// another program's change, and saves keep symlinks, modes and owners.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "dataset_store.h"
#include "edit_history.h"
#include "file_safety.h"
#include "fixtures.h"

using namespace accord;

namespace {

mode_t mode_of(const std::string& path) {
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

bool is_symlink(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

}  // namespace

TEST_CASE("concurrent writers take turns and every change that reported success is kept", "[safety]") {
  TempDir dir;
  const std::string path = dir.file("shared.json");
  REQUIRE(DatasetStore(path).save(small_fixture()).empty());
  const size_t start = small_fixture().events.size();

  constexpr int kWriters = 6, kEach = 5;
  std::atomic<int> succeeded{0}, refused{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      for (int k = 0; k < kEach; ++k) {
        DatasetStore store(path);  // its own descriptor: flock makes separate ones take turns
        if (!store.lock("writer " + std::to_string(w), 10000).empty()) {
          ++refused;
          continue;
        }
        StoreLoad loaded = store.load();
        if (loaded.state != StoreState::Ok) {
          ++refused;
          continue;
        }
        EditHistory h;
        DatasetChange add;
        add.upsert_events.push_back(test_event("ev-w" + std::to_string(w) + "-" + std::to_string(k)));
        if (!h.apply(loaded.loaded.dataset, add).empty() || !store.save(loaded.loaded.dataset).empty()) {
          ++refused;
          continue;
        }
        ++succeeded;
      }
    });
  }
  for (std::thread& t : writers) t.join();
  const StoreLoad after = DatasetStore(path).load();
  REQUIRE(after.state == StoreState::Ok);
  CHECK(succeeded == kWriters * kEach);  // with a 10 s wait nobody gives up
  CHECK(after.loaded.dataset.events.size() == start + static_cast<size_t>(succeeded.load()));
}

TEST_CASE("a second writer waits, then is told who holds the file", "[safety]") {
  TempDir dir;
  const std::string path = dir.file("busy.json");
  DatasetStore first(path);
  REQUIRE(first.lock("accord import").empty());
  DatasetStore second(path);
  const std::string message = second.lock("accord add", 100);
  CHECK_THAT(message, Catch::Contains("busy.json is in use by accord import (pid " + std::to_string(::getpid()) + ")"));
  first.release_lock();
  CHECK(second.lock("accord add", 100).empty());
}

TEST_CASE("a save never undoes a change another program made since the read", "[safety]") {
  TempDir dir;
  const std::string path = dir.file("data.json");
  REQUIRE(DatasetStore(path).save(small_fixture()).empty());

  DatasetStore app(path);  // reads, then the user edits for a while
  REQUIRE(app.load().state == StoreState::Ok);
  CHECK_FALSE(app.changed_on_disk());

  DatasetStore cli(path);  // meanwhile another program adds an event
  StoreLoad theirs = cli.load();
  theirs.loaded.dataset.events.push_back(test_event("ev-theirs"));
  REQUIRE(cli.save(theirs.loaded.dataset).empty());
  const std::string after_theirs = read_text(path);

  CHECK(app.changed_on_disk());
  Dataset ours = small_fixture();
  ours.events.push_back(test_event("ev-ours"));
  const std::string message = app.save(ours);
  CHECK_THAT(message, Catch::Contains("was changed by another program since it was read"));
  CHECK(read_text(path) == after_theirs);

  // After reading again, the app's save goes through.
  StoreLoad reread = app.load();
  reread.loaded.dataset.events.push_back(test_event("ev-ours"));
  CHECK(app.save(reread.loaded.dataset).empty());
  const StoreLoad both = DatasetStore(path).load();
  CHECK(both.loaded.dataset.find_event("ev-theirs"));
  CHECK(both.loaded.dataset.find_event("ev-ours"));
}

TEST_CASE("saving through a symlink updates its target and keeps the link", "[safety]") {
  TempDir dir;
  REQUIRE(::mkdir(dir.file("real").c_str(), 0755) == 0);
  const std::string real = dir.file("real/data.json");
  const std::string link = dir.file("data.json");
  REQUIRE(DatasetStore(real).save(small_fixture()).empty());
  REQUIRE(::symlink("real/data.json", link.c_str()) == 0);  // relative, as people make them
  const std::string before = read_text(real);

  DatasetStore store(link);
  CHECK(store.target() == dir.file("real/data.json"));
  StoreLoad loaded = store.load();
  REQUIRE(loaded.state == StoreState::Ok);
  loaded.loaded.dataset.events.push_back(test_event("ev-through-link"));
  REQUIRE(store.save(loaded.loaded.dataset).empty());

  CHECK(is_symlink(link));
  CHECK(DatasetStore(real).load().loaded.dataset.find_event("ev-through-link"));
  CHECK_FALSE(is_symlink(store.backup_path()));
  CHECK(store.backup_path() == real + ".bak");
  CHECK(read_text(real + ".bak") == before);
}

TEST_CASE("a save keeps the file's mode, and the backup has it too", "[safety]") {
  TempDir dir;
  const std::string path = dir.file("private.json");
  REQUIRE(DatasetStore(path).save(small_fixture()).empty());
  REQUIRE(::chmod(path.c_str(), 0600) == 0);

  DatasetStore store(path);
  StoreLoad loaded = store.load();
  loaded.loaded.dataset.events.push_back(test_event("ev-private"));
  REQUIRE(store.save(loaded.loaded.dataset).empty());
  CHECK(mode_of(path) == 0600);
  CHECK(mode_of(store.backup_path()) == 0600);

  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  DatasetStore again(path);
  StoreLoad second = again.load();
  second.loaded.dataset.events.push_back(test_event("ev-private-2"));
  REQUIRE(again.save(second.loaded.dataset).empty());
  CHECK(mode_of(path) == 0640);
}

TEST_CASE("a save keeps the file's owner when it may give it (root)", "[safety]") {
  if (::geteuid() != 0) return;  // only root can give a file away; CI runs as root
  TempDir dir;
  const std::string path = dir.file("theirs.json");
  REQUIRE(DatasetStore(path).save(small_fixture()).empty());
  REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);  // nobody:nogroup
  DatasetStore store(path);
  StoreLoad loaded = store.load();
  loaded.loaded.dataset.events.push_back(test_event("ev-owned"));
  REQUIRE(store.save(loaded.loaded.dataset).empty());
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK(st.st_uid == 65534u);
  CHECK(st.st_gid == 65534u);
}

TEST_CASE("replace_file writes atomically through links, with a backup when asked", "[safety]") {
  TempDir dir;
  const std::string real = dir.file("out.csv");
  const std::string link = dir.file("link.csv");
  write_file_synced(real, "old\n");
  REQUIRE(::chmod(real.c_str(), 0600) == 0);
  REQUIRE(::symlink("out.csv", link.c_str()) == 0);
  CHECK(replace_file(link, "new\n", real + ".bak").empty());
  CHECK(is_symlink(link));
  CHECK(read_text(real) == "new\n");
  CHECK(read_text(real + ".bak") == "old\n");
  CHECK(mode_of(real) == 0600);
  CHECK(replace_file(dir.file("no-such-dir/x.csv"), "x").find("cannot create") == 0);
}
