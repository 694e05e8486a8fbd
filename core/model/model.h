// The Accord Atlas data model: plain structs, no UI, no I/O.
// Entities refer to each other by string id; validation checks the ids.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "date.h"

namespace accord {

inline constexpr int kSchemaVersion = 1;

// A news article or document that facts are taken from.
struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::string language;  // "en", "fr", "vi"
  std::optional<Date> published;
  std::string url;
  std::string note;
  // The article's text as it was imported (what the extractor read), kept
  // so the facts taken from it can be shown in it again; empty for a
  // source typed by hand.
  std::string passage;
};

struct Country {
  std::string id;                     // ISO 3166-1 alpha-3: "VNM"
  std::string name;                   // common English short name: "Vietnam"
  int iso_numeric = 0;                // for the map shapes (world-atlas uses it)
  std::vector<std::string> aliases;   // "Viet Nam", "Việt Nam", "Lao PDR"
  std::vector<std::string> demonyms;  // "Vietnamese", "Lao", "indonésienne"
};

struct Organization {
  std::string id;
  std::string name;
  std::string kind;     // ministry, police, party, judiciary, department, ...
  std::string country;  // country id, empty for international bodies
  std::string parent;   // organization id, optional
  std::vector<std::string> aliases;
};

// Multilateral frameworks and standing channels: INTERPOL, AMMTC, hotlines.
struct Mechanism {
  std::string id;
  std::string name;       // short name: "AMMTC"
  std::string full_name;  // "ASEAN Ministerial Meeting on Transnational Crime"
  std::string kind;       // multilateral, regional_forum, hotline, bilateral_forum
  std::vector<std::string> aliases;
};

// A role a person held from one date to another (open ends allowed).
struct Role {
  std::string title;         // "Minister of Public Security"
  std::string organization;  // organization id, optional
  std::string rank;          // "General", optional
  std::optional<Date> from;
  std::optional<Date> to;
  std::string source;  // source id the role is attested by
  // Held on a day given as a sort key (see Date::sort_key).
  bool held_on(int day_key) const;
};

struct Person {
  std::string id;
  std::string name;         // without diacritics: "To Lam"
  std::string native_name;  // "Tô Lâm"
  std::vector<std::string> aliases;
  std::string country;      // country id
  std::vector<Role> roles;  // in date order
};

enum class AgreementKind { MoU, Agreement, Protocol, Treaty, Plan, Minutes, Other };
enum class AgreementAction { Signed, Amended, Reviewed, Negotiating, Implemented };

// A dated step in an agreement's life, taken by an event (or only reported).
struct AgreementStatus {
  AgreementAction action = AgreementAction::Signed;
  std::optional<Date> date;
  std::string event;   // event id, optional
  std::string source;  // source id
};

struct Agreement {
  std::string id;
  AgreementKind kind = AgreementKind::Other;
  std::string title;
  std::vector<std::string> parties;        // country ids
  std::vector<std::string> organizations;  // signatory organizations
  std::string amends;                      // agreement id this one amends
  std::vector<AgreementStatus> history;    // in date order
  std::string note;
};

enum class EventType { Talks, Dialogue, MinisterialMeeting, Conference, Visit, Signing, JointOperation, Other };

struct Location {
  std::string city;
  std::string country;  // country id
  bool is_virtual = false;
};

struct Participation {
  std::string person;  // person id
  std::string role;    // as the source gives it for this event
  std::string part;    // host, guest, co-chair, witness, signatory, ...
};

struct AgreementAct {
  std::string agreement;  // agreement id
  AgreementAction action = AgreementAction::Signed;
};

struct Commitment {
  std::string text;
  std::vector<std::string> topics;
};

// A measured outcome: "210 kg of MDMA and ketamine seized in 2024".
struct Figure {
  double quantity = 0;
  std::string unit;  // "kg", "joint cases", "suspects", "tiers"
  std::string what;
  std::string period;  // "2022", "2024-01/2024-10", free text allowed
  std::string source;  // source id
};

// A fact two sources give differently (a date, a type, a count): each
// source's value is kept beside the event's own, which stays as first given.
struct Dispute {
  std::string field;   // "date", "type", "figure", ...
  std::string value;   // this source's value, as text
  std::string source;  // source id
};

// A fact a source after the event's first gave (a participant, a date, an
// agreement acted on), so that source can be split off again: `added` when
// the event did not have the fact before that source.
struct ReportedFact {
  std::string field;   // title, date, type, place, participant, organization, agreement, mechanism, topic
  std::string value;   // a person, agreement, ... id, or the value as text
  std::string source;  // source id
  bool added = false;
};

struct Event {
  std::string id;
  std::string title;
  EventType type = EventType::Other;
  Date date;
  std::optional<Date> end_date;
  Location location;
  std::vector<std::string> countries;  // country ids, Vietnam first
  std::string summary;
  std::string status = "held";  // held, planned
  std::string part_of;          // event id of a framing event (a state visit)
  std::vector<Participation> participants;
  std::vector<std::string> organizations;  // organization ids
  std::vector<AgreementAct> agreements;
  std::vector<std::string> topics;      // topic vocabulary
  std::vector<std::string> mechanisms;  // mechanism ids
  std::vector<Commitment> commitments;
  std::vector<Figure> figures;
  std::vector<std::string> sources;    // source ids
  std::vector<Dispute> disputed;       // values other sources give for a field
  std::vector<ReportedFact> reported;  // what the sources after the first said
};

// The capacity a loader gives a dataset of n events: a little room for the
// events a user adds, since the first addition past a full vector moves
// every event (about a second at a million).
inline size_t event_capacity_for(size_t n) { return n + n / 32 + 64; }

struct Dataset {
  int schema_version = kSchemaVersion;
  std::string title;
  std::string home_country;  // the country every event involves: "VNM"
  std::vector<Source> sources;
  std::vector<Country> countries;
  std::vector<Organization> organizations;
  std::vector<Mechanism> mechanisms;
  std::vector<Person> people;
  std::vector<Agreement> agreements;
  std::vector<Event> events;

  const Source* find_source(const std::string& id) const;
  const Country* find_country(const std::string& id) const;
  const Organization* find_organization(const std::string& id) const;
  const Mechanism* find_mechanism(const std::string& id) const;
  const Person* find_person(const std::string& id) const;
  const Agreement* find_agreement(const std::string& id) const;
  const Event* find_event(const std::string& id) const;
};

// The topic vocabulary of the design notes, in display order.
const std::vector<std::string>& topic_vocabulary();
bool is_topic(const std::string& t);
std::string topic_label(const std::string& t);  // "human_trafficking" -> "Human trafficking"

const char* to_string(AgreementKind k);
const char* to_string(AgreementAction a);
const char* to_string(EventType t);
std::optional<AgreementKind> agreement_kind_from_string(const std::string& s);
std::optional<AgreementAction> agreement_action_from_string(const std::string& s);
std::optional<EventType> event_type_from_string(const std::string& s);
const std::vector<EventType>& all_event_types();
// Every agreement action, in declaration order (the reader accepts these).
const std::vector<AgreementAction>& all_agreement_actions();
std::string event_type_label(EventType t);  // "ministerial_meeting" -> "Ministerial meeting"

}  // namespace accord
