#include "article_intake.h"

#include "report_merge.h"
#include "utf8.h"

namespace accord {

ArticleAdd add_article(Dataset& d, EditHistory& history, const std::string& text, const Gazetteer& gazetteer,
                       const ExtractOptions& options, const SourceInfo& source, const ReportChoice& choice) {
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
  checked_source.text = clean;
  for (std::string* s : {&checked_source.title, &checked_source.publisher, &checked_source.url}) *s = valid_utf8(*s);
  out.records = resolve_draft(draft, d, checked_source, &gazetteer);
  if (replaced > 0)
    out.records.notes.push_back(std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes") +
                                " of the article that were not UTF-8 became the replacement character \uFFFD");
  if (!out.records.has_date()) {
    out.refused = "the article gives no date; give its publication date (--published YYYY-MM-DD)";
    return out;
  }
  EventCandidateIndex own;
  if (!choice.index) own.build(d);
  out.resolution = resolve_records(out.records, d, choice.index ? *choice.index : own);
  const Event* target = nullptr;
  if (!choice.same_as.empty()) {
    target = d.find_event(choice.same_as);
    if (!target) {
      out.refused = "no event has the id \"" + choice.same_as + "\"";
      return out;
    }
  } else if (!choice.as_new && out.resolution.decision == ResolutionDecision::Same) {
    target = d.find_event(out.resolution.best()->event_id);
  } else if (!choice.as_new && out.resolution.decision == ResolutionDecision::Ask) {
    const EventMatch& m = *out.resolution.best();
    out.needs_decision = true;
    out.refused = "possible report of " + m.event_id + " (" + score_text(m.score) + "; " + m.reasons_text() +
                  "): say --same " + m.event_id + " or --new";
    return out;
  }
  const DatasetChange change = target ? merge_records_change(out.records, d, *target) : out.records.to_change();
  if (target) out.merged_into = target->id;
  if (std::string problem = history.apply(d, change); !problem.empty()) {
    out.refused = "the records would not be valid: " + problem;
    out.merged_into.clear();
  }
  return out;
}

}  // namespace accord
