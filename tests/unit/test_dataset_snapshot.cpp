#include <catch2/catch.hpp>
#include <cstdio>

#include "dataset_json.h"
#include "dataset_snapshot.h"
#include "fixtures.h"
#include "synth.h"

using namespace accord;

namespace {

// Puts a fresh checksum on edited bytes, so the reader's field checks (not
// the checksum) have to catch the edit.
std::string reseal(std::string bytes) {
  const uint64_t sum = snapshot_checksum(bytes.data() + kSnapshotHeaderSize, bytes.size() - kSnapshotHeaderSize);
  for (int k = 0; k < 8; ++k) bytes[24 + k] = static_cast<char>((sum >> (8 * k)) & 0xFF);
  return bytes;
}

void put_u32(std::string& bytes, size_t at, uint32_t v) {
  for (int k = 0; k < 4; ++k) bytes[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}

// One event and nothing else, so the tests know where its fields lie.
Dataset one_event() {
  Dataset d;
  d.title = "T";
  d.home_country = "VNM";
  Event e;
  e.id = "ev-1";
  e.title = "Talks";
  e.type = EventType::Talks;
  e.date = *Date::parse("2024-05-20");
  d.events.push_back(e);
  return d;
}
// Byte offsets in snapshot_bytes(one_event()): header, title, home country,
// six empty tables, the event count, then the event's id and title.
constexpr size_t kEventStart = kSnapshotHeaderSize + (4 + 1) + (4 + 3) + 6 * 4 + 4;
constexpr size_t kTitleLength = kEventStart + 4 + 4;
constexpr size_t kTypeByte = kTitleLength + 4 + 5;

std::string first_problem(const LoadResult& r) { return r.problems.empty() ? "" : r.problems[0].to_string(); }

}  // namespace

TEST_CASE("a snapshot gives the same dataset back", "[snapshot]") {
  const LoadResult shipped = load_dataset_file(ACCORD_DEFAULT_DATASET);
  REQUIRE(shipped.ok());
  for (const Dataset* d : {&shipped.dataset}) {
    const LoadResult back = read_snapshot(snapshot_bytes(*d), "shipped.snap");
    INFO(first_problem(back));
    REQUIRE(back.ok());
    CHECK(dataset_to_json(back.dataset) == dataset_to_json(*d));
  }
  const Dataset synth = synthesize(3000, 5);
  const LoadResult back = read_snapshot(snapshot_bytes(synth), "synth.snap");
  REQUIRE(back.ok());
  CHECK(back.dataset.events.size() == 3000);
  CHECK(dataset_to_json(back.dataset) == dataset_to_json(synth));
}

TEST_CASE("a snapshot is read in slices with rising progress", "[snapshot]") {
  SnapshotReader reader(snapshot_bytes(synthesize(7000, 3)), "synth.snap");
  double last = -1;
  int steps = 0;
  bool saw_events_phase = false;
  while (!reader.step()) {
    ++steps;
    CHECK(reader.progress() >= last);
    CHECK(reader.progress() < 1.0);
    last = reader.progress();
    saw_events_phase = saw_events_phase || std::string(reader.phase()) == "reading events";
  }
  CHECK(steps >= 4);  // header, checksum, tables, then events 2000 at a time
  CHECK(saw_events_phase);
  CHECK(reader.progress() == 1.0);
  const LoadResult r = reader.take();
  CHECK(r.ok());
  CHECK(r.dataset.events.size() == 7000);
}

TEST_CASE("a file opens as a snapshot or as JSON by its first bytes", "[snapshot]") {
  const std::string path = "test-dataset-snapshot.snap";
  REQUIRE(save_snapshot_file(synthesize(50, 9), path).empty());
  const LoadResult r = load_dataset_file(path);
  std::remove(path.c_str());
  CHECK(r.ok());
  CHECK(r.dataset.events.size() == 50);
  CHECK(looks_like_snapshot(snapshot_bytes(Dataset{})));
  CHECK(!looks_like_snapshot("{\"schema_version\": 1}"));
}

TEST_CASE("every truncation of a snapshot is refused with a clear message", "[snapshot][errors]") {
  const std::string whole = snapshot_bytes(synthesize(3, 2));
  for (size_t n = 0; n < whole.size(); ++n) {
    const LoadResult r = read_snapshot(whole.substr(0, n), "cut.snap");
    INFO("cut at " << n);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "cut.snap");
    CHECK(r.dataset.events.empty());
    const std::string& m = r.problems[0].message;
    if (n < 8)
      CHECK(m.find("not an Accord Atlas snapshot") != std::string::npos);
    else
      CHECK(m.find("truncated") != std::string::npos);
  }
}

TEST_CASE("a corrupt snapshot is refused, not trusted", "[snapshot][errors]") {
  const std::string good = snapshot_bytes(one_event());
  REQUIRE(read_snapshot(good, "x.snap").ok());

  SECTION("a flipped byte fails the checksum") {
    std::string bad = good;
    bad[kTypeByte] ^= 0x04;
    CHECK(first_problem(read_snapshot(bad, "x.snap")) ==
          "x.snap: corrupt snapshot: its checksum does not match its contents");
  }
  SECTION("another format version says so") {
    std::string bad = good;
    bad[8] = 9;
    CHECK(first_problem(read_snapshot(bad, "x.snap")).find("format version 9 is not supported") != std::string::npos);
  }
  SECTION("an enum out of range names the field") {
    std::string bad = good;
    bad[kTypeByte] = static_cast<char>(200);
    CHECK(first_problem(read_snapshot(reseal(bad), "x.snap")) ==
          "x.snap: events[0].type: value 200 is out of range (0-7) (at byte " + std::to_string(kTypeByte + 1) + ")");
  }
  SECTION("a string longer than the file names the field") {
    std::string bad = good;
    put_u32(bad, kTitleLength, 0x7FFFFFFF);
    const std::string m = first_problem(read_snapshot(reseal(bad), "x.snap"));
    CHECK(m.find("events[0].title: needs 2147483647 bytes but the file ends after") != std::string::npos);
  }
  SECTION("text that is not UTF-8 names the field and the byte, however well sealed") {
    std::string bad = good;
    bad[kTitleLength + 4 + 3] = static_cast<char>(0xE9);  // "Talks" becomes "Tal\xE9s"
    CHECK(first_problem(read_snapshot(reseal(bad), "x.snap")) ==
          "x.snap: events[0].title: is not UTF-8 text (at byte " + std::to_string(kTitleLength + 4 + 3) + ")");
  }
  SECTION("a count larger than the file is refused before allocating") {
    std::string bad = good;
    put_u32(bad, kEventStart - 4, 0xFFFFFFFF);
    CHECK(first_problem(read_snapshot(reseal(bad), "x.snap")).find("events: count 4294967295 is larger") !=
          std::string::npos);
  }
  SECTION("an impossible date is refused") {
    std::string bad = good;
    bad[kTypeByte + 1 + 4 + 1] = 31;  // the day of 2024-05-20 becomes 2024-05-31 (fine)...
    CHECK(read_snapshot(reseal(bad), "x.snap").ok());
    bad[kTypeByte + 1 + 4] = 2;  // ...and then 2024-02-31 (not a day)
    CHECK(first_problem(read_snapshot(reseal(bad), "x.snap")).find("events[0].date: is not a valid date") !=
          std::string::npos);
  }
  SECTION("bytes after the last event are refused") {
    CHECK(first_problem(read_snapshot(reseal(good + "xx"), "x.snap")).find("truncated or padded") != std::string::npos);
    std::string padded = good + "xx";
    put_u32(padded, 16, static_cast<uint32_t>(padded.size() - kSnapshotHeaderSize));
    CHECK(first_problem(read_snapshot(reseal(padded), "x.snap")) ==
          "x.snap: 2 unexpected bytes after the last event (at byte " + std::to_string(good.size()) + ")");
  }
}

TEST_CASE("a problem in a nested record names the record and the field", "[snapshot]") {
  const std::string good = snapshot_bytes(one_event());
  // After the type: the date (12 bytes), the end date's flag, the city and country (empty).
  const size_t virtual_flag = kTypeByte + 1 + 12 + 1 + 4 + 4;
  std::string bad = good;
  REQUIRE(bad[virtual_flag] == 0);
  bad[virtual_flag] = 2;
  CHECK(first_problem(read_snapshot(reseal(bad), "x.snap")) ==
        "x.snap: events[0].location.virtual: flag is 2, expected 0 or 1 (at byte " + std::to_string(virtual_flag + 1) +
            ")");
}
