// The change log beside a dataset: what each saved change was, when, and
// where it came from; bounded, and never in the way of a save.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

#include "change_log.h"
#include "fixtures.h"

using namespace accord;

namespace {

ChangeLogEntry entry(const std::string& label, std::vector<std::string> records,
                     const std::string& by = "edited by hand") {
  ChangeLogEntry e;
  e.time = "2026-03-01T10:00:00Z";
  e.label = label;
  e.records = std::move(records);
  e.by = by;
  return e;
}

}  // namespace

TEST_CASE("entries appended to the log read back in order, with their time, records and origin", "[change-log]") {
  TempDir dir;
  const std::string path = change_log_path_for(dir.file("mine.json"));
  CHECK(path == dir.file("mine.log.json"));
  CHECK(read_change_log(path).entries.empty());  // no file yet: an empty log
  ChangeLogEntry added = entry("Add event ev-talks", {"ev-talks", "src-x"}, "accord add");
  added.article = "https://example.org/report";
  REQUIRE(append_change_log(path, added).empty());
  REQUIRE(append_change_log(path, entry("Edit event ev-talks", {"ev-talks"})).empty());
  REQUIRE(append_change_log(path, entry("Edit person p-lan", {"p-lan"})).empty());

  const ChangeLogRead read = read_change_log(path);
  REQUIRE(read.ok());
  REQUIRE(read.entries.size() == 3);
  CHECK(read.entries[0].by == "accord add");
  CHECK(read.entries[0].article == "https://example.org/report");
  CHECK(read.entries[0].time == "2026-03-01T10:00:00Z");
  CHECK(read.entries[2].label == "Edit person p-lan");

  const auto talks = entries_for(read.entries, "ev-talks");
  REQUIRE(talks.size() == 2);
  CHECK(talks[1].label == "Edit event ev-talks");
  CHECK(entries_for(read.entries, "ev-none").empty());
  CHECK(entries_for(read.entries, "").size() == 3);
}

TEST_CASE("the log keeps only its newest entries", "[change-log]") {
  TempDir dir;
  const std::string path = dir.file("mine.log.json");
  for (int i = 0; i < 12; ++i)
    REQUIRE(append_change_log(path, entry("Change " + std::to_string(i), {"ev-1"}), 5).empty());
  const ChangeLogRead read = read_change_log(path);
  REQUIRE(read.entries.size() == 5);
  CHECK(read.entries.front().label == "Change 7");
  CHECK(read.entries.back().label == "Change 11");
}

TEST_CASE("a damaged log is set aside and a new one begun, so saving goes on", "[change-log]") {
  TempDir dir;
  const std::string path = dir.file("mine.log.json");
  {
    std::ofstream out(path);
    out << "{ this is not a log";
  }
  CHECK_FALSE(read_change_log(path).ok());
  CHECK(read_change_log(path).problem.find(path) == 0);
  REQUIRE(append_change_log(path, entry("Edit event ev-1", {"ev-1"})).empty());
  CHECK(read_change_log(path).entries.size() == 1);
  CHECK(read_text(path + ".corrupt") == "{ this is not a log");
}

TEST_CASE("a change touches its upserts, its deletions and the records they rewrote", "[change-log]") {
  Dataset d = small_fixture();
  EditHistory h;
  DatasetChange del;
  del.label = "Delete person p-nguyen";
  del.delete_people = {"p-nguyen"};
  REQUIRE(h.apply(d, del).empty());
  const std::vector<std::string> ids = touched_records(del, &h.undo_steps().back());
  REQUIRE_FALSE(ids.empty());
  CHECK(ids.front() == "p-nguyen");
  CHECK(ids.size() > 1);  // the events p-nguyen took part in lost a participant
  CHECK(utc_now_text().size() == 20);
  CHECK(utc_now_text().back() == 'Z');
}
