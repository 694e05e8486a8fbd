#include "view_timeline.h"

#include <SDL.h>

#include <algorithm>
#include <cstring>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "platform.h"
#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis
#include "query.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

ImU32 color(const ImVec4& c) { return ImGui::GetColorU32(c); }

// Draws [begin, end) at `pos` in the current font, cut with "…" at `max_x`.
void draw_clipped(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 col, const char* begin,
                  const char* end) {
  const ImVec2 size = ImGui::CalcTextSize(begin, end);
  if (pos.x + size.x <= max_x) {
    dl->AddText(pos, col, begin, end);
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  const ImVec2 max(max_x, pos.y + size.y);
  ImGui::RenderTextEllipsis(dl, pos, max, max_x, max_x, begin, end, &size);
  ImGui::PopStyleColor();
}

// Height of one list row: a line for date and partners, two for the title.
float row_height() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetTextLineHeight() * 3.0f + style.FramePadding.y * 4.0f;
}

void draw_chips(const std::vector<std::string>& labels, const std::vector<std::string>& tooltips) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < labels.size(); ++i) {
    const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
    const float width = size.x + style.FramePadding.x * 2;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + size.y + style.FramePadding.y * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, color(ImGui::GetStyleColorVec4(ImGuiCol_Header)), style.FrameRounding);
    dl->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                color(ImGui::GetStyleColorVec4(ImGuiCol_Text)), labels[i].c_str());
    ImGui::Dummy(ImVec2(width, max.y - min.y));
    if (i < tooltips.size() && !tooltips[i].empty() && ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tooltips[i].c_str());
  }
}

}  // namespace

void TimelineView::draw(AppState& state, const Fonts& fonts) {
  FrameStats& stats = state.stats();
  stats.first_row_x = stats.first_row_y = -1;
  stats.search_field_x = stats.search_field_y = -1;

  const bool detail_only = !stats.wide_layout && state.selected_event();
  if (!detail_only) draw_toolbar(state);  // search is for the list

  auto list_pane = [&](float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // rows reach the edges
    ImGui::BeginChild("##list", ImVec2(width, 0), true);
    ImGui::PopStyleVar();
    draw_list(state, fonts);
    ImGui::EndChild();
  };
  if (stats.wide_layout) {
    const float scale = stats.pixel_ratio;
    const float avail = ImGui::GetContentRegionAvail().x;
    list_pane(std::clamp(avail * 0.4f, 360.0f * scale, 560.0f * scale));
    ImGui::SameLine();
    draw_detail(state, fonts, false);
  } else if (detail_only) {
    draw_detail(state, fonts, true);
  } else {
    list_pane(0);  // full width
  }
}

void TimelineView::draw_toolbar(AppState& state) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const size_t shown = state.visible_events().size();
  const size_t total = state.dataset().events.size();
  const std::string count = shown == total ? std::to_string(total) + " events"
                                           : std::to_string(shown) + " of " + std::to_string(total);
  const bool has_text = search_[0] != '\0';
  const float clear_width = has_text ? ImGui::GetFrameHeight() + style.ItemSpacing.x : 0.0f;
  const float count_width = ImGui::CalcTextSize(count.c_str()).x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float search_width = std::min(ImGui::GetFontSize() * 24.0f,
                                      avail - count_width - clear_width - style.ItemSpacing.x * 2);

  ImGui::SetNextItemWidth(search_width);
  if (ImGui::InputTextWithHint("##search", "Search events, people, places\u2026", search_,
                               sizeof search_))
    state.set_filter_text(search_);
  const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
  note_text_field(field_min.x, field_min.y, field_max.x, field_max.y, search_);
  const float scale = state.stats().pixel_ratio;
  state.stats().search_field_x = (field_min.x + field_max.x) * 0.5f / scale;
  state.stats().search_field_y = (field_min.y + field_max.y) * 0.5f / scale;
  if (has_text) {
    ImGui::SameLine();
    if (ImGui::Button("\u00d7##clear", ImVec2(ImGui::GetFrameHeight(), 0))) {
      ImGui::ClearActiveID();  // an active field would write its own copy back
      search_[0] = '\0';
      state.set_filter_text("");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search");
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(palette::kMutedText, "%s", count.c_str());
}

void TimelineView::handle_list_keys(AppState& state) {
  if (!ImGui::IsWindowFocused() || ImGui::GetIO().WantTextInput) return;
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const std::vector<size_t>& rows = state.visible_events();
  if ((!up && !down) || rows.empty()) return;

  const auto& events = state.dataset().events;
  auto current = std::find_if(rows.begin(), rows.end(),
                              [&](size_t i) { return events[i].id == state.selected_id(); });
  size_t next = 0;
  if (current != rows.end()) {
    const size_t at = size_t(current - rows.begin());
    next = up ? (at == 0 ? 0 : at - 1) : std::min(at + 1, rows.size() - 1);
  }
  state.select(events[rows[next]].id);
}

void TimelineView::draw_list(AppState& state, const Fonts& fonts) {
  const std::vector<size_t>& rows = state.visible_events();
  const auto& events = state.dataset().events;
  if (rows.empty()) {
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    text_wrapped_colored(palette::kMutedText,
                         events.empty() ? "No events loaded."
                                        : "No events match \u201c" + state.filter().text + "\u201d.");
    return;
  }

  drag_to_scroll();
  handle_list_keys(state);

  const float row_h = row_height();
  // Bring a selection made elsewhere (keys, a link, the URL) into view.
  if (state.selected_id() != scrolled_to_) {
    scrolled_to_ = state.selected_id();
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](size_t i) { return events[i].id == scrolled_to_; });
    if (it != rows.end()) {
      const float top = float(it - rows.begin()) * row_h;
      const float view_h = ImGui::GetWindowHeight();
      if (top < ImGui::GetScrollY() || top + row_h > ImGui::GetScrollY() + view_h)
        ImGui::SetScrollY(std::max(0.0f, top - (view_h - row_h) * 0.5f));
    }
  }

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGuiListClipper clipper;
  clipper.Begin(int(rows.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      draw_row(state, fonts, rows[size_t(i)], i == 0);
  clipper.End();
  ImGui::PopStyleVar();
}

void TimelineView::draw_row(AppState& state, const Fonts& fonts, size_t event_index, bool first_row) {
  const accord::Dataset& d = state.dataset();
  const accord::Event& e = d.events[event_index];
  const ImGuiStyle& style = ImGui::GetStyle();

  ImGui::PushID(int(event_index));
  const bool selected = e.id == state.selected_id();
  if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_None, ImVec2(0, row_height())) &&
      !pointer_was_dragged())
    state.select(e.id);
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::PopID();

  if (first_row) {
    const float scale = state.stats().pixel_ratio;
    state.stats().first_row_x = (min.x + max.x) * 0.5f / scale;
    state.stats().first_row_y = (min.y + max.y) * 0.5f / scale;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line_h = ImGui::GetTextLineHeight();
  const float left = min.x + style.FramePadding.x * 1.5f;
  const float right = max.x - style.FramePadding.x * 1.5f;
  ImVec2 pos(left, min.y + style.FramePadding.y * 1.5f);

  // Line 1: date (≈ when inferred) · partner countries.
  if (e.date.inferred()) {
    const char* mark = "\u2248 ";
    dl->AddText(pos, color(palette::kInferred), mark);
    pos.x += ImGui::CalcTextSize(mark).x;
  }
  const std::string date = date_text_short(e.date);
  const float date_w = ImGui::CalcTextSize(date.c_str()).x;
  dl->AddText(pos, color(palette::kMutedText), date.c_str());
  if (e.date.inferred() && hovered &&
      ImGui::IsMouseHoveringRect(ImVec2(left, pos.y), ImVec2(pos.x + date_w, pos.y + line_h)))
    ImGui::SetTooltip("%s", date_inference_text(e.date).c_str());
  pos.x += date_w;

  const std::string partners = country_names(d, accord::event_partners(d, e));
  if (!partners.empty()) {
    const char* dot = "  \u00b7  ";
    dl->AddText(pos, color(palette::kMutedText), dot);
    pos.x += ImGui::CalcTextSize(dot).x;
    ImGui::PushFont(fonts.bold);
    draw_clipped(dl, pos, right, color(palette::kAccent), partners.c_str(),
                 partners.c_str() + partners.size());
    ImGui::PopFont();
  }

  // Lines 2-3: the title, wrapped, with "…" if it needs more.
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const char* text = e.title.c_str();
  const char* end = text + e.title.size();
  pos = ImVec2(left, pos.y + line_h + style.FramePadding.y);
  ImFont* font = ImGui::GetFont();
  const char* wrap = font->CalcWordWrapPositionA(1.0f, text, end, right - left);
  if (wrap == text) wrap = std::min(end, text + 1);  // a word wider than the row
  dl->AddText(pos, text_col, text, wrap);
  while (wrap < end && (*wrap == ' ' || *wrap == '\n')) ++wrap;
  if (wrap < end) draw_clipped(dl, ImVec2(left, pos.y + line_h), right, text_col, wrap, end);

  // A hairline between rows.
  dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1),
              ImGui::GetColorU32(ImGuiCol_Separator));
}

void TimelineView::draw_detail(AppState& state, const Fonts& fonts, bool with_back_button) {
  if (with_back_button) {
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) &&
                        !ImGui::GetIO().WantTextInput;
    if (ImGui::Button("\u2190 Back") || escape) {
      state.clear_selection();
      return;
    }
  }
  ImGui::BeginChild("##detail", ImVec2(0, 0), with_back_button,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  const accord::Event* e = state.selected_event();
  if (!e) {
    draw_overview(state, fonts);
  } else {
    if (detail_showing_ != e->id) {
      detail_showing_ = e->id;
      ImGui::SetScrollY(0);
    }
    drag_to_scroll();
    draw_event(state, fonts, *e);
  }
  ImGui::EndChild();
}

// What the dataset holds, shown while no event is selected.
void TimelineView::draw_overview(const AppState& state, const Fonts& fonts) {
  const accord::DatasetStats& o = state.overview();
  ImGui::PushFont(fonts.title);
  text_wrapped(state.dataset().title.empty() ? "Dataset" : state.dataset().title);
  ImGui::PopFont();
  std::string summary = std::to_string(o.events) + " events";
  if (!o.first_date.empty())
    summary += ", " + o.first_date.substr(0, 4) + "\u2013" + o.last_date.substr(0, 4);
  summary += " \u00b7 " + std::to_string(o.agreements) + " agreements \u00b7 " +
             std::to_string(o.people) + " people \u00b7 " + std::to_string(o.sources) + " sources";
  text_wrapped_colored(palette::kMutedText, summary);
  if (o.inferred_dates > 0)
    text_wrapped_colored(palette::kInferred,
                         "\u2248 " + std::to_string(o.inferred_dates) +
                             " dates are inferred (the source gave no year); each event says why.");

  auto chips = [&](const char* heading, const auto& counts, auto label_of) {
    if (counts.empty()) return;
    section_heading(heading, fonts);
    std::vector<std::string> labels;
    for (const auto& [key, count] : counts) labels.push_back(label_of(key) + "  " + std::to_string(count));
    draw_chips(labels, {});
  };
  chips("Partners", o.events_by_partner, [](const std::string& k) { return k; });
  chips("Topics", o.events_by_topic, [](const std::string& k) { return accord::topic_label(k); });
  chips("Event types", o.events_by_type, [](const std::string& k) {
    const auto type = accord::event_type_from_string(k);
    return type ? accord::event_type_label(*type) : k;
  });
  chips("Years", o.events_by_year, [](const std::string& k) { return k; });

  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  text_wrapped_colored(palette::kMutedText,
                       "Select an event to see who met, what they agreed and where it was reported.");
}

void TimelineView::draw_event(AppState& state, const Fonts& fonts, const accord::Event& e) {
  const accord::Dataset& d = state.dataset();

  ImGui::PushFont(fonts.title);
  text_wrapped(e.title);
  ImGui::PopFont();
  if (!e.summary.empty()) {
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    text_wrapped(e.summary);
  }

  // Facts.
  section_heading("Event", fonts);
  const float label_width = ImGui::GetFontSize() * 6.5f;
  if (begin_fields("##facts", label_width)) {
    field_label("Date");
    text_wrapped(event_date_text(e));
    if (e.date.inferred())
      text_wrapped_colored(palette::kInferred, "\u2248 " + date_inference_text(e.date));
    field("Type", accord::event_type_label(e.type));
    if (e.status != "held") field("Status", capitalized(e.status));

    std::string place = e.location.city;
    if (!e.location.country.empty())
      place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
    if (e.location.is_virtual) place += place.empty() ? "Online" : " (online)";
    field("Place", place);
    field("Partners", country_names(d, accord::event_partners(d, e)));

    if (!e.part_of.empty()) {
      field_label("Part of");
      const accord::Event* parent = d.find_event(e.part_of);
      if (!parent)
        text_wrapped(e.part_of);
      else if (link_text(parent->title))
        state.select(parent->id);
    }
    std::string organizations;
    for (const std::string& id : e.organizations) {
      const accord::Organization* o = d.find_organization(id);
      if (!organizations.empty()) organizations += "\n";
      organizations += o ? o->name : id;
    }
    field("Organizations", organizations);
    end_fields();
  }

  if (!e.participants.empty()) {
    section_heading("Participants", fonts);
    for (const accord::Participation& p : e.participants) {
      const accord::Person* person = d.find_person(p.person);
      ImGui::PushFont(fonts.bold);
      text_wrapped(person ? person_name(*person) : p.person);
      ImGui::PopFont();
      std::string role = p.role;
      if (role.empty() && person) role = accord::role_on(*person, e.date);
      std::string details = role;
      if (!p.part.empty()) details += (details.empty() ? "" : " \u00b7 ") + capitalized(p.part);
      if (person && !person->country.empty())
        details += (details.empty() ? "" : " \u00b7 ") + country_name(d, person->country);
      if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
      ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    }
  }

  if (!e.agreements.empty()) {
    section_heading("Agreements", fonts);
    for (const accord::AgreementAct& act : e.agreements) {
      const accord::Agreement* a = d.find_agreement(act.agreement);
      text_wrapped(a ? a->title : act.agreement);
      std::string details = capitalized(accord::to_string(act.action));
      if (a) details += " \u00b7 " + capitalized(accord::to_string(a->kind));
      if (a && !a->parties.empty()) details += " \u00b7 " + country_names(d, a->parties);
      text_wrapped_colored(palette::kMutedText, details);
      ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    }
  }

  if (!e.topics.empty()) {
    section_heading("Topics", fonts);
    std::vector<std::string> labels;
    for (const std::string& t : e.topics) labels.push_back(accord::topic_label(t));
    draw_chips(labels, {});
  }

  if (!e.mechanisms.empty()) {
    section_heading("Mechanisms", fonts);
    std::vector<std::string> labels, tooltips;
    for (const std::string& id : e.mechanisms) {
      const accord::Mechanism* m = d.find_mechanism(id);
      labels.push_back(m ? m->name : id);
      tooltips.push_back(m ? m->full_name : std::string());
    }
    draw_chips(labels, tooltips);
  }

  if (!e.commitments.empty()) {
    section_heading("Commitments", fonts);
    for (const accord::Commitment& c : e.commitments) {
      ImGui::Bullet();
      ImGui::SameLine();
      text_wrapped(c.text);
    }
  }

  if (!e.figures.empty()) {
    section_heading("Figures", fonts);
    for (const accord::Figure& f : e.figures) {
      ImGui::PushFont(fonts.bold);
      ImGui::TextUnformatted((quantity_text(f.quantity) + " " + f.unit).c_str());
      ImGui::PopFont();
      ImGui::SameLine();
      text_wrapped(f.what + (f.period.empty() ? "" : " \u00b7 " + f.period));
    }
  }

  if (!e.sources.empty()) {
    section_heading("Sources", fonts);
    for (const std::string& id : e.sources) {
      const accord::Source* s = d.find_source(id);
      if (!s) {
        text_wrapped(id);
        continue;
      }
      ImGui::PushID(id.c_str());
      if (s->url.empty())
        text_wrapped(s->title);
      else if (link_text(s->title))
        SDL_OpenURL(s->url.c_str());
      if (!s->url.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s->url.c_str());
      std::string details = s->publisher;
      if (s->published)
        details += (details.empty() ? "" : " \u00b7 ") + date_text_short(*s->published);
      if (!s->language.empty())
        details += (details.empty() ? "" : " \u00b7 ") + language_name(s->language);
      if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
      ImGui::PopID();
    }
  }
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
