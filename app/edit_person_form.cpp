// The person form: names, nationality and the dated roles they held.
#include "app_state.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "edit_picks.h"
#include "i18n.h"
#include "list_editor.h"
#include "text_field.h"

namespace atlas {
namespace {

void draw_roles(AppState& state, EditDraft& draft) {
  form_section(tr("Roles (dated)"));
  list_editor(state, "edit:roles", draft.person.roles, tr("+ Add role"), [&](accord::Role& r, const std::string& row) {
    form_label(tr("Title"));
    text_field(state, row + ":title", r.title, tr("Minister of Public Security"));
    form_label(tr("Rank (optional)"));
    text_field(state, row + ":rank", r.rank, tr("General"));
    form_label(tr("Organization"));
    pick_record(state, draft, row + ":organization", PickKind::Organization, r.organization, true);
    form_label(tr("From"));
    date_field(state, row + ":from", r.from, tr("Role from"), draft.problem);
    form_label(tr("To (empty: still held)"));
    date_field(state, row + ":to", r.to, tr("Role to"), draft.problem);
    form_label(tr("Source"));
    pick_record(state, draft, row + ":source", PickKind::Source, r.source, true);
  });
  for (size_t i = 0; i < draft.person.roles.size(); ++i)
    if (draft.person.roles[i].title.empty() && draft.problem.empty())
      draft.problem = "Role " + std::to_string(i + 1) + ": a role needs a title";
}

}  // namespace

void draw_person_form(AppState& state, EditDraft& draft) {
  accord::Person& p = draft.person;
  draft.problem.clear();
  form_label(tr("Name (without diacritics)"));
  text_field(state, "edit:field:name", p.name, tr("To Lam"));
  form_label(tr("Name as written in the person's language"));
  text_field(state, "edit:field:native-name", p.native_name, tr("T\u00f4 L\u00e2m"));
  form_label(tr("Other names (one a line)"));
  aliases_field(state, "edit:field:aliases", p.aliases);
  form_label(tr("Nationality"));
  pick_record(state, draft, "edit:field:country", PickKind::Country, p.country, true);
  draw_roles(state, draft);
  if (p.name.empty() && draft.problem.empty()) draft.problem = "Name: a person needs a name";
}

}  // namespace atlas
