// The kinds of extracted items the Import view colours, with their legend.
#pragma once
#include <vector>

#include "extract.h"
#include "highlighted_text.h"

namespace atlas {

enum class SpanKind { Person, Organization, Place, Date, Agreement, Figure, Topic, Mechanism, Country, EventType };
inline constexpr int kSpanKinds = 10;

const char* span_kind_label(SpanKind k);  // "People", "Organizations"...
ImU32 span_kind_color(SpanKind k);        // translucent, readable in both themes

struct KindedSpan {
  SpanKind kind;
  accord::TextSpan span;
};
// Every span of the draft with its kind, in no particular order.
std::vector<KindedSpan> draft_spans(const accord::ExtractedDraft& draft);
std::vector<Highlight> to_highlights(const std::vector<KindedSpan>& spans);

}  // namespace atlas
