#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>

#include "dataset_load.h"
#include "dataset_snapshot.h"
#include "dataset_store.h"
#include "fixtures.h"

using namespace accord;

namespace {

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

bool exists(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

// A store holding the fixture, saved twice so a backup exists too.
std::string saved_store(const TempDir& dir) {
  DatasetStore store(dir.file("data.json"));
  Dataset d = small_fixture();
  REQUIRE(store.save(d).empty());
  d.title = "Second version";
  REQUIRE(store.save(d).empty());
  return read_text(store.path());
}

}  // namespace

TEST_CASE("a store starts Missing, then saves and loads, keeping the previous version", "[store]") {
  TempDir dir;
  DatasetStore store(dir.file("data.json"));
  CHECK(store.load().state == StoreState::Missing);
  CHECK_FALSE(store.load().backup_available);

  Dataset d = small_fixture();
  REQUIRE(store.save(d).empty());
  const std::string first = read_text(store.path());
  CHECK_FALSE(exists(store.backup_path()));  // nothing to back up on the first save

  d.title = "Edited";
  REQUIRE(store.save(d).empty());
  CHECK(read_text(store.backup_path()) == first);
  const StoreLoad loaded = store.load();
  REQUIRE(loaded.state == StoreState::Ok);
  CHECK(loaded.loaded.dataset.title == "Edited");
  CHECK_FALSE(exists(store.path() + ".tmp"));
}

TEST_CASE("every injected save fault leaves the stored file as it was", "[store]") {
  const SaveFault fault = GENERATE(SaveFault::WriteFails, SaveFault::BeforeRename, SaveFault::BackupFails);
  TempDir dir;
  const std::string before = saved_store(dir);
  const std::string backup_before = read_text(dir.file("data.json.bak"));
  DatasetStore store(dir.file("data.json"));
  REQUIRE(store.load().state == StoreState::Ok);
  Dataset d = small_fixture();
  d.title = "Third version";
  store.inject_fault_for_testing(fault);
  const std::string message = store.save(d);
  CHECK_THAT(message, Catch::Contains("not saved"));
  CHECK_THAT(message, Catch::Contains(dir.path));
  CHECK(read_text(store.path()) == before);
  CHECK(read_text(store.backup_path()) == backup_before);
  CHECK(store.load().state == StoreState::Ok);
  // The fault was for one save only.
  REQUIRE(store.save(d).empty());
  CHECK(store.load().loaded.dataset.title == "Third version");
  CHECK(read_text(store.backup_path()) == before);
}

TEST_CASE("a full disk (file size limit) fails the save without touching the stored file", "[store]") {
  TempDir dir;
  const std::string before = saved_store(dir);
  DatasetStore store(dir.file("data.json"));
  REQUIRE(store.load().state == StoreState::Ok);
  Dataset d = small_fixture();
  for (int i = 0; i < 50; ++i) d.events.push_back(d.events[0]), d.events.back().id = "ev-x" + std::to_string(i);

  struct rlimit old_limit;
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old_limit;
  small.rlim_cur = before.size() + 100;  // smaller than the new text
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  const std::string message = store.save(d);
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);

  CHECK_THAT(message, Catch::Contains("cannot write " + dir.file("data.json.tmp")));
  CHECK_THAT(message, Catch::Contains("too large"));  // strerror(EFBIG)
  CHECK(read_text(store.path()) == before);
  CHECK_FALSE(exists(store.path() + ".tmp"));
  CHECK(store.load().state == StoreState::Ok);
}

TEST_CASE("a place the temporary file cannot be written fails the save with where and why", "[store]") {
  TempDir dir;
  const std::string before = saved_store(dir);
  DatasetStore store(dir.file("data.json"));
  REQUIRE(store.load().state == StoreState::Ok);

  SECTION("a directory sits where the temporary file goes") {
    REQUIRE(::mkdir(dir.file("data.json.tmp").c_str(), 0755) == 0);
    const std::string message = store.save(small_fixture());
    CHECK(message == "not saved: cannot create " + dir.file("data.json.tmp") + ": Is a directory");
  }
  SECTION("a read-only directory (not meaningful as root, who may write anyway)") {
    if (::geteuid() == 0) return;
    REQUIRE(::chmod(dir.path.c_str(), 0555) == 0);
    const std::string message = store.save(small_fixture());
    CHECK(message == "not saved: cannot create " + dir.file("data.json.tmp") + ": Permission denied");
  }
  CHECK(read_text(store.path()) == before);
}

TEST_CASE("a non-empty directory where the backup goes fails the save", "[store]") {
  TempDir dir;
  DatasetStore store(dir.file("data.json"));
  REQUIRE(store.save(small_fixture()).empty());
  const std::string before = read_text(store.path());
  REQUIRE(::mkdir(store.backup_path().c_str(), 0755) == 0);
  write_text(store.backup_path() + "/keep.txt", "user's file");
  Dataset d = small_fixture();
  d.title = "Not saved";
  const std::string message = store.save(d);
  CHECK_THAT(message, Catch::StartsWith("not saved: cannot keep the previous version as the backup: cannot replace " +
                                        store.backup_path() + ": "));
  CHECK(read_text(store.path()) == before);
  CHECK(read_text(store.backup_path() + "/keep.txt") == "user's file");
  CHECK_FALSE(exists(store.path() + ".tmp"));
  CHECK_FALSE(exists(store.backup_path() + ".tmp"));
}

TEST_CASE("a damaged store set aside is kept, and saving works again", "[store]") {
  TempDir dir;
  const std::string good = saved_store(dir);
  DatasetStore store(dir.file("data.json"));
  std::string kept;
  CHECK_THAT(store.set_aside_damaged(&kept), Catch::Contains("loads; only a damaged file is"));
  CHECK(read_text(store.path()) == good);

  write_text(store.path(), "{\"schema_version\": 1, \"events\": [");
  REQUIRE(store.set_aside_damaged(&kept).empty());
  CHECK(kept == store.path() + ".corrupt");
  CHECK(read_text(kept) == "{\"schema_version\": 1, \"events\": [");
  CHECK_FALSE(store.has_stored());
  CHECK(store.save(small_fixture()).empty());
  CHECK(DatasetStore(store.path()).load().state == StoreState::Ok);

  write_text(store.path(), "not json");  // damaged again: the first damaged file is not replaced
  DatasetStore again(store.path());
  REQUIRE(again.set_aside_damaged(&kept).empty());
  CHECK(kept == store.path() + ".corrupt-2");
  CHECK(read_text(store.path() + ".corrupt") == "{\"schema_version\": 1, \"events\": [");
}

TEST_CASE("a corrupted store is reported with where, offers the backup, and is not saved over", "[store]") {
  TempDir dir;
  const std::string good = saved_store(dir);
  DatasetStore store(dir.file("data.json"));
  const std::string damaged = good.substr(0, good.size() / 2);
  write_text(store.path(), damaged);

  const StoreLoad loaded = store.load();
  REQUIRE(loaded.state == StoreState::Corrupted);
  REQUIRE_FALSE(loaded.loaded.problems.empty());
  CHECK(loaded.loaded.problems[0].line > 1);
  CHECK(loaded.loaded.problems[0].column > 0);
  CHECK_THAT(loaded.loaded.problems[0].to_string(), Catch::StartsWith(store.path()));
  CHECK(loaded.backup_available);

  const std::string refused = store.save(small_fixture());
  CHECK_THAT(refused, Catch::Contains("restore its backup or set it aside"));
  CHECK(read_text(store.path()) == damaged);

  const std::string backup = read_text(store.backup_path());
  REQUIRE(store.restore_backup().empty());
  CHECK(read_text(store.path()) == backup);
  CHECK(read_text(store.path() + ".corrupt") == damaged);
  CHECK(read_text(store.backup_path()) == backup);  // still there
  CHECK(store.load().state == StoreState::Ok);
  CHECK(store.save(small_fixture()).empty());
}

TEST_CASE("a store that parses but fails validation is Corrupted too, a bad backup is not offered", "[store]") {
  TempDir dir;
  DatasetStore store(dir.file("data.json"));
  write_text(store.path(), read_text(fixture_path("broken-refs.json")));
  write_text(store.backup_path(), "{ not json");
  const StoreLoad loaded = store.load();
  CHECK(loaded.state == StoreState::Corrupted);
  CHECK_THAT(loaded.loaded.problems.at(0).to_string(), Catch::Contains("is not a known"));
  CHECK_FALSE(loaded.backup_available);
  CHECK_THAT(store.restore_backup(), Catch::StartsWith("the backup does not load either: " + store.backup_path()));
  CHECK(read_text(store.path()) == read_text(fixture_path("broken-refs.json")));
  CHECK_FALSE(exists(store.path() + ".corrupt"));
}

TEST_CASE("dataset files larger than the limit are refused before reading", "[store]") {
  const std::string path = fixture_path("small.json");
  const LoadResult refused = load_dataset_file(path, 100);
  REQUIRE(refused.problems.size() == 1);
  CHECK(refused.problems[0].path == path);
  CHECK_THAT(refused.problems[0].message, Catch::Contains("more than the 100 bytes a dataset JSON file may have"));
  CHECK(load_dataset_file(path).ok());
  const LoadResult directory = load_dataset_file(ACCORD_TEST_FIXTURES);
  REQUIRE(directory.problems.size() == 1);
  CHECK(directory.problems[0].message == "is a directory, not a dataset file");
  CHECK(kMaxDatasetBytes == 256u * 1024 * 1024);
}

TEST_CASE("a snapshot may be larger than a JSON dataset file, up to its own limit", "[store]") {
  const std::string snapshot_head = snapshot_bytes(Dataset{}).substr(0, 16);
  const unsigned long long mb = 1024 * 1024;
  CHECK(dataset_size_problem(200 * mb, "{\"schema_version\"") == "");
  CHECK_THAT(dataset_size_problem(300 * mb, "{\"schema_version\""),
             Catch::Contains("is 300 MB, more than the 256 MB a dataset JSON file may have"));
  CHECK(dataset_size_problem(750 * mb, snapshot_head) == "");
  CHECK_THAT(dataset_size_problem(1100 * mb, snapshot_head),
             Catch::Contains("more than the 1024 MB a dataset snapshot may have"));
}

TEST_CASE("a dataset too large to be read back is not saved, and the stored file stays", "[store]") {
  TempDir dir;
  const std::string before = saved_store(dir);
  DatasetStore store(dir.file("data.json"), before.size() + 100);  // a limit just above the saved size
  Dataset d = small_fixture();
  d.title = std::string(200, 'x');  // now over it
  const std::string message = store.save(d);
  CHECK_THAT(message, Catch::Contains("not saved"));
  CHECK_THAT(message, Catch::Contains("as JSON, over the"));
  CHECK(read_text(store.path()) == before);
  CHECK_FALSE(exists(dir.file("data.json.tmp")));
  d.title = "short";  // back under the limit: saved
  CHECK(store.save(d).empty());
}

namespace {
// The app's way at start-up: the stored file read by DatasetLoad, then
// finish_load (dataset_load.h).
StoreLoad load_in_slices(const DatasetStore& store) {
  DatasetLoad load = DatasetLoad::from_file(store.path());
  while (!load.step()) {
  }
  LoadResult read;
  load.take(read.dataset, read.problems);
  return store.finish_load(std::move(read));
}
}  // namespace

TEST_CASE("a store read in slices and finished gives what load() gives", "[store][load]") {
  TempDir dir;
  const std::string good = saved_store(dir);
  {
    DatasetStore store(dir.file("data.json"));
    REQUIRE(store.has_stored());
    const StoreLoad sliced = load_in_slices(store), whole = store.load();
    CHECK(sliced.state == StoreState::Ok);
    CHECK(sliced.loaded.dataset.events.size() == whole.loaded.dataset.events.size());
    CHECK(sliced.loaded.dataset.title == "Second version");
    CHECK_FALSE(sliced.backup_available);
  }
  {
    // Damaged: the same problem (line and column, the file named), the
    // backup offered, and no save over it.
    DatasetStore store(dir.file("data.json"));
    const std::string damaged = good.substr(0, good.size() / 2);
    write_text(store.path(), damaged);
    const StoreLoad sliced = load_in_slices(store);
    REQUIRE(sliced.state == StoreState::Corrupted);
    REQUIRE_FALSE(sliced.loaded.problems.empty());
    CHECK(sliced.loaded.problems[0].to_string() == DatasetStore(store.path()).load().loaded.problems[0].to_string());
    CHECK_THAT(sliced.loaded.problems[0].to_string(), Catch::StartsWith(store.path()));
    CHECK(sliced.backup_available);
    CHECK_THAT(store.save(small_fixture()), Catch::Contains("restore its backup or set it aside"));
    CHECK(read_text(store.path()) == damaged);
  }
  {
    // Parses but fails validation: Corrupted, as load() says.
    DatasetStore store(dir.file("data.json"));
    write_text(store.path(), read_text(fixture_path("broken-refs.json")));
    const StoreLoad sliced = load_in_slices(store);
    CHECK(sliced.state == StoreState::Corrupted);
    CHECK_THAT(sliced.loaded.problems.at(0).to_string(), Catch::Contains("is not a known"));
  }
  DatasetStore none(dir.file("nothing.json"));
  CHECK_FALSE(none.has_stored());
}
