// One frame of the interface: a window filling the viewport, the header,
// then the current view.
#pragma once

namespace atlas {

class AppState;
class TimelineView;
struct Fonts;

struct Views {
  TimelineView* timeline = nullptr;
};

void draw_app(AppState& state, Views& views, const Fonts& fonts);

}  // namespace atlas
