// What the Partners, Outcomes, Agreements and People views count over every
// event, gathered in one pass that can be cut into slices, so a page holding
// a million events keeps drawing while it runs (a second or two in the
// browser at that size; see bench/views-bench.sh).
//
// The tallies are keyed by ids, never by positions in the dataset's people
// or agreements: joining them with the current entities (the functions at
// the end, a pass over those small lists only) stays safe while a new pass
// runs after an edit. The answers equal analytics.h's definitions.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analytics.h"
#include "model.h"

namespace accord {

struct EventTallies {
  // Per partner (country id, first seen order): what partner_summaries
  // reports of its events. Topic counts are aligned with `topics`.
  struct Partner {
    std::string country;
    size_t events = 0;
    std::optional<Date> first, last;
    std::vector<size_t> by_type;          // aligned with all_event_types()
    std::vector<size_t> topics;           // aligned with EventTallies::topics (may be shorter)
    std::vector<std::string> mechanisms;  // in order of first appearance
    size_t figures = 0;
  };
  std::vector<Partner> partners;
  std::vector<std::string> topics;   // every topic named, first seen order
  std::vector<size_t> topic_events;  // aligned: how many times events name it

  // Events per calendar month, for trends (core/analysis/trends.h): a
  // column per month seen, keyed year * 100 + month (month 0: an event
  // dated to its year only), in first-seen order. Rows may be shorter than
  // `months` (a missing cell is 0).
  struct ByMonth {
    std::vector<int> months;
    std::vector<uint32_t> events;                 // every dated event
    std::vector<std::vector<uint32_t>> partners;  // aligned with EventTallies::partners
    std::vector<std::vector<uint32_t>> topics;    // aligned with EventTallies::topics
  };
  ByMonth by_month;

  std::vector<FigureSeries> figures;  // = figure_series(d)
  YearSpan years;                     // = event_year_span(d)

  // What events did to an agreement (by id): acts counted, the first
  // signing event's date, and the latest act (the first of the latest date).
  struct AgreementActs {
    size_t acts = 0;
    std::optional<Date> signed_date;
    bool has_latest = false;
    AgreementAction latest = AgreementAction::Signed;
    Date latest_date;
    std::vector<uint32_t> events;  // acting events, dataset order, each once
  };
  std::unordered_map<std::string, AgreementActs> agreements;
  // Events each person takes part in (by id): dataset order, each once.
  std::unordered_map<std::string, std::vector<uint32_t>> person_events;

  // Indexes into d.events: valid only for the dataset as it was tallied.
  const std::vector<uint32_t>* events_of_person(const std::string& id) const;
  const std::vector<uint32_t>* events_of_agreement(const std::string& id) const;
};

// Tallies a dataset a slice at a time: step() until it returns true, then
// take(). The dataset must not change meanwhile (start a new build instead).
class EventTalliesBuild {
 public:
  explicit EventTalliesBuild(const Dataset& d);
  ~EventTalliesBuild();
  EventTalliesBuild(const EventTalliesBuild&) = delete;
  EventTalliesBuild& operator=(const EventTalliesBuild&) = delete;
  // Tallies up to max_events events, or does one of the short steps after
  // them (ordering a figure series, moving ~4 x max_events of its points,
  // keeping the per-id tallies); true when all is done.
  bool step(size_t max_events);
  double progress() const;    // 0..1
  const char* phase() const;  // what the next step does
  EventTallies take();        // runs what step() left, if anything

 private:
  struct Work;
  std::unique_ptr<Work> w_;
};

EventTallies event_tallies(const Dataset& d);  // every step at once

// The views' answers, from tallies joined with the dataset's entities.
PartnerTopicMatrix partner_topic_matrix(const EventTallies& t);
std::vector<PartnerSummary> partner_summaries(const Dataset& d, const EventTallies& t);
std::vector<AgreementRow> agreement_register(const Dataset& d, const EventTallies& t);
std::vector<PersonRow> people_directory(const Dataset& d, const EventTallies& t);

}  // namespace accord
