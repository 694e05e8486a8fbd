// The forms of the records events point to by name: organizations and
// mechanisms (opened from an event's page).
#include "app_state.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "edit_picks.h"
#include "i18n.h"
#include "text_field.h"

namespace atlas {
namespace {
const std::vector<std::string> kOrganizationKinds = {"ministry", "police",   "party",         "judiciary", "department",
                                                     "agency",   "military", "international", "other"};
const std::vector<std::string> kMechanismKinds = {"multilateral", "regional_forum", "hotline", "bilateral_forum"};

// Whether following parents from `o` comes back to it (the stored records
// above it, with `o` as edited).
bool parent_loops(const accord::Dataset& d, const accord::Organization& o) {
  std::string at = o.parent;
  for (size_t steps = 0; !at.empty() && steps <= d.organizations.size(); ++steps) {
    if (at == o.id) return true;
    const accord::Organization* up = d.find_organization(at);
    at = up ? up->parent : "";
  }
  return false;
}

}  // namespace

void draw_organization_form(AppState& state, EditDraft& draft) {
  accord::Organization& o = draft.organization;
  draft.problem.clear();
  form_label(tr("Name"));
  text_field(state, "edit:field:name", o.name, tr("Ministry of Public Security"));
  form_label(tr("Kind"));
  suggest_field(state, "edit:field:kind", o.kind, kOrganizationKinds, tr("ministry"));
  form_label(tr("Other names (one a line)"));
  aliases_field(state, "edit:field:aliases", o.aliases);
  form_label(tr("Country (none for an international body)"));
  pick_record(state, draft, "edit:field:country", PickKind::Country, o.country, true);
  form_label(tr("Part of (parent organization)"));
  pick_record(state, draft, "edit:field:parent", PickKind::Organization, o.parent, true);
  if (o.name.empty() && draft.problem.empty()) draft.problem = "Name: an organization needs a name";
  if (draft.problem.empty() && parent_loops(state.dataset(), o))
    draft.problem = "Part of: " + o.parent + " is already part of this organization";
}

void draw_mechanism_form(AppState& state, EditDraft& draft) {
  accord::Mechanism& m = draft.mechanism;
  draft.problem.clear();
  form_label(tr("Short name"));
  text_field(state, "edit:field:name", m.name, tr("AMMTC"));
  form_label(tr("Full name"));
  text_field(state, "edit:field:full-name", m.full_name, tr("ASEAN Ministerial Meeting on Transnational Crime"));
  form_label(tr("Kind"));
  suggest_field(state, "edit:field:kind", m.kind, kMechanismKinds, tr("multilateral"));
  form_label(tr("Other names (one a line)"));
  aliases_field(state, "edit:field:aliases", m.aliases);
  if (m.name.empty() && draft.problem.empty()) draft.problem = "Name: a mechanism needs a name";
}

}  // namespace atlas
