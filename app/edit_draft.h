// The record being edited (a copy of it), the records its pick lists
// created on the way, and the change that saves them all as one step.
#pragma once
#include <string>
#include <vector>

#include "edit_history.h"
#include "model.h"

namespace atlas {

class AppState;

enum class RecordKind { Event, Agreement, Person, Source, Organization, Mechanism };

const char* kind_word(RecordKind k);  // "event"

struct EditDraft {
  RecordKind kind = RecordKind::Event;
  std::string id;
  accord::Event event;
  accord::Event stored_event;  // as it was, for the edits that follow a new date
  accord::Agreement agreement;
  accord::Person person;
  accord::Source source;
  accord::Organization organization;
  accord::Mechanism mechanism;
  // Created by "+ New ..." in a pick list; saved with the record.
  std::vector<accord::Person> new_people;
  std::vector<accord::Organization> new_organizations;
  std::vector<accord::Agreement> new_agreements;
  std::vector<accord::Source> new_sources;
  std::string problem;  // what the fields lack ("" when Save can go)

  // Copies the stored record; false when it is gone.
  bool start(const AppState& state, RecordKind k, const std::string& record_id);
};

// Saving the draft: the record, the records created for it, and the
// records that follow the edit (edit_consistency.h), in one change.
accord::DatasetChange draft_change(const accord::Dataset& d, const EditDraft& draft);
// "also changes: ..." lines for the form (empty when nothing follows).
std::vector<std::string> draft_following(const accord::Dataset& d, const EditDraft& draft);
// The records created on the way that the save adds ("person Tran Van
// Binh"); one created and then dropped from the form is not saved.
std::vector<std::string> draft_additions(const EditDraft& draft);

// An id no record of that list (stored or created in the draft) has:
// `prefix` + the name's folded words ("p-nguyen-van-a"), "-2" if taken.
std::string fresh_id(const accord::Dataset& d, const EditDraft& draft, RecordKind list, const std::string& prefix,
                     const std::string& name);

}  // namespace atlas
