// The shareable state of the app as a URL hash:
//   #/timeline?partner=LAO&topic=drugs&type=talks&from=2024&to=2025-06&q=to%20lam&sel=ev-1
//   #/trends?by=topic&period=year
//   #/network?measure=betweenness&asof=2024
//   #/story?partner=LAO&step=3   (the filtered events told in date order)
//   #/partners?embed=1           (one view for an <iframe>: embed_code.h)
// Parsing never throws; a hash that makes no sense gives the default view
// and says why, so a bad link falls back to the timeline with a notice.
#pragma once
#include <string>
#include <vector>

#include "centrality.h"
#include "query.h"
#include "trends.h"

namespace accord {

enum class View {
  Timeline,
  Event,
  Agreements,
  Agreement,
  People,
  Person,
  Partners,
  Outcomes,
  Import,
  Trends,
  Network,
  Story
};

struct ViewState {
  View view = View::Timeline;
  EventFilter filter;
  std::string selected;  // event, agreement or person id, by view
  // The Trends view's rows and period (#/trends?by=topic&period=year).
  TrendRows trend_rows = TrendRows::Partner;
  TrendPeriod trend_period = TrendPeriod::Quarter;
  // The Network view's measure and date (#/network?measure=betweenness&asof=2024).
  Centrality measure = Centrality::Degree;
  std::optional<Date> as_of;  // none: everything
  // The Story view's step among the filtered events in date order, from 1
  // (#/story?step=3); 0: the first. A step past the end shows the last.
  size_t story_step = 0;
  // #/...?embed=1: the view alone, with minimal chrome, for an <iframe>
  // (core/nav/embed_code.h); the place is the same with or without it.
  bool embed = false;
};

struct ParsedHash {
  ViewState state;
  std::vector<std::string> notices;  // what was ignored, for the user
};

inline constexpr size_t kMaxHashLength = 4096;

const char* to_string(View v);
ParsedHash parse_hash(const std::string& hash);
std::string to_hash(const ViewState& s);
// Drops what the dataset does not know (a partner, a selected id) with a
// notice; a detail view whose subject is gone falls back to its list.
void check_against(const Dataset& d, ParsedHash& parsed);

std::string percent_encode(const std::string& s);
// Returns false on a malformed escape ("%4" or "%zz").
bool percent_decode(const std::string& s, std::string& out);

}  // namespace accord
