// The numbers the app's views show, computed once per dataset (or per
// filter) so views only draw: facet counts, the partner x topic matrix,
// partner summaries, figures over time, the agreement register and its
// lineage, people's role bars and the events they took part in.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model.h"

namespace accord {

// --- time span ---------------------------------------------------------------

// The years the events cover, as [first, last] (both 0 when no events).
struct YearSpan {
  int first = 0, last = 0;
  bool empty() const { return first == 0 && last == 0; }
};
YearSpan event_year_span(const Dataset& d);

// A date as a fractional year (2024-07-01 -> ~2024.5); `end` gives the end
// of its period instead of the start (2024 -> 2025.0).
double fractional_year(const Date& date, bool end = false);

// Runs of one year in events listed by date (ascending or descending, as
// EventIndex answers and the timeline shows them): found by binary search,
// about 20 lookups a year rather than a pass over a million rows.
struct YearRun {
  int year = 0;
  size_t start = 0, count = 0;  // a run of `by_date`
};
std::vector<YearRun> year_runs(const Dataset& d, const std::vector<size_t>& by_date);

// --- facets --------------------------------------------------------------------

// Events per facet value over the whole dataset, for the filter panel.
struct FacetCounts {
  std::vector<std::pair<std::string, size_t>> partners;  // country ids, most events first
  std::vector<std::pair<std::string, size_t>> topics;    // topics, most events first
  std::vector<std::pair<EventType, size_t>> types;       // in the model's order, used types only
  std::vector<std::pair<int, size_t>> years;             // ascending
};
FacetCounts facet_counts(const Dataset& d);

// --- partners ------------------------------------------------------------------

// How many events involve each partner with each topic.
struct PartnerTopicMatrix {
  std::vector<std::string> partners;   // country ids, most events first
  std::vector<std::string> topics;     // topics used, most events first
  std::vector<size_t> partner_events;  // events per partner (rows)
  std::vector<size_t> counts;          // partners x topics, row-major
  size_t max_count = 0;                // the largest cell
  size_t at(size_t partner, size_t topic) const { return counts[partner * topics.size() + topic]; }
};
// Over the given events (indexes into d.events).
PartnerTopicMatrix partner_topic_matrix(const Dataset& d, const std::vector<size_t>& events);
PartnerTopicMatrix partner_topic_matrix(const Dataset& d);  // every event

struct PartnerSummary {
  std::string country;  // country id
  size_t events = 0;
  std::optional<Date> first, last;                     // earliest and latest event dates
  std::vector<std::pair<EventType, size_t>> by_type;   // most first
  std::vector<std::pair<std::string, size_t>> topics;  // most first
  std::vector<std::string> agreements;                 // agreement ids with this party
  std::vector<std::string> mechanisms;                 // mechanism ids named in its events
  size_t figures = 0;                                  // measured figures reported
};
// One per partner with events, most events first.
std::vector<PartnerSummary> partner_summaries(const Dataset& d);

// --- outcomes ------------------------------------------------------------------

// One measured figure placed in time.
struct FigurePoint {
  double quantity = 0;
  std::string what;
  std::string period;  // as given
  int year = 0;        // the period's (last) year, 0 when it names none
  std::string source;  // source id
  std::string event;   // event id that reported it
};

// Figures that share a unit ("joint cases", "kg"), in time order: a chart.
struct FigureSeries {
  std::string unit;
  std::vector<FigurePoint> points;
  double max_quantity = 0;
};
// Most points first; series with equal counts by unit.
std::vector<FigureSeries> figure_series(const Dataset& d);

// --- agreements -----------------------------------------------------------------

struct AgreementRow {
  size_t index = 0;                                  // into d.agreements
  std::optional<Date> signed_date;                   // from its history, else the signing event
  AgreementAction status = AgreementAction::Signed;  // its latest step
  std::optional<Date> status_date;
  bool has_status = false;  // false when nothing is known of it
  size_t events = 0;        // events that acted on it
};
std::vector<AgreementRow> agreement_register(const Dataset& d);
// A register row from the agreement's own history only (signing date,
// latest step); events fill in the rest.
AgreementRow agreement_row_from_history(const Agreement& a, size_t index);

enum class AgreementColumn { Kind, Title, Parties, Signed, Status };
// Stable sort of the register by a column; undated rows sort last.
void sort_agreement_register(const Dataset& d, std::vector<AgreementRow>& rows, AgreementColumn column, bool ascending);

// A dated step in an agreement's life, from its history or an event.
struct AgreementStep {
  AgreementAction action = AgreementAction::Signed;
  std::optional<Date> date;
  std::string event;   // event id, may be empty
  std::string source;  // source id, may be empty
};

struct AgreementLineage {
  std::vector<std::string> amends;                         // what it amends, then what that amends, ...
  std::vector<std::string> amended_by;                     // agreements that amend it (directly)
  std::vector<AgreementStep> steps;                        // history and acting events, by date
  std::vector<std::pair<size_t, AgreementAction>> events;  // acting events (indexes), by date
};
AgreementLineage agreement_lineage(const Dataset& d, const std::string& agreement_id);
// The same over the events that act on it (indexes into d.events in dataset
// order, as EventTallies::events_of_agreement gives them).
AgreementLineage agreement_lineage(const Dataset& d, const std::string& agreement_id,
                                   const std::vector<uint32_t>& acting_events);

// --- people --------------------------------------------------------------------------

// A role drawn as a bar over the years.
struct RoleBar {
  size_t role = 0;             // index into person.roles
  double from = 0, to = 0;     // fractional years, clamped to the chart's span
  bool open_start = false;     // start unknown: drawn from the span's start
  bool open_end = false;       // no end: still held (drawn to the span's end)
  bool starts_before = false;  // began before the span (clamped)
  bool ends_after = false;     // ended after the span (clamped)
};

struct PersonEvent {
  size_t event = 0;  // index into d.events
  std::string role;  // as stated for the event, else the role held that day
  std::string part;  // host, guest, signatory, ...
};

struct PersonTimeline {
  double span_from = 0, span_to = 0;  // the dataset's years, [first, last + 1)
  std::vector<RoleBar> bars;          // in the person's role order
  std::vector<PersonEvent> events;    // by date
};
PersonTimeline person_timeline(const Dataset& d, const Person& p);
// The same over the person's events only (indexes into d.events in dataset
// order, as EventTallies::events_of_person gives them) and the dataset's
// year span: no pass over every event.
PersonTimeline person_timeline(const Dataset& d, const Person& p, const std::vector<uint32_t>& events,
                               const YearSpan& span);

struct PersonRow {
  size_t index = 0;         // into d.people
  std::string latest_role;  // the role held at the end of the dataset's span (else the last)
  size_t events = 0;        // events taken part in
};
// The directory, by name.
std::vector<PersonRow> people_directory(const Dataset& d);
// The title of the role held at the end of the span (the latest-starting
// one if several), else of the person's last role; "" without roles.
std::string role_at_span_end(const Person& p, const YearSpan& span);

}  // namespace accord
