#include "view_trends.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

// Increases in the accent, decreases in the warm colour, stronger for large.
ImVec4 band_fill(accord::TrendBand b) {
  const ImVec4 bg = palette::kBackground;
  switch (b) {
    case accord::TrendBand::LargeIncrease:
      return mix(bg, palette::kAccent, 0.80f);
    case accord::TrendBand::ModerateIncrease:
      return mix(bg, palette::kAccent, 0.35f);
    case accord::TrendBand::LimitedChange:
      return mix(bg, ImGui::GetStyleColorVec4(ImGuiCol_Text), 0.08f);
    case accord::TrendBand::ModerateDecrease:
      return mix(bg, palette::kInferred, 0.35f);
    case accord::TrendBand::LargeDecrease:
      return mix(bg, palette::kInferred, 0.80f);
    case accord::TrendBand::NoBaseline:
      break;
  }
  return mix(bg, ImGui::GetStyleColorVec4(ImGuiCol_Text), 0.02f);
}

bool strong(accord::TrendBand b) {
  return b == accord::TrendBand::LargeIncrease || b == accord::TrendBand::LargeDecrease;
}

std::string change_text(const accord::TrendCell& c) {
  if (c.low_baseline) return tr("low base");
  if (!c.change) return c.band == accord::TrendBand::NoBaseline ? "" : tr("new");
  const long pct = std::lround(*c.change * 100);
  return (pct > 0 ? "+" : pct < 0 ? "-" : "\u00b1") + std::to_string(std::labs(pct)) + "%";
}

// The comparison rule in words, one sentence per period (the noun's gender
// changes the sentence in French).
std::string rule_text(accord::TrendPeriod p) {
  const accord::TrendRules rules;
  // "25%"; French puts a narrow no-break space before the sign.
  const char* sign = ui_language() == accord::Language::Fr ? "\u202f%" : "%";
  const auto pct = [&](double f) { return std::to_string(int(f * 100 + 0.5)) + sign; };
  const char* pattern =
      p == accord::TrendPeriod::Month
          ? tr("Each month is compared with the mean of the {n} months before it (fewer at the start of the data). "
               "Large increase: more than +{large}; moderate increase: +{moderate} to +{large}; limited change: "
               "within \u00b1{moderate}; moderate decrease: -{moderate} to -{large}; large decrease: below -{large}. "
               "But a baseline of {tiny} events or fewer with {now} or fewer now is limited change.")
      : p == accord::TrendPeriod::Quarter
          ? tr("Each quarter is compared with the mean of the {n} quarters before it (fewer at the start of the "
               "data). Large increase: more than +{large}; moderate increase: +{moderate} to +{large}; limited "
               "change: within \u00b1{moderate}; moderate decrease: -{moderate} to -{large}; large decrease: below "
               "-{large}. But a baseline of {tiny} events or fewer with {now} or fewer now is limited change.")
          : tr("Each year is compared with the mean of the {n} years before it (fewer at the start of the data). "
               "Large increase: more than +{large}; moderate increase: +{moderate} to +{large}; limited change: "
               "within \u00b1{moderate}; moderate decrease: -{moderate} to -{large}; large decrease: below -{large}. "
               "But a baseline of {tiny} events or fewer with {now} or fewer now is limited change.");
  return accord::format_message(pattern, {{"n", std::to_string(accord::baseline_periods(p))},
                                          {"large", pct(rules.large)},
                                          {"moderate", pct(rules.moderate)},
                                          {"tiny", number_text(rules.tiny_baseline)},
                                          {"now", std::to_string(rules.tiny_current)}});
}

// A column's period: "2024-05" and "2024" as the core writes them; a
// quarter as the language does ("2024 Q2", "T2 2024", "Q2/2024").
std::string period_text(accord::TrendPeriod p, int period) {
  const std::string core = accord::period_label(p, period);  // "2024 Q2"
  const size_t q = core.find(" Q");
  if (p != accord::TrendPeriod::Quarter || q == std::string::npos) return core;
  return trf("{year} Q{quarter}", {{"year", core.substr(0, q)}, {"quarter", core.substr(q + 2)}});
}

// "Large increase" ... in the interface's language.
std::string band_text(accord::TrendBand b) { return tr(accord::trend_band_label(b).c_str()); }

std::string row_name(const AppState& state, const accord::TrendTable& t, const accord::TrendRow& r) {
  if (r.key.empty()) return tr("All events");
  return t.by == accord::TrendRows::Topic ? topic_text(r.key) : country_name(state.dataset(), r.key);
}

accord::EventFilter row_filter(const accord::TrendTable& t, const accord::TrendRow& r) {
  accord::EventFilter f;
  if (r.key.empty()) return f;
  (t.by == accord::TrendRows::Topic ? f.topics : f.partners) = {r.key};
  return f;
}

}  // namespace

void TrendsView::refresh(const AppState& state, size_t shown) {
  const accord::ViewState& v = state.view_state();
  if (state.tallies_version() == tallies_version_ && v.trend_rows == by_ && v.trend_period == period_ &&
      shown == shown_)
    return;
  tallies_version_ = state.tallies_version();
  by_ = v.trend_rows;
  period_ = v.trend_period;
  shown_ = shown;
  table_ = accord::trend_table(state.tallies(), by_, period_, shown_);
}

void TrendsView::draw(AppState& state, const Fonts& fonts) {
  ImGui::BeginChild("##trends", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drag_to_scroll();
  tallies_updating_note(state);
  draw_options(state);
  // As many periods as fit: a phone shows the last few, a desktop more.
  const float em = ImGui::GetFontSize();
  const bool wide = state.stats().wide_layout;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float name_w = wide ? em * 10.0f : em * 6.5f;
  const float cell_min = wide ? em * 5.0f : em * 4.0f;
  const size_t fit = size_t(std::clamp(std::floor((avail - name_w) / cell_min), 3.0f, 12.0f));
  refresh(state, fit);
  const float cell_w = std::floor((avail - name_w) / float(std::max<size_t>(fit, 1)));
  section_heading(
      state.view_state().trend_rows == accord::TrendRows::Topic ? tr("Events per topic") : tr("Events per partner"),
      fonts);
  draw_table(state, fonts, name_w, cell_w);
  draw_legend();
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 4));
  ImGui::EndChild();
}

void TrendsView::draw_options(AppState& state) {
  const accord::ViewState& v = state.view_state();
  const float h = target_height(state);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  for (accord::TrendRows by : {accord::TrendRows::Partner, accord::TrendRows::Topic}) {
    ImGui::PushID(int(by));
    if (chip_button(by == accord::TrendRows::Partner ? tr("Partners") : tr("Topics"), v.trend_rows == by, h)) {
      accord::ViewState next = v;
      next.trend_rows = by;
      state.set_place(next);
    }
    note_widget(state, std::string("trends:by:") + accord::to_string(by));
    ImGui::PopID();
    ImGui::SameLine(0, gap);
  }
  ImGui::SameLine(0, gap * 3);
  // Three more chips may not fit beside two on a phone: a new line then.
  if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 14.0f) ImGui::NewLine();
  for (accord::TrendPeriod p : {accord::TrendPeriod::Month, accord::TrendPeriod::Quarter, accord::TrendPeriod::Year}) {
    ImGui::PushID(10 + int(p));
    const char* label = p == accord::TrendPeriod::Month     ? tr("Months")
                        : p == accord::TrendPeriod::Quarter ? tr("Quarters")
                                                            : tr("Years");
    if (chip_button(label, v.trend_period == p, h)) {
      accord::ViewState next = v;
      next.trend_period = p;
      state.set_place(next);
    }
    note_widget(state, std::string("trends:period:") + accord::to_string(p));
    ImGui::PopID();
    ImGui::SameLine(0, gap);
  }
  ImGui::NewLine();
}

void TrendsView::draw_table(AppState& state, const Fonts& fonts, float name_w, float cell_w) {
  const accord::TrendTable& t = table_;
  if (t.periods.empty()) {
    text_wrapped_colored(palette::kMutedText, tr("No dated events to compare."));
    return;
  }
  const float px = ui_px();
  const float row_h =
      std::max(target_height(state) + 2 * px, ImGui::GetTextLineHeight() * 2.3f);  // cells keep a 2 px gap
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec4 bg = palette::kBackground;

  // Header: the periods, newest last.
  ImGui::PushFont(fonts.bold);
  ImVec2 at = ImGui::GetCursorScreenPos();
  for (size_t k = 0; k < t.periods.size(); ++k) {
    const std::string label = period_text(t.period, t.periods[k]);
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    const float x = at.x + name_w + cell_w * float(k);
    dl->AddText(ImVec2(x + (cell_w - size.x) * 0.5f, at.y), ImGui::GetColorU32(palette::kMutedText), label.c_str());
  }
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(name_w + cell_w * float(t.periods.size()), ImGui::GetTextLineHeight() + 4 * px));

  const auto draw_row = [&](const accord::TrendRow& r) {
    ImGui::PushID(r.key.c_str());
    const std::string widget = r.key.empty() ? "all" : r.key;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    // The name: the whole row's events in the timeline.
    if (ImGui::InvisibleButton("##row", ImVec2(name_w - 2 * px, row_h - 2 * px)) && !pointer_was_dragged())
      open_filtered_timeline(state, row_filter(t, r));
    const bool row_hovered = ImGui::IsItemHovered();
    note_widget(state, "trends:row:" + widget);
    if (row_hovered) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      dl->AddRectFilled(min, ImVec2(min.x + name_w - 2 * px, min.y + row_h - 2 * px),
                        ImGui::GetColorU32(ImGuiCol_HeaderHovered), 3);
    }
    ImGui::PushFont(r.key.empty() ? fonts.bold : fonts.body);
    const std::string name = row_name(state, t, r);
    draw_clipped_text(dl, ImVec2(min.x + 4 * px, min.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f - px),
                      min.x + name_w - 6 * px, ImGui::GetColorU32(palette::kAccent), name.c_str(),
                      name.c_str() + name.size());
    ImGui::PopFont();
    for (size_t k = 0; k < r.cells.size(); ++k) {
      const accord::TrendCell& c = r.cells[k];
      ImGui::SameLine(0, 0);
      ImGui::SetCursorScreenPos(ImVec2(min.x + name_w + cell_w * float(k), min.y));
      const ImVec2 cmin = ImGui::GetCursorScreenPos();
      const ImVec2 cmax(cmin.x + cell_w - 2 * px, cmin.y + row_h - 2 * px);
      ImGui::PushID(int(k));
      const bool tapped =
          ImGui::InvisibleButton("##cell", ImVec2(cmax.x - cmin.x, cmax.y - cmin.y)) && !pointer_was_dragged();
      ImGui::PopID();
      const bool hovered = ImGui::IsItemHovered();
      note_widget(state, "trends:cell:" + widget + ":" + std::to_string(k));
      dl->AddRectFilled(cmin, cmax, ImGui::GetColorU32(band_fill(c.band)), 3);
      if (hovered) dl->AddRect(cmin, cmax, ImGui::GetColorU32(palette::kAccent), 3, 0, 2);
      const ImU32 ink = strong(c.band) ? ImGui::GetColorU32(bg) : ImGui::GetColorU32(ImGuiCol_Text);
      const std::string count = std::to_string(c.events);
      const std::string change = change_text(c);
      ImGui::PushFont(fonts.bold);
      const ImVec2 count_size = ImGui::CalcTextSize(count.c_str());
      ImGui::PopFont();
      const ImVec2 change_size = ImGui::CalcTextSize(change.c_str());
      const float lines_h = count_size.y + (change.empty() ? 0 : change_size.y);
      const float y = cmin.y + (cmax.y - cmin.y - lines_h) * 0.5f;
      ImGui::PushFont(fonts.bold);
      dl->AddText(ImVec2((cmin.x + cmax.x - count_size.x) * 0.5f, y), ink, count.c_str());
      ImGui::PopFont();
      if (!change.empty())
        dl->AddText(ImVec2((cmin.x + cmax.x - change_size.x) * 0.5f, y + count_size.y), ink, change.c_str());
      const std::string period = period_text(t.period, t.periods[k]);
      if (hovered) {
        std::string tip = name + ", " + period + ": " + tr_count("{n} events", (long long)c.events);
        if (c.baseline_periods > 0) {
          const char* before = t.period == accord::TrendPeriod::Month
                                   ? tr_key("against a mean of {mean} over the {n} months before")
                               : t.period == accord::TrendPeriod::Quarter
                                   ? tr_key("against a mean of {mean} over the {n} quarters before")
                                   : tr_key("against a mean of {mean} over the {n} years before");
          tip += " " + tr_count(before, c.baseline_periods, {{"mean", number_text(c.baseline, 1)}});
        }
        tip += ". " + band_text(c.band) + ". " + tr("Tap to list them.");
        ImGui::SetTooltip("%s", tip.c_str());
      }
      if (tapped) {
        accord::EventFilter f = row_filter(t, r);
        f.from = accord::period_first(t.period, t.periods[k]);
        f.to = accord::period_last(t.period, t.periods[k]);
        open_filtered_timeline(state, f);
      }
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + row_h));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
  };
  draw_row(t.all);
  for (const accord::TrendRow& r : t.rows) draw_row(r);
}

void TrendsView::draw_legend() {
  const float px = ui_px();
  const float sw = ImGui::GetFontSize();
  ImGui::Dummy(ImVec2(0, 4 * px));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  using accord::TrendBand;
  for (TrendBand b : {TrendBand::LargeIncrease, TrendBand::ModerateIncrease, TrendBand::LimitedChange,
                      TrendBand::ModerateDecrease, TrendBand::LargeDecrease, TrendBand::NoBaseline}) {
    const std::string label = b == TrendBand::NoBaseline ? std::string(tr("Nothing before to compare")) : band_text(b);
    const float w = sw + 6 * px + ImGui::CalcTextSize(label.c_str()).x;
    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(at, ImVec2(at.x + sw, at.y + sw), ImGui::GetColorU32(band_fill(b)), 3);
    dl->AddRect(at, ImVec2(at.x + sw, at.y + sw), ImGui::GetColorU32(ImGuiCol_Border), 3);
    ImGui::Dummy(ImVec2(sw + 4 * px, sw));
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine(0, 14 * px);
  }
  ImGui::NewLine();
  text_wrapped_colored(palette::kMutedText, rule_text(table_.period));
  if (table_.year_only_events)
    text_wrapped_colored(palette::kMutedText,
                         tr_count("{n} events are dated to a year only: counted in years, not here.",
                                  (long long)table_.year_only_events));
  text_wrapped_colored(palette::kMutedText,
                       tr("Tap a name to list its events in the timeline, a cell for that period."));
}

}  // namespace atlas
