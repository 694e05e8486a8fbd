#include "article_intake.h"

namespace accord {

ArticleAdd add_article(Dataset& d, EditHistory& history, const std::string& text, const Gazetteer& gazetteer,
                       const ExtractOptions& options, const SourceInfo& source) {
  ArticleAdd out;
  if (std::string why = check_article_text(text); !why.empty()) {
    out.refused = why;
    return out;
  }
  const ExtractedDraft draft = extract_article(text, gazetteer, options);
  out.records = resolve_draft(draft, d, source, &gazetteer);
  if (!out.records.has_date()) {
    out.refused = "the article gives no date; give its publication date (--published YYYY-MM-DD)";
    return out;
  }
  if (std::string problem = history.apply(d, out.records.to_change()); !problem.empty())
    out.refused = "the records would not be valid: " + problem;
  return out;
}

}  // namespace accord
