#include "validate.h"

#include <cmath>
#include <set>
#include <unordered_set>

#include "utf8.h"

namespace accord {

namespace {

std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

bool is_valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
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
    for (size_t i : which.countries) {
      check_id(at("countries", i) + ".id", d_.countries[i].id);
      check_country(at("countries", i), d_.countries[i]);
    }
    for (size_t i : which.organizations) {
      check_id(at("organizations", i) + ".id", d_.organizations[i].id);
      check_organization(at("organizations", i), d_.organizations[i]);
    }
    for (size_t i : which.mechanisms) {
      check_id(at("mechanisms", i) + ".id", d_.mechanisms[i].id);
      check_mechanism(at("mechanisms", i), d_.mechanisms[i]);
    }
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

  std::vector<Problem> run_ids() {
    collect_all_ids();
    return std::move(problems_);
  }

  void collect_all_ids() {
    collect_ids("sources", d_.sources, source_ids_);
    collect_ids("countries", d_.countries, country_ids_);
    collect_ids("organizations", d_.organizations, organization_ids_);
    collect_ids("mechanisms", d_.mechanisms, mechanism_ids_);
    collect_ids("people", d_.people, person_ids_);
    collect_ids("agreements", d_.agreements, agreement_ids_);
    collect_ids("events", d_.events, event_ids_);
  }

  std::vector<Problem> run() {
    collect_ids("sources", d_.sources, source_ids_);
    collect_ids("countries", d_.countries, country_ids_);
    collect_ids("organizations", d_.organizations, organization_ids_);
    collect_ids("mechanisms", d_.mechanisms, mechanism_ids_);
    collect_ids("people", d_.people, person_ids_);
    collect_ids("agreements", d_.agreements, agreement_ids_);
    collect_ids("events", d_.events, event_ids_);

    if (d_.schema_version != kSchemaVersion)
      problem("schema_version", std::to_string(d_.schema_version) + " is not supported (this build writes " +
                                    std::to_string(kSchemaVersion) + ")");
    text("title", d_.title);
    if (!d_.home_country.empty()) ref("home_country", d_.home_country, country_ids_, "country");
    for (size_t i = 0; i < d_.sources.size(); ++i) check_source(at("sources", i), d_.sources[i]);
    for (size_t i = 0; i < d_.countries.size(); ++i) check_country(at("countries", i), d_.countries[i]);
    for (size_t i = 0; i < d_.mechanisms.size(); ++i) check_mechanism(at("mechanisms", i), d_.mechanisms[i]);
    for (size_t i = 0; i < d_.organizations.size(); ++i)
      check_organization(at("organizations", i), d_.organizations[i]);
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
      check_id(path, id);
      if (id.empty()) continue;
      if (!ids.insert(id)) problem(path, quoted(id) + " is used twice");
    }
  }
  void check_id(const std::string& path, const std::string& id) {
    if (id.empty())
      problem(path, "is missing");
    else if (!is_valid_id(id))
      problem(path, quoted(id) + " is not a valid id (letters, digits, '-', '_', '.')");
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
    required(p + ".title", s.title);
    texts(p, {{"publisher", &s.publisher}, {"language", &s.language}, {"url", &s.url}, {"note", &s.note}});
    date(p + ".published", s.published);
    if (!s.language.empty() && s.language != "en" && s.language != "fr" && s.language != "vi")
      problem(p + ".language", quoted(s.language) + " is not one of en, fr, vi");
  }

  void check_country(const std::string& p, const Country& c) {
    required(p + ".name", c.name);
    list(p + ".aliases", c.aliases);
    list(p + ".demonyms", c.demonyms);
  }

  void check_mechanism(const std::string& p, const Mechanism& m) {
    required(p + ".name", m.name);
    texts(p, {{"full_name", &m.full_name}, {"kind", &m.kind}});
    list(p + ".aliases", m.aliases);
  }

  void check_organization(const std::string& p, const Organization& g) {
    required(p + ".name", g.name);
    texts(p, {{"kind", &g.kind}});
    list(p + ".aliases", g.aliases);
    ref(p + ".country", g.country, country_ids_, "country");
    ref(p + ".parent", g.parent, organization_ids_, "organization");
    if (!g.parent.empty() && g.parent == g.id) problem(p + ".parent", "an organization cannot be its own parent");
  }

  void check_person(const std::string& p, const Person& person) {
    required(p + ".name", person.name);
    texts(p, {{"native_name", &person.native_name}});
    list(p + ".aliases", person.aliases);
    ref(p + ".country", person.country, country_ids_, "country");
    for (size_t i = 0; i < person.roles.size(); ++i) {
      const Role& role = person.roles[i];
      const std::string rp = at(p + ".roles", i);
      required(rp + ".title", role.title);
      texts(rp, {{"rank", &role.rank}});
      date(rp + ".from", role.from);
      date(rp + ".to", role.to);
      ref(rp + ".organization", role.organization, organization_ids_, "organization");
      ref(rp + ".source", role.source, source_ids_, "source");
      order(rp + ".to", role.from, role.to, "from");
    }
  }

  void check_agreement(const std::string& p, const Agreement& a) {
    required(p + ".title", a.title);
    texts(p, {{"note", &a.note}});
    refs(p + ".parties", a.parties, country_ids_, "country");
    refs(p + ".organizations", a.organizations, organization_ids_, "organization");
    ref(p + ".amends", a.amends, agreement_ids_, "agreement");
    if (!a.amends.empty() && a.amends == a.id) problem(p + ".amends", "an agreement cannot amend itself");
    for (size_t i = 0; i < a.history.size(); ++i) {
      const std::string hp = at(p + ".history", i);
      date(hp + ".date", a.history[i].date);
      ref(hp + ".event", a.history[i].event, event_ids_, "event");
      ref(hp + ".source", a.history[i].source, source_ids_, "source");
    }
  }

  void check_event(const std::string& p, const Event& e) {
    required(p + ".title", e.title);
    if (e.date.year == 0)
      problem(p + ".date", "is missing");
    else
      date(p + ".date", std::optional<Date>(e.date));
    date(p + ".end_date", e.end_date);
    texts(p, {{"summary", &e.summary}, {"location.city", &e.location.city}});
    order(p + ".end_date", std::optional<Date>(e.date), e.end_date, "date");
    ref(p + ".location.country", e.location.country, country_ids_, "country");
    if (e.countries.empty()) problem(p + ".countries", "an event needs at least one country");
    refs(p + ".countries", e.countries, country_ids_, "country");
    if (e.status != "held" && e.status != "planned")
      problem(p + ".status", quoted(e.status) + " is not one of held, planned");
    ref(p + ".part_of", e.part_of, event_ids_, "event");
    if (!e.part_of.empty() && e.part_of == e.id) problem(p + ".part_of", "an event cannot be part of itself");
    for (size_t i = 0; i < e.participants.size(); ++i) {
      const std::string pp = at(p + ".participants", i);
      required(pp + ".person", e.participants[i].person);
      texts(pp, {{"role", &e.participants[i].role}, {"part", &e.participants[i].part}});
      ref(pp + ".person", e.participants[i].person, person_ids_, "person");
    }
    refs(p + ".organizations", e.organizations, organization_ids_, "organization");
    for (size_t i = 0; i < e.agreements.size(); ++i)
      required(at(p + ".agreements", i) + ".agreement", e.agreements[i].agreement);
    for (size_t i = 0; i < e.agreements.size(); ++i)
      ref(at(p + ".agreements", i) + ".agreement", e.agreements[i].agreement, agreement_ids_, "agreement");
    topics(p + ".topics", e.topics);
    refs(p + ".mechanisms", e.mechanisms, mechanism_ids_, "mechanism");
    for (size_t i = 0; i < e.commitments.size(); ++i) {
      required(at(p + ".commitments", i) + ".text", e.commitments[i].text);
      topics(at(p + ".commitments", i) + ".topics", e.commitments[i].topics);
    }
    for (size_t i = 0; i < e.figures.size(); ++i) {
      const Figure& f = e.figures[i];
      const std::string fp = at(p + ".figures", i);
      if (!std::isfinite(f.quantity)) problem(fp + ".quantity", "must be a finite number");
      required(fp + ".what", f.what);
      texts(fp, {{"unit", &f.unit}, {"period", &f.period}});
      ref(fp + ".source", f.source, source_ids_, "source");
    }
    if (e.sources.empty()) problem(p + ".sources", "every event needs at least one source");
    refs(p + ".sources", e.sources, source_ids_, "source");
  }

  // What the JSON reader refuses must be refused here too, or a save could
  // write a file that no longer opens: required text, UTF-8, dates.
  void text(const std::string& path, const std::string& s) {
    const size_t bad = first_invalid_utf8(s);
    if (bad != std::string::npos) problem(path, "is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")");
  }
  void required(const std::string& path, const std::string& s) {
    if (s.empty())
      problem(path, "must not be empty");
    else
      text(path, s);
  }
  struct Field {
    const char* key;
    const std::string* value;
  };
  void texts(const std::string& path, std::initializer_list<Field> fields) {
    for (const Field& f : fields) text(path + "." + f.key, *f.value);
  }
  void list(const std::string& path, const std::vector<std::string>& items) {
    for (size_t i = 0; i < items.size(); ++i) text(at(path, i), items[i]);
  }
  void date(const std::string& path, const std::optional<Date>& d) {
    if (!d) return;
    const std::optional<Date> read = Date::parse(d->iso());
    if (!read || read->year != d->year || read->month != d->month || read->day != d->day ||
        read->precision != d->precision)
      problem(path, "is not a calendar date (year " + std::to_string(d->year) + ", month " + std::to_string(d->month) +
                        ", day " + std::to_string(d->day) + ")");
    if (!d->inferred()) return;  // a stated date is written without its reason
    if (d->reason.empty()) problem(path + ".reason", "an inferred date must say why");
    text(path + ".reason", d->reason);
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

std::vector<Problem> validate_ids(const Dataset& d) { return Validator(d).run_ids(); }

std::vector<Problem> validate_records(const Dataset& d, const RecordSelection& which) {
  return Validator(d).run_selected(which);
}

}  // namespace accord
