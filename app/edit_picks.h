// The pick lists of the record forms: which records each kind offers, how
// each is named, and the records "+ New ..." creates (added to the draft,
// saved with it).
#pragma once
#include <string>

#include "edit_draft.h"
#include "pick_list.h"

namespace atlas {

class AppState;

enum class PickKind { Person, Organization, Agreement, Country, Mechanism, Source, Event };

// The name a pick list shows for `id` (the id itself when unknown).
std::string pick_label(const AppState& state, const EditDraft& draft, PickKind kind, const std::string& id);
// Search over the stored records and the draft's new ones; people,
// organizations, agreements and sources can be created inline.
PickOptions pick_options(AppState& state, EditDraft& draft, PickKind kind, bool allow_none = false);
// pick_list with both. True when `id` changed.
bool pick_record(AppState& state, EditDraft& draft, const std::string& name, PickKind kind, std::string& id,
                 bool allow_none = false);

}  // namespace atlas
