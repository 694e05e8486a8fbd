// Sections of an event drawn the same way wherever an event is shown whole
// (the timeline's event page, a story card): who took part, the agreements
// acted on, the commitments and the figures. Names are links to their pages
// (widgets "link:person:<id>", "link:agreement:<id>").
#pragma once
#include "model.h"

namespace atlas {

class AppState;
struct Fonts;

void draw_event_participants(AppState& state, const Fonts& fonts, const accord::Event& e);
void draw_event_agreements(AppState& state, const Fonts& fonts, const accord::Event& e);
void draw_event_commitments(const Fonts& fonts, const accord::Event& e);
void draw_event_figures(const Fonts& fonts, const accord::Event& e);

}  // namespace atlas
