#include "drawn_views.h"

#include <stdexcept>

#include "views_to_visit.h"

namespace atlas::testing {
namespace {
// ImGui settles a layout over two or three frames (sizes measured in one
// are used in the next); the app draws three after any input.
constexpr int kFramesToSettle = 4;
}  // namespace

std::string DrawnView::where() const {
  const size_t slash = dataset.find_last_of('/');
  return dataset.substr(slash + 1) + " " + std::to_string(int(screen.width)) + "x" +
         std::to_string(int(screen.height)) + " " + asked;
}

std::vector<std::string> datasets_to_draw() { return {ACCORD_TEST_FIXTURES "/small.json", ACCORD_SHIPPED_DATASET}; }

DrawnView draw_view(const std::string& dataset, Screen screen, const std::string& view) {
  for (const ViewToVisit& visit : views_to_visit()) {
    if (view != visit.name) continue;
    HeadlessApp app(dataset, screen);
    app.frames(1);
    visit.open(app.state());
    app.frames(kFramesToSettle);
    return {dataset, screen, view, app.hook(), app.state().stats().widgets};
  }
  throw std::invalid_argument("no such view: " + view);
}

const std::vector<DrawnView>& all_drawn_views() {
  static const std::vector<DrawnView> drawn = [] {
    std::vector<DrawnView> all;
    for (const std::string& dataset : datasets_to_draw())
      for (const Screen& screen : {kDesktop, kPhone})
        for (const ViewToVisit& visit : views_to_visit()) all.push_back(draw_view(dataset, screen, visit.name));
    return all;
  }();
  return drawn;
}

}  // namespace atlas::testing
