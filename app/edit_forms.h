// The forms of the Edit sheet, one per kind of record (one file each:
// edit_event_form.cpp, edit_agreement_form.cpp, ...). They change the
// draft's copy of the record and say in draft.problem what keeps it from
// being saved; record_editor.cpp saves it as one DatasetChange.
#pragma once
#include "edit_draft.h"

namespace atlas {

class AppState;

void draw_event_form(AppState& state, EditDraft& draft);
void draw_agreement_form(AppState& state, EditDraft& draft);
void draw_person_form(AppState& state, EditDraft& draft);
void draw_source_form(AppState& state, EditDraft& draft);
void draw_organization_form(AppState& state, EditDraft& draft);
void draw_mechanism_form(AppState& state, EditDraft& draft);

// Shared by the forms: the acts an agreement can take (action_text in
// display_text.h names them).
extern const accord::AgreementAction kAgreementActions[5];

}  // namespace atlas
