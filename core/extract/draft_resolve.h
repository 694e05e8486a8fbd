// From an extracted draft to records ready to save: the event, plus the
// people, organizations and source it needs. Names the dataset already
// knows resolve to existing ids; the rest become new records the user
// can review before saving.
#pragma once
#include <string>
#include <vector>

#include "edit_history.h"
#include "extract.h"
#include "gazetteer.h"
#include "model.h"

namespace accord {

struct ResolvedPerson {
  std::string draft_name;  // as extracted
  std::string id;          // existing or new person id
  bool is_new = false;
};

struct DraftRecords {
  // Id from date, partners and type ("ev-2024-05-20-vnm-lao-talks", country
  // ids lower-cased), unique in the dataset. A date of year 0 means the
  // article gave none: the notes say so and the event cannot be saved.
  Event event;
  Source source;
  std::vector<ResolvedPerson> people;  // one per draft person, in order
  std::vector<Person> new_people;
  std::vector<Organization> new_organizations;
  std::vector<Mechanism> new_mechanisms;
  std::vector<Country> new_countries;         // parties the dataset does not list yet
  std::vector<Agreement> new_agreements;      // agreements the dataset does not have yet
  std::vector<Agreement> updated_agreements;  // existing ones (similar title) with this event's step added
  std::vector<std::string> notes;             // what the reviewer should check (the new_* lists are not repeated here)
  bool has_date() const { return event.date.year != 0; }
  // Everything above as one change for EditHistory::apply.
  DatasetChange to_change() const;
};

struct SourceInfo {
  std::string title;  // the headline when empty
  std::string publisher;
  std::string url;
  // The article's text, kept on the source as its passage (cut to what a
  // passage may hold).
  std::string text;
};

// `gazetteer`, when given, names new countries and gives new
// organizations and mechanisms their kind and full name.
DraftRecords resolve_draft(const ExtractedDraft& draft, const Dataset& d, const SourceInfo& source = {},
                           const Gazetteer* gazetteer = nullptr);

}  // namespace accord
