#include "pinch_gesture.h"

#include <algorithm>
#include <cmath>

namespace atlas {

void PinchGesture::finger_down(int64_t id, float x, float y) {
  finger_up(id);
  fingers_.push_back({id, x, y});
  last_distance_ = 0;  // a new pair (or a third finger): start again
}

void PinchGesture::finger_move(int64_t id, float x, float y) {
  for (Finger& f : fingers_)
    if (f.id == id) f.x = x, f.y = y;
}

void PinchGesture::finger_up(int64_t id) {
  const auto gone = std::remove_if(fingers_.begin(), fingers_.end(), [&](const Finger& f) { return f.id == id; });
  if (gone != fingers_.end()) last_distance_ = 0;
  fingers_.erase(gone, fingers_.end());
}

PinchStep PinchGesture::take_step() {
  PinchStep step;
  if (fingers_.size() < 2) return step;
  const Finger& a = fingers_[0];
  const Finger& b = fingers_[1];
  step.active = true;
  step.x = (a.x + b.x) * 0.5f;
  step.y = (a.y + b.y) * 0.5f;
  const float distance = std::hypot(a.x - b.x, a.y - b.y);
  // Fingers on the same spot give no ratio; wait for them to part.
  if (last_distance_ > 1.0f && distance > 1.0f) step.scale = distance / last_distance_;
  last_distance_ = distance;
  return step;
}

}  // namespace atlas
