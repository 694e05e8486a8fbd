#include "highlight_kinds.h"

#include "i18n.h"

namespace atlas {

const char* span_kind_label(SpanKind k) {
  switch (k) {
    case SpanKind::Person:
      return tr("People");
    case SpanKind::Organization:
      return tr("Organizations");
    case SpanKind::Place:
      return tr("Places");
    case SpanKind::Date:
      return tr("Dates");
    case SpanKind::Agreement:
      return tr("Agreements");
    case SpanKind::Figure:
      return tr("Figures");
    case SpanKind::Topic:
      return tr("Topics");
    case SpanKind::Mechanism:
      return tr("Mechanisms");
    case SpanKind::Country:
      return tr("Countries");
    case SpanKind::EventType:
      return tr("Event type");
  }
  return "";
}

ImU32 span_kind_color(SpanKind k) {
  constexpr int a = 110;  // translucent: the text stays readable on light and dark
  switch (k) {
    case SpanKind::Person:
      return IM_COL32(66, 133, 244, a);
    case SpanKind::Organization:
      return IM_COL32(171, 71, 188, a);
    case SpanKind::Place:
      return IM_COL32(67, 160, 71, a);
    case SpanKind::Date:
      return IM_COL32(255, 167, 38, a);
    case SpanKind::Agreement:
      return IM_COL32(229, 57, 53, a);
    case SpanKind::Figure:
      return IM_COL32(0, 172, 193, a);
    case SpanKind::Topic:
      return IM_COL32(253, 216, 53, a + 20);
    case SpanKind::Mechanism:
      return IM_COL32(141, 110, 99, a);
    case SpanKind::Country:
      return IM_COL32(124, 179, 66, a);
    case SpanKind::EventType:
      return IM_COL32(120, 144, 156, a);
  }
  return 0;
}

std::vector<KindedSpan> draft_spans(const accord::ExtractedDraft& d) {
  std::vector<KindedSpan> out;
  auto add = [&](SpanKind k, const std::vector<accord::TextSpan>& spans) {
    for (const accord::TextSpan& s : spans)
      if (s.end > s.begin) out.push_back({k, s});
  };
  for (const auto& p : d.people) add(SpanKind::Person, p.spans);
  for (const auto& o : d.organizations) add(SpanKind::Organization, o.spans);
  add(SpanKind::Place, d.location.spans);
  add(SpanKind::Date, d.date.spans);
  for (const auto& a : d.agreements) add(SpanKind::Agreement, {a.span});
  for (const auto& f : d.figures) add(SpanKind::Figure, {f.span});
  for (const auto& t : d.topics) add(SpanKind::Topic, t.spans);
  for (const auto& m : d.mechanisms) add(SpanKind::Mechanism, m.spans);
  for (const auto& c : d.countries) add(SpanKind::Country, c.spans);
  add(SpanKind::EventType, d.type_spans);
  return out;
}

std::vector<Highlight> to_highlights(const std::vector<KindedSpan>& spans) {
  std::vector<Highlight> out;
  out.reserve(spans.size());
  for (const KindedSpan& s : spans) out.push_back({s.span.begin, s.span.end, span_kind_color(s.kind)});
  return out;
}

}  // namespace atlas
