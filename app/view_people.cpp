#include "view_people.h"

#include <algorithm>
#include <cmath>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "record_editor.h"
#include "record_history_panel.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

const std::vector<uint32_t> kNoEvents;

ImU32 with_alpha(const ImVec4& c, float alpha) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

}  // namespace

void PeopleView::refresh(const AppState& state) {
  if (state.data_version() == data_version_ && state.tallies_version() == tallies_version_) return;
  data_version_ = state.data_version();
  tallies_version_ = state.tallies_version();
  rows_ = accord::people_directory(state.dataset(), state.tallies());
  timeline_of_.clear();
}

void PeopleView::draw(AppState& state, const Fonts& fonts) {
  refresh(state);
  tallies_updating_note(state);
  const bool wide = state.stats().wide_layout;
  const accord::Person* selected = state.view() == View::Person ? state.find_person(state.selected_id()) : nullptr;

  if (!wide && selected) {
    if (back_button(state, View::People)) return;
    ImGui::BeginChild("##person", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drag_to_scroll();
    draw_detail(state, fonts);
    ImGui::EndChild();
    return;
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##directory", ImVec2(wide ? std::clamp(avail * 0.36f, 320.0f * ui_px(), 460.0f * ui_px()) : 0, 0),
                    true);
  ImGui::PopStyleVar();
  draw_directory(state, fonts);
  ImGui::EndChild();
  if (!wide) return;
  ImGui::SameLine();
  ImGui::BeginChild("##person", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drag_to_scroll();
  if (selected) {
    draw_detail(state, fonts);
  } else {
    ImGui::PushFont(fonts.title);
    text_wrapped(tr("People"));
    ImGui::PopFont();
    text_wrapped_colored(palette::kMutedText,
                         tr_count("{n} people named in the sources. Select one to see the roles they held over "
                                  "the years and the events they took part in.",
                                  (long long)rows_.size()));
  }
  ImGui::EndChild();
}

void PeopleView::draw_directory(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const ImGuiStyle& style = ImGui::GetStyle();
  drag_to_scroll();
  const float line_h = ImGui::GetTextLineHeight();
  const float row_h = line_h * 3.0f + style.FramePadding.y * 4.0f;
  // Up and Down move through the directory, as in the timeline's list.
  if (const int step = arrow_key_step(); step != 0 && !rows_.empty()) {
    size_t current = rows_.size();
    for (size_t i = 0; i < rows_.size(); ++i)
      if (state.view() == View::Person && d.people[rows_[i].index].id == state.selected_id()) current = i;
    const size_t next = stepped_row(current, rows_.size(), step);
    state.navigate_to(View::Person, d.people[rows_[next].index].id);
    keep_row_in_view(next, row_h);
  }
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGuiListClipper clipper;
  clipper.Begin(int(rows_.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const accord::PersonRow& r = rows_[size_t(i)];
      const accord::Person& p = d.people[r.index];
      ImGui::PushID(int(r.index));
      const bool selected = state.view() == View::Person && state.selected_id() == p.id;
      if (list_row("##row", selected, row_h)) state.navigate_to(View::Person, p.id);
      ImGui::PopID();
      note_widget(state, "row:person:" + p.id);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const float left = min.x + style.FramePadding.x * 1.5f, right = max.x - style.FramePadding.x * 1.5f;
      ImVec2 pos(left, min.y + style.FramePadding.y * 1.5f);
      ImGui::PushFont(fonts.bold);
      const std::string name = person_name(p);
      draw_clipped_text(dl, pos, right, ImGui::GetColorU32(ImGuiCol_Text), name.c_str(), name.c_str() + name.size());
      ImGui::PopFont();
      pos.y += line_h + style.FramePadding.y * 0.5f;
      draw_clipped_text(dl, pos, right, ImGui::GetColorU32(ImGuiCol_Text), r.latest_role.c_str(),
                        r.latest_role.c_str() + r.latest_role.size());
      pos.y += line_h + style.FramePadding.y * 0.5f;
      const std::string meta = country_name(d, p.country) + "  \u00b7  " + tr_count("{n} events", (long long)r.events);
      draw_clipped_text(dl, pos, right, ImGui::GetColorU32(palette::kMutedText), meta.c_str(),
                        meta.c_str() + meta.size());
      dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
    }
  clipper.End();
  ImGui::PopStyleVar();
}

// Roles as bars over the dataset's years: a year axis, then per role its
// title above a track with the held period filled. Open ends fade out.
void PeopleView::draw_role_chart(const accord::Dataset& d, const accord::Person& p, const Fonts& fonts) {
  const accord::PersonTimeline& t = timeline_;
  if (t.span_to <= t.span_from) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float px = ui_px();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float left = origin.x + 4 * px, right = origin.x + width - 4 * px;
  auto x_of = [&](double year) {
    return left + float((year - t.span_from) / (t.span_to - t.span_from)) * (right - left);
  };

  // Axis: one tick per year, labelled when there is room.
  const float axis_h = ImGui::GetTextLineHeight() + 6 * px;
  const int years = int(std::lround(t.span_to - t.span_from));
  const float year_w = (right - left) / float(std::max(1, years));
  const bool every_other = year_w < ImGui::CalcTextSize("20000").x;
  for (int y = 0; y <= years; ++y) {
    const float x = x_of(t.span_from + y);
    dl->AddLine(ImVec2(x, origin.y + axis_h - 4 * px), ImVec2(x, origin.y + axis_h + 4 * px),
                ImGui::GetColorU32(ImGuiCol_Border));
    if (y < years && (!every_other || y % 2 == 0)) {
      const std::string label = std::to_string(int(t.span_from) + y);
      const float w = ImGui::CalcTextSize(label.c_str()).x;
      dl->AddText(ImVec2(x + (year_w - w) * 0.5f, origin.y), ImGui::GetColorU32(palette::kMutedText), label.c_str());
    }
  }
  ImGui::Dummy(ImVec2(width, axis_h + 4 * px));

  const float track_h = 12 * px;
  const ImU32 accent = ImGui::GetColorU32(palette::kAccent);
  for (const accord::RoleBar& bar : t.bars) {
    const accord::Role& role = p.roles[bar.role];
    ImGui::PushFont(fonts.bold);
    text_wrapped(role.title);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", role_period_text(role).c_str());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float y0 = min.y + 2 * px, y1 = y0 + track_h;
    dl->AddRectFilled(ImVec2(left, y0), ImVec2(right, y1), ImGui::GetColorU32(ImGuiCol_FrameBg), track_h * 0.5f);
    const float x0 = x_of(bar.from), x1 = std::max(x_of(bar.to), x0 + 3 * px);
    if (bar.open_end || bar.open_start) {
      // Unknown ends fade: solid where the role is attested.
      const float fade = std::min(24 * px, (x1 - x0) * 0.5f);
      const float solid0 = bar.open_start ? x0 + fade : x0, solid1 = bar.open_end ? x1 - fade : x1;
      dl->AddRectFilled(ImVec2(solid0, y0), ImVec2(solid1, y1), accent);
      if (bar.open_start)
        dl->AddRectFilledMultiColor(ImVec2(x0, y0), ImVec2(solid0, y1), with_alpha(palette::kAccent, 0.1f), accent,
                                    accent, with_alpha(palette::kAccent, 0.1f));
      if (bar.open_end)
        dl->AddRectFilledMultiColor(ImVec2(solid1, y0), ImVec2(x1, y1), accent, with_alpha(palette::kAccent, 0.1f),
                                    with_alpha(palette::kAccent, 0.1f), accent);
    } else {
      dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), accent, 3 * px);
    }
    if (bar.starts_before) {  // a little arrow: it began before the chart
      dl->AddTriangleFilled(ImVec2(left - 2 * px, (y0 + y1) * 0.5f), ImVec2(left + 5 * px, y0 - 1 * px),
                            ImVec2(left + 5 * px, y1 + 1 * px), accent);
    }
    ImGui::Dummy(ImVec2(width, track_h + 4 * px));
    text_wrapped_colored(palette::kMutedText,
                         role_period_text(role) + (role.rank.empty() ? "" : " \u00b7 " + role.rank));
    ImGui::Dummy(ImVec2(0, 4 * px));
  }

  // The events they took part in, as dots on one more track.
  if (!t.events.empty()) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("Events"));
    ImGui::PopFont();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float cy = min.y + 8 * px;
    dl->AddLine(ImVec2(left, cy), ImVec2(right, cy), ImGui::GetColorU32(ImGuiCol_Border), 2 * px);
    for (const accord::PersonEvent& pe : t.events) {
      const accord::Date& date = d.events[pe.event].date;
      const float x = x_of(accord::fractional_year(date) + (date.precision == accord::DatePrecision::Year ? 0.5 : 0.0));
      dl->AddCircleFilled(ImVec2(x, cy), 5 * px, ImGui::GetColorU32(palette::kInferred));
    }
    ImGui::Dummy(ImVec2(width, 16 * px));
  }
}

void PeopleView::draw_detail(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const accord::Person* p = state.find_person(state.selected_id());
  if (!p) return;
  if (timeline_of_ != p->id) {
    timeline_of_ = p->id;
    // The tallied event list when it is of this data; else (for a second
    // after an edit) a pass over every event.
    const std::vector<uint32_t>* events = state.tallies_current() ? state.tallies().events_of_person(p->id) : nullptr;
    timeline_ = state.tallies_current()
                    ? accord::person_timeline(d, *p, events ? *events : kNoEvents, state.tallies().years)
                    : accord::person_timeline(d, *p);
  }
  if (detail_showing_ != p->id) {
    detail_showing_ = p->id;
    ImGui::SetScrollY(0);
  }

  ImGui::PushFont(fonts.title);
  text_wrapped(person_name(*p));
  ImGui::PopFont();
  record_edit_buttons(state, RecordKind::Person, p->id);
  std::string about = country_name(d, p->country);
  if (!p->native_name.empty() && p->native_name != p->name)
    about += " \u00b7 " + trf("also written {name}", {{"name", p->name}});
  text_wrapped_colored(palette::kMutedText, about);

  if (!p->roles.empty()) {
    section_heading(tr("Roles over the years"), fonts);
    draw_role_chart(d, *p, fonts);
  }

  section_heading(tr("Events"), fonts);
  if (timeline_.events.empty()) text_wrapped_colored(palette::kMutedText, tr("Not named in any event."));
  // Newest first, like the timeline; a list of thousands would only be
  // scrolled past, so it stops at kMaxListedEvents.
  size_t listed = 0;
  for (auto it = timeline_.events.rbegin(); it != timeline_.events.rend() && listed < kMaxListedEvents;
       ++it, ++listed) {
    const accord::Event& e = d.events[it->event];
    ImGui::PushID(int(it->event));
    std::string when = (e.date.inferred() ? "\u2248 " : "") + date_text_short(e.date);
    text_wrapped_colored(e.date.inferred() ? palette::kInferred : palette::kMutedText, when);
    if (e.date.inferred() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", date_inference_text(e.date).c_str());
    if (link(state, e.title, "link:event:" + e.id)) state.select(e.id);
    std::string role = it->role;
    if (!it->part.empty()) role += (role.empty() ? "" : " \u00b7 ") + std::string(tr(capitalized(it->part).c_str()));
    if (!role.empty()) text_wrapped(trf("As {role}", {{"role", role}}));
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  }
  if (timeline_.events.size() > listed)
    text_wrapped_colored(palette::kMutedText,
                         tr_count("\u2026 and {n} older events (search the timeline for this name).",
                                  (long long)(timeline_.events.size() - listed)));
  draw_record_history(state, fonts, p->id);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
