// Every view of the app and how a test opens it on a loaded dataset.
#pragma once
#include <functional>
#include <vector>

#include "app_state.h"

namespace atlas::testing {

struct ViewToVisit {
  const char* name;  // as the test hook's "view" says it
  std::function<void(AppState&)> open;
};

inline std::vector<ViewToVisit> views_to_visit() {
  return {
      {"timeline", [](AppState& s) { s.navigate_to(View::Timeline); }},
      {"event", [](AppState& s) { s.navigate_to(View::Event, s.dataset().events.front().id); }},
      {"agreements", [](AppState& s) { s.navigate_to(View::Agreements); }},
      {"agreement", [](AppState& s) { s.navigate_to(View::Agreement, s.dataset().agreements.front().id); }},
      {"people", [](AppState& s) { s.navigate_to(View::People); }},
      {"person", [](AppState& s) { s.navigate_to(View::Person, s.dataset().people.front().id); }},
      {"partners", [](AppState& s) { s.navigate_to(View::Partners); }},
      {"outcomes", [](AppState& s) { s.navigate_to(View::Outcomes); }},
      {"trends", [](AppState& s) { s.navigate_to(View::Trends); }},
      {"network", [](AppState& s) { s.navigate_to(View::Network); }},
      {"story", [](AppState& s) { s.navigate_to(View::Story); }},
      {"import", [](AppState& s) { s.navigate_to(View::Import); }},
  };
}

}  // namespace atlas::testing
