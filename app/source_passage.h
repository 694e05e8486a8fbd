// "Show passage" under a source on an event's page: the article's text kept
// on the source when it was imported (Source::passage), with what the
// extractor finds in it highlighted, as the Import view shows a draft.
#pragma once
#include <cstddef>
#include <string>

#include "model.h"

namespace atlas {

class AppState;

// The link (widget "passage:SOURCE-ID") and, once tapped, the passage
// below it ("Hide passage" closes it). Nothing for a source without one.
void draw_source_passage(AppState& state, const accord::Source& source);

// The passage shown now (tests, the hook): its source and how many spans
// of extracted facts are highlighted in it. Empty when none is open.
struct ShownPassage {
  std::string source_id;
  size_t highlights = 0;
};
ShownPassage shown_passage();

}  // namespace atlas
