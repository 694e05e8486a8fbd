// Every view at 1280x800 and 390x844 (touch), on the fixture and on the
// shipped data: the view asked for is shown, and its named widgets (the
// test hook's rectangles) lie inside the display, do not overlap, and on
// a phone are tall enough for a finger.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "drawn_views.h"
#include "layout_checks.h"

using namespace atlas::testing;
using atlas::WidgetRect;

using namespace atlas::testing::layout;

TEST_CASE("each view opens in the layout of its screen and draws its tabs", "[layout]") {
  for (const DrawnView& v : all_drawn_views()) {
    INFO(v.where());
    CHECK(v.hook["view"] == v.asked);
    CHECK(v.hook["layout"] == (v.screen.width >= 900 ? "wide" : "narrow"));
    CHECK(v.hook["width"] == Approx(v.screen.width));
    CHECK(v.hook["notices"].empty());
    for (const char* tab :
         {"tab:timeline", "tab:agreements", "tab:people", "tab:partners", "tab:outcomes", "tab:trends", "tab:network"})
      CHECK(v.hook["widgets"].contains(tab));
  }
}

TEST_CASE("named widgets lie inside the display", "[layout]") {
  for (const DrawnView& v : all_drawn_views()) {
    for (const auto& [name, r] : v.widgets) {
      INFO(v.where() << ": " << name << " " << rect_text(r) << (r.clipped ? " clipped" : ""));
      CHECK(r.x >= -kSlack);
      CHECK(r.y >= -kSlack);
      CHECK(r.x + r.width <= v.screen.width + kSlack);
      CHECK(r.y + r.height <= v.screen.height + kSlack);
      CHECK_FALSE(cut_off_by_display(r, v.screen));
    }
  }
}

TEST_CASE("named widgets do not overlap", "[layout]") {
  for (const DrawnView& v : all_drawn_views()) {
    for (auto a = v.widgets.begin(); a != v.widgets.end(); ++a) {
      if (matches_any(a->first, kNotTapTargets)) continue;
      for (auto b = std::next(a); b != v.widgets.end(); ++b) {
        if (matches_any(b->first, kNotTapTargets) || known_overlap(a->first, b->first)) continue;
        INFO(v.where() << ": " << a->first << " " << rect_text(a->second) << " and " << b->first << " "
                       << rect_text(b->second));
        CHECK_FALSE(overlap(a->second, b->second));
      }
    }
  }
}

TEST_CASE("the map's country labels never print over each other", "[layout]") {
  size_t labels_seen = 0;
  for (const DrawnView& v : all_drawn_views()) {
    for (auto a = v.widgets.begin(); a != v.widgets.end(); ++a) {
      if (!starts_with(a->first, "map:label:")) continue;
      ++labels_seen;
      for (auto b = std::next(a); b != v.widgets.end(); ++b) {
        if (!starts_with(b->first, "map:label:")) continue;
        INFO(v.where() << ": " << a->first << " " << rect_text(a->second) << " and " << b->first << " "
                       << rect_text(b->second));
        CHECK_FALSE(overlap(a->second, b->second));
      }
    }
  }
  CHECK(labels_seen >= 8);  // home and partners, two datasets, two screens
}

TEST_CASE("on a phone every named tap target is at least 44 px tall", "[layout][touch]") {
  std::vector<std::string> short_ones;
  for (const DrawnView& v : all_drawn_views()) {
    if (!v.screen.touch) continue;
    for (const auto& [name, r] : v.widgets) {
      // A row scrolled half out of view is short only on screen.
      if (r.clipped || matches_any(name, kNotTapTargets)) continue;
      if (r.height + kSlack >= kMinTouchTarget) continue;
      if (matches_any(name, kKnownShortTouchTargets)) continue;
      INFO(v.where() << ": " << name << " " << rect_text(r));
      CHECK(r.height + kSlack >= kMinTouchTarget);
    }
  }
}

TEST_CASE("the known short touch targets are still short (else drop them from the list)", "[layout][touch]") {
  for (const std::string& pattern : kKnownShortTouchTargets) {
    bool seen_short = false;
    for (const DrawnView& v : all_drawn_views())
      if (v.screen.touch)
        for (const auto& [name, r] : v.widgets)
          if (!r.clipped && matches_any(name, {pattern}) && r.height + kSlack < kMinTouchTarget) seen_short = true;
    INFO(pattern);
    CHECK(seen_short);
  }
}

TEST_CASE("the known overlaps still overlap (else drop them from the list)", "[layout]") {
  for (const KnownOverlap& known : kKnownOverlaps) {
    bool seen = false;
    for (const DrawnView& v : all_drawn_views())
      for (auto a = v.widgets.begin(); a != v.widgets.end(); ++a)
        for (auto b = std::next(a); b != v.widgets.end(); ++b)
          if (matches_any(a->first, {known.a}) && matches_any(b->first, {known.b}) && overlap(a->second, b->second))
            seen = true;
    INFO(known.a << " and " << known.b);
    CHECK(seen);
  }
}
