#include "article_intake.h"
#include "fuzz_check.h"
#include "targets.h"
#include "validate.h"

namespace accord::fuzz {

int article_add(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ExtractOptions options;
  options.today = Date::parse("2026-12-01");
  options.published = Date::parse("2026-11-30");  // so that most inputs get as far as a write
  Dataset d = shipped_dataset();
  EditHistory history;
  const ArticleAdd added = add_article(d, history, text, shipped_gazetteer(), options);
  if (!added.added()) {
    check(!added.refused.empty(), "a refused add says why");
    check(d.events.size() == shipped_dataset().events.size(), "a refused add changes nothing");
    return 0;
  }
  // What `accord add` would write: valid, and JSON that loads back as the same.
  const std::vector<Problem> problems = validate(d);
  check(problems.empty(), "the dataset after an add validates: " + (problems.empty() ? "" : problems[0].to_string()));
  const std::string json = dataset_to_json(d);  // throws (and fails) on invalid UTF-8
  LoadResult back = parse_dataset(json);
  check(back.ok() && validate(back.dataset).empty(), "the written dataset loads back");
  check(dataset_to_json(back.dataset) == json, "the written dataset loads back unchanged");
  history.undo(d);
  check(dataset_to_json(d) == dataset_to_json(shipped_dataset()), "undo takes the add back");
  return 0;
}

}  // namespace accord::fuzz
