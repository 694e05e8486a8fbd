// A snapshot that carries its built index (format 4): adopting it answers
// exactly as a fresh build, follows edits the same, and a bad index block is
// refused by name and byte, then rebuilt; version 3 files still load.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

#include "analytics.h"
#include "dataset_json.h"
#include "dataset_load.h"
#include "dataset_snapshot.h"
#include "edit_history.h"
#include "event_index.h"
#include "event_tallies.h"
#include "index_snapshot.h"
#include "synth.h"

using namespace accord;

namespace {

std::string snapshot_with_index(const Dataset& d) { return snapshot_bytes(d, index_snapshot_block(EventIndex(d))); }

struct Loaded {
  Dataset d;
  std::vector<Problem> problems;
  std::unique_ptr<EventIndex> index;
  std::vector<std::string> phases;  // in order, each once
};

// Opens the bytes as the app does, in slices: from memory, or from a file
// (a format 4 file's dataset part is then read first, its index part after).
std::unique_ptr<Loaded> load(std::string bytes, bool from_file = false) {
  const std::string path = "test-index-snapshot.snap";
  if (from_file) {
    std::ofstream(path, std::ios::binary) << bytes;
    bytes.clear();
  }
  DatasetLoad load = from_file ? DatasetLoad::from_file(path) : DatasetLoad::from_bytes(std::move(bytes), "x.snap");
  auto out = std::make_unique<Loaded>();
  while (true) {
    const std::string phase = load.phase();
    if (out->phases.empty() || out->phases.back() != phase) out->phases.push_back(phase);
    if (load.step()) break;
  }
  out->index = load.take(out->d, out->problems);
  if (from_file) std::remove(path.c_str());
  return out;
}

bool went_through(const Loaded& l, const std::string& phase) {
  return std::find(l.phases.begin(), l.phases.end(), phase) != l.phases.end();
}

// Random filters of every kind: partners, topics, types, dates and text.
EventFilter random_filter(std::mt19937& rng, const EventIndex& ix) {
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  static const std::vector<std::string> kNeedles = {
      "hanoi",  "ha noi", "Hà Nội",      "drug",         "to lam", "nguyen van",         "cooperation against",
      "e ",     ".",      "2019",        "phòng, chống", "zzzz",   "ministry of public", "lam\nnguyen",
      "police", "ần",     "joint cases."};
  EventFilter f;
  if (below(2)) f.partners.push_back(ix.partner_ids()[below(ix.partner_ids().size())]);
  if (below(2)) f.topics.push_back(ix.topics()[below(ix.topics().size())]);
  if (below(3) == 0) f.types.push_back(all_event_types()[below(all_event_types().size())]);
  if (below(2)) f.from = *Date::parse(std::to_string(1995 + below(30)));
  if (below(2)) f.to = *Date::parse(std::to_string(2000 + below(28)) + "-0" + std::to_string(1 + below(9)));
  if (below(3) != 0) f.text = kNeedles[below(kNeedles.size())];
  return f;
}

void check_same(const EventIndex& got, const EventIndex& want, std::mt19937& rng, int filters) {
  CHECK(got.partner_ids() == want.partner_ids());
  CHECK(got.topics() == want.topics());
  CHECK(got.size() == want.size());
  const FacetCounts a = got.totals(), b = want.totals();
  CHECK(a.partners == b.partners);
  CHECK(a.topics == b.topics);
  CHECK(a.types == b.types);
  CHECK(a.years == b.years);
  CHECK(got.overview().inferred_dates == want.overview().inferred_dates);
  const auto id = [](const Event* e) { return e ? e->id : std::string("(none)"); };
  CHECK(id(got.overview().first) == id(want.overview().first));
  CHECK(id(got.overview().last) == id(want.overview().last));
  for (int k = 0; k < filters; ++k) {
    const EventFilter f = random_filter(rng, want);
    INFO("filter " << k << ": text \"" << f.text << "\"");
    const QueryResult x = got.query(f), y = want.query(f);
    CHECK(x.events == y.events);
    CHECK(x.partner_counts == y.partner_counts);
    CHECK(x.topic_counts == y.topic_counts);
    CHECK(x.type_counts == y.type_counts);
  }
}

// Re-seals the header's size and checksum after an edit of the payload.
std::string reseal(std::string bytes) {
  const uint64_t size = bytes.size() - kSnapshotHeaderSize;
  for (int k = 0; k < 8; ++k) bytes[16 + k] = static_cast<char>((size >> (8 * k)) & 0xFF);
  const uint64_t sum = snapshot_checksum(bytes.data() + kSnapshotHeaderSize, bytes.size() - kSnapshotHeaderSize);
  for (int k = 0; k < 8; ++k) bytes[24 + k] = static_cast<char>((sum >> (8 * k)) & 0xFF);
  return bytes;
}

void put_u32(std::string& bytes, size_t at, uint32_t v) {
  for (int k = 0; k < 4; ++k) bytes[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}
uint32_t get_u32(const std::string& bytes, size_t at) {
  uint32_t v;
  std::memcpy(&v, bytes.data() + at, 4);
  return v;
}
// Where a format 4 file's index block starts: its last 8 bytes say.
size_t index_start(const std::string& bytes) {
  uint64_t v;
  std::memcpy(&v, bytes.data() + bytes.size() - 8, 8);
  return static_cast<size_t>(v);
}

}  // namespace

TEST_CASE("a snapshot with its index is adopted, and answers as a fresh build", "[index_snapshot][synth]") {
  const Dataset d = synthesize(20000, 3);
  const std::string bytes = snapshot_with_index(d);
  CHECK(get_u32(bytes, 8) == kSnapshotVersion);
  const std::unique_ptr<Loaded> l = load(bytes);
  REQUIRE(l->problems.empty());
  REQUIRE(l->d.events.size() == d.events.size());
  CHECK(went_through(*l, "reading index"));
  CHECK(went_through(*l, "checking index"));
  CHECK_FALSE(went_through(*l, "indexing text"));  // nothing rebuilt
  const EventIndex fresh(l->d);
  std::mt19937 rng(99);
  check_same(*l->index, fresh, rng, 300);
  // The views' tallies are taken from the dataset: the same on either.
  const EventTallies t1 = event_tallies(l->d), t2 = event_tallies(d);
  CHECK(partner_topic_matrix(t1).counts == partner_topic_matrix(t2).counts);
  CHECK(t1.topic_events == t2.topic_events);
}

TEST_CASE("the shipped dataset, an empty one and a tiny one keep their index", "[index_snapshot]") {
  const LoadResult shipped = load_dataset_file(ACCORD_DEFAULT_DATASET);
  REQUIRE(shipped.ok());
  const Dataset datasets[] = {shipped.dataset, Dataset{}, synthesize(1, 1), synthesize(64, 2), synthesize(65, 2)};
  for (const Dataset& d : datasets) {
    INFO(d.events.size() << " events");
    const std::unique_ptr<Loaded> l = load(snapshot_with_index(d));
    REQUIRE(l->problems.empty());
    CHECK_FALSE(went_through(*l, "indexing text"));
    std::mt19937 rng(static_cast<unsigned>(d.events.size()));
    if (!d.events.empty()) check_same(*l->index, EventIndex(l->d), rng, 40);
    CHECK(l->index->size() == d.events.size());
  }
}

TEST_CASE("from a file, the index part is read after the dataset's bytes are freed", "[index_snapshot]") {
  const Dataset d = synthesize(5000, 4);
  const std::string good = snapshot_with_index(d);
  const std::unique_ptr<Loaded> l = load(good, true);
  REQUIRE(l->problems.empty());
  CHECK(went_through(*l, "reading file (index)"));
  CHECK_FALSE(went_through(*l, "indexing text"));
  std::mt19937 rng(3);
  check_same(*l->index, EventIndex(l->d), rng, 60);
  // A flipped byte in the index part: the checksum, finished after reading it, refuses the whole file.
  std::string flipped = good;
  flipped[index_start(good) + 100] ^= 0x04;
  const std::unique_ptr<Loaded> bad = load(flipped, true);
  REQUIRE(bad->problems.size() == 1);
  CHECK(bad->problems[0].message == "corrupt snapshot: its checksum does not match its contents");
  CHECK(bad->d.events.empty());
  // A sealed wrong ordinal: named with its byte in the file, then rebuilt.
  std::string wrong = good;
  const size_t order = index_start(good) + 4 + 4 + 8 + 8;
  put_u32(wrong, order, 900000);
  const std::unique_ptr<Loaded> rebuilt = load(reseal(wrong), true);
  REQUIRE(rebuilt->problems.size() == 1);
  CHECK(rebuilt->problems[0].message == "stored index, order: order[0]: names event 900000 of 5000 (at byte " +
                                            std::to_string(order) + "); the index was rebuilt");
  CHECK(rebuilt->d.events.size() == 5000);
  // A trailer that does not point at the index: the file is read whole, and refused.
  std::string moved = good;
  for (int k = 0; k < 8; ++k) moved[moved.size() - 8 + k] = k == 0 ? 8 : 0;
  const std::unique_ptr<Loaded> lost = load(reseal(moved), true);
  REQUIRE(lost->problems.size() == 1);
  CHECK(lost->problems[0].message.find("the index's place is not given after it") != std::string::npos);
}

TEST_CASE("an adopted index follows edits as a fresh build does", "[index_snapshot][edits]") {
  const std::unique_ptr<Loaded> l = load(snapshot_with_index(synthesize(3000, 5)));
  REQUIRE(l->problems.empty());
  Dataset& adopted_data = l->d;
  EventIndex& adopted = *l->index;
  Dataset built_data = adopted_data;
  EventIndex built(built_data);
  EditHistory h1, h2;
  std::mt19937 rng(4242);
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int step = 0; step < 30; ++step) {
    DatasetChange change;
    const size_t kind = below(3);
    if (kind == 0) {
      Event e = adopted_data.events[below(adopted_data.events.size())];
      e.title = "Zanzibar accord review " + std::to_string(step);
      e.date = *Date::parse(std::to_string(1995 + below(30)));
      change.upsert_events.push_back(e);
    } else if (kind == 1) {
      change.delete_events.push_back(adopted_data.events[below(adopted_data.events.size())].id);
    } else {
      Person p = adopted_data.people[below(adopted_data.people.size())];
      p.name = "Zorro Tester " + std::to_string(step);
      change.upsert_people.push_back(p);
    }
    change.label = "step " + std::to_string(step);
    REQUIRE(h1.apply(adopted_data, change).empty());
    REQUIRE(h2.apply(built_data, change).empty());
    INFO("step " << step);
    REQUIRE(adopted.update(h1.last_effects()));
    REQUIRE(built.update(h2.last_effects()));
    std::mt19937 filters(static_cast<unsigned>(step));
    check_same(adopted, built, filters, 10);
  }
  CHECK(adopted.pending() > 0);
  CHECK_THROWS_AS(index_snapshot_block(adopted), std::logic_error);  // only a fresh build is stored
}

TEST_CASE("a version 3 snapshot still loads, its index rebuilt", "[index_snapshot]") {
  const Dataset d = synthesize(2000, 2);
  const std::string v3 = snapshot_bytes(d);
  CHECK(get_u32(v3, 8) == kSnapshotVersionNoIndex);
  const std::unique_ptr<Loaded> l = load(v3);
  REQUIRE(l->problems.empty());
  CHECK(went_through(*l, "indexing text"));
  CHECK_FALSE(went_through(*l, "reading index"));
  const EventIndex fresh(d);
  std::mt19937 rng(5);
  check_same(*l->index, fresh, rng, 40);
  // Bytes after the events are an error in version 3, as before.
  const LoadResult r = read_snapshot(reseal(v3 + "xyz"), "x.snap");
  REQUIRE_FALSE(r.ok());
  CHECK(r.problems[0].message.find("unexpected bytes after the last event") != std::string::npos);
}

TEST_CASE("a damaged index block is refused by the checksum", "[index_snapshot]") {
  const Dataset d = synthesize(500, 4);
  const std::string good = snapshot_with_index(d);
  const size_t block = index_start(good);
  std::string flipped = good;
  flipped[block + 40] ^= 0x10;
  const std::unique_ptr<Loaded> a = load(flipped);
  REQUIRE(a->problems.size() == 1);
  CHECK(a->problems[0].message == "corrupt snapshot: its checksum does not match its contents");
  CHECK(a->d.events.empty());
  const std::unique_ptr<Loaded> b = load(good.substr(0, good.size() - 7));
  REQUIRE(b->problems.size() == 1);
  CHECK(b->problems[0].message.find("truncated or padded snapshot") != std::string::npos);
}

TEST_CASE("an index block that is sealed but wrong is named, then rebuilt", "[index_snapshot]") {
  const Dataset d = synthesize(700, 6);
  const std::string good = snapshot_with_index(d);
  const size_t block = index_start(good);
  // Block: u32 sections, then the order section: u32 tag, u64 length, u64 count, the ordinals.
  const size_t order = block + 4 + 4 + 8 + 8;
  REQUIRE(get_u32(good, block + 4) == 1);
  const EventIndex fresh(d);
  const auto refused = [&](std::string bytes, const std::string& says) {
    const std::unique_ptr<Loaded> l = load(reseal(std::move(bytes)));
    REQUIRE(l->problems.size() == 1);
    INFO(l->problems[0].to_string());
    CHECK(l->problems[0].message.find(says) != std::string::npos);
    CHECK(l->problems[0].message.find("; the index was rebuilt") != std::string::npos);
    CHECK(went_through(*l, "indexing text"));
    REQUIRE(l->d.events.size() == d.events.size());  // the dataset itself is good
    std::mt19937 rng(1);
    check_same(*l->index, fresh, rng, 20);
  };
  SECTION("an ordinal past the events") {
    std::string bad = good;
    put_u32(bad, order + 4 * 3, 70000);
    refused(bad,
            "stored index, order: order[3]: names event 70000 of 700 (at byte " + std::to_string(order + 12) + ")");
  }
  SECTION("an event twice") {
    std::string bad = good;
    put_u32(bad, order + 4 * 3, get_u32(good, order));
    refused(bad, "order[3]: names event " + std::to_string(get_u32(good, order)) + " twice");
  }
  SECTION("two events out of date order") {
    std::string bad = good;
    put_u32(bad, order, get_u32(good, order + 4 * 699));
    put_u32(bad, order + 4 * 699, get_u32(good, order));
    refused(bad, "stored index, ");  // by date, or the first event's facets, whichever is checked first
  }
  SECTION("a facet bit moved to another event") {
    // The facets section follows the order: its partner bitsets come after the two lists.
    std::string bad = good;
    const size_t facets = order + 4 * 700 + 4 + 8;
    size_t at = facets;
    for (int list = 0; list < 2; ++list) {
      const uint32_t n = get_u32(good, at);
      at += 4;
      for (uint32_t i = 0; i < n; ++i) at += 4 + get_u32(good, at);
    }
    at += 8;  // the partner words' count
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    refused(bad, "stored index, facets: ");
  }
  SECTION("a block for another dataset") {
    const Dataset other = synthesize(650, 6);
    refused(snapshot_bytes(d, index_snapshot_block(EventIndex(other))), "order: holds 650 events, the dataset has 700");
  }
  SECTION("a text index of other words, with the same dates and facets") {
    Dataset retitled = d;
    for (Event& e : retitled.events) e.title = "Zanzibar " + e.title;
    refused(snapshot_bytes(d, index_snapshot_block(EventIndex(retitled))), "stored index, text: piece_bytes[");
  }
  SECTION("a text id out of range") {
    // The last array of the text section is token_places, after token_pieces: make a posting name no piece.
    std::string bad = good;
    const size_t end = good.size() - 8;  // the trailer follows the block
    // token_places: u64 count + count bytes at the block's end; token_pieces: u64 count + 4 bytes each before it.
    uint64_t n_places = 0;
    for (size_t pos = block; pos + 8 <= end; ++pos) {
      uint64_t v;
      std::memcpy(&v, good.data() + pos, 8);
      if (v > 0 && pos + 8 + v == end && pos >= 8 + 4 * v) {
        uint64_t pieces_count;
        std::memcpy(&pieces_count, good.data() + pos - 4 * v - 8, 8);
        if (pieces_count == v) {
          n_places = v;
          put_u32(bad, pos - 4 * v, 0x7fffffff);  // the first posting
          break;
        }
      }
    }
    REQUIRE(n_places > 0);
    refused(bad, "stored index, text: token_pieces[0]: names piece 2147483647 of");
  }
  SECTION("an unknown version is still refused") {
    std::string bad = good;
    put_u32(bad, 8, 5);
    const LoadResult r = read_snapshot(bad, "x.snap");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.find("reads 3 and 4") != std::string::npos);
  }
}

TEST_CASE("a snapshot with its index may be larger than one without", "[index_snapshot]") {
  const Dataset d = synthesize(50, 1);
  const std::string v4 = snapshot_with_index(d).substr(0, 16), v3 = snapshot_bytes(d).substr(0, 16);
  const unsigned long long size = 1536ull << 20;  // a million events with their index: ~1.1 GB
  CHECK(dataset_size_problem(size, v4).empty());
  CHECK(dataset_size_problem(size, v3).find("more than the 1024 MB a dataset snapshot may have") != std::string::npos);
  CHECK_FALSE(dataset_size_problem(3000ull << 20, v4).empty());
}
