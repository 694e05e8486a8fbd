// When the app draws: a few frames after anything happens (Dear ImGui
// settles layout and hover state over two or three), then nothing until
// the next input, and after a while of that the browser's loop may sleep.
// No window and no clock here, so the policy is tested headless.
#pragma once

namespace atlas {

class FramePacer {
 public:
  // `every_frame`: the --quit-after-frames test mode draws every step.
  explicit FramePacer(bool every_frame = false) : every_frame_(every_frame) {}

  // Input, a resize, new fonts, a redraw request: the frames to settle.
  void settle() { frames_to_draw_ = kFramesAfterInput; }
  // A progress note: one frame, not the few input needs.
  void one_frame() {
    if (frames_to_draw_ < 1) frames_to_draw_ = 1;
  }
  // Nothing left to draw: the step may wait for input.
  bool nothing_to_draw() const { return frames_to_draw_ <= 0 && !every_frame_; }
  // Whether this step draws; a drawn frame counts down the ones left.
  bool take_frame();
  // After a step: `quiet` when it drew nothing and nothing is pending
  // (input, a load, tallies). True once the loop has been quiet long enough
  // to sleep until woken.
  bool may_sleep_after(bool quiet);

  static constexpr int kFramesAfterInput = 3;
  // Quiet steps (animation frames) before the browser's loop sleeps: ~1/3 s.
  static constexpr int kQuietStepsBeforeSleep = 20;

 private:
  bool every_frame_;
  int frames_to_draw_ = kFramesAfterInput;
  int quiet_steps_ = 0;
};

}  // namespace atlas
