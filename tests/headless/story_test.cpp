// Story mode (#/story): the timeline's filtered events one card at a time,
// oldest first, stepped by buttons, keys, swipes and Play, the step in the
// link; at phone and desktop sizes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"
#include "view_story.h"

using namespace atlas;
using namespace atlas::testing;

namespace {

// The id of the event the story card shows (widget "story:event:<id>").
std::string card_event(const HeadlessApp& app) {
  std::string found;
  const nlohmann::json hook = app.hook();  // kept: items() refers into it
  for (const auto& widget : hook["widgets"].items())
    if (widget.key().rfind("story:event:", 0) == 0) found = widget.key().substr(12);
  return found;
}

// The filtered events oldest first: what the story steps through.
std::vector<std::string> story_order(HeadlessApp& app) {
  std::vector<std::string> ids;
  const std::vector<size_t>& visible = app.state().visible_events();
  for (auto it = visible.rbegin(); it != visible.rend(); ++it) ids.push_back(app.state().dataset().events[*it].id);
  return ids;
}

}  // namespace

TEST_CASE("story: the timeline's Story button tells its events oldest first", "[story]") {
  for (Screen screen : {kDesktop, kPhone}) {
    INFO(screen.width);
    HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
    app.frames(2);
    app.state().open_hash("#/timeline?partner=LAO");
    app.frames(3);
    const std::vector<std::string> order = story_order(app);
    REQUIRE(order.size() >= 3);
    REQUIRE(app.tap("timeline:story"));
    CHECK(app.hook()["view"] == "story");
    CHECK(app.state().current_hash() == "#/story?partner=LAO&step=1");
    CHECK(card_event(app) == order[0]);

    REQUIRE(app.tap("story:next"));
    CHECK(app.state().current_hash() == "#/story?partner=LAO&step=2");
    CHECK(card_event(app) == order[1]);
    REQUIRE(app.tap("story:next"));
    CHECK(card_event(app) == order[2]);
    REQUIRE(app.tap("story:previous"));
    CHECK(card_event(app) == order[1]);
    // Stepping replaces the place: Back leaves the story, with its filter.
    app.state().back();
    app.frames(3);
    CHECK(app.state().current_hash() == "#/timeline?partner=LAO");
  }
}

TEST_CASE("story: arrow keys, Home and End step; Escape closes on the card's event", "[story]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().open_hash("#/story?topic=drugs");
  app.frames(3);
  const std::vector<std::string> order = story_order(app);
  REQUIRE(order.size() >= 3);
  CHECK(card_event(app) == order[0]);
  app.press(ImGuiKey_RightArrow);
  app.press(ImGuiKey_RightArrow);
  CHECK(card_event(app) == order[2]);
  app.press(ImGuiKey_LeftArrow);
  CHECK(card_event(app) == order[1]);
  app.press(ImGuiKey_End);
  CHECK(card_event(app) == order.back());
  CHECK(app.state().view_state().story_step == order.size());
  app.press(ImGuiKey_RightArrow);  // the end stays the end
  CHECK(card_event(app) == order.back());
  app.press(ImGuiKey_Home);
  CHECK(card_event(app) == order[0]);
  app.press(ImGuiKey_RightArrow);
  app.press(ImGuiKey_Escape);
  CHECK(app.hook()["view"] == "event");
  CHECK(app.state().view_state().selected == order[1]);
  CHECK(app.state().filter().topics == std::vector<std::string>{"drugs"});
}

TEST_CASE("story: a sideways swipe on the card steps, a swipe down does not", "[story]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  app.state().open_hash("#/story");
  app.frames(3);
  const std::vector<std::string> order = story_order(app);
  REQUIRE(order.size() >= 3);
  REQUIRE(app.drag("story:card", -160, 10));  // to the left: the next card
  CHECK(card_event(app) == order[1]);
  REQUIRE(app.drag("story:card", -160, 0));
  CHECK(card_event(app) == order[2]);
  REQUIRE(app.drag("story:card", 160, -10));  // to the right: the one before
  CHECK(card_event(app) == order[1]);
  REQUIRE(app.drag("story:card", 20, -200));  // mostly down: a scroll, not a step
  CHECK(card_event(app) == order[1]);
}

TEST_CASE("story: Play moves on by itself until paused, and stops at the end", "[story]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  app.state().open_hash("#/story?partner=LAO");
  app.frames(3);
  const std::vector<std::string> order = story_order(app);
  REQUIRE(order.size() >= 3);
  REQUIRE(app.tap("story:play"));
  CHECK(app.hook()["widgets"].contains("story:pause"));
  CHECK(app.state().wake_pending());  // the loop must not sleep through the next card
  app.frames(2);
  CHECK(card_event(app) == order[0]);  // not before its time
  headless::advance_clock(StoryView::kPlayStepMillis + 10);
  app.frames(2);
  CHECK(card_event(app) == order[1]);
  headless::advance_clock(StoryView::kPlayStepMillis + 10);
  app.frames(2);
  CHECK(card_event(app) == order[2]);
  REQUIRE(app.tap("story:pause"));
  CHECK(app.hook()["widgets"].contains("story:play"));
  headless::advance_clock(StoryView::kPlayStepMillis * 3);
  app.frames(3);
  CHECK(card_event(app) == order[2]);

  // From the second to last card Play reaches the end and stops there.
  app.state().open_hash("#/story?partner=LAO&step=" + std::to_string(order.size() - 1));
  app.frames(3);
  REQUIRE(app.tap("story:play"));
  for (int i = 0; i < 3; ++i) {
    headless::advance_clock(StoryView::kPlayStepMillis + 10);
    app.frames(2);
  }
  CHECK(card_event(app) == order.back());
  CHECK(app.hook()["widgets"].contains("story:play"));
}

TEST_CASE("story: a link opens its step; a step past the end shows the last and says so", "[story]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().open_hash("#/story?topic=drugs&step=3");
  app.frames(3);
  const std::vector<std::string> order = story_order(app);
  REQUIRE(order.size() >= 3);
  CHECK(card_event(app) == order[2]);
  CHECK(app.state().notices().empty());

  app.state().open_hash("#/story?topic=drugs&step=999");
  app.frames(3);
  CHECK(card_event(app) == order.back());
  CHECK(app.state().current_hash() == "#/story?topic=drugs&step=" + std::to_string(order.size()));
  REQUIRE(app.state().notices().size() == 1);
  CHECK(app.state().notices()[0].find("showing the last") != std::string::npos);

  // Nothing matches: no card, a way back.
  app.state().dismiss_notices();
  app.state().open_hash("#/story?q=nothing-has-this-text-zzz");
  app.frames(3);
  CHECK(card_event(app).empty());
  REQUIRE(app.tap("story:close"));
  CHECK(app.hook()["view"] == "timeline");
}

TEST_CASE("story: from a selected event; a name on the card leads to its page and Back returns", "[story]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().open_hash("#/timeline?partner=LAO");
  app.frames(3);
  const std::vector<std::string> order = story_order(app);
  // The first event with someone named in it, not the first of the story.
  size_t k = 1;
  while (k < order.size() && app.state().find_event(order[k])->participants.empty()) ++k;
  REQUIRE(k < order.size());
  app.state().select(order[k]);
  app.frames(3);
  REQUIRE(app.tap("timeline:story"));
  CHECK(card_event(app) == order[k]);
  const std::string at_k = "#/story?partner=LAO&step=" + std::to_string(k + 1);
  CHECK(app.state().current_hash() == at_k);

  const std::string person = app.state().find_event(order[k])->participants.front().person;
  const std::string person_link = "link:person:" + person;
  for (int i = 0; i < 12 && !app.hook()["widgets"].contains(person_link); ++i) app.wheel("story:card", -2);
  REQUIRE(app.tap(person_link));
  CHECK(app.hook()["view"] == "person");
  CHECK(app.state().view_state().selected == person);
  app.state().back();
  app.frames(3);
  CHECK(app.state().current_hash() == at_k);
  CHECK(card_event(app) == order[k]);
}
