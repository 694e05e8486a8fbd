// An imported article keeps its text on its source (Source::passage), so
// the facts taken from it can be shown in it again (#14).
#include <catch2/catch.hpp>

#include "article_intake.h"
#include "dataset_json.h"
#include "dataset_snapshot.h"
#include "field_limits.h"
#include "fixtures.h"
#include "gazetteer.h"
#include "text_excerpt.h"
#include "validate.h"

using namespace accord;

namespace {

ArticleAdd add(Dataset& d, const std::string& text) {
  static const GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  EditHistory h;
  ExtractOptions options;
  options.today = Date::parse("2026-11-23");
  ReportChoice as_new;
  as_new.as_new = true;
  return add_article(d, h, text, g.gazetteer, options, {}, as_new);
}

}  // namespace

TEST_CASE("an added article's text is kept on its source and survives JSON and snapshots", "[passage]") {
  Dataset d = small_fixture();
  const std::string text = read_text(fixture_path("articles/en_cambodia_weekday.txt"));
  const ArticleAdd added = add(d, text);
  REQUIRE(added.added());
  const Source* s = d.find_source(added.records.source.id);
  REQUIRE(s);
  CHECK(s->passage == text);
  CHECK(validate(d).empty());

  const LoadResult json = parse_dataset(dataset_to_json(d));
  REQUIRE(json.ok());
  CHECK(json.dataset.find_source(s->id)->passage == text);
  const LoadResult snap = read_snapshot(snapshot_bytes(d), "passage.snap");
  REQUIRE(snap.ok());
  CHECK(snap.dataset.find_source(s->id)->passage == text);
}

TEST_CASE("a very long article keeps a passage cut to what a source may hold", "[passage]") {
  Dataset d = small_fixture();
  std::string text = read_text(fixture_path("articles/en_cambodia_weekday.txt"));
  std::string padding;
  while (padding.size() < kMaxPassageCharacters + 5000) padding += "The talks went on into the evening. ";
  const ArticleAdd added = add(d, text + "\n\n" + padding);
  REQUIRE(added.added());
  const Source* s = d.find_source(added.records.source.id);
  REQUIRE(s);
  CHECK(utf8_characters(s->passage) == kMaxPassageCharacters);
  CHECK(s->passage.compare(0, text.size(), text) == 0);
  CHECK(validate(d).empty());
}
