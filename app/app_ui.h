// One frame of the interface: a window filling the viewport, the header,
// the navigation bar (tabs on top when wide, a bottom bar on phones), then
// the current view.
#pragma once
#include "view_agreements.h"
#include "view_import.h"
#include "view_network.h"
#include "view_outcomes.h"
#include "view_partners.h"
#include "view_people.h"
#include "view_story.h"
#include "view_trends.h"

namespace atlas {

class AppState;
class TimelineView;
struct Fonts;

// The views and what they cache between frames. The timeline is owned by
// the caller (main.cpp); the others live here.
struct Views {
  TimelineView* timeline = nullptr;
  AgreementsView agreements{};
  PeopleView people{};
  PartnersView partners{};
  OutcomesView outcomes{};
  TrendsView trends{};
  NetworkView network{};
  StoryView story{};
  ImportView import{};
};

void draw_app(AppState& state, Views& views, const Fonts& fonts);

}  // namespace atlas
