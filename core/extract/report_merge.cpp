#include "report_merge.h"

#include <algorithm>

#include "fact_merge.h"
#include "name_match.h"

namespace accord {

EventResolution resolve_records(const DraftRecords& r, const Dataset& d, const EventCandidateIndex& index) {
  std::vector<Agreement> agreements = r.new_agreements;
  agreements.insert(agreements.end(), r.updated_agreements.begin(), r.updated_agreements.end());
  const RecordLookup lookup{&d, &r.new_people, &agreements};
  return resolve_event(r.event, lookup, d, index);
}

DatasetChange merge_records_change(const DraftRecords& r, const Dataset& d, const Event& target) {
  RecordIdMap ids;
  // New people who are the target's participants under another spelling.
  std::vector<Person> people;
  for (const Person& p : r.new_people) {
    std::string same;
    for (const Participation& x : target.participants)
      if (const Person* q = d.find_person(x.person))
        if (same.empty() && same_person(p, *q)) same = q->id;
    if (same.empty())
      people.push_back(p);
    else
      ids.people[p.id] = same;
  }
  // New agreements that are one the target acts on, named another way:
  // that agreement gets this report's step instead.
  std::vector<Agreement> agreements;
  std::vector<Agreement> updated = r.updated_agreements;
  for (const Agreement& a : r.new_agreements) {
    const Agreement* same = nullptr;
    for (const AgreementAct& x : target.agreements)
      if (const Agreement* q = d.find_agreement(x.agreement))
        if (!same && same_agreement(a, *q)) same = q;
    if (!same) {
      agreements.push_back(a);
      continue;
    }
    ids.agreements[a.id] = same->id;
    Agreement u = *same;
    for (const AgreementStatus& s : a.history)
      if (!std::any_of(u.history.begin(), u.history.end(),
                       [&](const AgreementStatus& h) { return h.action == s.action && h.event == r.event.id; }))
        u.history.push_back(s);
    updated.push_back(u);
  }
  // Steps the report gave name its event: that is now the target.
  for (std::vector<Agreement>* list : {&agreements, &updated})
    for (Agreement& a : *list)
      for (AgreementStatus& s : a.history)
        if (s.event == r.event.id) s.event = target.id;

  DatasetChange c;
  c.label = "Add source " + r.source.id + " to event " + target.id;
  c.article = r.source.url.empty() ? r.source.id : r.source.url;
  c.upsert_sources = {r.source};
  c.upsert_countries = r.new_countries;
  c.upsert_organizations = r.new_organizations;
  c.upsert_mechanisms = r.new_mechanisms;
  c.upsert_people = people;
  c.upsert_agreements = agreements;
  c.upsert_agreements.insert(c.upsert_agreements.end(), updated.begin(), updated.end());
  c.upsert_events = {merge_report(target, r.event, r.source.id, ids)};
  return c;
}

}  // namespace accord
