// Trends: events per partner or per topic per month, quarter or year, each
// period compared with the mean of the periods before it and put in a band
// (large or moderate increase, limited change, moderate or large decrease),
// after ACLED's Trendfinder. Built from EventTallies::by_month, so a million
// events cost nothing more than the tallies already did. docs/trends.md
// gives the rule in words; trend_rule_text() is what the app shows.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "event_tallies.h"

namespace accord {

enum class TrendRows { Partner, Topic };
enum class TrendPeriod { Month, Quarter, Year };
enum class TrendBand { NoBaseline, LargeDecrease, ModerateDecrease, LimitedChange, ModerateIncrease, LargeIncrease };

const char* to_string(TrendRows r);         // "partner", "topic"
const char* to_string(TrendPeriod p);       // "month", "quarter", "year"
const char* to_string(TrendBand b);         // "large_increase", ...
std::string trend_band_label(TrendBand b);  // "Large increase"
std::optional<TrendRows> trend_rows_from_string(const std::string& s);
std::optional<TrendPeriod> trend_period_from_string(const std::string& s);

// The thresholds, in one place: the bands, the screen and docs/trends.md.
struct TrendRules {
  double large = 0.25;         // change beyond +-25 %: large
  double moderate = 0.10;      // beyond +-10 % (up to 25 %): moderate
  double tiny_baseline = 2.0;  // a baseline of at most 2 events...
  size_t tiny_current = 5;     // ...and at most 5 now: limited change, whatever the ratio
};

// How many previous periods make the baseline: a year of months or
// quarters (which evens out the seasons), three years.
int baseline_periods(TrendPeriod p);

// The band of `current` events against a baseline (the mean of the
// previous periods). Boundaries belong to the smaller band: exactly +25 %
// is moderate, exactly +10 % limited. A zero baseline: limited change up
// to tiny_current events, else a large increase.
TrendBand trend_band(double baseline, size_t current, const TrendRules& rules = {});
bool is_low_baseline(double baseline, size_t current, const TrendRules& rules = {});

// The rule in one paragraph, for the screen and the CLI.
std::string trend_rule_text(TrendPeriod p, const TrendRules& rules = {});

// A period as a running number: months year*12 + month-1, quarters
// year*4 + quarter-1, years the year.
std::string period_label(TrendPeriod p, int period);  // "2024-03", "2024 Q1", "2024"
// The first and last month of a period, as dates of month precision (a
// year: year precision), for a timeline filter.
Date period_first(TrendPeriod p, int period);
Date period_last(TrendPeriod p, int period);

struct TrendCell {
  size_t events = 0;
  double baseline = 0;           // mean of the previous periods
  int baseline_periods = 0;      // how many there were (fewer at the data's start)
  std::optional<double> change;  // (events - baseline) / baseline; none for a zero baseline
  bool low_baseline = false;     // limited change by the tiny-baseline rule, whatever the ratio
  TrendBand band = TrendBand::NoBaseline;
};

struct TrendRow {
  std::string key;               // country id or topic; "" for every event
  size_t events = 0;             // in the shown periods
  std::vector<TrendCell> cells;  // aligned with TrendTable::periods
};

struct TrendTable {
  TrendRows by = TrendRows::Partner;
  TrendPeriod period = TrendPeriod::Quarter;
  int baseline_periods = 0;
  std::vector<int> periods;     // the shown ones, oldest first, ending with the data's last
  TrendRow all;                 // every dated event (an event with two partners once)
  std::vector<TrendRow> rows;   // most events in the shown periods first, then by key
  size_t year_only_events = 0;  // dated to a year only: left out of months and quarters
};

// The last `shown` periods of the data (fewer if the data is shorter).
// Rows with no event in the shown periods or their baselines are left out.
TrendTable trend_table(const EventTallies& t, TrendRows by, TrendPeriod period, size_t shown);

}  // namespace accord
