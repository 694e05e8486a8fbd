#include "input_batch.h"

#include <algorithm>

namespace atlas {

size_t events_for_this_frame(const std::vector<KeyStroke>& strokes) {
  std::vector<int> pressed, released;
  const auto has = [](const std::vector<int>& keys, int key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  for (size_t i = 0; i < strokes.size(); ++i) {
    const KeyStroke& s = strokes[i];
    if (s.motion == KeyMotion::Up && has(pressed, s.key)) return i;
    // Pressed again after a release in this batch: ImGui would see the key
    // still down and miss the second press (two quick taps of an arrow).
    if (s.motion == KeyMotion::Down && has(released, s.key)) return i;
    if (s.motion == KeyMotion::Down) pressed.push_back(s.key);
    if (s.motion == KeyMotion::Up) released.push_back(s.key);
  }
  return strokes.size();
}

}  // namespace atlas
