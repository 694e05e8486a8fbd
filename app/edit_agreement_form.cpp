// The agreement form: its kind and title, who is party to it, what it
// amends, and its dated history of acts.
#include "app_state.h"
#include "display_text.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "edit_picks.h"
#include "i18n.h"
#include "list_editor.h"
#include "text_field.h"

namespace atlas {
namespace {

constexpr accord::AgreementKind kKinds[] = {accord::AgreementKind::MoU,      accord::AgreementKind::Agreement,
                                            accord::AgreementKind::Protocol, accord::AgreementKind::Treaty,
                                            accord::AgreementKind::Plan,     accord::AgreementKind::Minutes,
                                            accord::AgreementKind::Other};
std::string kind_text(accord::AgreementKind k) { return accord::to_string(k); }

void draw_history(AppState& state, EditDraft& draft) {
  form_section(tr("History (dated acts)"));
  list_editor(state, "edit:history", draft.agreement.history, tr("+ Add act"),
              [&](accord::AgreementStatus& s, const std::string& row) {
                form_label(tr("Act"));
                enum_combo(state, row + ":action", s.action, kAgreementActions, action_text);
                form_label(tr("Date"));
                date_field(state, row + ":date", s.date, tr("Date of an act"), draft.problem);
                form_label(tr("By the event (optional)"));
                pick_record(state, draft, row + ":event", PickKind::Event, s.event, true);
                form_label(tr("Source"));
                pick_record(state, draft, row + ":source", PickKind::Source, s.source, true);
              });
}

}  // namespace

const accord::AgreementAction kAgreementActions[5] = {
    accord::AgreementAction::Signed, accord::AgreementAction::Amended, accord::AgreementAction::Reviewed,
    accord::AgreementAction::Negotiating, accord::AgreementAction::Implemented};

void draw_agreement_form(AppState& state, EditDraft& draft) {
  accord::Agreement& a = draft.agreement;
  draft.problem.clear();
  form_label(tr("Title"));
  text_field(state, "edit:field:title", a.title, tr("Agreement title"));
  form_label(tr("Kind"));
  enum_combo(state, "edit:field:kind", a.kind, kKinds, kind_text);
  form_label(tr("Amends (an earlier agreement; optional)"));
  pick_record(state, draft, "edit:field:amends", PickKind::Agreement, a.amends, true);
  form_label(tr("Note"));
  text_area(state, "edit:field:note", a.note, ImVec2(0, ImGui::GetTextLineHeight() * 4));
  form_section(tr("Parties (countries)"));
  id_list_editor(
      state, "edit:parties", a.parties,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Country, id); },
      pick_options(state, draft, PickKind::Country));
  form_section(tr("Signatory organizations"));
  id_list_editor(
      state, "edit:organizations", a.organizations,
      [&](const std::string& id) { return pick_label(state, draft, PickKind::Organization, id); },
      pick_options(state, draft, PickKind::Organization));
  draw_history(state, draft);
  if (a.title.empty() && draft.problem.empty()) draft.problem = "Title: an agreement needs a title";
  if (a.amends == a.id && draft.problem.empty()) draft.problem = "Amends: an agreement cannot amend itself";
}

}  // namespace atlas
