// From an extracted draft to records ready to save: the event, plus the
// people, organizations and source it needs. Names the dataset already
// knows resolve to existing ids; the rest become new records the user
// can review before saving.
#pragma once
#include <string>
#include <vector>

#include "edit_history.h"
#include "extract.h"
#include "model.h"

namespace accord {

struct ResolvedPerson {
  std::string draft_name;  // as extracted
  std::string id;          // existing or new person id
  bool is_new = false;
};

struct DraftRecords {
  Event event;  // id from date, partners and type ("ev-2024-05-20-vn-la-talks"), unique in the dataset
  Source source;
  std::vector<ResolvedPerson> people;         // one per draft person, in order
  std::vector<Person> new_people;
  std::vector<Organization> new_organizations;
  std::vector<Agreement> new_agreements;      // agreements the dataset does not have yet
  std::vector<std::string> notes;             // what the reviewer should check
  // Everything above as one change for EditHistory::apply.
  DatasetChange to_change() const;
};

struct SourceInfo {
  std::string title;      // the headline when empty
  std::string publisher;
  std::string url;
};

DraftRecords resolve_draft(const ExtractedDraft& draft, const Dataset& d, const SourceInfo& source = {});

}  // namespace accord
