#include "validate.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "field_limits.h"
#include "record_fields.h"
#include "text_excerpt.h"
#include "utf8.h"

namespace accord {

namespace {

std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }
std::string quoted(const std::string& s) { return quoted_for_message(s); }

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

// The id lookups, named like the dataset's tables (for_each_table_of).
struct IdLookups {
  explicit IdLookups(const Dataset& d)
      : sources(d.sources),
        countries(d.countries),
        organizations(d.organizations),
        mechanisms(d.mechanisms),
        people(d.people),
        agreements(d.agreements),
        events(d.events) {}
  IdLookup<Source> sources;
  IdLookup<Country> countries;
  IdLookup<Organization> organizations;
  IdLookup<Mechanism> mechanisms;
  IdLookup<Person> people;
  IdLookup<Agreement> agreements;
  IdLookup<Event> events;
};

class Validator {
 public:
  explicit Validator(const Dataset& d) : d_(d), ids_(d) {}

  std::vector<Problem> run_selected(const RecordSelection& which) {
    if (!d_.home_country.empty()) ref("home_country", d_.home_country, ids_.countries, "country");
    for_each_table_of(
        [&](const char* key, const auto& rows, const std::vector<size_t>& selected) {
          for (size_t i : selected) {
            check_id(at(key, i) + ".id", rows[i].id);
            check(at(key, i), rows[i]);
          }
        },
        d_, which);
    check_chains(&which);
    return std::move(problems_);
  }

  std::vector<Problem> run_ids() {
    collect_all_ids();
    return std::move(problems_);
  }

  void collect_all_ids() {
    for_each_table_of([&](const char* key, const auto& rows, auto& ids) { collect_ids(key, rows, ids); }, d_, ids_);
  }

  std::vector<Problem> run() {
    collect_all_ids();
    if (d_.schema_version != kSchemaVersion)
      problem("schema_version", std::to_string(d_.schema_version) + " is not supported (this build writes " +
                                    std::to_string(kSchemaVersion) + ")");
    check_texts("", d_);
    if (!d_.home_country.empty()) ref("home_country", d_.home_country, ids_.countries, "country");
    for_each_table(d_, [&](const char* key, const auto& rows) {
      for (size_t i = 0; i < rows.size(); ++i) check(at(key, i), rows[i]);
    });
    check_chains(nullptr);
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
    else if (id.size() > kMaxIdBytes)
      problem(path, quoted(id) + " is longer than an id may be (" + std::to_string(kMaxIdBytes) + " characters)");
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

  void check(const std::string& p, const Source& s) {
    check_texts(p, s);
    if (!s.language.empty() && s.language != "en" && s.language != "fr" && s.language != "vi")
      problem(p + ".language", quoted(s.language) + " is not one of en, fr, vi");
  }

  void check(const std::string& p, const Country& c) { check_texts(p, c); }

  void check(const std::string& p, const Mechanism& m) { check_texts(p, m); }

  void check(const std::string& p, const Organization& g) {
    check_texts(p, g);
    ref(p + ".country", g.country, ids_.countries, "country");
    ref(p + ".parent", g.parent, ids_.organizations, "organization");
    if (!g.parent.empty() && g.parent == g.id) problem(p + ".parent", "an organization cannot be its own parent");
  }

  void check(const std::string& p, const Person& person) {
    check_texts(p, person);
    ref(p + ".country", person.country, ids_.countries, "country");
    for (size_t i = 0; i < person.roles.size(); ++i) {
      const Role& role = person.roles[i];
      const std::string rp = at(p + ".roles", i);
      ref(rp + ".organization", role.organization, ids_.organizations, "organization");
      ref(rp + ".source", role.source, ids_.sources, "source");
      order(rp + ".to", role.from, role.to, "from");
    }
  }

  void check(const std::string& p, const Agreement& a) {
    check_texts(p, a);
    refs(p + ".parties", a.parties, ids_.countries, "country");
    refs(p + ".organizations", a.organizations, ids_.organizations, "organization");
    ref(p + ".amends", a.amends, ids_.agreements, "agreement");
    if (!a.amends.empty() && a.amends == a.id) problem(p + ".amends", "an agreement cannot amend itself");
    for (size_t i = 0; i < a.history.size(); ++i) {
      const std::string hp = at(p + ".history", i);
      ref(hp + ".event", a.history[i].event, ids_.events, "event");
      ref(hp + ".source", a.history[i].source, ids_.sources, "source");
    }
  }

  void check(const std::string& p, const Event& e) {
    check_texts(p, e);
    order(p + ".end_date", std::optional<Date>(e.date), e.end_date, "date");
    ref(p + ".location.country", e.location.country, ids_.countries, "country");
    if (e.countries.empty()) problem(p + ".countries", "an event needs at least one country");
    refs(p + ".countries", e.countries, ids_.countries, "country");
    if (e.status != "held" && e.status != "planned")
      problem(p + ".status", quoted(e.status) + " is not one of held, planned");
    ref(p + ".part_of", e.part_of, ids_.events, "event");
    if (!e.part_of.empty() && e.part_of == e.id) problem(p + ".part_of", "an event cannot be part of itself");
    for (size_t i = 0; i < e.participants.size(); ++i)
      ref(at(p + ".participants", i) + ".person", e.participants[i].person, ids_.people, "person");
    refs(p + ".organizations", e.organizations, ids_.organizations, "organization");
    for (size_t i = 0; i < e.agreements.size(); ++i)
      ref(at(p + ".agreements", i) + ".agreement", e.agreements[i].agreement, ids_.agreements, "agreement");
    topics(p + ".topics", e.topics);
    refs(p + ".mechanisms", e.mechanisms, ids_.mechanisms, "mechanism");
    for (size_t i = 0; i < e.commitments.size(); ++i)
      topics(at(p + ".commitments", i) + ".topics", e.commitments[i].topics);
    for (size_t i = 0; i < e.figures.size(); ++i) {
      const Figure& f = e.figures[i];
      const std::string fp = at(p + ".figures", i);
      if (!std::isfinite(f.quantity)) problem(fp + ".quantity", "must be a finite number");
      ref(fp + ".source", f.source, ids_.sources, "source");
    }
    for (size_t i = 0; i < e.disputed.size(); ++i) {
      const std::string dp = at(p + ".disputed", i);
      ref(dp + ".source", e.disputed[i].source, ids_.sources, "source");
    }
    for (size_t i = 0; i < e.reported.size(); ++i)
      ref(at(p + ".reported", i) + ".source", e.reported[i].source, ids_.sources, "source");
    if (e.sources.empty()) problem(p + ".sources", "every event needs at least one source");
    refs(p + ".sources", e.sources, ids_.sources, "source");
  }

  // Chains of records that point to a parent (what an agreement amends,
  // an organization's parent, the event one is part of) must end: a chain
  // that comes back to where it began would send a lineage display or a
  // roll-up round for ever. `only` limits the check to chains starting at
  // the selected records (an edit); nullptr checks every chain.
  void check_chains(const RecordSelection* only) {
    check_chain("agreements", d_.agreements, &Agreement::amends, "amends", only ? &only->agreements : nullptr);
    check_chain("organizations", d_.organizations, &Organization::parent, "parent",
                only ? &only->organizations : nullptr);
    check_chain("events", d_.events, &Event::part_of, "part_of", only ? &only->events : nullptr);
  }

  template <typename T>
  void check_chain(const char* key, const std::vector<T>& rows, std::string T::*parent, const char* field,
                   const std::vector<size_t>* only) {
    // Only records with a parent can be in a circle (pointing at oneself
    // is reported by check()), so only they are looked up.
    auto has_parent = [&](size_t i) { return !(rows[i].*parent).empty() && rows[i].*parent != rows[i].id; };
    if (only && std::none_of(only->begin(), only->end(), has_parent)) return;
    std::unordered_map<std::string_view, size_t> linked;
    for (size_t i = 0; i < rows.size(); ++i)
      if (has_parent(i)) linked.emplace(rows[i].id, i);
    if (linked.empty()) return;

    enum : unsigned char { kOnPath = 1, kDone = 2 };
    std::unordered_map<size_t, unsigned char> state;
    auto walk = [&](size_t start) {
      std::vector<size_t> path;
      for (size_t i = start;;) {
        unsigned char& s = state[i];
        if (s == kDone) break;
        if (s == kOnPath) {
          const auto from = std::find(path.begin(), path.end(), i);
          report_circle(key, rows, field, std::vector<size_t>(from, path.end()));
          break;
        }
        s = kOnPath;
        path.push_back(i);
        const auto next = linked.find(rows[i].*parent);
        if (next == linked.end()) break;
        i = next->second;
      }
      for (size_t i : path) state[i] = kDone;
    };
    if (only) {
      for (size_t i : *only)
        if (has_parent(i)) walk(i);
    } else {
      for (size_t i = 0; i < rows.size(); ++i)
        if (has_parent(i)) walk(i);
    }
  }

  // Reported once, at the circle's first record in file order.
  template <typename T>
  void report_circle(const char* key, const std::vector<T>& rows, const char* field, std::vector<size_t> circle) {
    std::rotate(circle.begin(), std::min_element(circle.begin(), circle.end()), circle.end());
    std::string chain;
    for (size_t i : circle) chain += quoted(rows[i].id) + " \u2192 ";
    chain += quoted(rows[circle.front()].id);
    problem(at(key, circle.front()) + "." + field, chain + " goes round in a circle (" + std::to_string(circle.size()) +
                                                       " records): one of these " + field + " links is wrong");
  }

  // Every text and date field the record's description names (ids and
  // references excepted: check_id and ref check those), so a new field is
  // checked without a line here. Paths are built only for a problem.
  struct TextChecks {
    Validator& v;
    const std::string& path;

    std::string at_key(FieldKey k) const { return path.empty() ? k.name : path + "." + k.name; }
    void text(FieldKey k, const std::string& s) {
      if (k.reference) return;
      if (k.required && s.empty())
        v.problem(at_key(k), "must not be empty");
      else if (first_invalid_utf8(s) != std::string::npos)
        v.text(at_key(k), s);
      else
        v.length(k, s, [&] { return at_key(k); });
    }
    void texts(FieldKey k, const std::vector<std::string>& list) {
      if (k.reference) return;
      for (size_t i = 0; i < list.size(); ++i) {
        if (first_invalid_utf8(list[i]) != std::string::npos)
          v.text(at(at_key(k), i), list[i]);
        else
          v.length(k, list[i], [&] { return at(at_key(k), i); });
      }
    }
    template <typename Enum>
    void enumeration(FieldKey, Enum) {}
    void date(FieldKey k, const Date& d) {
      if (k.required && d.year == 0)
        v.problem(at_key(k), "is missing");
      else
        v.date(at_key(k), std::optional<Date>(d));
    }
    void date(FieldKey k, const std::optional<Date>& d) {
      if (d) v.date(at_key(k), d);
    }
    void number(FieldKey, double) {}
    void number(FieldKey, int) {}
    void flag(FieldKey, bool) {}
    template <typename Record>
    void record(FieldKey k, const Record& r) {
      v.check_texts(at_key(k), r);
    }
    template <typename Record>
    void records(FieldKey k, const std::vector<Record>& list) {
      for (size_t i = 0; i < list.size(); ++i) v.check_texts(at(at_key(k), i), list[i]);
    }
  };
  template <typename Record>
  void check_texts(const std::string& path, const Record& r) {
    TextChecks checks{*this, path};
    visit_fields(r, checks);
  }

  // What the JSON reader refuses must be refused here too, or a save could
  // write a file that no longer opens: required text, UTF-8, dates.
  void text(const std::string& path, const std::string& s) {
    const size_t bad = first_invalid_utf8(s);
    if (bad != std::string::npos) problem(path, "is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")");
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

  // A field over its limit (field_limits.h). Bytes are counted first: a
  // text cannot have more characters than bytes, so most texts are
  // passed without decoding them.
  template <typename Path>
  void length(FieldKey k, const std::string& s, Path path) {
    const size_t limit = k.passage ? kMaxPassageCharacters : kMaxLineCharacters;
    if (s.size() <= limit) return;
    const size_t characters = utf8_characters(s);
    if (characters <= limit) return;
    problem(path(), "is " + with_thousands(characters) + " characters long, more than the " + with_thousands(limit) +
                        " a " + (k.passage ? "text" : "one-line field") + " may have: " + quoted(s));
  }

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  const Dataset& d_;
  std::vector<Problem> problems_;
  IdLookups ids_;
};

}  // namespace

std::vector<Problem> validate(const Dataset& d) { return Validator(d).run(); }

std::vector<Problem> validate_ids(const Dataset& d) { return Validator(d).run_ids(); }

std::vector<Problem> validate_records(const Dataset& d, const RecordSelection& which) {
  return Validator(d).run_selected(which);
}

}  // namespace accord
