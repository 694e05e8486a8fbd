#include "frame_pacer.h"

namespace atlas {

bool FramePacer::take_frame() {
  if (frames_to_draw_ <= 0 && !every_frame_) return false;
  if (frames_to_draw_ > 0) --frames_to_draw_;
  return true;
}

bool FramePacer::may_sleep_after(bool quiet) {
  quiet_steps_ = quiet ? quiet_steps_ + 1 : 0;
  return quiet_steps_ >= kQuietStepsBeforeSleep;
}

}  // namespace atlas
