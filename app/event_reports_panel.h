// An event's sources and what they disagree on, on the event page, with
// what the user can do about a report: "Split off" makes a later source's
// report its own event (accord split's change, core/resolve/report_split.h)
// and opens it; "Use this" makes a disputed value the event's, keeping the
// replaced one as a dispute (core/resolve/dispute_pick.h). Each is one
// undoable change.
#pragma once

#include "model.h"

namespace atlas {

class AppState;
struct Fonts;

// Widget names for tests: "event:split:<source id>", "event:use:<field>:<source id>".
void draw_event_reports(AppState& state, const Fonts& fonts, const accord::Event& e);

}  // namespace atlas
