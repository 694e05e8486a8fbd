// The app's frame policy without a window: how many frames follow input,
// when a step may wait, when the browser's loop may sleep, and which input
// waits for the next frame.
#include <vector>

#include <catch2/catch.hpp>

#include "frame_pacer.h"
#include "input_batch.h"

using atlas::FramePacer;
using atlas::KeyMotion;
using atlas::KeyStroke;

namespace {
int frames_drawn(FramePacer& pacer, int steps) {
  int drawn = 0;
  for (int i = 0; i < steps; ++i) drawn += pacer.take_frame() ? 1 : 0;
  return drawn;
}
}  // namespace

TEST_CASE("input draws the frames that settle the layout, then nothing", "[pacing]") {
  FramePacer pacer;
  CHECK(frames_drawn(pacer, 10) == FramePacer::kFramesAfterInput);  // the start is like input
  CHECK(pacer.nothing_to_draw());
  pacer.settle();
  CHECK_FALSE(pacer.nothing_to_draw());
  CHECK(frames_drawn(pacer, 10) == FramePacer::kFramesAfterInput);
}

TEST_CASE("a progress note draws one frame and does not cut short frames already due", "[pacing]") {
  FramePacer pacer;
  frames_drawn(pacer, 10);
  pacer.one_frame();
  CHECK(frames_drawn(pacer, 10) == 1);
  pacer.settle();
  pacer.one_frame();
  CHECK(frames_drawn(pacer, 10) == FramePacer::kFramesAfterInput);
}

TEST_CASE("the test mode draws every step", "[pacing]") {
  FramePacer pacer(/*every_frame=*/true);
  CHECK(frames_drawn(pacer, 10) == 10);
  CHECK_FALSE(pacer.nothing_to_draw());
}

TEST_CASE("the loop may sleep only after enough quiet steps in a row", "[pacing]") {
  FramePacer pacer;
  for (int i = 1; i < FramePacer::kQuietStepsBeforeSleep; ++i) CHECK_FALSE(pacer.may_sleep_after(true));
  CHECK_FALSE(pacer.may_sleep_after(false));  // anything happening starts the count again
  for (int i = 1; i < FramePacer::kQuietStepsBeforeSleep; ++i) CHECK_FALSE(pacer.may_sleep_after(true));
  CHECK(pacer.may_sleep_after(true));
}

TEST_CASE("a key pressed and released in one batch: the release waits for the next frame", "[pacing]") {
  const KeyStroke a_down{KeyMotion::Down, 4}, a_up{KeyMotion::Up, 4}, b_down{KeyMotion::Down, 5},
      b_up{KeyMotion::Up, 5}, other{};
  CHECK(atlas::events_for_this_frame({}) == 0);
  CHECK(atlas::events_for_this_frame({a_down, other, b_down}) == 3);
  CHECK(atlas::events_for_this_frame({a_down, a_up, b_down}) == 1);
  CHECK(atlas::events_for_this_frame({a_down, b_down, b_up, a_up}) == 2);
  // A release whose press came in an earlier frame goes now...
  CHECK(atlas::events_for_this_frame({b_up, a_down, other, a_up}) == 3);
  // ...but a press of the same key after it waits: in one frame the key
  // would look held, and the second of two quick presses would be lost.
  CHECK(atlas::events_for_this_frame({a_up, a_down}) == 1);
  CHECK(atlas::events_for_this_frame({a_up, b_down, a_down, a_up}) == 2);
}
