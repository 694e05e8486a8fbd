#include "input_batch.h"

#include <algorithm>

namespace atlas {

size_t events_for_this_frame(const std::vector<KeyStroke>& strokes) {
  std::vector<int> pressed;
  for (size_t i = 0; i < strokes.size(); ++i) {
    const KeyStroke& s = strokes[i];
    if (s.motion == KeyMotion::Up && std::find(pressed.begin(), pressed.end(), s.key) != pressed.end()) return i;
    if (s.motion == KeyMotion::Down) pressed.push_back(s.key);
  }
  return strokes.size();
}

}  // namespace atlas
