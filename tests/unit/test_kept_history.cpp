// The undo history kept beside a dataset: round trips through JSON, the
// bounds, and the stamp that keeps a history off data it was not made on.
#include <catch2/catch.hpp>

#include <fstream>

#include "dataset_json.h"
#include "dataset_store.h"
#include "edit_history_json.h"
#include "fixtures.h"
#include "kept_history.h"
#include "validate.h"

using namespace accord;

namespace {

// Three steps of the kinds an editor makes: a new event with a new
// country, a renamed event, and a deletion whose references go with it.
void make_edits(Dataset& d, EditHistory& h) {
  DatasetChange add;
  add.label = "Add event ev-new";
  add.article = "https://example.org/talks";
  add.upsert_events.push_back(test_event("ev-new"));
  Country cambodia;
  cambodia.id = "KHM";
  cambodia.name = "Cambodia";
  add.upsert_countries.push_back(cambodia);
  REQUIRE(h.apply(d, add).empty());

  DatasetChange edit;
  edit.label = "Edit event ev-2";
  Event renamed = *d.find_event("ev-2");
  renamed.title = "A title typed by hand";
  edit.upsert_events.push_back(renamed);
  REQUIRE(h.apply(d, edit).empty());

  DatasetChange del;
  del.label = "Delete person p-nguyen";
  del.delete_people = {"p-nguyen"};
  REQUIRE(h.apply(d, del).empty());
}

EditHistory read_back(const std::string& text) {
  HistoryRead read = parse_edit_history(text);
  REQUIRE(read.ok());
  EditHistory h;
  h.restore_steps(std::move(read.undo), std::move(read.redo));
  return h;
}

DatasetChange rename_change(const Dataset& d, const std::string& id, const std::string& title) {
  DatasetChange c;
  c.label = "Rename " + id + " to " + title;
  Event e = *d.find_event(id);
  e.title = title;
  c.upsert_events.push_back(e);
  return c;
}

}  // namespace

TEST_CASE("a history read back from JSON undoes every step to the dataset it began with", "[kept-history]") {
  Dataset d = small_fixture();
  const std::string original = dataset_to_json(d);
  EditHistory h;
  make_edits(d, h);
  const std::string edited = dataset_to_json(d);

  EditHistory again = read_back(edit_history_to_json(h, {}));
  REQUIRE(again.undo_steps().size() == 3);
  CHECK(again.undo_label() == "Delete person p-nguyen");
  CHECK(again.undo_steps().front().change.article == "https://example.org/talks");
  CHECK(again.undo(d) == "Delete person p-nguyen");
  CHECK(d.find_person("p-nguyen") != nullptr);
  CHECK(validate(d).empty());
  CHECK(again.undo(d) == "Edit event ev-2");
  CHECK(again.undo(d) == "Add event ev-new");
  CHECK_FALSE(again.can_undo());
  CHECK(dataset_to_json(d) == original);

  // What was undone is redone after another trip through JSON.
  EditHistory redo = read_back(edit_history_to_json(again, {}));
  REQUIRE(redo.can_redo());
  while (redo.can_redo()) REQUIRE(redo.redo(d).empty());
  CHECK(dataset_to_json(d) == edited);
}

TEST_CASE("a whole-dataset step survives the trip and undo brings the dataset before it back", "[kept-history]") {
  Dataset d = small_fixture();
  const std::string original = dataset_to_json(d);
  Dataset merged = d;
  merged.title = "Merged with a colleague's data";
  merged.events.push_back(test_event("ev-theirs"));
  DatasetChange whole;
  whole.label = "Merge their data";
  whole.whole = std::make_shared<const Dataset>(merged);
  EditHistory h;
  REQUIRE(h.apply(d, whole).empty());

  EditHistory again = read_back(edit_history_to_json(h, {}));
  CHECK(again.undo(d) == "Merge their data");
  CHECK(dataset_to_json(d) == original);
  EditHistory redo = read_back(edit_history_to_json(again, {}));
  REQUIRE(redo.redo(d).empty());
  CHECK(d.title == "Merged with a colleague's data");
  CHECK(d.find_event("ev-theirs") != nullptr);
}

TEST_CASE("the kept history holds the newest steps within the bounds", "[kept-history]") {
  Dataset d = small_fixture();
  EditHistory h;
  for (int i = 0; i < 60; ++i) REQUIRE(h.apply(d, rename_change(d, "ev-1", "Title " + std::to_string(i))).empty());

  HistoryRead read = parse_edit_history(edit_history_to_json(h, {}));
  REQUIRE(read.ok());
  REQUIRE(read.undo.size() == 50);
  CHECK(read.left_out == 10);
  CHECK(read.undo.back().label == "Rename ev-1 to Title 59");
  CHECK(read.undo.front().label == "Rename ev-1 to Title 10");

  HistoryBounds small;
  small.max_bytes = 10 * edit_history_to_json(h, {}, {1, 1u << 30, 1}).size();  // about ten steps
  const HistoryRead capped = parse_edit_history(edit_history_to_json(h, {}, small));
  CHECK(capped.undo.size() >= 9);
  CHECK(capped.undo.size() <= 11);
  CHECK(capped.left_out == 60 - capped.undo.size());
  CHECK(capped.undo.back().label == "Rename ev-1 to Title 59");
}

TEST_CASE("only the newest whole-dataset step is kept, and the older one takes the steps before it along",
          "[kept-history]") {
  Dataset d = small_fixture();
  EditHistory h;
  for (const char* title : {"First merge", "Second merge"}) {
    Dataset next = d;
    next.title = title;
    DatasetChange whole;
    whole.label = title;
    whole.whole = std::make_shared<const Dataset>(next);
    REQUIRE(h.apply(d, whole).empty());
    REQUIRE(h.apply(d, rename_change(d, "ev-1", std::string("After ") + title)).empty());
  }
  const HistoryRead read = parse_edit_history(edit_history_to_json(h, {}));
  REQUIRE(read.ok());
  HistoryBounds few_records;
  few_records.max_whole_records = 10;  // the fixture has more: no whole step is written, nor any before it
  const HistoryRead small = parse_edit_history(edit_history_to_json(h, {}, few_records));
  REQUIRE(small.undo.size() == 1);
  CHECK(small.undo[0].label == "Rename ev-1 to After Second merge");
  REQUIRE(read.undo.size() == 3);
  CHECK(read.undo[0].label == "Rename ev-1 to After First merge");
  CHECK(read.undo[1].label == "Second merge");
  CHECK(read.undo[2].label == "Rename ev-1 to After Second merge");
  CHECK(read.left_out == 1);
}

TEST_CASE("a history file that is damaged or not ours says what is wrong and where", "[kept-history]") {
  CHECK_FALSE(parse_edit_history("{").ok());
  CHECK(parse_edit_history("{\"format\": \"something else\"}").problem.find("format") != std::string::npos);
  Dataset d = small_fixture();
  EditHistory h;
  make_edits(d, h);
  std::string text = edit_history_to_json(h, {});
  const size_t at = text.find("\"replaced\"");
  REQUIRE(at != std::string::npos);
  text.replace(at, 10, "\"moved\"");
  const HistoryRead read = parse_edit_history(text);
  REQUIRE_FALSE(read.ok());
  CHECK(read.problem.find("undo[") == 0);
  CHECK(read.problem.find("unknown edit moved") != std::string::npos);
}

TEST_CASE("a history whose indexes do not fit the dataset is refused before any undo", "[kept-history]") {
  Dataset d = small_fixture();
  const Dataset before = d;
  EditHistory h;
  make_edits(d, h);
  CHECK(history_fits(h.undo_steps(), d).empty());
  // The same steps against the dataset they began from: one event short.
  CHECK_FALSE(history_fits(h.undo_steps(), before).empty());
}

TEST_CASE("the history beside a store is taken back only for the dataset it was saved with", "[kept-history]") {
  TempDir dir;
  DatasetStore store(dir.file("mine.json"));
  Dataset d = small_fixture();
  REQUIRE(store.save(d).empty());
  EditHistory h;
  make_edits(d, h);
  REQUIRE(store.save(d).empty());
  REQUIRE(write_kept_history(store.path(), h, store.saved_stamp()).empty());
  CHECK(read_text(dir.file("mine.history.json")).find("Delete person p-nguyen") != std::string::npos);

  std::string error;
  const DatasetStamp on_disk = stamp_of_file(store.path(), error);
  REQUIRE(error.empty());
  CHECK(on_disk == store.saved_stamp());
  KeptHistory kept = read_kept_history(store.path(), on_disk, d);
  CHECK(kept.notice.empty());
  CHECK(kept.undo.size() == 3);

  SECTION("the dataset changed elsewhere after the history was written") {
    Dataset other = d;
    other.title = "Edited by another program";
    DatasetStore elsewhere(store.path());
    REQUIRE(elsewhere.save(other).empty());
    const DatasetStamp now = stamp_of_file(store.path(), error);
    KeptHistory stale = read_kept_history(store.path(), now, other);
    CHECK(stale.undo.empty());
    CHECK(stale.notice.find("was dropped") != std::string::npos);
    CHECK(stale.notice.find("another version") != std::string::npos);
  }
  SECTION("a crash between the dataset's save and the history's") {
    REQUIRE(h.apply(d, rename_change(d, "ev-3", "Saved, history not")).empty());
    REQUIRE(store.save(d).empty());  // no write_kept_history: the process "died"
    KeptHistory stale = read_kept_history(store.path(), store.saved_stamp(), d);
    CHECK(stale.undo.empty());
    CHECK_FALSE(stale.notice.empty());
  }
  SECTION("no history beside the dataset: nothing to say") {
    KeptHistory none = read_kept_history(dir.file("other.json"), on_disk, d);
    CHECK(none.undo.empty());
    CHECK(none.notice.empty());
  }
}

TEST_CASE("the history file sits beside the dataset under its name", "[kept-history]") {
  CHECK(history_path_for("/data/mine.json") == "/data/mine.history.json");
  CHECK(history_path_for("/data/big.snapshot") == "/data/big.snapshot.history.json");
}
