// Edit and Delete for the record a detail view shows (an event, an
// agreement or a person): the buttons, the Edit form and the Delete
// confirmation in popups. Changes go through AppState::apply_change, so
// each is one Undo step; a deletion also removes the references to the
// record (core/edit_history.h).
#pragma once
#include <string>

namespace atlas {

class AppState;

enum class RecordKind { Event, Agreement, Person };

// "Edit" and "Delete" (widgets "edit" and "delete") on their own line,
// and their popups.
void record_edit_buttons(AppState& state, RecordKind kind, const std::string& id);

// Applies the change a popup asked for. Called once a frame before the
// views draw, so no view holds a reference into the data it changes.
void apply_pending_record_edit(AppState& state);

}  // namespace atlas
