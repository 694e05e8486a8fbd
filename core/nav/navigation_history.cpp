#include "navigation_history.h"

#include <utility>

namespace accord {

bool same_filter(const EventFilter& a, const EventFilter& b) {
  return a.partners == b.partners && a.topics == b.topics && a.types == b.types && a.text == b.text &&
         a.from.has_value() == b.from.has_value() && (!a.from || a.from->iso() == b.from->iso()) &&
         a.to.has_value() == b.to.has_value() && (!a.to || a.to->iso() == b.to->iso());
}

bool same_place(const ViewState& a, const ViewState& b) {
  return a.view == b.view && a.selected == b.selected && same_filter(a.filter, b.filter) &&
         a.trend_rows == b.trend_rows && a.trend_period == b.trend_period && a.measure == b.measure &&
         a.as_of.has_value() == b.as_of.has_value() && (!a.as_of || a.as_of->iso() == b.as_of->iso()) &&
         a.embed == b.embed && (a.view != View::Story || a.story_step == b.story_step);
}

void NavigationHistory::push(const ViewState& current) {
  back_.push_back(current);
  if (back_.size() > kLimit) back_.erase(back_.begin());
  forward_.clear();
  ++moves_.pushes;
}

std::optional<ViewState> NavigationHistory::back(const ViewState& current) {
  if (back_.empty()) return std::nullopt;
  forward_.push_back(current);
  ViewState previous = std::move(back_.back());
  back_.pop_back();
  ++moves_.backs;
  return previous;
}

std::optional<ViewState> NavigationHistory::forward(const ViewState& current) {
  if (forward_.empty()) return std::nullopt;
  back_.push_back(current);
  ViewState next = std::move(forward_.back());
  forward_.pop_back();
  ++moves_.forwards;
  return next;
}

void NavigationHistory::clear() {
  back_.clear();
  forward_.clear();
}

NavigationHistory::Moves NavigationHistory::take_moves() { return std::exchange(moves_, Moves{}); }

}  // namespace accord
