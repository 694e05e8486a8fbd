#include "view_outcomes.h"

#include <algorithm>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// "joint cases" -> "Joint cases", "kg" -> "Kilograms (kg)".
std::string unit_title(const std::string& unit) {
  if (unit == "kg") return tr("Seizures (kg)");
  if (unit == "suspects") return tr("Arrests (suspects)");
  return capitalized(unit);
}

// The x label of a bar: the period's year, else the period as given.
std::string bar_label(const accord::FigurePoint& p) {
  return p.year ? std::to_string(p.year) + (p.period.size() > 4 ? "*" : "") : p.period;
}

}  // namespace

constexpr size_t kMaxBarsPerChart = 40;

void OutcomesView::draw(AppState& state, const Fonts& fonts) {
  if (state.tallies_version() != tallies_version_) {
    tallies_version_ = state.tallies_version();
    // A chart of thousands of bars is unreadable and slow to draw: keep
    // each series' first kMaxBarsPerChart points (by year) and say so.
    series_.clear();
    hidden_points_ = 0;
    for (const accord::FigureSeries& all : state.tallies().figures) {
      accord::FigureSeries& s = series_.emplace_back();
      s.unit = all.unit;
      s.max_quantity = all.max_quantity;
      const size_t shown = std::min(all.points.size(), kMaxBarsPerChart);
      s.points.assign(all.points.begin(), all.points.begin() + long(shown));
      hidden_points_ += all.points.size() - shown;
    }
  }
  ImGui::BeginChild("##outcomes", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drag_to_scroll();
  tallies_updating_note(state);
  ImGui::PushFont(fonts.title);
  text_wrapped(tr("Measured outcomes"));
  ImGui::PopFont();
  size_t figures = 0;
  for (const auto& s : series_) figures += s.points.size();
  figures += hidden_points_;
  text_wrapped_colored(palette::kMutedText,
                       tr_count("{n} figures reported by the sources, grouped by unit. Each bar names its source; "
                                "* marks a part-year period.",
                                (long long)figures));
  if (series_.empty()) text_wrapped_colored(palette::kMutedText, tr("No figures in this dataset."));
  if (hidden_points_ > 0)
    text_wrapped_colored(palette::kMutedText,
                         tr_count("Each chart shows its first {max} figures; {n} more are not drawn.",
                                  (long long)hidden_points_, {{"max", std::to_string(kMaxBarsPerChart)}}));

  // Wide: two charts per row; phones: one.
  const int columns = state.stats().wide_layout && series_.size() > 1 ? 2 : 1;
  if (!series_.empty() &&
      ImGui::BeginTable("##charts", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    for (size_t i = 0; i < series_.size(); ++i) {
      ImGui::TableNextColumn();
      ImGui::PushID(int(i));
      draw_series(state, fonts, series_[i], i);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  ImGui::EndChild();
}

// A bar chart of one unit's figures in time order, then each bar's what,
// period, source and the event that reported it.
void OutcomesView::draw_series(AppState& state, const Fonts& fonts, const accord::FigureSeries& series, size_t) {
  const float px = ui_px();
  section_heading(unit_title(series.unit).c_str(), fonts);

  const float width = ImGui::GetContentRegionAvail().x;
  const float chart_h = (series.points.size() > 1 ? 150 : 90) * px;  // a lone bar needs less height
  const float line_h = ImGui::GetTextLineHeight();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float base_y = min.y + line_h + chart_h;  // value labels above, year labels below
  const size_t n = series.points.size();
  const float slot = width / float(std::max<size_t>(n, 3));  // lone bars stay bar-shaped
  const float bar_w = std::min(slot * 0.6f, 72 * px);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(min.x, base_y), ImVec2(min.x + width, base_y), ImGui::GetColorU32(ImGuiCol_Border), 1.5f * px);

  int hovered_bar = -1;
  for (size_t i = 0; i < n; ++i) {
    const accord::FigurePoint& p = series.points[i];
    const float cx = min.x + slot * (float(i) + 0.5f);
    const float h = series.max_quantity > 0 ? float(p.quantity / series.max_quantity) * chart_h : 0.0f;
    const ImVec2 bar_min(cx - bar_w * 0.5f, base_y - std::max(h, 2 * px)), bar_max(cx + bar_w * 0.5f, base_y);
    if (ImGui::IsMouseHoveringRect(ImVec2(bar_min.x, min.y), bar_max) && ImGui::IsWindowHovered()) hovered_bar = int(i);
    const ImVec4 fill = hovered_bar == int(i) ? palette::kInferred : palette::kAccent;
    dl->AddRectFilled(bar_min, bar_max, ImGui::GetColorU32(fill), 3 * px, ImDrawFlags_RoundCornersTop);
    ImGui::PushFont(fonts.bold);
    const std::string value = quantity_text(p.quantity);
    const ImVec2 vs = ImGui::CalcTextSize(value.c_str());
    dl->AddText(ImVec2(cx - vs.x * 0.5f, bar_min.y - vs.y - 2 * px), ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
    ImGui::PopFont();
    const std::string label = bar_label(p);
    const ImVec2 ls = ImGui::CalcTextSize(label.c_str());
    draw_clipped_text(dl, ImVec2(cx - std::min(ls.x, slot) * 0.5f, base_y + 3 * px), cx + slot * 0.5f,
                      ImGui::GetColorU32(palette::kMutedText), label.c_str(), label.c_str() + label.size());
  }
  ImGui::Dummy(ImVec2(width, line_h * 2 + chart_h + 6 * px));
  if (hovered_bar >= 0) {
    const accord::FigurePoint& p = series.points[size_t(hovered_bar)];
    const accord::Source* src = state.find_source(p.source);
    ImGui::SetTooltip("%s %s: %s\n%s\n%s", quantity_text(p.quantity).c_str(), series.unit.c_str(), p.what.c_str(),
                      p.period.c_str(), trf("Source: {title}", {{"title", src ? src->title : p.source}}).c_str());
  }

  // The legend: what each bar counts and where it comes from.
  for (size_t i = 0; i < n; ++i) {
    const accord::FigurePoint& p = series.points[i];
    ImGui::PushID(int(i));
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted((bar_label(p) + ": " + quantity_text(p.quantity) + " " + series.unit).c_str());
    ImGui::PopFont();
    text_wrapped(capitalized(p.what) +
                 (p.period.empty() || p.period == std::to_string(p.year) ? "" : " \u00b7 " + p.period));
    if (const accord::Source* src = state.find_source(p.source)) {
      const std::string text =
          trf("Source: {title}", {{"title", src->title}}) + (src->publisher.empty() ? "" : " \u00b7 " + src->publisher);
      if (src->url.empty())
        text_wrapped_colored(palette::kMutedText, text);
      else if (link_text(text))
        open_url(src->url);
    }
    if (const accord::Event* e = state.find_event(p.event))
      if (link(state, trf("Reported at: {title}", {{"title", e->title}}), "link:event:" + e->id)) state.select(e->id);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  }
}

}  // namespace atlas
