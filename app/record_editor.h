// Edit and Delete for the record a detail view shows (an event, an
// agreement or a person), and Edit for the records an event's page lists
// (its sources, organizations and mechanisms). The Edit form is a sheet
// (the whole screen on a phone); Delete asks first. Changes go through
// AppState::apply_change, so each is one Undo step; a refused save keeps
// the form and what was typed, with the reason under it.
#pragma once
#include <string>

#include "edit_draft.h"

namespace atlas {

class AppState;

// "Edit" and "Delete" (widgets "edit" and "delete") on their own line,
// and the popups of every edit started on this page.
void record_edit_buttons(AppState& state, RecordKind kind, const std::string& id);

// A small "Edit" (widget `name`) for a record listed on the page of
// `page_id` (whose record_edit_buttons draws the form), at the right end
// of the row that shows `label` (none: the button alone).
void record_edit_link(AppState& state, RecordKind kind, const std::string& id, const std::string& page_id,
                      const std::string& name, const std::string& label = "");

// Applies the change a popup asked for. Called once a frame before the
// views draw, so no view holds a reference into the data it changes.
void apply_pending_record_edit(AppState& state);

}  // namespace atlas
