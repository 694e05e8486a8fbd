// The timeline's detail pane: one event (who met, what they agreed, the
// figures and sources), or the overview when none is selected.
#include "i18n.h"
#include "view_timeline.h"

#include <algorithm>
#include <cstring>

#include "app_state.h"
#include "display_text.h"
#include "event_index.h"
#include "event_reports_panel.h"
#include "event_sections.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "query.h"
#include "record_editor.h"
#include "record_history_panel.h"
#include "theme.h"
#include "view_timeline_parts.h"
#include "widgets.h"

namespace atlas {

void TimelineView::draw_detail(AppState& state, const Fonts& fonts, bool with_back_button) {
  if (with_back_button && back_button(state, View::Timeline)) return;
  ImGui::BeginChild("##detail", ImVec2(0, 0), with_back_button, ImGuiWindowFlags_AlwaysUseWindowPadding);
  const accord::Event* e = state.selected_event();
  drag_to_scroll();
  if (!e) {
    draw_overview(state, fonts);
  } else {
    if (detail_showing_ != e->id) {
      detail_showing_ = e->id;
      ImGui::SetScrollY(0);
    }
    draw_event(state, fonts, *e);
  }
  ImGui::EndChild();
}

// What the dataset holds, shown while no event is selected.
void TimelineView::draw_overview(AppState& state, const Fonts& fonts) {
  const Overview& o = state.overview();
  ImGui::PushFont(fonts.title);
  text_wrapped(state.dataset().title.empty() ? std::string(tr("Dataset")) : state.dataset().title);
  ImGui::PopFont();
  std::string summary = tr_count("{n} events", (long long)o.events);
  if (!o.first_date.empty()) summary += ", " + o.first_date.substr(0, 4) + "\u2013" + o.last_date.substr(0, 4);
  summary += " \u00b7 " + tr_count("{n} agreements", (long long)o.agreements) + " \u00b7 " +
             tr_count("{n} people", (long long)o.people) + " \u00b7 " + tr_count("{n} sources", (long long)o.sources);
  text_wrapped_colored(palette::kMutedText, summary);
  if (o.inferred_dates > 0)
    text_wrapped_colored(palette::kInferred,
                         "\u2248 " + tr_count("{n} dates are inferred (the source gave no year); each event says why.",
                                              (long long)o.inferred_dates));

  section_heading(tr("Years"), fonts);
  std::vector<std::string> labels;
  for (const auto& [year, count] : facets_.years) labels.push_back(std::to_string(year) + "  " + std::to_string(count));
  draw_chips(labels);

  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  text_wrapped_colored(palette::kMutedText,
                       tr("Select an event to see who met, what they agreed and where it was reported. "
                          "Filter by partner, topic, type or date on the left; every name in an event "
                          "leads to its own page."));
}

void TimelineView::draw_event(AppState& state, const Fonts& fonts, const accord::Event& e) {
  const accord::Dataset& d = state.dataset();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;

  ImGui::PushFont(fonts.title);
  text_wrapped(e.title);
  ImGui::PopFont();
  record_edit_buttons(state, RecordKind::Event, e.id);
  if (!e.summary.empty()) {
    ImGui::Dummy(ImVec2(0, spacing));
    text_wrapped(e.summary);
  }

  // Facts.
  section_heading(tr("Event"), fonts);
  const float label_width = ImGui::GetFontSize() * 6.5f;
  if (begin_fields("##facts", label_width)) {
    field_label(tr("Date"));
    text_wrapped(event_date_text(e));
    if (e.date.inferred()) {
      text_wrapped_colored(palette::kInferred, "\u2248 " + date_inference_text(e.date));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The source gave no full date; this is why we chose it."));
    }
    field_label(tr("Type"));
    if (link(state, event_type_text(e.type), std::string("link:type:") + accord::to_string(e.type))) {
      accord::EventFilter f;
      f.types = {e.type};
      open_filtered_timeline(state, f);
    }
    if (e.status != "held") field(tr("Status"), tr(capitalized(e.status).c_str()));

    std::string place = e.location.city;
    if (!e.location.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
    if (e.location.is_virtual)
      place += place.empty() ? std::string(tr("Online")) : " (" + std::string(tr("online")) + ")";
    field(tr("Place"), place);

    const std::vector<std::string> partners = accord::event_partners(d, e);
    if (!partners.empty()) {
      field_label(tr("Partners"));
      std::vector<std::string> labels, names;
      for (const std::string& id : partners) {
        labels.push_back(country_name(d, id));
        names.push_back("link:partner:" + id);
      }
      const int tapped = inline_links(state, labels, names);
      if (tapped >= 0) {
        accord::EventFilter f;
        f.partners = {partners[size_t(tapped)]};
        open_filtered_timeline(state, f);
      }
    }

    if (!e.part_of.empty()) {
      field_label(tr("Part of"));
      const accord::Event* parent = state.find_event(e.part_of);
      if (!parent)
        text_wrapped(e.part_of);
      else if (link(state, parent->title, "link:event:" + parent->id))
        state.select(parent->id);
    }
    end_fields();
  }

  draw_event_participants(state, fonts, e);

  // Each organization with its own Edit (the only page that lists them).
  if (!e.organizations.empty()) {
    section_heading(tr("Organizations"), fonts);
    for (const std::string& id : e.organizations) {
      const accord::Organization* o = d.find_organization(id);
      ImGui::PushID(id.c_str());
      if (o)
        record_edit_link(state, RecordKind::Organization, id, e.id, "edit:organization:" + id, o->name);
      else
        text_wrapped(id);
      ImGui::PopID();
    }
  }

  draw_event_agreements(state, fonts, e);

  const float chip_h = target_height(state);
  if (!e.topics.empty()) {
    section_heading(tr("Topics"), fonts);
    std::vector<std::string> labels, names;
    for (const std::string& t : e.topics) {
      labels.push_back(topic_text(t));
      names.push_back("link:topic:" + t);
    }
    const int tapped = chip_row(state, labels, {}, names, chip_h);
    if (tapped >= 0) {
      accord::EventFilter f;
      f.topics = {e.topics[size_t(tapped)]};
      open_filtered_timeline(state, f);
    }
  }

  if (!e.mechanisms.empty()) {
    section_heading(tr("Mechanisms"), fonts);
    std::vector<std::string> labels, names;
    for (const std::string& id : e.mechanisms) {
      const accord::Mechanism* m = d.find_mechanism(id);
      labels.push_back(m ? m->name : id);
      names.push_back("link:mechanism:" + id);
    }
    const int tapped = chip_row(state, labels, {}, names, chip_h);
    // Mechanisms are not a facet: the text search finds their events.
    if (tapped >= 0) {
      accord::EventFilter f;
      f.text = labels[size_t(tapped)];
      open_filtered_timeline(state, f);
    }
    for (const std::string& id : e.mechanisms) {
      const accord::Mechanism* m = d.find_mechanism(id);
      if (!m) continue;
      record_edit_link(state, RecordKind::Mechanism, id, e.id, "edit:mechanism:" + id,
                       m->full_name.empty() ? m->name : m->name + ": " + m->full_name);
    }
  }

  draw_event_commitments(fonts, e);
  draw_event_figures(fonts, e);
  if (!e.figures.empty()) {
    ImGui::PushID("outcomes");
    if (link(state, tr("See all measured outcomes \u2192"), "link:outcomes")) state.navigate_to(View::Outcomes);
    ImGui::PopID();
  }

  // One event, many reports: every outlet that reported it, what they disagree on.
  draw_event_reports(state, fonts, e);
  draw_record_history(state, fonts, e.id);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
