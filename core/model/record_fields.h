// One description of every record's fields, in file order, with each
// field's key and kind. The JSON and snapshot readers and writers walk it,
// so a new field is added here and nowhere else.
//
// Fields<R>::visit(record, visitor) calls, for each field of R in order,
//   visitor.text(key, std::string&)            visitor.texts(key, std::vector<std::string>&)
//   visitor.enumeration(key, Enum&)            visitor.date(key, Date& or std::optional<Date>&)
//   visitor.number(key, int& or double&)       visitor.flag(key, bool&)
//   visitor.record(key, Nested&)               visitor.records(key, std::vector<Nested>&)
// with the record const or not. A key says whether the field is required
// (always written, refused when missing or empty) or optional (left out
// when empty or equal to its default), and whether it holds an id.
// The snapshot stores fields in this order, unnamed: adding, removing or
// moving one is a new snapshot format (bump kSnapshotVersion).
#pragma once
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "model.h"

namespace accord {

struct FieldKey {
  const char* name;
  bool required = false;
  // An id (the record's own, or another record's, or a vocabulary word):
  // validate checks it by its rules and lookups, not as free text.
  bool reference = false;
  const char* default_text = nullptr;  // a text field left out when it equals this, and read as this when absent
  // Running text (a summary, a note, a commitment's words), allowed to be
  // far longer than a line (field_limits.h).
  bool passage = false;
};

namespace key {
constexpr FieldKey required(const char* name) { return {name, true, false, nullptr}; }
constexpr FieldKey optional(const char* name) { return {name, false, false, nullptr}; }
constexpr FieldKey with_default(const char* name, const char* default_text) {
  return {name, false, false, default_text};
}
constexpr FieldKey passage(const char* name) { return {name, false, false, nullptr, true}; }
constexpr FieldKey required_passage(const char* name) { return {name, true, false, nullptr, true}; }
constexpr FieldKey id(const char* name) { return {name, true, true, nullptr}; }
constexpr FieldKey reference(const char* name) { return {name, false, true, nullptr}; }
}  // namespace key

template <class Record>
struct Fields;  // specialised below for each record

template <class Record, class Visitor>
void visit_fields(Record& record, Visitor& visitor) {
  Fields<std::remove_const_t<Record>>::visit(record, visitor);
}

template <>
struct Fields<Source> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("title"), r.title);
    v.text(key::optional("publisher"), r.publisher);
    v.text(key::optional("language"), r.language);
    v.date(key::optional("published"), r.published);
    v.text(key::optional("url"), r.url);
    v.text(key::passage("note"), r.note);
    v.text(key::passage("passage"), r.passage);
  }
};

template <>
struct Fields<Country> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("name"), r.name);
    v.number(key::optional("iso_numeric"), r.iso_numeric);
    v.texts(key::optional("aliases"), r.aliases);
    v.texts(key::optional("demonyms"), r.demonyms);
  }
};

template <>
struct Fields<Organization> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("name"), r.name);
    v.text(key::optional("kind"), r.kind);
    v.text(key::reference("country"), r.country);
    v.text(key::reference("parent"), r.parent);
    v.texts(key::optional("aliases"), r.aliases);
  }
};

template <>
struct Fields<Mechanism> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("name"), r.name);
    v.text(key::optional("full_name"), r.full_name);
    v.text(key::optional("kind"), r.kind);
    v.texts(key::optional("aliases"), r.aliases);
  }
};

template <>
struct Fields<Role> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required("title"), r.title);
    v.text(key::reference("organization"), r.organization);
    v.text(key::optional("rank"), r.rank);
    v.date(key::optional("from"), r.from);
    v.date(key::optional("to"), r.to);
    v.text(key::reference("source"), r.source);
  }
};

template <>
struct Fields<Person> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("name"), r.name);
    v.text(key::optional("native_name"), r.native_name);
    v.texts(key::optional("aliases"), r.aliases);
    v.text(key::reference("country"), r.country);
    v.records(key::optional("roles"), r.roles);
  }
};

template <>
struct Fields<AgreementStatus> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.enumeration(key::required("action"), r.action);
    v.date(key::optional("date"), r.date);
    v.text(key::reference("event"), r.event);
    v.text(key::reference("source"), r.source);
  }
};

template <>
struct Fields<Agreement> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.enumeration(key::required("kind"), r.kind);
    v.text(key::required("title"), r.title);
    v.texts(key::reference("parties"), r.parties);
    v.texts(key::reference("organizations"), r.organizations);
    v.text(key::reference("amends"), r.amends);
    v.records(key::optional("history"), r.history);
    v.text(key::passage("note"), r.note);
  }
};

template <>
struct Fields<Location> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::optional("city"), r.city);
    v.text(key::reference("country"), r.country);
    v.flag(key::optional("virtual"), r.is_virtual);
  }
};

template <>
struct Fields<Participation> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required("person"), r.person);
    v.text(key::optional("role"), r.role);
    v.text(key::optional("part"), r.part);
  }
};

template <>
struct Fields<AgreementAct> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required("agreement"), r.agreement);
    v.enumeration(key::required("action"), r.action);
  }
};

template <>
struct Fields<Commitment> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required_passage("text"), r.text);
    v.texts(key::reference("topics"), r.topics);
  }
};

template <>
struct Fields<Figure> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.number(key::required("quantity"), r.quantity);
    v.text(key::optional("unit"), r.unit);
    v.text(key::required("what"), r.what);
    v.text(key::optional("period"), r.period);
    v.text(key::reference("source"), r.source);
  }
};

template <>
struct Fields<Dispute> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required("field"), r.field);
    v.text(key::required("value"), r.value);
    v.text(key::reference("source"), r.source);
  }
};

template <>
struct Fields<ReportedFact> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::required("field"), r.field);
    v.text(key::required("value"), r.value);
    v.text(key::reference("source"), r.source);
    v.flag(key::optional("added"), r.added);
  }
};

template <>
struct Fields<Event> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::id("id"), r.id);
    v.text(key::required("title"), r.title);
    v.enumeration(key::required("type"), r.type);
    v.date(key::required("date"), r.date);
    v.date(key::optional("end_date"), r.end_date);
    v.record(key::optional("location"), r.location);
    v.texts(key::reference("countries"), r.countries);
    v.text(key::passage("summary"), r.summary);
    v.text(key::with_default("status", "held"), r.status);
    v.text(key::reference("part_of"), r.part_of);
    v.records(key::optional("participants"), r.participants);
    v.texts(key::reference("organizations"), r.organizations);
    v.records(key::optional("agreements"), r.agreements);
    v.texts(key::reference("topics"), r.topics);
    v.texts(key::reference("mechanisms"), r.mechanisms);
    v.records(key::optional("commitments"), r.commitments);
    v.records(key::optional("figures"), r.figures);
    v.texts(key::reference("sources"), r.sources);
    v.records(key::optional("disputed"), r.disputed);
    v.records(key::optional("reported"), r.reported);
  }
};

// The dataset's own fields; its tables come through for_each_table, and
// schema_version belongs to each format's header.
template <>
struct Fields<Dataset> {
  template <class R, class V>
  static void visit(R& r, V& v) {
    v.text(key::optional("title"), r.title);
    v.text(key::reference("home_country"), r.home_country);
  }
};

inline constexpr int kTableCount = 7;

// Calls f(key, h.sources...) and so on for the seven tables, in file order,
// over one or more objects that name them alike (a Dataset, a RecordSelection).
template <class F, class... Holders>
void for_each_table_of(F&& f, Holders&... h) {
  f("sources", h.sources...);
  f("countries", h.countries...);
  f("organizations", h.organizations...);
  f("mechanisms", h.mechanisms...);
  f("people", h.people...);
  f("agreements", h.agreements...);
  f("events", h.events...);
}

// Calls f(key, table) for the dataset's seven tables, in file order.
template <class D, class F>
void for_each_table(D& d, F&& f) {
  for_each_table_of(f, d);
}

// Every key of a record, in order: what a reader accepts.
struct FieldKeyList {
  std::vector<const char*> names;
  template <class T>
  void text(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void texts(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void enumeration(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void date(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void number(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void flag(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void record(FieldKey k, T&) {
    names.push_back(k.name);
  }
  template <class T>
  void records(FieldKey k, T&) {
    names.push_back(k.name);
  }
};

template <class Record>
const std::vector<const char*>& field_keys() {
  static const std::vector<const char*> keys = [] {
    FieldKeyList list;
    Record blank;
    visit_fields(blank, list);
    return list.names;
  }();
  return keys;
}

// What a field of enum type reads and writes: its names and its last value.
template <class Enum>
struct EnumInfo;

template <>
struct EnumInfo<EventType> {
  static constexpr EventType kLast = EventType::Other;
  static std::optional<EventType> parse(const std::string& s) { return event_type_from_string(s); }
};
template <>
struct EnumInfo<AgreementKind> {
  static constexpr AgreementKind kLast = AgreementKind::Other;
  static std::optional<AgreementKind> parse(const std::string& s) { return agreement_kind_from_string(s); }
};
template <>
struct EnumInfo<AgreementAction> {
  static constexpr AgreementAction kLast = AgreementAction::Implemented;
  static std::optional<AgreementAction> parse(const std::string& s) { return agreement_action_from_string(s); }
};

// "talks, dialogue, ..., other": every name of an enum, for messages.
template <class Enum>
const std::string& enum_names() {
  static const std::string names = [] {
    std::string out;
    for (int i = 0; i <= static_cast<int>(EnumInfo<Enum>::kLast); ++i)
      out += (i ? ", " : "") + std::string(to_string(static_cast<Enum>(i)));
    return out;
  }();
  return names;
}

}  // namespace accord
