// Long random sequences of adds, edits, deletes, undos and redos: after
// every step the dataset validates and saves to JSON that loads back, a
// refused change leaves it byte-identical, and undo/redo move exactly
// between the states the steps made. Plus every fixture article added to
// the shipped dataset through the same door as `accord add`.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>

#include "article_intake.h"
#include "dataset_store.h"
#include "fixtures.h"
#include "validate.h"

using namespace accord;

namespace {

class RandomEdits {
 public:
  explicit RandomEdits(unsigned seed) : rng_(seed) {}

  std::string text() {
    static const char* const kTexts[] = {"",     "Border talks", "Đà Nẵng",       "Hanoi \xC3\x28",
                                         "\xFF", "Director",     "Major General", "x"};
    return kTexts[rng_() % (sizeof kTexts / sizeof *kTexts)];
  }
  size_t below(size_t n) { return n == 0 ? 0 : rng_() % n; }
  bool coin() { return rng_() % 2 == 0; }

  // A draft as the extractor might give it, with the awkward cases mixed in.
  ExtractedDraft draft(const Dataset& d) {
    ExtractedDraft x;
    x.language = "en";
    x.headline = coin() ? "Police of two countries meet" : "";
    if (rng_() % 5)
      x.date.date = Date::parse("202" + std::to_string(below(6)) + "-0" + std::to_string(1 + below(9)) + "-1" +
                                std::to_string(below(10)));
    if (coin()) x.published = Date::parse("2025-06-01");
    x.type = all_event_types()[below(all_event_types().size())];
    DraftCountry home{"VNM", "Vietnam", 1, true, {}};
    const Country& partner = d.countries[below(d.countries.size())];
    DraftCountry other{partner.id, partner.name, 1, true, {}};
    x.countries = {home, other};
    for (size_t k = 0, n = below(3); k < n; ++k) {
      DraftPerson p;
      p.name = coin() ? "Person " + std::to_string(below(50)) : text();
      p.title = text();
      p.rank = text();
      x.people.push_back(p);
    }
    for (size_t k = 0, n = below(2); k < n; ++k) {
      DraftAgreement a;
      a.kind = static_cast<AgreementKind>(below(7));
      a.title = coin() ? "" : "Plan on cooperation " + std::to_string(below(5));
      x.agreements.push_back(a);
    }
    for (size_t k = 0, n = below(3); k < n; ++k)
      x.figures.push_back({coin() ? double(below(500)) : NAN, coin() ? "kg" : "", coin() ? "" : "arrests", "", {}});
    return x;
  }

  DatasetChange edit(const Dataset& d) {
    DatasetChange c;
    c.label = "random edit";
    switch (below(6)) {
      case 0:
      case 1: {
        Event e = d.events[below(d.events.size())];
        switch (below(6)) {
          case 0:
            e.title = text();
            break;
          case 1:
            e.summary = text();
            break;
          case 2:
            e.countries.push_back(coin() ? "XYZ" : d.countries[below(d.countries.size())].id);
            break;
          case 3:
            if (!d.people.empty()) e.participants.push_back({d.people[below(d.people.size())].id, text(), ""});
            break;
          case 4:
            e.figures.push_back({double(below(99)), "", text(), "", ""});
            break;
          case 5:
            e.date.day = int(below(32));
            break;
        }
        c.upsert_events.push_back(e);
        break;
      }
      case 2: {
        if (d.people.empty()) break;
        Person p = d.people[below(d.people.size())];
        if (coin())
          p.name = text();
        else
          p.roles.push_back({text(), "", text(), std::nullopt, std::nullopt, ""});
        c.upsert_people.push_back(p);
        break;
      }
      case 3: {
        if (d.agreements.empty()) break;
        Agreement a = d.agreements[below(d.agreements.size())];
        if (coin())
          a.title = text();
        else
          a.amends = coin() ? "ag-missing" : d.agreements[below(d.agreements.size())].id;
        c.upsert_agreements.push_back(a);
        break;
      }
      case 4:
        if (!d.events.empty()) c.delete_events.push_back(d.events[below(d.events.size())].id);
        break;
      case 5:
        if (coin() && !d.people.empty())
          c.delete_people.push_back(d.people[below(d.people.size())].id);
        else if (!d.agreements.empty())
          c.delete_agreements.push_back(d.agreements[below(d.agreements.size())].id);
        break;
    }
    return c;
  }

 private:
  std::mt19937 rng_;
};

std::string json_of(const Dataset& d) { return dataset_to_json(d); }  // throws on invalid UTF-8: a failure

}  // namespace

TEST_CASE("thousands of random adds, edits, deletes, undos and redos never leave invalid data", "[write][sequence]") {
  Dataset d = shipped_dataset();
  EditHistory history;
  RandomEdits random(7);
  std::vector<std::string> states = {json_of(d)};  // one per undo step, plus the start
  std::vector<std::string> undone;                 // one per redo step
  size_t applied = 0, refused = 0, undos = 0, redos = 0;
  const int kSteps = 3000;
  for (int step = 0; step < kSteps; ++step) {
    INFO("step " << step);
    const size_t action = random.below(10);
    if (action < 2) {  // undo
      if (!history.can_undo()) continue;
      history.undo(d);
      undone.push_back(states.back());
      states.pop_back();
      REQUIRE(json_of(d) == states.back());
      ++undos;
    } else if (action < 3) {  // redo
      if (!history.can_redo()) continue;
      REQUIRE(history.redo(d).empty());
      states.push_back(undone.back());
      undone.pop_back();
      REQUIRE(json_of(d) == states.back());
      ++redos;
    } else {
      DatasetChange change;
      if (action < 5) {
        change = resolve_draft(random.draft(d), d).to_change();
        if (change.upsert_events.front().date.year == 0) continue;  // add refuses a draft with no date
      } else {
        change = random.edit(d);
        if (change.empty()) continue;
      }
      const std::string problem = history.apply(d, change);
      if (problem.empty()) {
        states.push_back(json_of(d));
        undone.clear();
        CHECK_FALSE(history.can_redo());
        ++applied;
      } else {
        REQUIRE(json_of(d) == states.back());  // refused: nothing changed
        ++refused;
      }
    }
    const std::vector<Problem> problems = validate(d);
    INFO((problems.empty() ? std::string() : problems.front().to_string()));
    REQUIRE(problems.empty());
    if (step % 10 == 0) REQUIRE(parse_dataset(states.back()).ok());
  }
  // Every kind of step happened many times.
  CHECK(applied > 300);
  CHECK(refused > 100);
  CHECK(undos > 200);
  CHECK(redos > 50);
}

TEST_CASE("every fixture article adds to the shipped dataset and the saved file opens", "[write][articles]") {
  GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  const Dataset base = shipped_dataset();
  add_dataset_entries(g.gazetteer, base);
  ExtractOptions options;
  options.today = Date::parse("2026-12-01");

  size_t articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(fixture_path("articles"))) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path().filename().string());
    ++articles;
    Dataset d = base;
    EditHistory history;
    // Each as a new event: whether it reports a shipped one is test_event_resolution's.
    ReportChoice as_new;
    as_new.as_new = true;
    const ArticleAdd added =
        add_article(d, history, read_text(entry.path().string()), g.gazetteer, options, {}, as_new);
    REQUIRE(added.added());
    CHECK(d.events.size() == base.events.size() + 1);

    TempDir dir;
    const std::string path = dir.file("article.json");
    DatasetStore store(path);
    REQUIRE(store.save(d).empty());
    const StoreLoad back = DatasetStore(path).load();
    CHECK(back.state == StoreState::Ok);
    CHECK(back.loaded.dataset.find_event(added.records.event.id) != nullptr);
  }
  CHECK(articles >= 9);
}
