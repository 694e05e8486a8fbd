#include "view_network.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// Up to this many events the evidence is gathered at once (a few ms).
constexpr size_t kGatherAtOnceEvents = 20000;
constexpr size_t kGatherSliceEvents = 512;     // ~4 ms of events between looks at the clock
constexpr double kGatherBudgetMs = 8.0;        // per frame
constexpr int kLayoutIterationsPerFrame = 12;  // ~2 ms at 300 nodes
constexpr uint64_t kLayoutSeed = 17;
constexpr size_t kLabelledNodes = 12;  // the top of the ranking gets names on the canvas
constexpr size_t kNamedNodes = 30;     // and rectangles in the test hook
constexpr size_t kListedNodes = 50;

ImVec4 kind_colour(accord::NodeKind k) {
  switch (k) {
    case accord::NodeKind::Country:
      return palette::kAccent;
    case accord::NodeKind::Organization:
      return ImVec4(0.16f, 0.55f, 0.33f, 1.0f);
    case accord::NodeKind::Person:
      return ImVec4(0.52f, 0.30f, 0.66f, 1.0f);
    case accord::NodeKind::Agreement:
      return palette::kInferred;
    case accord::NodeKind::Mechanism:
      return ImVec4(0.10f, 0.58f, 0.62f, 1.0f);
  }
  return palette::kAccent;
}

std::string value_text(double v, accord::Centrality c) {
  char text[32];
  std::snprintf(text, sizeof text, c == accord::Centrality::Eigenvector ? "%.3f" : "%.0f", v);
  return text;
}

std::string node_name(const accord::NetworkNode& n) { return std::string(accord::to_string(n.kind)) + ":" + n.id; }

}  // namespace

NetworkView::NetworkView() = default;
NetworkView::~NetworkView() = default;

void NetworkView::refresh(const AppState& state) {
  const accord::ViewState& v = state.view_state();
  const std::string as_of = v.as_of ? v.as_of->iso() : "";
  if (network_evidence_ != state.network_version() || network_as_of_ != as_of) {
    network_evidence_ = state.network_version();
    network_as_of_ = as_of;
    accord::NetworkOptions o;
    o.as_of = v.as_of;
    network_ = accord::cooperation_network(state.dataset(), state.network(), o);
    graph_ = network_.graph();
    layout_ = std::make_unique<accord::ForceLayout>(graph_, kLayoutSeed);
    values_.clear();
  }
  if (values_.empty() || measure_ != v.measure) {
    measure_ = v.measure;
    values_ = accord::centrality(graph_, measure_);
    ranked_ = accord::rank_nodes(network_, values_);
    max_value_ = ranked_.empty() ? 0.0 : ranked_.front().value;
  }
}

void NetworkView::draw(AppState& state, const Fonts& fonts) {
  const bool wide = state.stats().wide_layout;
  ImGui::BeginChild(
      "##network", ImVec2(0, 0), false,
      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  state.want_network();
  if (!state.network_current()) {  // a large dataset: a few seconds of slices between frames
    text_wrapped_colored(palette::kMutedText, tr("Gathering the cooperation network from the events\u2026"));
    ImGui::ProgressBar(state.network_progress(), ImVec2(std::min(ImGui::GetContentRegionAvail().x, 400.0f), 0));
    ImGui::EndChild();
    return;
  }
  refresh(state);
  if (layout_ && !layout_->done() && !layout_->step(kLayoutIterationsPerFrame)) state.request_frame();
  draw_controls(state);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (wide) {
    const float canvas_w = std::floor(avail.x * 0.66f);
    draw_canvas(state, fonts, ImVec2(canvas_w, avail.y));
    ImGui::SameLine();
    ImGui::BeginChild("##ranked", ImVec2(0, 0), false);
    drag_to_scroll();
    draw_ranked(state, fonts);
    ImGui::EndChild();
  } else {
    // The canvas stays put (a drag pans it); the list below scrolls.
    draw_canvas(state, fonts, ImVec2(avail.x, std::floor(std::min(avail.x * 1.05f, avail.y * 0.58f))));
    ImGui::BeginChild("##ranked", ImVec2(0, 0), false);
    drag_to_scroll();
    draw_ranked(state, fonts);
    ImGui::EndChild();
  }
  ImGui::EndChild();
}

void NetworkView::draw_controls(AppState& state) {
  const accord::ViewState& v = state.view_state();
  const float h = target_height(state);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  for (accord::Centrality c : accord::all_centralities()) {
    const std::string label =
        c == accord::Centrality::WeightedDegree ? std::string(tr("Weighted")) : tr(accord::centrality_label(c).c_str());
    const float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2.5f;
    if (ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x && ImGui::GetContentRegionAvail().x < w)
      ImGui::NewLine();
    ImGui::PushID(int(c));
    if (chip_button(label, v.measure == c, h)) {
      accord::ViewState next = v;
      next.measure = c;
      state.set_place(next);
    }
    note_widget(state, std::string("network:measure:") + accord::to_string(c));
    ImGui::PopID();
    ImGui::SameLine(0, gap);
  }
  ImGui::NewLine();

  // The timeline's filter applies here too (it is in the link): say so,
  // and how to see every event's network again.
  const std::string filtered = filter_summary(state.dataset(), state.filter());
  if (!filtered.empty()) {
    ImGui::AlignTextToFramePadding();
    text_wrapped_colored(palette::kAccent,
                         tr_count("The network of {n} events: {filter}",
                                  static_cast<long long>(state.visible_events().size()), {{"filter", filtered}}));
    if (link(state, tr("Show every event's network"), "network:all-events")) state.set_filter(accord::EventFilter{});
  }

  // As of: a year from the evidence's first to its last, then "all time".
  const int first = state.network().first_year, last = state.network().last_year;
  if (first > 0) {
    int year = v.as_of ? std::clamp(v.as_of->year, first, last + 1) : last + 1;
    const std::string label = year > last ? std::string(tr("as of now (all)"))
                                          : trf("as of the end of {year}", {{"year", std::to_string(year)}});
    const float zoom_w = h * 2 + std::max(h, ImGui::CalcTextSize(tr("Fit")).x + gap * 2) + gap * 2;
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - zoom_w - gap, 120.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, h * 0.6f);
    // The label goes through a format string: a literal % must be doubled.
    std::string format;
    for (char ch : label) format += ch == '%' ? std::string("%%") : std::string(1, ch);
    if (ImGui::SliderInt("##asof", &year, first, last + 1, format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
      accord::ViewState next = v;
      if (year > last)
        next.as_of.reset();
      else
        next.as_of = accord::Date::parse(std::to_string(year));
      state.set_place(next);
    }
    ImGui::PopStyleVar(2);
    note_widget(state, "network:asof");
    ImGui::SameLine(0, gap);
  }
  // Zoom for fingers and anyone without a wheel.
  const auto zoom_button = [&](const char* label, const char* name, float factor) {
    if (ImGui::Button(label, ImVec2(std::max(h, ImGui::CalcTextSize(label).x + gap * 2), h))) {
      zoom_ = factor > 0 ? std::clamp(zoom_ * factor, 0.3f, 12.0f) : 1.0f;
      if (factor <= 0) pan_ = ImVec2(0, 0);
    }
    note_widget(state, name);
  };
  zoom_button("+", "network:zoom-in", 1.4f);
  ImGui::SameLine(0, gap);
  zoom_button("-", "network:zoom-out", 1 / 1.4f);
  ImGui::SameLine(0, gap);
  zoom_button(tr("Fit"), "network:fit", 0.0f);
}

void NetworkView::draw_canvas(AppState& state, const Fonts& fonts, ImVec2 size) {
  const float px = ui_px();
  size.x = std::max(size.x, 50.0f);
  size.y = std::max(size.y, 50.0f);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  const bool released = ImGui::InvisibleButton("##canvas", size);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  note_widget(state, "network:canvas");
  ImGuiIO& io = ImGui::GetIO();
  // Two fingers zoom (below); only one pans: SDL sends the first as the mouse.
  const PinchStep& pinch = state.stats().pinch;
  if (active && !pinch.active && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    pan_.x += io.MouseDelta.x;
    pan_.y += io.MouseDelta.y;
  }
  const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
  // The layout's extent fills the canvas (less a margin for discs and labels).
  const std::vector<accord::LayoutPoint>& at = layout_->positions();
  double lo_x = 0, hi_x = 0, lo_y = 0, hi_y = 0;
  for (size_t v = 0; v < at.size(); ++v) {
    lo_x = v ? std::min(lo_x, at[v].x) : at[v].x;
    hi_x = v ? std::max(hi_x, at[v].x) : at[v].x;
    lo_y = v ? std::min(lo_y, at[v].y) : at[v].y;
    hi_y = v ? std::max(hi_y, at[v].y) : at[v].y;
  }
  const float margin = 40 * px;
  const float unit = std::min((size.x - 2 * margin) / float(std::max(hi_x - lo_x, 1e-3)),
                              (size.y - 2 * margin) / float(std::max(hi_y - lo_y, 1e-3)));
  const accord::LayoutPoint middle{(lo_x + hi_x) * 0.5, (lo_y + hi_y) * 0.5};
  // Zoom about a point (the pointer, the fingers' midpoint): it stays put.
  const auto zoom_about = [&](float factor, ImVec2 p) {
    const float before = zoom_;
    zoom_ = std::clamp(zoom_ * factor, 0.3f, 12.0f);
    const float k = zoom_ / before;
    pan_.x = (pan_.x + centre.x - p.x) * k - (centre.x - p.x);
    pan_.y = (pan_.y + centre.y - p.y) * k - (centre.y - p.y);
  };
  if (hovered && io.MouseWheel != 0) zoom_about(std::pow(1.15f, io.MouseWheel), io.MousePos);
  const bool pinch_inside = pinch.x >= min.x && pinch.x <= max.x && pinch.y >= min.y && pinch.y <= max.y;
  if (pinch.active && pinch_inside && pinch.scale != 1.0f) zoom_about(pinch.scale, ImVec2(pinch.x, pinch.y));
  const auto project = [&](const accord::LayoutPoint& p) {
    return ImVec2(centre.x + pan_.x + float(p.x - middle.x) * unit * zoom_,
                  centre.y + pan_.y + float(p.y - middle.y) * unit * zoom_);
  };

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec4 bg = palette::kBackground;
  dl->AddRectFilled(min, max, ImGui::GetColorU32(ImVec4(bg.x * 0.97f, bg.y * 0.97f, bg.z * 0.98f, 1.0f)));
  dl->PushClipRect(min, max, true);
  if (network_.nodes.empty()) {
    dl->AddText(ImVec2(min.x + 12 * px, min.y + 12 * px), ImGui::GetColorU32(palette::kMutedText),
                tr("No cooperation recorded by this date."));
  }
  const ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  for (const accord::Graph::Edge& e : graph_.edges) {
    const float t = std::min(1.0f + std::log1p(float(e.weight)) * 0.6f, 4.0f);
    dl->AddLine(project(at[e.a]), project(at[e.b]), ImGui::GetColorU32(ImVec4(ink.x, ink.y, ink.z, 0.16f)), t * px);
  }
  const auto radius = [&](uint32_t v) {
    const double share = max_value_ > 0 ? values_[v] / max_value_ : 0.0;
    return (3.0f + 15.0f * float(std::sqrt(std::max(share, 0.0)))) * px;
  };
  // The node under the pointer: the nearest whose disc (plus a finger's margin) holds it.
  int under = -1;
  float best = 1e9f;
  if (hovered || released) {
    for (uint32_t v = 0; v < network_.nodes.size(); ++v) {
      const ImVec2 p = project(at[v]);
      const float d = std::hypot(p.x - io.MousePos.x, p.y - io.MousePos.y);
      if (d < radius(v) + 6 * px && d < best) {
        best = d;
        under = int(v);
      }
    }
  }
  // Smallest first, so the big ones sit on top.
  for (size_t k = ranked_.size(); k-- > 0;) {
    const uint32_t v = ranked_[k].node;
    const ImVec2 p = project(at[v]);
    const float r = radius(v);
    const ImVec4 c = kind_colour(network_.nodes[v].kind);
    dl->AddCircleFilled(p, r, ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.85f)));
    dl->AddCircle(p, r, ImGui::GetColorU32(bg), 0, 1.0f * px);
    if (int(v) == under) dl->AddCircle(p, r + 2 * px, ImGui::GetColorU32(palette::kAccent), 0, 2.0f * px);
    if (k < kNamedNodes && p.x > min.x + r && p.x < max.x - r && p.y > min.y + r && p.y < max.y - r)
      note_rect(state, "network:node:" + node_name(network_.nodes[v]), ImVec2(p.x - r, p.y - r),
                ImVec2(p.x + r, p.y + r));
  }
  ImGui::PushFont(fonts.bold);
  std::vector<ImVec4> placed;  // label boxes as (min x, min y, max x, max y)
  for (size_t k = 0; k < ranked_.size() && k < kLabelledNodes; ++k) {
    const uint32_t v = ranked_[k].node;
    std::string label = network_.nodes[v].label;
    if (label.size() > 38) {  // cut between characters
      size_t end = 36;
      while (end > 0 && (static_cast<unsigned char>(label[end]) & 0xC0) == 0x80) --end;
      label = label.substr(0, end) + "\u2026";
    }
    const ImVec2 p = project(at[v]);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const ImVec2 tl(p.x - ts.x * 0.5f, p.y + radius(v) + 2 * px);
    // A label that would cover one already drawn is left out (the list names it).
    const ImVec4 box(tl.x - 3 * px, tl.y, tl.x + ts.x + 3 * px, tl.y + ts.y);
    if (std::any_of(placed.begin(), placed.end(),
                    [&](const ImVec4& o) { return box.x < o.z && o.x < box.z && box.y < o.w && o.y < box.w; }))
      continue;
    placed.push_back(box);
    dl->AddRectFilled(ImVec2(tl.x - 3 * px, tl.y), ImVec2(tl.x + ts.x + 3 * px, tl.y + ts.y),
                      ImGui::GetColorU32(ImVec4(bg.x, bg.y, bg.z, 0.75f)), 3 * px);
    dl->AddText(tl, ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  }
  ImGui::PopFont();
  dl->PopClipRect();
  dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border));

  if (under >= 0 && hovered) {
    const accord::NetworkNode& n = network_.nodes[size_t(under)];
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s (%s)\n%s %s. %s", n.label.c_str(), tr(accord::to_string(n.kind)),
                      tr(accord::centrality_label(measure_).c_str()),
                      value_text(values_[size_t(under)], measure_).c_str(), tr("Tap to open."));
  }
  if (released && !pointer_was_dragged() && under >= 0) open_node(state, uint32_t(under));
}

void NetworkView::draw_ranked(AppState& state, const Fonts& fonts) {
  section_heading(trf("Ranked by {measure}", {{"measure", tr(accord::centrality_label(measure_).c_str())}}).c_str(),
                  fonts);
  std::string note = tr_count("{n} nodes", (long long)network_.nodes.size()) + ", " +
                     tr_count("{n} linked pairs", (long long)graph_.edges.size());
  if (network_.nodes_before_cap > network_.nodes.size())
    note += " " + tr_count("(the {n} with the most evidence of {all})", (long long)network_.nodes.size(),
                           {{"all", number_text(double(network_.nodes_before_cap))}});
  text_wrapped_colored(palette::kMutedText, note);
  const float row_h = target_height(state);
  const float px = ui_px();
  for (size_t k = 0; k < ranked_.size() && k < kListedNodes; ++k) {
    const accord::NetworkNode& n = network_.nodes[ranked_[k].node];
    ImGui::PushID(int(k));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool tapped = list_row("##node", false, row_h);
    note_widget(state, "network:rank:" + node_name(n));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float y = min.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f;
    const std::string rank = std::to_string(k + 1);
    dl->AddText(ImVec2(min.x + 2 * px, y), ImGui::GetColorU32(palette::kMutedText), rank.c_str());
    const float dot = 5 * px;
    dl->AddCircleFilled(ImVec2(min.x + 34 * px, y + ImGui::GetTextLineHeight() * 0.5f), dot,
                        ImGui::GetColorU32(kind_colour(n.kind)));
    const std::string value = value_text(ranked_[k].value, measure_);
    const float value_w = ImGui::CalcTextSize(value.c_str()).x;
    draw_clipped_text(dl, ImVec2(min.x + 46 * px, y), min.x + width - value_w - 12 * px,
                      ImGui::GetColorU32(ImGuiCol_Text), n.label.c_str(), n.label.c_str() + n.label.size());
    dl->AddText(ImVec2(min.x + width - value_w - 4 * px, y), ImGui::GetColorU32(palette::kMutedText), value.c_str());
    if (tapped) open_node(state, ranked_[k].node);
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 4 * px));
  text_wrapped_colored(palette::kMutedText,
                       tr("Edges: took part in, hosted, signed, acted under, amends. Colours: countries, "
                          "organizations (green), people (purple), agreements (amber), mechanisms (teal). "
                          "Drag to pan; wheel, pinch or +/- to zoom; tap a node to open it."));
}

void NetworkView::open_node(AppState& state, uint32_t node) {
  const accord::NetworkNode& n = network_.nodes[node];
  accord::EventFilter f;
  switch (n.kind) {
    case accord::NodeKind::Person:
      if (state.find_person(n.id)) return state.navigate_to(View::Person, n.id);
      break;
    case accord::NodeKind::Agreement:
      if (state.find_agreement(n.id)) return state.navigate_to(View::Agreement, n.id);
      break;
    case accord::NodeKind::Country:
      if (n.id != state.dataset().home_country) f.partners = {n.id};
      return open_filtered_timeline(state, f);
    case accord::NodeKind::Organization:
    case accord::NodeKind::Mechanism:
      break;
  }
  f.text = n.label;  // organizations and mechanisms: their events, by name
  open_filtered_timeline(state, f);
}

}  // namespace atlas
