// Back and Forward over the places a user visits (a view, its filter, a
// selection), as a browser keeps them: a new place drops what Forward
// held; Back remembers at most kLimit places. Counts its moves so that a
// browser's own history can follow them.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "url_state.h"

namespace accord {

bool same_filter(const EventFilter& a, const EventFilter& b);
bool same_place(const ViewState& a, const ViewState& b);

class NavigationHistory {
 public:
  static constexpr size_t kLimit = 200;

  struct Moves {
    int pushes = 0, backs = 0, forwards = 0;
  };

  // Leaving `current` for a new place: Back gets it, Forward is emptied.
  void push(const ViewState& current);
  // The place Back (Forward) leads to from `current`, which Forward (Back)
  // then holds; nothing when there is none.
  std::optional<ViewState> back(const ViewState& current);
  std::optional<ViewState> forward(const ViewState& current);

  bool can_go_back() const { return !back_.empty(); }
  bool can_go_forward() const { return !forward_.empty(); }
  // Where Back (Forward) would lead, or null.
  const ViewState* peek_back() const { return back_.empty() ? nullptr : &back_.back(); }
  const ViewState* peek_forward() const { return forward_.empty() ? nullptr : &forward_.back(); }
  void clear();

  // The moves since the last take_moves().
  Moves take_moves();
  const Moves& moves() const { return moves_; }
  void set_moves(const Moves& moves) { moves_ = moves; }

 private:
  std::vector<ViewState> back_, forward_;
  Moves moves_;
};

}  // namespace accord
