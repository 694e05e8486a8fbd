#include "derived_data.h"

#include "background_load.h"
#include "platform.h"

namespace atlas {

namespace {
// Up to this many events, tallies are made at once (a few ms): no frame
// shows the views updating.
constexpr size_t kTallyAtOnceEvents = 20000;
constexpr size_t kTallySliceEvents = 1024;   // between two looks at the clock
constexpr size_t kNetworkSliceEvents = 512;  // ~4 ms of the network's evidence
}  // namespace

DerivedData::DerivedData(const accord::Dataset& data)
    : index_(std::make_unique<accord::EventIndex>(data)),
      tallies_(std::make_shared<accord::EventTallies>()),
      data_(&data),
      network_(std::make_shared<accord::NetworkEvidence>()) {}

void DerivedData::rebuild(const accord::Dataset& data, std::unique_ptr<accord::EventIndex> built) {
  const double start = millis_since_start();
  // The old index points into the old data: drop it before anything reads it.
  index_ = built ? std::move(built) : std::make_unique<accord::EventIndex>(data);
  event_by_id_.build(data.events);
  person_by_id_.build(data.people);
  agreement_by_id_.build(data.agreements);
  source_by_id_.build(data.sources);
  after_rebuild(data);
  rebuild_ms_ = millis_since_start() - start;
}

void DerivedData::adopt(const accord::Dataset& data, LoadedData& loaded) {
  const double start = millis_since_start();
  index_ = std::move(loaded.index);
  index_->rebind(data);
  event_by_id_ = std::move(loaded.event_by_id);
  person_by_id_ = std::move(loaded.person_by_id);
  agreement_by_id_ = std::move(loaded.agreement_by_id);
  source_by_id_ = std::move(loaded.source_by_id);
  event_by_id_.rebind(data.events);
  person_by_id_.rebind(data.people);
  agreement_by_id_.rebind(data.agreements);
  source_by_id_.rebind(data.sources);
  after_rebuild(data);
  rebuild_ms_ = millis_since_start() - start;
}

bool DerivedData::follow_edit(const accord::Dataset& data, const accord::ChangeEffects& edit) {
  if (!index_->update(edit)) return false;
  event_by_id_.follow(edit.events);  // a million events: no pass over them
  source_by_id_.follow(edit.sources);
  person_by_id_.build(data.people);
  agreement_by_id_.build(data.agreements);
  after_rebuild(data);
  return true;
}

// What the views show of the whole dataset, from the index (a popcount per
// facet column, not a pass over the events), then a new data version.
void DerivedData::after_rebuild(const accord::Dataset& data) {
  const accord::EventIndex::Overview events = index_->overview();
  overview_.events = events.events;
  overview_.inferred_dates = events.inferred_dates;
  overview_.first_date = events.first ? events.first->date.iso() : "";
  overview_.last_date = events.last ? events.last->date.iso() : "";
  overview_.agreements = data.agreements.size();
  overview_.people = data.people.size();
  overview_.sources = data.sources.size();
  facets_ = index_->totals();
  // New tallies: the old ones stay shown until these are done.
  tallies_build_ = std::make_unique<accord::EventTalliesBuild>(data);
  if (data.events.size() <= kTallyAtOnceEvents) poll_tallies(1e9);
  data_ = &data;
  // The network is gathered again when a view next wants it (its filter's
  // events are refiltered after this).
  network_build_.reset();
  network_wanted_ = false;
  ++data_version_;
}

void DerivedData::want_network(const std::vector<size_t>* events, unsigned events_version) {
  constexpr unsigned kAllEvents = ~0u;
  const unsigned wanted = events ? events_version : kAllEvents;
  if (network_wanted_ && network_for_ == wanted) return;
  network_wanted_ = true;
  network_for_ = wanted;
  network_build_ =
      events ? std::make_unique<accord::NetworkBuild>(*data_, *events) : std::make_unique<accord::NetworkBuild>(*data_);
  if ((events ? events->size() : data_->events.size()) <= kTallyAtOnceEvents) poll_network(1e9);
}

bool DerivedData::poll_network(double budget_ms) {
  if (!network_build_) return false;
  const double start = millis_since_start();
  bool done = false;
  while (!done && millis_since_start() - start < budget_ms) done = network_build_->step(kNetworkSliceEvents);
  if (!done) return false;
  network_ = std::make_shared<const accord::NetworkEvidence>(network_build_->take());
  network_build_.reset();
  ++network_version_;
  return true;
}

bool DerivedData::poll_tallies(double budget_ms) {
  if (!tallies_build_) return false;
  const double start = millis_since_start();
  bool done = false;
  const char* slowest_phase = "";
  double slowest_step_ms = 0;
  while (!done && millis_since_start() - start < budget_ms) {
    const char* phase = tallies_build_->phase();
    const double step_start = millis_since_start();
    done = tallies_build_->step(kTallySliceEvents);
    const double step_ms = millis_since_start() - step_start;
    if (step_ms > slowest_step_ms) {
      slowest_step_ms = step_ms;
      slowest_phase = phase;
    }
  }
  const double poll_ms = millis_since_start() - start;
  if (poll_ms > tallies_slowest_poll_ms_) {
    tallies_slowest_poll_ms_ = poll_ms;
    tallies_slowest_poll_phase_ = slowest_phase;  // of its slowest step
  }
  if (!done) return false;
  tallies_ = std::make_shared<const accord::EventTallies>(tallies_build_->take());
  tallies_build_.reset();
  ++tallies_version_;
  return true;
}

}  // namespace atlas
