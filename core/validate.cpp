#include "validate.h"

#include <set>
#include <unordered_set>

namespace accord {

namespace {

std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

bool is_valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Answers "is this id known?" for one kind of record. The whole-dataset
// check fills the set up front; the check of a few records looks ids up
// in the dataset itself and builds the set only once lookups pile up, so
// a one-event edit in a million-event dataset stays fast.
template <typename T>
class IdLookup {
 public:
  explicit IdLookup(const std::vector<T>& items) : items_(items) {}
  void fill() {
    if (filled_) return;
    for (const T& item : items_) ids_.insert(item.id);
    filled_ = true;
  }
  bool insert(const std::string& id) {
    filled_ = true;
    return ids_.insert(id).second;
  }
  bool count(const std::string& id) {
    if (!filled_ && ++scans_ > kScansBeforeIndex) fill();
    if (filled_) return ids_.count(id) > 0;
    for (const T& item : items_)
      if (item.id == id) return true;
    return false;
  }

 private:
  static constexpr int kScansBeforeIndex = 16;
  const std::vector<T>& items_;
  std::unordered_set<std::string> ids_;
  bool filled_ = false;
  int scans_ = 0;
};

class Validator {
 public:
  explicit Validator(const Dataset& d)
      : d_(d),
        source_ids_(d.sources),
        country_ids_(d.countries),
        organization_ids_(d.organizations),
        mechanism_ids_(d.mechanisms),
        person_ids_(d.people),
        agreement_ids_(d.agreements),
        event_ids_(d.events) {}

  std::vector<Problem> run_selected(const RecordSelection& which) {
    if (!d_.home_country.empty()) ref("home_country", d_.home_country, country_ids_, "country");
    for (size_t i : which.sources) {
      check_id(at("sources", i) + ".id", d_.sources[i].id);
      check_source(at("sources", i), d_.sources[i]);
    }
    for (size_t i : which.countries) check_id(at("countries", i) + ".id", d_.countries[i].id);
    for (size_t i : which.organizations) {
      check_id(at("organizations", i) + ".id", d_.organizations[i].id);
      check_organization(at("organizations", i), d_.organizations[i]);
    }
    for (size_t i : which.mechanisms) check_id(at("mechanisms", i) + ".id", d_.mechanisms[i].id);
    for (size_t i : which.people) {
      check_id(at("people", i) + ".id", d_.people[i].id);
      check_person(at("people", i), d_.people[i]);
    }
    for (size_t i : which.agreements) {
      check_id(at("agreements", i) + ".id", d_.agreements[i].id);
      check_agreement(at("agreements", i), d_.agreements[i]);
    }
    for (size_t i : which.events) {
      check_id(at("events", i) + ".id", d_.events[i].id);
      check_event(at("events", i), d_.events[i]);
    }
    return std::move(problems_);
  }

  std::vector<Problem> run() {
    collect_ids("sources", d_.sources, source_ids_);
    collect_ids("countries", d_.countries, country_ids_);
    collect_ids("organizations", d_.organizations, organization_ids_);
    collect_ids("mechanisms", d_.mechanisms, mechanism_ids_);
    collect_ids("people", d_.people, person_ids_);
    collect_ids("agreements", d_.agreements, agreement_ids_);
    collect_ids("events", d_.events, event_ids_);

    if (!d_.home_country.empty()) ref("home_country", d_.home_country, country_ids_, "country");
    for (size_t i = 0; i < d_.sources.size(); ++i) check_source(at("sources", i), d_.sources[i]);
    for (size_t i = 0; i < d_.organizations.size(); ++i) check_organization(at("organizations", i), d_.organizations[i]);
    for (size_t i = 0; i < d_.people.size(); ++i) check_person(at("people", i), d_.people[i]);
    for (size_t i = 0; i < d_.agreements.size(); ++i) check_agreement(at("agreements", i), d_.agreements[i]);
    for (size_t i = 0; i < d_.events.size(); ++i) check_event(at("events", i), d_.events[i]);
    return std::move(problems_);
  }

 private:
  template <typename T>
  void collect_ids(const std::string& list, const std::vector<T>& items, IdLookup<T>& ids) {
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string& id = items[i].id;
      const std::string path = at(list, i) + ".id";
      if (id.empty()) continue;  // reported as missing by the reader
      check_id(path, id);
      if (!ids.insert(id)) problem(path, quoted(id) + " is used twice");
    }
  }
  void check_id(const std::string& path, const std::string& id) {
    if (id.empty()) problem(path, "is missing");
    else if (!is_valid_id(id)) problem(path, quoted(id) + " is not a valid id (letters, digits, '-', '_', '.')");
  }

  template <typename T>
  void ref(const std::string& path, const std::string& id, IdLookup<T>& ids, const char* what) {
    if (!id.empty() && !ids.count(id)) problem(path, quoted(id) + " is not a known " + what + " id");
  }
  template <typename T>
  void refs(const std::string& path, const std::vector<std::string>& list, IdLookup<T>& ids, const char* what) {
    std::set<std::string> seen;
    for (size_t i = 0; i < list.size(); ++i) {
      ref(at(path, i), list[i], ids, what);
      if (!seen.insert(list[i]).second) problem(at(path, i), quoted(list[i]) + " is listed twice");
    }
  }
  void topics(const std::string& path, const std::vector<std::string>& list) {
    for (size_t i = 0; i < list.size(); ++i)
      if (!is_topic(list[i])) problem(at(path, i), quoted(list[i]) + " is not in the topic vocabulary");
  }
  void order(const std::string& path, const std::optional<Date>& from, const std::optional<Date>& to,
             const char* from_name) {
    if (from && to && to->sort_key_end() < from->sort_key())
      problem(path, to->iso() + " is before " + from_name + " " + from->iso());
  }

  void check_source(const std::string& p, const Source& s) {
    if (!s.language.empty() && s.language != "en" && s.language != "fr" && s.language != "vi")
      problem(p + ".language", quoted(s.language) + " is not one of en, fr, vi");
  }

  void check_organization(const std::string& p, const Organization& g) {
    ref(p + ".country", g.country, country_ids_, "country");
    ref(p + ".parent", g.parent, organization_ids_, "organization");
    if (!g.parent.empty() && g.parent == g.id) problem(p + ".parent", "an organization cannot be its own parent");
  }

  void check_person(const std::string& p, const Person& person) {
    ref(p + ".country", person.country, country_ids_, "country");
    for (size_t i = 0; i < person.roles.size(); ++i) {
      const Role& role = person.roles[i];
      const std::string rp = at(p + ".roles", i);
      ref(rp + ".organization", role.organization, organization_ids_, "organization");
      ref(rp + ".source", role.source, source_ids_, "source");
      order(rp + ".to", role.from, role.to, "from");
    }
  }

  void check_agreement(const std::string& p, const Agreement& a) {
    refs(p + ".parties", a.parties, country_ids_, "country");
    refs(p + ".organizations", a.organizations, organization_ids_, "organization");
    ref(p + ".amends", a.amends, agreement_ids_, "agreement");
    if (!a.amends.empty() && a.amends == a.id) problem(p + ".amends", "an agreement cannot amend itself");
    for (size_t i = 0; i < a.history.size(); ++i) {
      const std::string hp = at(p + ".history", i);
      ref(hp + ".event", a.history[i].event, event_ids_, "event");
      ref(hp + ".source", a.history[i].source, source_ids_, "source");
    }
  }

  void check_event(const std::string& p, const Event& e) {
    order(p + ".end_date", std::optional<Date>(e.date), e.end_date, "date");
    ref(p + ".location.country", e.location.country, country_ids_, "country");
    if (e.countries.empty()) problem(p + ".countries", "an event needs at least one country");
    refs(p + ".countries", e.countries, country_ids_, "country");
    if (e.status != "held" && e.status != "planned")
      problem(p + ".status", quoted(e.status) + " is not one of held, planned");
    ref(p + ".part_of", e.part_of, event_ids_, "event");
    if (!e.part_of.empty() && e.part_of == e.id) problem(p + ".part_of", "an event cannot be part of itself");
    for (size_t i = 0; i < e.participants.size(); ++i)
      ref(at(p + ".participants", i) + ".person", e.participants[i].person, person_ids_, "person");
    refs(p + ".organizations", e.organizations, organization_ids_, "organization");
    for (size_t i = 0; i < e.agreements.size(); ++i)
      ref(at(p + ".agreements", i) + ".agreement", e.agreements[i].agreement, agreement_ids_, "agreement");
    topics(p + ".topics", e.topics);
    refs(p + ".mechanisms", e.mechanisms, mechanism_ids_, "mechanism");
    for (size_t i = 0; i < e.commitments.size(); ++i)
      topics(at(p + ".commitments", i) + ".topics", e.commitments[i].topics);
    for (size_t i = 0; i < e.figures.size(); ++i)
      ref(at(p + ".figures", i) + ".source", e.figures[i].source, source_ids_, "source");
    if (e.sources.empty()) problem(p + ".sources", "every event needs at least one source");
    refs(p + ".sources", e.sources, source_ids_, "source");
  }

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  const Dataset& d_;
  std::vector<Problem> problems_;
  IdLookup<Source> source_ids_;
  IdLookup<Country> country_ids_;
  IdLookup<Organization> organization_ids_;
  IdLookup<Mechanism> mechanism_ids_;
  IdLookup<Person> person_ids_;
  IdLookup<Agreement> agreement_ids_;
  IdLookup<Event> event_ids_;
};

}  // namespace

std::vector<Problem> validate(const Dataset& d) { return Validator(d).run(); }

std::vector<Problem> validate_records(const Dataset& d, const RecordSelection& which) {
  return Validator(d).run_selected(which);
}

}  // namespace accord
