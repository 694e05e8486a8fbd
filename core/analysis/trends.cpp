#include "trends.h"

#include <algorithm>
#include <cstdio>

namespace accord {
namespace {

// Ratios like 11/10 - 1 land a hair off 0.1: a boundary counts as on it.
constexpr double kEpsilon = 1e-9;

// The period a tallied month column falls in; false for a year-only
// column under months or quarters.
bool period_of(TrendPeriod p, int month_key, int& period) {
  const int year = month_key / 100, month = month_key % 100;
  switch (p) {
    case TrendPeriod::Year:
      period = year;
      return true;
    case TrendPeriod::Quarter:
      period = year * 4 + (month - 1) / 3;
      return month > 0;
    case TrendPeriod::Month:
      period = year * 12 + month - 1;
      return month > 0;
  }
  return false;
}

// Floor division, so periods before year 0 (never valid, but safe) still order.
int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string percent(double fraction) { return std::to_string(int(fraction * 100 + 0.5)) + " %"; }

}  // namespace

const char* to_string(TrendRows r) { return r == TrendRows::Topic ? "topic" : "partner"; }

const char* to_string(TrendPeriod p) {
  switch (p) {
    case TrendPeriod::Month:
      return "month";
    case TrendPeriod::Quarter:
      return "quarter";
    case TrendPeriod::Year:
      return "year";
  }
  return "quarter";
}

const char* to_string(TrendBand b) {
  switch (b) {
    case TrendBand::NoBaseline:
      return "no_baseline";
    case TrendBand::LargeDecrease:
      return "large_decrease";
    case TrendBand::ModerateDecrease:
      return "moderate_decrease";
    case TrendBand::LimitedChange:
      return "limited_change";
    case TrendBand::ModerateIncrease:
      return "moderate_increase";
    case TrendBand::LargeIncrease:
      return "large_increase";
  }
  return "no_baseline";
}

std::string trend_band_label(TrendBand b) {
  std::string s = to_string(b);
  for (char& c : s)
    if (c == '_') c = ' ';
  s[0] = char(s[0] - 'a' + 'A');
  return s;
}

std::optional<TrendRows> trend_rows_from_string(const std::string& s) {
  if (s == "partner") return TrendRows::Partner;
  if (s == "topic") return TrendRows::Topic;
  return std::nullopt;
}

std::optional<TrendPeriod> trend_period_from_string(const std::string& s) {
  for (TrendPeriod p : {TrendPeriod::Month, TrendPeriod::Quarter, TrendPeriod::Year})
    if (s == to_string(p)) return p;
  return std::nullopt;
}

int baseline_periods(TrendPeriod p) {
  switch (p) {
    case TrendPeriod::Month:
      return 12;
    case TrendPeriod::Quarter:
      return 4;
    case TrendPeriod::Year:
      return 3;
  }
  return 4;
}

bool is_low_baseline(double baseline, size_t current, const TrendRules& rules) {
  return baseline <= rules.tiny_baseline && current <= rules.tiny_current;
}

TrendBand trend_band(double baseline, size_t current, const TrendRules& rules) {
  if (is_low_baseline(baseline, current, rules)) return TrendBand::LimitedChange;
  if (baseline <= 0) return TrendBand::LargeIncrease;
  const double change = (double(current) - baseline) / baseline;
  if (change > rules.large + kEpsilon) return TrendBand::LargeIncrease;
  if (change > rules.moderate + kEpsilon) return TrendBand::ModerateIncrease;
  if (change >= -rules.moderate - kEpsilon) return TrendBand::LimitedChange;
  if (change >= -rules.large - kEpsilon) return TrendBand::ModerateDecrease;
  return TrendBand::LargeDecrease;
}

std::string trend_rule_text(TrendPeriod p, const TrendRules& rules) {
  const int n = baseline_periods(p);
  char tiny[160];
  std::snprintf(tiny, sizeof tiny, "a baseline of %g events or fewer with %zu or fewer now is limited change",
                rules.tiny_baseline, rules.tiny_current);
  return std::string("Each ") + to_string(p) + " is compared with the mean of the " + std::to_string(n) + " " +
         to_string(p) + "s before it (fewer at the start of the data). Large increase: more than +" +
         percent(rules.large) + "; moderate increase: +" + percent(rules.moderate) + " to +" + percent(rules.large) +
         "; limited change: within \u00b1" + percent(rules.moderate) + "; moderate decrease: -" +
         percent(rules.moderate) + " to -" + percent(rules.large) + "; large decrease: below -" + percent(rules.large) +
         ". But " + tiny + ".";
}

std::string period_label(TrendPeriod p, int period) {
  switch (p) {
    case TrendPeriod::Month:
      return std::to_string(floor_div(period, 12)) + "-" + two_digits(period - floor_div(period, 12) * 12 + 1);
    case TrendPeriod::Quarter:
      return std::to_string(floor_div(period, 4)) + " Q" + std::to_string(period - floor_div(period, 4) * 4 + 1);
    case TrendPeriod::Year:
      break;
  }
  return std::to_string(period);
}

namespace {
Date month_date(int year, int month) {
  Date d;
  d.year = year;
  d.month = month;
  d.precision = DatePrecision::Month;
  return d;
}
}  // namespace

Date period_first(TrendPeriod p, int period) {
  switch (p) {
    case TrendPeriod::Month:
      return month_date(floor_div(period, 12), period - floor_div(period, 12) * 12 + 1);
    case TrendPeriod::Quarter:
      return month_date(floor_div(period, 4), (period - floor_div(period, 4) * 4) * 3 + 1);
    case TrendPeriod::Year:
      break;
  }
  Date d;
  d.year = period;
  d.precision = DatePrecision::Year;
  return d;
}

Date period_last(TrendPeriod p, int period) {
  if (p != TrendPeriod::Quarter) return period_first(p, period);
  Date d = period_first(p, period);
  d.month += 2;
  return d;
}

TrendTable trend_table(const EventTallies& t, TrendRows by, TrendPeriod period, size_t shown) {
  TrendTable out;
  out.by = by;
  out.period = period;
  out.baseline_periods = baseline_periods(period);
  const EventTallies::ByMonth& m = t.by_month;

  // The data's first and last period.
  bool any = false;
  int first = 0, last = 0;
  for (size_t c = 0; c < m.months.size(); ++c) {
    int p = 0;
    if (!period_of(period, m.months[c], p)) {
      out.year_only_events += m.events[c];
      continue;
    }
    first = any ? std::min(first, p) : p;
    last = any ? std::max(last, p) : p;
    any = true;
  }
  if (!any || shown == 0) return out;
  const int shown_first = std::max(first, last - int(shown) + 1);
  const int window_first = std::max(first, shown_first - out.baseline_periods);
  const size_t width = size_t(last - window_first + 1);
  for (int p = shown_first; p <= last; ++p) out.periods.push_back(p);

  // Each column's place in the window, or -1 when it falls outside it.
  std::vector<int> slot(m.months.size(), -1);
  for (size_t c = 0; c < m.months.size(); ++c) {
    int p = 0;
    if (period_of(period, m.months[c], p) && p >= window_first) slot[c] = p - window_first;
  }
  const auto dense = [&](const std::vector<uint32_t>& cells) {
    std::vector<size_t> counts(width, 0);
    for (size_t c = 0; c < cells.size() && c < slot.size(); ++c)
      if (slot[c] >= 0) counts[size_t(slot[c])] += cells[c];
    return counts;
  };
  const auto row_of = [&](std::string key, const std::vector<uint32_t>& cells) {
    const std::vector<size_t> counts = dense(cells);
    TrendRow row;
    row.key = std::move(key);
    for (int p = shown_first; p <= last; ++p) {
      TrendCell cell;
      cell.events = counts[size_t(p - window_first)];
      const int from = std::max(window_first, p - out.baseline_periods);
      size_t sum = 0;
      for (int q = from; q < p; ++q) sum += counts[size_t(q - window_first)];
      cell.baseline_periods = p - from;
      if (cell.baseline_periods > 0) {
        cell.baseline = double(sum) / cell.baseline_periods;
        cell.band = trend_band(cell.baseline, cell.events);
        cell.low_baseline = is_low_baseline(cell.baseline, cell.events);
        if (cell.baseline > 0) cell.change = (double(cell.events) - cell.baseline) / cell.baseline;
      }
      row.events += cell.events;
      row.cells.push_back(cell);
    }
    const bool empty = std::all_of(counts.begin(), counts.end(), [](size_t n) { return n == 0; });
    return std::make_pair(std::move(row), empty);
  };

  out.all = row_of("", m.events).first;
  static const std::vector<uint32_t> kNone;
  const size_t keys = by == TrendRows::Partner ? t.partners.size() : t.topics.size();
  const std::vector<std::vector<uint32_t>>& rows = by == TrendRows::Partner ? m.partners : m.topics;
  for (size_t k = 0; k < keys; ++k) {
    auto [row, empty] =
        row_of(by == TrendRows::Partner ? t.partners[k].country : t.topics[k], k < rows.size() ? rows[k] : kNone);
    if (!empty) out.rows.push_back(std::move(row));
  }
  std::sort(out.rows.begin(), out.rows.end(), [](const TrendRow& a, const TrendRow& b) {
    return a.events != b.events ? a.events > b.events : a.key < b.key;
  });
  return out;
}

}  // namespace accord
