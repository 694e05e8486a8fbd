#include "edit_draft.h"

#include <algorithm>

#include "app_state.h"
#include "edit_consistency.h"
#include "text_fold.h"

namespace atlas {
namespace {

template <typename T>
bool copy_found(const T* found, T& out) {
  if (!found) return false;
  out = *found;
  return true;
}

template <typename T>
bool has_id(const std::vector<T>& records, const std::string& id) {
  return std::any_of(records.begin(), records.end(), [&](const T& r) { return r.id == id; });
}

// "Tô Lâm" -> "to-lam": at most six words, ASCII letters and digits.
std::string slug(const std::string& text) {
  std::string out;
  size_t words = 0;
  bool in_word = false;
  for (char c : accord::fold(text)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok && !in_word) {
      if (words == 6) break;
      if (!out.empty()) out += '-';
      ++words;
    }
    if (ok) out += c;
    in_word = ok;
  }
  return out;
}

bool id_taken(const accord::Dataset& d, const EditDraft& draft, RecordKind list, const std::string& id) {
  switch (list) {
    case RecordKind::Person:
      return d.find_person(id) || has_id(draft.new_people, id);
    case RecordKind::Organization:
      return d.find_organization(id) || has_id(draft.new_organizations, id);
    case RecordKind::Agreement:
      return d.find_agreement(id) || has_id(draft.new_agreements, id);
    case RecordKind::Source:
      return d.find_source(id) || has_id(draft.new_sources, id);
    case RecordKind::Mechanism:
      return d.find_mechanism(id);
    case RecordKind::Event:
      return d.find_event(id);
  }
  return false;
}

accord::FollowingEdits following(const accord::Dataset& d, const EditDraft& draft) {
  if (draft.kind != RecordKind::Event) return {};
  // Records the draft creates are new: nothing of theirs needs to follow.
  std::vector<std::string> new_agreements, new_people;
  for (const accord::Agreement& a : draft.new_agreements) new_agreements.push_back(a.id);
  for (const accord::Person& p : draft.new_people) new_people.push_back(p.id);
  return accord::edits_following_event(d, draft.stored_event, draft.event, new_agreements, new_people);
}

// Every id the edited record refers to, so records created on the way
// and then dropped from the form are not saved.
std::vector<std::string> referenced_ids(const EditDraft& draft) {
  std::vector<std::string> ids;
  switch (draft.kind) {
    case RecordKind::Event: {
      const accord::Event& e = draft.event;
      for (const auto& p : e.participants) ids.push_back(p.person);
      for (const auto& a : e.agreements) ids.push_back(a.agreement);
      for (const auto& f : e.figures) ids.push_back(f.source);
      ids.insert(ids.end(), e.organizations.begin(), e.organizations.end());
      ids.insert(ids.end(), e.sources.begin(), e.sources.end());
      break;
    }
    case RecordKind::Agreement: {
      const accord::Agreement& a = draft.agreement;
      ids.push_back(a.amends);
      for (const auto& h : a.history) ids.push_back(h.source);
      ids.insert(ids.end(), a.organizations.begin(), a.organizations.end());
      break;
    }
    case RecordKind::Person:
      for (const auto& r : draft.person.roles) {
        ids.push_back(r.organization);
        ids.push_back(r.source);
      }
      break;
    case RecordKind::Organization:
      ids.push_back(draft.organization.parent);
      break;
    case RecordKind::Source:
    case RecordKind::Mechanism:
      break;
  }
  return ids;
}

template <typename T>
std::vector<T> still_used(const std::vector<T>& created, const std::vector<std::string>& used) {
  std::vector<T> out;
  for (const T& r : created)
    if (std::find(used.begin(), used.end(), r.id) != used.end()) out.push_back(r);
  return out;
}

}  // namespace

const char* kind_word(RecordKind k) {
  switch (k) {
    case RecordKind::Event:
      return "event";
    case RecordKind::Agreement:
      return "agreement";
    case RecordKind::Person:
      return "person";
    case RecordKind::Source:
      return "source";
    case RecordKind::Organization:
      return "organization";
    case RecordKind::Mechanism:
      return "mechanism";
  }
  return "";
}

bool EditDraft::start(const AppState& state, RecordKind k, const std::string& record_id) {
  *this = EditDraft{};
  kind = k;
  id = record_id;
  const accord::Dataset& d = state.dataset();
  switch (k) {
    case RecordKind::Event:
      return copy_found(state.find_event(record_id), event) && copy_found(state.find_event(record_id), stored_event);
    case RecordKind::Agreement:
      return copy_found(state.find_agreement(record_id), agreement);
    case RecordKind::Person:
      return copy_found(state.find_person(record_id), person);
    case RecordKind::Source:
      return copy_found(state.find_source(record_id), source);
    case RecordKind::Organization:
      return copy_found(d.find_organization(record_id), organization);
    case RecordKind::Mechanism:
      return copy_found(d.find_mechanism(record_id), mechanism);
  }
  return false;
}

accord::DatasetChange draft_change(const accord::Dataset& d, const EditDraft& draft) {
  accord::DatasetChange change;
  change.label = std::string("Edit ") + kind_word(draft.kind) + " " + draft.id;
  const std::vector<std::string> used = referenced_ids(draft);
  change.upsert_people = still_used(draft.new_people, used);
  change.upsert_organizations = still_used(draft.new_organizations, used);
  change.upsert_agreements = still_used(draft.new_agreements, used);
  change.upsert_sources = still_used(draft.new_sources, used);
  switch (draft.kind) {
    case RecordKind::Event:
      change.upsert_events.push_back(draft.event);
      break;
    case RecordKind::Agreement:
      change.upsert_agreements.push_back(draft.agreement);
      break;
    case RecordKind::Person:
      change.upsert_people.push_back(draft.person);
      break;
    case RecordKind::Source:
      change.upsert_sources.push_back(draft.source);
      break;
    case RecordKind::Organization:
      change.upsert_organizations.push_back(draft.organization);
      break;
    case RecordKind::Mechanism:
      change.upsert_mechanisms.push_back(draft.mechanism);
      break;
  }
  accord::FollowingEdits more = following(d, draft);
  for (accord::Agreement& a : more.agreements) change.upsert_agreements.push_back(std::move(a));
  for (accord::Person& p : more.people) change.upsert_people.push_back(std::move(p));
  return change;
}

std::vector<std::string> draft_following(const accord::Dataset& d, const EditDraft& draft) {
  return following(d, draft).descriptions;
}

std::vector<std::string> draft_additions(const EditDraft& draft) {
  const std::vector<std::string> used = referenced_ids(draft);
  std::vector<std::string> out;
  for (const auto& p : still_used(draft.new_people, used)) out.push_back("person " + p.name);
  for (const auto& o : still_used(draft.new_organizations, used)) out.push_back("organization " + o.name);
  for (const auto& a : still_used(draft.new_agreements, used)) out.push_back("agreement " + a.title);
  for (const auto& s : still_used(draft.new_sources, used)) out.push_back("source " + s.title);
  return out;
}

std::string fresh_id(const accord::Dataset& d, const EditDraft& draft, RecordKind list, const std::string& prefix,
                     const std::string& name) {
  std::string s = slug(name);
  const std::string base = prefix + (s.empty() ? kind_word(list) : s);
  if (!id_taken(d, draft, list, base)) return base;
  for (int n = 2;; ++n) {
    const std::string id = base + "-" + std::to_string(n);
    if (!id_taken(d, draft, list, id)) return id;
  }
}

}  // namespace atlas
