#include "article_intake.h"

#include "utf8.h"

namespace accord {

ArticleAdd add_article(Dataset& d, EditHistory& history, const std::string& text, const Gazetteer& gazetteer,
                       const ExtractOptions& options, const SourceInfo& source) {
  ArticleAdd out;
  if (std::string why = check_article_text(text); !why.empty()) {
    out.refused = why;
    return out;
  }
  // A few stray bytes are tolerated in an article; they must not reach a record.
  size_t replaced = 0;
  const std::string clean = valid_utf8(text, &replaced);
  const ExtractedDraft draft = extract_article(clean, gazetteer, options);
  SourceInfo checked_source = source;
  for (std::string* s : {&checked_source.title, &checked_source.publisher, &checked_source.url}) *s = valid_utf8(*s);
  out.records = resolve_draft(draft, d, checked_source, &gazetteer);
  if (replaced > 0)
    out.records.notes.push_back(std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes") +
                                " of the article that were not UTF-8 became the replacement character \uFFFD");
  if (!out.records.has_date()) {
    out.refused = "the article gives no date; give its publication date (--published YYYY-MM-DD)";
    return out;
  }
  if (std::string problem = history.apply(d, out.records.to_change()); !problem.empty())
    out.refused = "the records would not be valid: " + problem;
  return out;
}

}  // namespace accord
