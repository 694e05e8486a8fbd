#include "view_partners.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <iterator>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImRect
#include "map_draw.h"
#include "platform.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

// The region extract sits beside the fonts: assets/map/.
std::string map_path() { return fonts_dir() + "/../map/southeast-asia.json"; }

const accord::Country* country_by_iso(const accord::Dataset& d, int iso) {
  for (const accord::Country& c : d.countries)
    if (c.iso_numeric == iso) return &c;
  return nullptr;
}

void filter_partner(AppState& state, const std::string& id, const std::string& topic = "") {
  accord::EventFilter f;
  if (!id.empty()) f.partners = {id};
  if (!topic.empty()) f.topics = {topic};
  open_filtered_timeline(state, f);
}

}  // namespace

void PartnersView::refresh(const AppState& state) {
  if (!map_loaded_) {
    map_loaded_ = true;
    map_ = accord::load_map_shapes_file(map_path(), &map_error_);
  }
  if (state.data_version() == data_version_ && state.tallies_version() == tallies_version_) return;
  data_version_ = state.data_version();
  tallies_version_ = state.tallies_version();
  matrix_ = accord::partner_topic_matrix(state.tallies());
  summaries_ = accord::partner_summaries(state.dataset(), state.tallies());
}

void PartnersView::draw(AppState& state, const Fonts& fonts) {
  refresh(state);
  const bool wide = state.stats().wide_layout;
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const ImGuiStyle& style = ImGui::GetStyle();

  if (wide) {
    const float left_w = std::floor(avail_w * 0.58f);
    ImGui::BeginChild("##map-matrix", ImVec2(left_w, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drag_to_scroll();
    tallies_updating_note(state);
    const float map_w = ImGui::GetContentRegionAvail().x;
    draw_map(state, fonts, map_w, std::min(map_w * 0.72f, avail_h * 0.62f));
    draw_matrix(state, fonts);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##summaries", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drag_to_scroll();
    draw_summaries(state, fonts);
    ImGui::EndChild();
  } else {
    ImGui::BeginChild("##partners", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drag_to_scroll();
    tallies_updating_note(state);
    const float map_w = ImGui::GetContentRegionAvail().x;
    draw_map(state, fonts, map_w, map_w * 0.82f);
    draw_summaries(state, fonts);
    draw_matrix(state, fonts);
    ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 4));
    ImGui::EndChild();
  }
}

void PartnersView::draw_map(AppState& state, const Fonts& fonts, float width, float height) {
  const accord::Dataset& d = state.dataset();
  section_heading(tr("Partners on the map"), fonts);
  if (map_.countries.empty()) {
    text_wrapped_colored(palette::kWarning, trf("The map is unavailable: {error}", {{"error", map_error_}}));
    return;
  }
  const float px = ui_px();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);

  // The region: the home country and every partner with events.
  const accord::Country* home = d.find_country(d.home_country);
  const accord::CountryShape* home_shape = home ? map_.find(home->iso_numeric) : nullptr;
  accord::GeoBox region;
  auto include = [&](const accord::CountryShape* s) {
    if (!s) return;
    region.add({s->box.west, s->box.south});
    region.add({s->box.east, s->box.north});
  };
  include(home_shape);
  for (const std::string& id : matrix_.partners)
    if (const accord::Country* c = d.find_country(id)) include(map_.find(c->iso_numeric));
  if (region.empty()) region = map_.box;
  const MapFrame frame = fit_map(region, min, max);

  // Tap (not drag) on a country: the timeline filtered to it.
  const bool tapped = ImGui::InvisibleButton("##map", ImVec2(width, height)) && !pointer_was_dragged();
  const bool hovered = ImGui::IsItemHovered();
  const accord::CountryShape* under = hovered ? map_.country_at(frame.unproject(ImGui::GetIO().MousePos)) : nullptr;
  const accord::Country* under_country = under ? country_by_iso(d, under->iso_numeric) : nullptr;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(min, max, true);
  const ImVec4 bg = palette::kBackground;
  const ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  dl->AddRectFilled(min, max, ImGui::GetColorU32(mix(bg, palette::kAccent, 0.07f)));
  const ImU32 land = ImGui::GetColorU32(mix(bg, ink, 0.07f));
  const ImU32 border = ImGui::GetColorU32(mix(bg, ink, 0.28f));
  const size_t most = matrix_.partner_events.empty() ? 1 : std::max<size_t>(1, matrix_.partner_events[0]);
  auto events_of = [&](const std::string& id) -> size_t {
    const auto it = std::find(matrix_.partners.begin(), matrix_.partners.end(), id);
    return it == matrix_.partners.end() ? 0 : matrix_.partner_events[size_t(it - matrix_.partners.begin())];
  };

  for (const accord::CountryShape& shape : map_.countries) {
    const accord::Country* c = country_by_iso(d, shape.iso_numeric);
    ImU32 fill = land;
    if (c && c->id == d.home_country)
      fill = ImGui::GetColorU32(mix(bg, palette::kInferred, 0.45f));
    else if (c && events_of(c->id) > 0)
      fill = ImGui::GetColorU32(mix(bg, palette::kAccent, 0.25f + 0.45f * float(events_of(c->id)) / float(most)));
    draw_country(dl, frame, shape, fill, border, 1.0f * px);
  }
  if (under && under_country)
    draw_country(dl, frame, *under, IM_COL32(0, 0, 0, 0), ImGui::GetColorU32(palette::kAccent), 2.5f * px);

  // Lines from home, as thick as the partner is busy.
  if (home_shape) {
    const ImVec2 from = frame.project(home_shape->anchor);
    for (size_t i = 0; i < matrix_.partners.size(); ++i) {
      const accord::Country* c = d.find_country(matrix_.partners[i]);
      const accord::CountryShape* s = c ? map_.find(c->iso_numeric) : nullptr;
      if (!s) continue;
      const ImVec2 to = frame.project(s->anchor);
      // A gentle arc: the control point is pushed off the straight line.
      const ImVec2 mid((from.x + to.x) * 0.5f, (from.y + to.y) * 0.5f);
      const ImVec2 normal(-(to.y - from.y) * 0.2f, (to.x - from.x) * 0.2f);
      const float weight = 1.5f + 5.0f * float(matrix_.partner_events[i]) / float(most);
      dl->AddBezierQuadratic(
          from, ImVec2(mid.x + normal.x, mid.y + normal.y), to,
          ImGui::GetColorU32(ImVec4(palette::kAccent.x, palette::kAccent.y, palette::kAccent.z, 0.85f)), weight * px,
          24);
      dl->AddCircleFilled(to, (3.0f + weight * 0.5f) * px, ImGui::GetColorU32(palette::kAccent));
    }
    dl->AddCircleFilled(from, 5.0f * px, ImGui::GetColorU32(palette::kInferred));
  }

  // Labels and tap targets at each country's anchor.
  ImGui::PushFont(fonts.bold);
  // Each label tries places around its anchor, nearest first (below,
  // above, right, left, the diagonals, then twice as far), and takes the
  // first that covers no label already drawn; when none is free, the one
  // that covers least. Near neighbours (Vietnam, Laos, Cambodia) would
  // otherwise print over each other.
  std::vector<ImRect> placed;
  auto overlap = [&](const ImRect& box) {
    float area = 0;
    for (const ImRect& r : placed) {
      const float w = std::min(r.Max.x, box.Max.x) - std::max(r.Min.x, box.Min.x);
      const float h = std::min(r.Max.y, box.Max.y) - std::max(r.Min.y, box.Min.y);
      if (w > 0 && h > 0) area += w * h;
    }
    return area;
  };
  auto label = [&](const accord::CountryShape& s, const std::string& text, const std::string& widget) {
    const ImVec2 at = frame.project(s.anchor);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 pad(5 * px, 2 * px);
    ImRect best;
    float best_overlap = FLT_MAX;
    for (float gap : {8 * px, 8 * px + size.y + 2 * pad.y}) {
      const ImVec2 tries[] = {{at.x - size.x * 0.5f, at.y + gap},
                              {at.x - size.x * 0.5f, at.y - gap - size.y},
                              {at.x + gap, at.y - size.y * 0.5f},
                              {at.x - gap - size.x, at.y - size.y * 0.5f},
                              {at.x + gap * 0.7f, at.y + gap * 0.7f},
                              {at.x - gap * 0.7f - size.x, at.y + gap * 0.7f},
                              {at.x + gap * 0.7f, at.y - gap * 0.7f - size.y},
                              {at.x - gap * 0.7f - size.x, at.y - gap * 0.7f - size.y}};
      for (ImVec2 tl : tries) {
        tl.x = std::clamp(tl.x, min.x + pad.x, max.x - size.x - pad.x);
        tl.y = std::clamp(tl.y, min.y + pad.y, max.y - size.y - pad.y);
        const ImRect box(ImVec2(tl.x - pad.x, tl.y - pad.y), ImVec2(tl.x + size.x + pad.x, tl.y + size.y + pad.y));
        const float covered = overlap(box);
        if (covered < best_overlap) {
          best = box;
          best_overlap = covered;
        }
        if (covered == 0) break;
      }
      if (best_overlap == 0) break;
    }
    placed.push_back(best);
    dl->AddRectFilled(best.Min, best.Max, ImGui::GetColorU32(ImVec4(bg.x, bg.y, bg.z, 0.85f)), 4 * px);
    dl->AddText(ImVec2(best.Min.x + pad.x, best.Min.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    note_rect(state, "map:label:" + widget.substr(widget.rfind(':') + 1), best.Min, best.Max);
    const float r = 22 * px;  // a finger-sized target (44 px) around the anchor
    note_rect(state, widget, ImVec2(at.x - r, at.y - r), ImVec2(at.x + r, at.y + r));
  };
  // Home first: every line starts there, so its name gets the best place.
  if (home_shape && home) label(*home_shape, home->name, "map:country:" + home->id);
  for (size_t i = 0; i < matrix_.partners.size(); ++i) {
    const accord::Country* c = d.find_country(matrix_.partners[i]);
    const accord::CountryShape* s = c ? map_.find(c->iso_numeric) : nullptr;
    if (s) label(*s, c->name + "  " + std::to_string(matrix_.partner_events[i]), "map:country:" + c->id);
  }
  ImGui::PopFont();
  dl->PopClipRect();
  dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border));

  if (hovered && under_country) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const size_t n = events_of(under_country->id);
    if (under_country->id == d.home_country)
      ImGui::SetTooltip("%s", trf("{country}: every event involves it. Tap for the whole timeline.",
                                  {{"country", under_country->name}})
                                  .c_str());
    else
      ImGui::SetTooltip("%s", tr_count("{country}: {n} events. Tap to see them in the timeline.", (long long)n,
                                       {{"country", under_country->name}})
                                  .c_str());
  } else if (hovered && under) {
    ImGui::SetTooltip("%s", under->name.c_str());
  }
  if (tapped && under_country)
    filter_partner(state, under_country->id == d.home_country ? std::string() : under_country->id);
  text_wrapped_colored(palette::kMutedText,
                       trf("Lines run from {home} to each partner, thicker for more events. Tap a country to "
                           "filter the timeline.",
                           {{"home", home ? home->name : std::string(tr("home"))}}));
}

void PartnersView::draw_matrix(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  section_heading(tr("Topics by partner"), fonts);
  if (matrix_.partners.empty() || matrix_.topics.empty()) {
    text_wrapped_colored(palette::kMutedText, tr("No partner events with topics yet."));
    return;
  }
  const float em = ImGui::GetFontSize();
  const float px = ui_px();
  const float row_h =
      std::max(ImGui::GetFrameHeight(), target_height(state) * (state.stats().wide_layout ? 0.8f : 1.0f));
  const float topic_w = em * 9.5f;
  const float partners = float(matrix_.partners.size());
  const float avail = ImGui::GetContentRegionAvail().x;
  // Columns as wide as the longest name; when that does not fit, the
  // columns share the width and a name that does not fit its column is
  // written as its code (IDN). Only when even a finger-wide column each
  // does not fit does the table scroll sideways.
  float cell_w = em * 4.5f;
  for (const std::string& id : matrix_.partners)
    cell_w = std::max(cell_w, ImGui::CalcTextSize(country_name(d, id).c_str()).x + em);
  const float narrowest = std::max(44.0f * px, ImGui::CalcTextSize("000").x + em);
  if (topic_w + cell_w * partners > avail) cell_w = std::max(narrowest, std::floor((avail - topic_w) / partners));
  const bool scroll_x = topic_w + cell_w * partners > avail;
  const int columns = int(matrix_.partners.size()) + 1;
  ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadInnerX;
  ImVec2 outer(0, 0);
  if (scroll_x) {
    // Exactly as tall as its rows: a table that also scrolled down would
    // catch the page's swipes.
    const float cell_pad = ImGui::GetStyle().CellPadding.y * 2.0f;
    outer.y =
        row_h + cell_pad + (row_h + cell_pad) * float(matrix_.topics.size()) + ImGui::GetStyle().ScrollbarSize + 4;
    flags |= ImGuiTableFlags_ScrollX;
  }
  if (!ImGui::BeginTable("##matrix", columns, flags, outer)) return;
  if (scroll_x) {
    ImGui::TableSetupScrollFreeze(1, 1);
    drag_to_scroll_sideways_in_page();
  }
  ImGui::TableSetupColumn(tr("Topic"), scroll_x ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                          scroll_x ? topic_w : 0.0f);
  for (size_t i = 0; i < matrix_.partners.size(); ++i)
    ImGui::TableSetupColumn(matrix_.partners[i].c_str(), ImGuiTableColumnFlags_WidthFixed, cell_w);

  // Header: partner names link to the timeline filtered to them.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers, row_h);
  ImGui::TableSetColumnIndex(0);
  for (size_t p = 0; p < matrix_.partners.size(); ++p) {
    ImGui::TableSetColumnIndex(int(p) + 1);
    const std::string full_name = country_name(d, matrix_.partners[p]);
    ImGui::PushFont(fonts.bold);
    const bool fits = ImGui::CalcTextSize(full_name.c_str()).x + em * 0.5f <= cell_w;
    const std::string name = fits ? full_name : matrix_.partners[p];
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, cell_w - ImGui::CalcTextSize(name.c_str()).x) * 0.5f);
    if (!has_touch_screen())  // a touch screen's link is already a finger (the row) tall
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::PushID(int(p));
    if (link(state, name, "link:partner:" + matrix_.partners[p])) filter_partner(state, matrix_.partners[p]);
    if (!fits && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full_name.c_str());
    ImGui::PopID();
    ImGui::PopFont();
  }

  const ImVec4 bg = palette::kBackground;
  for (size_t t = 0; t < matrix_.topics.size(); ++t) {
    const std::string& topic = matrix_.topics[t];
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    if (!has_touch_screen()) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::PushID(int(t));
    if (link(state, topic_text(topic), "link:topic:" + topic)) {
      accord::EventFilter f;
      f.topics = {topic};
      open_filtered_timeline(state, f);
    }
    for (size_t p = 0; p < matrix_.partners.size(); ++p) {
      ImGui::TableSetColumnIndex(int(p) + 1);
      const size_t n = matrix_.at(p, t);
      const ImVec2 cell_min = ImGui::GetCursorScreenPos();
      ImGui::PushID(int(p));
      const bool tapped = ImGui::InvisibleButton("##cell", ImVec2(cell_w, row_h)) && !pointer_was_dragged();
      ImGui::PopID();
      const bool hovered = ImGui::IsItemHovered();
      note_widget(state, "matrix:" + matrix_.partners[p] + ":" + topic);
      const ImVec2 cell_max(cell_min.x + cell_w - 2, cell_min.y + row_h - 2);
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const float share = matrix_.max_count ? float(n) / float(matrix_.max_count) : 0.0f;
      const ImVec4 fill = n ? mix(bg, palette::kAccent, 0.15f + 0.75f * share)
                            : mix(bg, ImGui::GetStyleColorVec4(ImGuiCol_Text), 0.03f);
      dl->AddRectFilled(cell_min, cell_max, ImGui::GetColorU32(fill), 3);
      if (hovered) dl->AddRect(cell_min, cell_max, ImGui::GetColorU32(palette::kAccent), 3, 0, 2);
      const std::string text = n ? std::to_string(n) : "\u00b7";
      const ImVec2 size = ImGui::CalcTextSize(text.c_str());
      const ImVec4 text_col = share > 0.55f ? bg : ImGui::GetStyleColorVec4(n ? ImGuiCol_Text : ImGuiCol_TextDisabled);
      dl->AddText(ImVec2((cell_min.x + cell_max.x - size.x) * 0.5f, (cell_min.y + cell_max.y - size.y) * 0.5f),
                  ImGui::GetColorU32(text_col), text.c_str());
      if (hovered)
        ImGui::SetTooltip("%s",
                          tr_count("{topic} with {partner}: {n} events", (long long)n,
                                   {{"topic", topic_text(topic)}, {"partner", country_name(d, matrix_.partners[p])}})
                              .c_str());
      if (tapped && n) filter_partner(state, matrix_.partners[p], topic);
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  text_wrapped_colored(palette::kMutedText, tr("Events per partner and topic. Tap a cell to list them."));
}

void PartnersView::draw_summaries(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  section_heading(tr("Partners"), fonts);
  if (summaries_.empty()) text_wrapped_colored(palette::kMutedText, tr("No partner events."));
  for (const accord::PartnerSummary& s : summaries_) {
    ImGui::PushID(s.country.c_str());
    ImGui::PushFont(fonts.title);
    if (link(state, country_name(d, s.country), "link:partner:" + s.country)) filter_partner(state, s.country);
    ImGui::PopFont();
    std::string line = tr_count("{n} events", (long long)s.events);
    if (s.first && s.last)
      line += s.first->year == s.last->year
                  ? " " + trf("in {year}", {{"year", std::to_string(s.first->year)}})
                  : ", " + std::to_string(s.first->year) + "\u2013" + std::to_string(s.last->year);
    line += " \u00b7 " + tr_count("{n} agreements", (long long)s.agreements.size());
    if (s.figures) line += " \u00b7 " + tr_count("{n} measured figures", (long long)s.figures);
    text_wrapped_colored(palette::kMutedText, line);

    std::string types;
    for (const auto& [type, n] : s.by_type)
      types += (types.empty() ? "" : ", ") + event_type_text(type) + " " + std::to_string(n);
    if (!types.empty()) text_wrapped(trf("Events: {list}", {{"list", types}}));
    std::string topics;
    for (size_t i = 0; i < s.topics.size() && i < 5; ++i)
      topics += (topics.empty() ? "" : ", ") + topic_text(s.topics[i].first) + " " + std::to_string(s.topics[i].second);
    if (s.topics.size() > 5) topics += ", \u2026";
    if (!topics.empty()) text_wrapped(trf("Topics: {list}", {{"list", topics}}));
    std::string mechanisms;
    for (const std::string& id : s.mechanisms) {
      const accord::Mechanism* m = d.find_mechanism(id);
      mechanisms += (mechanisms.empty() ? "" : ", ") + (m ? m->name : id);
    }
    if (!mechanisms.empty())
      text_wrapped_colored(palette::kMutedText, trf("Mechanisms: {list}", {{"list", mechanisms}}));
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.5f));
  }
}

}  // namespace atlas
