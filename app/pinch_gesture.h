// Two fingers moving apart or together: the zoom they ask for, frame by
// frame, about their midpoint. Fed the platform's finger events (positions
// in ImGui's pixels); no SDL here, so it is tested headless.
#pragma once
#include <cstdint>
#include <vector>

namespace atlas {

// One frame's pinch (FrameStats::pinch): the scale since the last frame
// (1: none) about (x, y), and whether two fingers are down.
struct PinchStep {
  float scale = 1.0f;
  float x = 0, y = 0;
  bool active = false;
};

class PinchGesture {
 public:
  void finger_down(int64_t id, float x, float y);
  void finger_move(int64_t id, float x, float y);
  void finger_up(int64_t id);
  // The zoom since the last call; a new pair of fingers starts at 1.
  PinchStep take_step();

 private:
  struct Finger {
    int64_t id;
    float x, y;
  };
  std::vector<Finger> fingers_;
  float last_distance_ = 0;  // between the first two fingers at the last step; 0: a new pair
};

}  // namespace atlas
