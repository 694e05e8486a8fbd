// The event form: what happened, when and where, who took part, what
// they agreed, what was measured and where it was reported.
#include "app_state.h"
#include "display_text.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "edit_picks.h"
#include "i18n.h"
#include "list_editor.h"
#include "text_field.h"
#include "theme.h"

namespace atlas {
namespace {

constexpr accord::EventType kEventTypes[] = {
    accord::EventType::Talks,          accord::EventType::Dialogue, accord::EventType::MinisterialMeeting,
    accord::EventType::Conference,     accord::EventType::Visit,    accord::EventType::Signing,
    accord::EventType::JointOperation, accord::EventType::Other};

const std::vector<std::string> kParts = {"host", "guest", "co-chair", "chair", "signatory", "witness", "speaker"};
const std::vector<std::string> kStatuses = {"held", "planned"};

void note(std::string& problem, const std::string& text) {
  if (problem.empty()) problem = text;
}
std::string nth(const char* what, size_t i) { return std::string(what) + " " + std::to_string(i + 1); }

void draw_when_and_where(AppState& state, EditDraft& draft) {
  accord::Event& e = draft.event;
  form_label(tr("Title"));
  text_field(state, "edit:field:title", e.title, tr("What happened"));
  form_label(tr("Date (YYYY-MM-DD, YYYY-MM or YYYY)"));
  required_date_field(state, "edit:field:date", e.date, tr("Date"), draft.problem);
  if (e.date.inferred())
    text_wrapped_colored(palette::kInferred, trf("\u2248 inferred: {reason}", {{"reason", e.date.reason}}));
  form_label(tr("End date (several days; optional)"));
  date_field(state, "edit:field:end-date", e.end_date, tr("End date"), draft.problem);
  form_label(tr("Type"));
  enum_combo(state, "edit:field:type", e.type, kEventTypes, accord::event_type_label);
  form_label(tr("Status"));
  choice_combo(state, "edit:field:status", e.status, kStatuses);
  form_label(tr("Place: city"));
  text_field(state, "edit:field:city", e.location.city, tr("City"));
  form_label(tr("Place: country"));
  pick_record(state, draft, "edit:field:place-country", PickKind::Country, e.location.country, true);
  toggle_chip(state, "edit:field:online", tr("Online"), e.location.is_virtual);
  form_label(tr("Part of (a larger event, such as a state visit)"));
  pick_record(state, draft, "edit:field:part-of", PickKind::Event, e.part_of, true);
  form_label(tr("Summary"));
  text_area(state, "edit:field:summary", e.summary, ImVec2(0, ImGui::GetTextLineHeight() * 5));
}

void draw_participants(AppState& state, EditDraft& draft) {
  form_section(tr("Participants"));
  list_editor(state, "edit:participants", draft.event.participants, tr("+ Add participant"),
              [&](accord::Participation& p, const std::string& row) {
                pick_record(state, draft, row + ":person", PickKind::Person, p.person);
                form_label(tr("Role that day (as the source gives it)"));
                text_field(state, row + ":role", p.role, tr("Minister of Public Security"));
                form_label(tr("Part"));
                suggest_field(state, row + ":part", p.part, kParts, tr("host, guest, co-chair..."));
              });
  for (size_t i = 0; i < draft.event.participants.size(); ++i)
    if (draft.event.participants[i].person.empty()) note(draft.problem, nth("Participant", i) + ": choose a person");
}

void draw_agreement_acts(AppState& state, EditDraft& draft) {
  form_section(tr("Agreements acted on"));
  list_editor(state, "edit:acts", draft.event.agreements, tr("+ Add agreement"),
              [&](accord::AgreementAct& act, const std::string& row) {
                pick_record(state, draft, row + ":agreement", PickKind::Agreement, act.agreement);
                form_label(tr("What the event did with it"));
                enum_combo(state, row + ":action", act.action, kAgreementActions, action_text);
              });
  for (size_t i = 0; i < draft.event.agreements.size(); ++i)
    if (draft.event.agreements[i].agreement.empty()) note(draft.problem, nth("Agreement", i) + ": choose an agreement");
}

void draw_commitments(AppState& state, EditDraft& draft) {
  form_section(tr("Commitments"));
  list_editor(state, "edit:commitments", draft.event.commitments, tr("+ Add commitment"),
              [&](accord::Commitment& c, const std::string& row) {
                text_area(state, row + ":text", c.text, ImVec2(0, ImGui::GetTextLineHeight() * 3));
                form_label(tr("Its topics"));
                topic_chips(state, row + ":topic", c.topics);
              });
  for (size_t i = 0; i < draft.event.commitments.size(); ++i)
    if (draft.event.commitments[i].text.empty()) note(draft.problem, nth("Commitment", i) + ": say what was promised");
}

void draw_figures(AppState& state, EditDraft& draft) {
  form_section(tr("Figures"));
  list_editor(state, "edit:figures", draft.event.figures, tr("+ Add figure"),
              [&](accord::Figure& f, const std::string& row) {
                form_label(tr("Quantity"));
                number_field(state, row + ":quantity", f.quantity, tr("Quantity"), draft.problem);
                form_label(tr("Unit"));
                text_field(state, row + ":unit", f.unit, tr("kg, cases, suspects"));
                form_label(tr("Of what"));
                text_field(state, row + ":what", f.what, tr("heroin seized at the border"));
                form_label(tr("Period"));
                text_field(state, row + ":period", f.period, tr("2024, 2024-01/2024-10"));
                form_label(tr("Source"));
                pick_record(state, draft, row + ":source", PickKind::Source, f.source, true);
              });
  for (size_t i = 0; i < draft.event.figures.size(); ++i)
    if (draft.event.figures[i].what.empty()) note(draft.problem, nth("Figure", i) + ": say what was counted");
}

}  // namespace

void draw_event_form(AppState& state, EditDraft& draft) {
  accord::Event& e = draft.event;
  draft.problem.clear();
  draw_when_and_where(state, draft);

  form_section(tr("Countries (Vietnam and its partners)"));
  id_list_editor(
      state, "edit:countries", e.countries,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Country, id); },
      pick_options(state, draft, PickKind::Country));
  draw_participants(state, draft);
  form_section(tr("Organizations"));
  id_list_editor(
      state, "edit:organizations", e.organizations,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Organization, id); },
      pick_options(state, draft, PickKind::Organization));
  form_section(tr("Mechanisms"));
  id_list_editor(
      state, "edit:mechanisms", e.mechanisms,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Mechanism, id); },
      pick_options(state, draft, PickKind::Mechanism));
  form_section(tr("Topics"));
  topic_chips(state, "edit:topic", e.topics);
  draw_agreement_acts(state, draft);
  draw_commitments(state, draft);
  draw_figures(state, draft);
  form_section(tr("Sources"));
  id_list_editor(
      state, "edit:sources", e.sources,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Source, id); },
      pick_options(state, draft, PickKind::Source));

  if (e.title.empty()) note(draft.problem, "Title: an event needs a title");
  if (e.countries.empty()) note(draft.problem, "Countries: an event involves at least one country");
  if (e.sources.empty()) note(draft.problem, "Sources: an event needs at least one source");
  if (e.part_of == e.id) note(draft.problem, "Part of: an event cannot be part of itself");
}

}  // namespace atlas
