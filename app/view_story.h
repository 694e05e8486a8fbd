// Story mode (#/story?partner=LAO&step=3): the timeline's filtered events
// told one at a time, oldest first, as cards: who took part, what they
// agreed, the figures and the sources. Previous and Next (buttons, the
// arrow keys, a sideways swipe), and Play, which moves on by itself until
// paused. The step is in the link, so a shared link opens the same card;
// stepping replaces the place rather than adding to Back's history.
#pragma once
#include <cstddef>
#include <string>

namespace accord {
struct Event;
}

namespace atlas {

class AppState;
struct Fonts;

class StoryView {
 public:
  void draw(AppState& state, const Fonts& fonts);

  // How long Play shows each card.
  static constexpr double kPlayStepMillis = 6000.0;

 private:
  void draw_top_row(AppState& state, const Fonts& fonts, size_t step, size_t count);
  void draw_controls(AppState& state, size_t step, size_t count);
  void draw_card(AppState& state, const Fonts& fonts, const accord::Event& e);
  void handle_keys(AppState& state, size_t step, size_t count);
  void follow_play(AppState& state, size_t step, size_t count);
  void go_to_step(AppState& state, size_t step);
  void close(AppState& state, size_t step, size_t count);
  void set_playing(AppState& state, bool playing);

  bool playing_ = false;
  double next_step_at_ = 0;   // millis_since_start() when Play moves on
  std::string card_showing_;  // the event on the card (a new one starts at its top)
};

// The story's step (1-based, clamped to 1..count) as the link gives it.
size_t story_step_in(size_t link_step, size_t count);

}  // namespace atlas
