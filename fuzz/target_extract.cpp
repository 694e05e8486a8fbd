#include <nlohmann/json.hpp>

#include "extract.h"
#include "fuzz_check.h"
#include "gazetteer.h"
#include "targets.h"
#include "utf8.h"

namespace accord::fuzz {
namespace {

// Where characters start, as the extractor's decoder sees them (a stray
// byte of invalid UTF-8 is a character of its own), plus the end.
std::vector<bool> character_starts(const std::string& text) {
  std::vector<bool> starts(text.size() + 1, false);
  for (size_t i = 0; i < text.size();) {
    starts[i] = true;
    decode_utf8(text, i);
  }
  starts[text.size()] = true;
  return starts;
}

// A span must not cut a character in two: the UI highlights whole characters.
void check_span(const std::vector<bool>& starts, const TextSpan& span, const char* kind) {
  check(span.begin <= span.end && span.end < starts.size(), std::string(kind) + " span inside the text");
  check(starts[span.begin] && starts[span.end], std::string(kind) + " span on character boundaries");
}

template <typename Items>
void check_spans(const std::vector<bool>& starts, const Items& items, const char* kind) {
  for (const auto& item : items)
    for (const TextSpan& span : item.spans) check_span(starts, span, kind);
}

}  // namespace

int extract(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!check_article_text(text).empty()) return 0;  // refused with a reason

  ExtractOptions options;
  options.today = Date::parse("2026-11-23");
  const ExtractedDraft draft = extract_article(text, shipped_gazetteer(), options);
  const std::vector<bool> starts = character_starts(text);

  for (const TextSpan& span : draft.date.spans) check_span(starts, span, "date");
  for (const TextSpan& span : draft.location.spans) check_span(starts, span, "location");
  for (const TextSpan& span : draft.type_spans) check_span(starts, span, "type");
  check_spans(starts, draft.countries, "country");
  check_spans(starts, draft.people, "person");
  check_spans(starts, draft.organizations, "organization");
  check_spans(starts, draft.mechanisms, "mechanism");
  check_spans(starts, draft.topics, "topic");
  for (const DraftAgreement& a : draft.agreements) {
    check_span(starts, a.span, "agreement");
    for (const TextSpan& span : a.cue_spans) check_span(starts, span, "agreement cue");
  }
  for (const DraftFigure& f : draft.figures) check_span(starts, f.span, "figure");

  // Both outputs are JSON a pipeline can read (this also proves every
  // string in them is valid UTF-8: nlohmann refuses to write one that is not).
  check(nlohmann::json::accept(draft_to_json(draft)), "draft JSON parses");
  check(nlohmann::json::accept(draft_to_record_json(draft)), "record JSON parses");
  return 0;
}

}  // namespace accord::fuzz
