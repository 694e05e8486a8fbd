// trends: events per partner or topic per period, each against the mean of
// the periods before it, banded (core/analysis/trends.h).
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "event_tallies.h"
#include "table.h"
#include "trends.h"

namespace accord::cli {

namespace {

// The band as a mark that survives a plain terminal.
const char* band_mark(TrendBand b) {
  switch (b) {
    case TrendBand::LargeIncrease:
      return "++";
    case TrendBand::ModerateIncrease:
      return "+";
    case TrendBand::LimitedChange:
      return "=";
    case TrendBand::ModerateDecrease:
      return "-";
    case TrendBand::LargeDecrease:
      return "--";
    case TrendBand::NoBaseline:
      break;
  }
  return "";
}

std::string change_text(const TrendCell& c) {
  if (c.low_baseline) return "low base";
  if (!c.change) return "";
  const long pct = std::lround(*c.change * 100);
  return (pct > 0 ? "+" : "") + std::to_string(pct) + "%";
}

std::string row_name(const Dataset& d, const TrendTable& t, const TrendRow& r) {
  if (r.key.empty()) return "All events";
  if (t.by == TrendRows::Topic) return topic_label(r.key);
  const Country* c = d.find_country(r.key);
  return c ? c->name : r.key;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string baseline_text(double baseline) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", baseline);
  return text;
}

}  // namespace

int cmd_trends(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err) {
  const auto by = trend_rows_from_string(args.get("--by", "partner"));
  const auto period = trend_period_from_string(args.get("--period", "quarter"));
  const std::string format = args.get("--format", "table");
  if (!by) {
    err << "accord: --by takes partner or topic, not \"" << args.get("--by") << "\"\n";
    return 2;
  }
  if (!period) {
    err << "accord: --period takes month, quarter or year, not \"" << args.get("--period") << "\"\n";
    return 2;
  }
  if (format != "table" && format != "csv" && format != "json") {
    err << "accord: --format takes table, csv or json, not \"" << format << "\"\n";
    return 2;
  }
  const std::string periods_text = args.get("--periods", "8");
  size_t shown = 0;
  for (char c : periods_text) shown = c >= '0' && c <= '9' && shown < 10000 ? shown * 10 + size_t(c - '0') : 0;
  if (shown == 0) {
    err << "accord: --periods takes a whole number from 1, not \"" << periods_text << "\"\n";
    return 2;
  }

  const TrendTable t = trend_table(event_tallies(d), *by, *period, shown);
  std::vector<const TrendRow*> rows{&t.all};
  for (const TrendRow& r : t.rows) rows.push_back(&r);

  if (format == "json") {
    nlohmann::json j;
    j["by"] = to_string(t.by);
    j["period"] = to_string(t.period);
    j["baseline_periods"] = t.baseline_periods;
    j["rule"] = trend_rule_text(t.period);
    j["year_only_events"] = t.year_only_events;
    j["periods"] = nlohmann::json::array();
    for (int p : t.periods) j["periods"].push_back(period_label(t.period, p));
    j["rows"] = nlohmann::json::array();
    for (const TrendRow* r : rows) {
      nlohmann::json row{{"key", r->key}, {"name", row_name(d, t, *r)}, {"events", r->events}};
      row["cells"] = nlohmann::json::array();
      for (size_t k = 0; k < r->cells.size(); ++k) {
        const TrendCell& c = r->cells[k];
        nlohmann::json cell{{"period", period_label(t.period, t.periods[k])},
                            {"events", c.events},
                            {"baseline", c.baseline},
                            {"baseline_periods", c.baseline_periods},
                            {"band", to_string(c.band)},
                            {"low_baseline", c.low_baseline}};
        cell["change"] = c.change ? nlohmann::json(*c.change) : nlohmann::json(nullptr);
        row["cells"].push_back(cell);
      }
      j["rows"].push_back(row);
    }
    out << j.dump(2) << "\n";
  } else if (format == "csv") {
    out << to_string(t.by) << ",name,period,events,baseline,baseline_periods,change,band,low_baseline\n";
    for (const TrendRow* r : rows)
      for (size_t k = 0; k < r->cells.size(); ++k) {
        const TrendCell& c = r->cells[k];
        out << csv_field(r->key) << "," << csv_field(row_name(d, t, *r)) << "," << period_label(t.period, t.periods[k])
            << "," << c.events << "," << baseline_text(c.baseline) << "," << c.baseline_periods << ","
            << (c.change ? baseline_text(*c.change) : "") << "," << to_string(c.band) << ","
            << (c.low_baseline ? "true" : "false") << "\n";
      }
  } else {
    std::vector<std::string> header{to_string(t.by)};
    for (int p : t.periods) header.push_back(period_label(t.period, p));
    Table table(header);
    for (const TrendRow* r : rows) {
      std::vector<std::string> line{row_name(d, t, *r)};
      for (const TrendCell& c : r->cells) {
        std::string cell = std::to_string(c.events);
        if (c.band != TrendBand::NoBaseline) cell += std::string(" ") + band_mark(c.band);
        if (c.band != TrendBand::NoBaseline && !change_text(c).empty()) cell += " " + change_text(c);
        line.push_back(cell);
      }
      table.add(line);
    }
    table.print(out);
    out << "++ large increase, + moderate increase, = limited change, - moderate decrease, -- large decrease;\n"
        << "low base: limited change by the low-baseline rule\n"
        << trend_rule_text(t.period) << "\n";
    if (t.year_only_events)
      out << t.year_only_events << (t.year_only_events == 1 ? " event is" : " events are")
          << " dated to a year only: counted in years, not in " << to_string(t.period) << "s\n";
  }
  return t.periods.empty() ? 1 : 0;
}

}  // namespace accord::cli
