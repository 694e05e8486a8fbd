#include "event_reports_panel.h"

#include <optional>

#include "app_state.h"
#include "display_text.h"
#include "dispute_pick.h"
#include "fact_merge.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "record_editor.h"
#include "report_split.h"
#include "source_passage.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {

namespace {

// What the user asked for this frame, done once the page is drawn (the
// change replaces the event the page is drawing from).
struct ReportAction {
  std::string split_source;              // "Split off" this source
  std::optional<size_t> picked_dispute;  // "Use this" for e.disputed[i]
};

void split_off(AppState& state, const accord::Event& e, const std::string& source_id) {
  const accord::ReportSplit split = accord::split_report_change(state.dataset(), e.id, source_id);
  if (!split.ok()) {
    state.add_notice(trf("Not split: {reason}", {{"reason", split.why}}));
    return;
  }
  const std::string refused = state.apply_change(split.change);
  if (!refused.empty()) {
    state.add_notice(trf("Not split: {reason}", {{"reason", refused}}));
    return;
  }
  state.navigate_to(View::Event, split.new_event_id);
}

void use_value(AppState& state, const accord::Event& e, size_t index) {
  accord::Event picked;
  std::string why;
  if (!accord::pick_dispute(e, index, picked, why)) {
    state.add_notice(trf("Not changed: {reason}", {{"reason", why}}));
    return;
  }
  const accord::Dispute& x = e.disputed[index];
  accord::DatasetChange change;
  change.label = "Use the " + x.field + " of source " + x.source + " for event " + e.id;
  change.upsert_events = {std::move(picked)};
  const std::string refused = state.apply_change(change);
  if (!refused.empty()) state.add_notice(trf("Not changed: {reason}", {{"reason", refused}}));
}

// "Date: 13 Mar 2025", "Place: Phnom Penh, Cambodia", "Type: Talks".
std::string dispute_text(const accord::Dataset& d, const accord::Dispute& x) {
  std::string value = x.value;
  if (x.field == "date") {
    if (const auto date = accord::Date::parse(x.value)) value = date_text_short(*date);
  } else if (x.field == "type") {
    if (const auto type = accord::event_type_from_string(x.value)) value = event_type_text(*type);
  } else if (x.field == "place") {
    const accord::Location l = accord::reported_place(x.value);
    value = l.is_virtual ? std::string(tr("Online")) : l.city;
    if (!l.country.empty()) value += (value.empty() ? "" : ", ") + country_name(d, l.country);
  }
  return trf("{field}: {value}", {{"field", tr(capitalized(x.field).c_str())}, {"value", value}});
}

void draw_sources(AppState& state, const Fonts& fonts, const accord::Event& e, ReportAction& action) {
  const std::string heading = e.sources.size() > 1 ? tr_count("Reported by {n} sources", (long long)e.sources.size())
                                                   : std::string(tr("Sources"));
  section_heading(heading.c_str(), fonts);
  const float h = target_height(state);
  for (const std::string& id : e.sources) {
    const accord::Source* s = state.find_source(id);
    if (!s) {
      text_wrapped(id);
      continue;
    }
    ImGui::PushID(id.c_str());
    if (s->url.empty())
      text_wrapped(s->title);
    else if (link_text(s->title))
      open_url(s->url);
    if (!s->url.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s->url.c_str());
    std::string details = s->publisher;
    if (s->published) details += (details.empty() ? "" : " \u00b7 ") + date_text_short(*s->published);
    if (!s->language.empty()) details += (details.empty() ? "" : " \u00b7 ") + language_name(s->language);
    if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
    // Said plainly, so a missing link is not taken for a broken one.
    if (s->url.empty()) text_wrapped_colored(palette::kMutedText, tr("No web address: the source did not give one."));
    if (!s->note.empty()) text_wrapped_colored(palette::kMutedText, s->note);
    draw_source_passage(state, *s);
    record_edit_link(state, RecordKind::Source, id, e.id, "edit:source:" + id);
    // A later report merged into this event by mistake becomes its own event.
    if (accord::can_split_source(e, id) && !state.view_state().embed) {
      ImGui::SameLine();
      if (ImGui::Button(tr("Split off"), ImVec2(0, h)) && !pointer_was_dragged()) action.split_source = id;
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Make this source's report an event of its own"));
      note_widget(state, "event:split:" + id);
    }
    ImGui::PopID();
  }
}

// What the sources say differently, each value with the source that gives
// it and "Use this" to make it the event's.
void draw_disputes(AppState& state, const Fonts& fonts, const accord::Event& e, ReportAction& action) {
  section_heading(tr("Sources disagree"), fonts);
  const float h = target_height(state);
  for (size_t i = 0; i < e.disputed.size(); ++i) {
    const accord::Dispute& x = e.disputed[i];
    const accord::Source* s = state.find_source(x.source);
    ImGui::PushID(static_cast<int>(i));
    text_wrapped(dispute_text(state.dataset(), x));
    text_wrapped_colored(palette::kMutedText, trf("says {source}", {{"source", s ? s->title : x.source}}));
    if (accord::can_pick_dispute(x) && !state.view_state().embed) {
      if (ImGui::Button(tr("Use this"), ImVec2(0, h)) && !pointer_was_dragged()) action.picked_dispute = i;
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", trf("Make this the event's {field}; the current one is kept here", {{"field", tr(x.field.c_str())}})
                      .c_str());
      note_widget(state, "event:use:" + x.field + ":" + x.source);
    }
    ImGui::PopID();
  }
}

}  // namespace

void draw_event_reports(AppState& state, const Fonts& fonts, const accord::Event& e) {
  ReportAction action;
  if (!e.sources.empty()) draw_sources(state, fonts, e, action);
  if (!e.disputed.empty()) draw_disputes(state, fonts, e, action);
  // The event is copied: the change replaces the record `e` refers to.
  if (!action.split_source.empty())
    split_off(state, accord::Event(e), action.split_source);
  else if (action.picked_dispute)
    use_value(state, accord::Event(e), *action.picked_dispute);
}

}  // namespace atlas
