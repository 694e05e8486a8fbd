// People: a directory (name, country, latest role, events) and, for one
// person, their roles drawn as bars over the dataset's years and the
// events they took part in with the role they held on each date.
#pragma once
#include <string>
#include <vector>

#include "analytics.h"

namespace atlas {

class AppState;
struct Fonts;

class PeopleView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void refresh(const AppState& state);
  void draw_directory(AppState& state, const Fonts& fonts);
  void draw_detail(AppState& state, const Fonts& fonts);
  void draw_role_chart(const accord::Dataset& d, const accord::Person& p, const Fonts& fonts);

  unsigned data_version_ = ~0u, tallies_version_ = ~0u;
  std::vector<accord::PersonRow> rows_;
  std::string timeline_of_;  // the person timeline_ describes
  accord::PersonTimeline timeline_;
  std::string detail_showing_;
};

}  // namespace atlas
