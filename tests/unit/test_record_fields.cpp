// The field descriptions (record_fields.h) are the one place a field is
// added: these tests fail when a record has a member the description
// leaves out, or when a described field does not survive a format.
#include <catch2/catch.hpp>
#include <sstream>

#include "dataset_json.h"
#include "dataset_snapshot.h"
#include "fixtures.h"
#include "record_fields.h"
#include "validate.h"

using namespace accord;

namespace {

// Sets every described field to a value other than its default.
struct FillEveryField {
  int counter = 0;

  std::string next(const char* key) { return std::string(key) + " " + std::to_string(++counter) + " é"; }
  Date next_date() {
    // Alternates a stated day with an inferred month, so both JSON forms are used.
    Date d = *Date::parse(++counter % 2 ? "2024-02-29" : "2023-05");
    if (d.precision == DatePrecision::Month) {
      d.basis = DateBasis::Role;
      d.reason = "reason " + std::to_string(counter);
    }
    return d;
  }

  void text(FieldKey k, std::string& v) { v = next(k.name); }
  void texts(FieldKey k, std::vector<std::string>& v) { v = {next(k.name), next(k.name)}; }
  template <class Enum>
  void enumeration(FieldKey, Enum& v) {
    const int values = static_cast<int>(EnumInfo<Enum>::kLast) + 1;
    v = static_cast<Enum>((static_cast<int>(v) + 1) % values);
  }
  void date(FieldKey, Date& d) { d = next_date(); }
  void date(FieldKey, std::optional<Date>& d) { d = next_date(); }
  void number(FieldKey, int& v) { v = 4000 + ++counter; }
  void number(FieldKey, double& v) { v = 0.25 + ++counter; }
  void flag(FieldKey, bool& v) { v = !v; }
  template <class Record>
  void record(FieldKey, Record& r) {
    visit_fields(r, *this);
  }
  template <class Record>
  void records(FieldKey, std::vector<Record>& list) {
    list.resize(2);
    for (Record& r : list) visit_fields(r, *this);
  }
};

// Every described field as "path=value" lines, to compare two records.
struct Flatten {
  std::vector<std::string> lines;
  std::string prefix;

  void add(FieldKey k, const std::string& value) { lines.push_back(prefix + k.name + "=" + value); }
  static std::string shown(const Date& d) {
    return d.iso() + " " + to_string(d.precision) + " " + to_string(d.basis) + " " + d.reason;
  }

  void text(FieldKey k, const std::string& v) { add(k, v); }
  void texts(FieldKey k, const std::vector<std::string>& v) {
    std::string all;
    for (const std::string& s : v) all += s + "|";
    add(k, all);
  }
  template <class Enum>
  void enumeration(FieldKey k, Enum v) {
    add(k, to_string(v));
  }
  void date(FieldKey k, const Date& d) { add(k, shown(d)); }
  void date(FieldKey k, const std::optional<Date>& d) { add(k, d ? shown(*d) : "none"); }
  void number(FieldKey k, int v) { add(k, std::to_string(v)); }
  void number(FieldKey k, double v) {
    std::ostringstream s;
    s.precision(17);
    s << v;
    add(k, s.str());
  }
  void flag(FieldKey k, bool v) { add(k, v ? "true" : "false"); }
  template <class Record>
  void record(FieldKey k, const Record& r) {
    const std::string outer = prefix;
    prefix += std::string(k.name) + ".";
    visit_fields(r, *this);
    prefix = outer;
  }
  template <class Record>
  void records(FieldKey k, const std::vector<Record>& list) {
    add(k, std::to_string(list.size()) + " items");
    const std::string outer = prefix;
    for (size_t i = 0; i < list.size(); ++i) {
      prefix = outer + k.name + "[" + std::to_string(i) + "].";
      visit_fields(list[i], *this);
    }
    prefix = outer;
  }
};

Dataset every_field_set() {
  Dataset d;
  FillEveryField fill;
  visit_fields(d, fill);
  for_each_table(d, [&](const char* key, auto& table) { fill.records(key::optional(key), table); });
  return d;
}

std::vector<std::string> flattened_dataset(const Dataset& d) {
  Flatten f;
  visit_fields(d, f);
  for_each_table(d, [&](const char* key, const auto& table) { f.records(key::optional(key), table); });
  return f.lines;
}

// Where the described fields leave bytes of a record unaccounted for: a
// member the description forgot (declaration order is file order).
struct LayoutGaps {
  const char* base;
  size_t end = 0;
  std::vector<std::string> gaps;

  template <class T>
  void member(FieldKey k, const T& m) {
    const size_t offset = static_cast<size_t>(reinterpret_cast<const char*>(&m) - base);
    const size_t expected = (end + alignof(T) - 1) / alignof(T) * alignof(T);
    if (offset != expected) gaps.push_back(std::string("before ") + k.name);
    end = offset + sizeof(T);
  }
  template <class T>
  void text(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void texts(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void enumeration(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void date(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void number(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void flag(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void record(FieldKey k, const T& m) {
    member(k, m);
  }
  template <class T>
  void records(FieldKey k, const T& m) {
    member(k, m);
  }
};

template <class Record>
std::vector<std::string> undescribed_members() {
  const Record r{};
  LayoutGaps layout{reinterpret_cast<const char*>(&r), 0, {}};
  visit_fields(r, layout);
  if ((layout.end + alignof(Record) - 1) / alignof(Record) * alignof(Record) != sizeof(Record))
    layout.gaps.push_back("after the last field");
  return layout.gaps;
}

// Spoils the n-th free-text field (not an id or reference) it meets with a
// byte that is not UTF-8, and remembers its key.
struct SpoilOneText {
  int target;
  int seen = 0;
  std::string key;

  void spoil(FieldKey k, std::string& s) {
    if (seen++ != target) return;
    s += "\xC3(";
    key = k.name;
  }
  void text(FieldKey k, std::string& s) {
    if (!k.reference) spoil(k, s);
  }
  void texts(FieldKey k, std::vector<std::string>& list) {
    if (!k.reference)
      for (std::string& s : list) spoil(k, s);
  }
  template <class T>
  void enumeration(FieldKey, T&) {}
  void date(FieldKey, Date&) {}
  void date(FieldKey, std::optional<Date>&) {}
  template <class T>
  void number(FieldKey, T&) {}
  void flag(FieldKey, bool&) {}
  template <class Record>
  void record(FieldKey, Record& r) {
    visit_fields(r, *this);
  }
  template <class Record>
  void records(FieldKey, std::vector<Record>& list) {
    for (Record& r : list) visit_fields(r, *this);
  }
};

}  // namespace

TEST_CASE("validate refuses text that is not UTF-8 in every described text field", "[fields][validate]") {
  const Dataset good = small_fixture();
  REQUIRE(validate(good).empty());
  int fields = 0;
  for (int n = 0;; ++n) {
    Dataset d = good;
    SpoilOneText spoil{n, 0, {}};
    visit_fields(d, spoil);
    for_each_table(d, [&](const char* table, auto& rows) { spoil.records(key::optional(table), rows); });
    if (spoil.key.empty()) break;  // every text field has had its turn
    ++fields;
    INFO("field " << n << ": " << spoil.key);
    bool named = false;  // a field with a vocabulary (language, status) also gets that problem
    for (const Problem& p : validate(d))
      named = named || (p.message.find("is not valid UTF-8") != std::string::npos &&
                        p.path.find(spoil.key) != std::string::npos);
    CHECK(named);
  }
  CHECK(fields > 50);
}

TEST_CASE("every member of every record is in its field description", "[fields]") {
  using None = std::vector<std::string>;
  CHECK(undescribed_members<Source>() == None{});
  CHECK(undescribed_members<Country>() == None{});
  CHECK(undescribed_members<Organization>() == None{});
  CHECK(undescribed_members<Mechanism>() == None{});
  CHECK(undescribed_members<Role>() == None{});
  CHECK(undescribed_members<Person>() == None{});
  CHECK(undescribed_members<AgreementStatus>() == None{});
  CHECK(undescribed_members<Agreement>() == None{});
  CHECK(undescribed_members<Location>() == None{});
  CHECK(undescribed_members<Participation>() == None{});
  CHECK(undescribed_members<AgreementAct>() == None{});
  CHECK(undescribed_members<Commitment>() == None{});
  CHECK(undescribed_members<Figure>() == None{});
  CHECK(undescribed_members<Dispute>() == None{});
  CHECK(undescribed_members<ReportedFact>() == None{});
  CHECK(undescribed_members<Event>() == None{});
}

TEST_CASE("every described field survives JSON and the snapshot", "[fields][json][snapshot]") {
  const Dataset d = every_field_set();
  REQUIRE(d.events.size() == 2);
  REQUIRE(d.events[0].figures.size() == 2);
  CHECK(d.events[0].location.is_virtual);
  CHECK(d.events[0].status != "held");

  SECTION("JSON") {
    const LoadResult back = parse_dataset(dataset_to_json(d));
    INFO((back.problems.empty() ? "" : back.problems[0].to_string()));
    REQUIRE(back.ok());
    CHECK(flattened_dataset(back.dataset) == flattened_dataset(d));
  }
  SECTION("snapshot") {
    const LoadResult back = read_snapshot(snapshot_bytes(d), "every-field.snap");
    INFO((back.problems.empty() ? "" : back.problems[0].to_string()));
    REQUIRE(back.ok());
    CHECK(flattened_dataset(back.dataset) == flattened_dataset(d));
  }
}

TEST_CASE("the JSON reader accepts exactly the described keys", "[fields][json]") {
  const std::vector<const char*>& keys = field_keys<AgreementAct>();
  CHECK(std::vector<std::string>(keys.begin(), keys.end()) == std::vector<std::string>{"agreement", "action"});
  CHECK(enum_names<AgreementKind>() == "MoU, agreement, protocol, treaty, plan, minutes, other");
  const LoadResult r =
      parse_dataset(R"({"schema_version": 1, "events": [{"id": "e", "title": "T", "type": "talks", "date": "2024",)"
                    R"( "location": {"city": "Hanoi", "moon": 1}}]})");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() == "events[0].location.moon: unknown key");
}

TEST_CASE("a change to the descriptions is a new snapshot format version", "[fields][snapshot]") {
  // The snapshot's layout follows the descriptions: when they change, this
  // checksum changes. Bump kSnapshotVersion (old snapshots are then refused
  // with a clear message, not misread), then update both numbers here.
  const std::string bytes = snapshot_bytes(every_field_set());
  CHECK(kSnapshotVersionNoIndex == 3);  // the dataset part; version 4 adds the index after it
  CHECK(snapshot_checksum(bytes.data(), bytes.size()) == 0xe3cefd230b8513caull);
}
