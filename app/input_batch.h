// Dear ImGui 1.86 samples key state once per frame, so a key pressed and
// released within one frame (fast typing, synthetic input) would be lost.
// A frame takes input up to such a release, or up to a press of a key it
// saw released; that and everything after it wait for the next frame, in order.
#pragma once
#include <cstddef>
#include <vector>

namespace atlas {

enum class KeyMotion { None, Down, Up };  // None: not a key event
struct KeyStroke {
  KeyMotion motion = KeyMotion::None;
  int key = 0;  // the scancode
};

// How many of `strokes` (one per pending event, in order) this frame takes.
size_t events_for_this_frame(const std::vector<KeyStroke>& strokes);

}  // namespace atlas
