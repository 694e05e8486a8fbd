// What a text search looks at for one event, as an ordered list of parts.
// Shared by query_events (the reference) and EventIndex, so that both
// search exactly the same text.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "model.h"

namespace accord {

// Resolves ids through the Dataset's own (linear) finders.
struct DatasetLookup {
  const Dataset& d;
  const Person* person(const std::string& id) const { return d.find_person(id); }
  const Organization* organization(const std::string& id) const { return d.find_organization(id); }
  const Agreement* agreement(const std::string& id) const { return d.find_agreement(id); }
  const Mechanism* mechanism(const std::string& id) const { return d.find_mechanism(id); }
};

// Resolves ids through hash maps built once: for indexing many events.
// Like the Dataset's finders, the first entity with an id wins.
class HashedLookup {
 public:
  explicit HashedLookup(const Dataset& d) {
    for (const Person& x : d.people) people_.emplace(x.id, &x);
    for (const Organization& x : d.organizations) organizations_.emplace(x.id, &x);
    for (const Agreement& x : d.agreements) agreements_.emplace(x.id, &x);
    for (const Mechanism& x : d.mechanisms) mechanisms_.emplace(x.id, &x);
  }
  const Person* person(const std::string& id) const { return get(people_, id); }
  const Organization* organization(const std::string& id) const { return get(organizations_, id); }
  const Agreement* agreement(const std::string& id) const { return get(agreements_, id); }
  const Mechanism* mechanism(const std::string& id) const { return get(mechanisms_, id); }

 private:
  template <typename T>
  using Map = std::unordered_map<std::string_view, const T*>;  // views into the Dataset's ids
  template <typename T>
  static const T* get(const Map<T>& m, const std::string& id) {
    const auto it = m.find(id);
    return it == m.end() ? nullptr : it->second;
  }
  Map<Person> people_;
  Map<Organization> organizations_;
  Map<Agreement> agreements_;
  Map<Mechanism> mechanisms_;
};

// Calls emit(entity, part, field) for each part of the event's searchable
// text, in order; every part ends with '\n' and their concatenation is the
// text. `entity` is the Person, Organization, Agreement or Mechanism a part
// is taken from (nullptr for the event's own text), so a caller may cache
// the part per entity; `field` names where the part comes from ("title",
// "person", ...), for saying why a search matched. `find` resolves ids
// like DatasetLookup.
template <typename Find, typename Emit>
void for_each_searchable_part(const Event& e, const Find& find, Emit&& emit) {
  std::string part;
  const auto own = [&](const std::string& text, const char* field) {
    part.assign(text);
    part += '\n';
    emit(static_cast<const void*>(nullptr), std::string_view(part), field);
  };
  own(e.title, "title");
  own(e.summary, "summary");
  own(e.location.city, "place");
  for (const Participation& p : e.participants) {
    if (const Person* person = find.person(p.person)) {
      part.assign(person->name).append("\n").append(person->native_name).append("\n");
      for (const std::string& a : person->aliases) part.append(a).append("\n");
      emit(static_cast<const void*>(person), std::string_view(part), "person");
    }
    own(p.role, "role");
  }
  for (const std::string& id : e.organizations)
    if (const Organization* g = find.organization(id)) {
      part.assign(g->name).append("\n");
      emit(static_cast<const void*>(g), std::string_view(part), "organization");
    }
  for (const AgreementAct& act : e.agreements)
    if (const Agreement* a = find.agreement(act.agreement)) {
      part.assign(a->title).append("\n");
      emit(static_cast<const void*>(a), std::string_view(part), "agreement");
    }
  for (const std::string& id : e.mechanisms)
    if (const Mechanism* m = find.mechanism(id)) {
      part.assign(m->name).append("\n").append(m->full_name).append("\n");
      emit(static_cast<const void*>(m), std::string_view(part), "mechanism");
    }
  for (const Commitment& c : e.commitments) own(c.text, "commitment");
  for (const Figure& f : e.figures) own(f.what, "figure");
}

// The whole searchable text of an event, not yet folded.
template <typename Find>
std::string searchable_text_unfolded(const Event& e, const Find& find) {
  std::string s;
  for_each_searchable_part(e, find, [&](const void*, std::string_view part, const char*) { s.append(part); });
  return s;
}

}  // namespace accord
