// What the app derives from its dataset and keeps beside it: the event
// index, the id lookups, the overview and facet totals, and the tallies
// the Partners, Outcomes, Agreements and People views count. Rebuilt on a
// new dataset, followed (not rebuilt) after an edit; the tallies are made
// a slice at a time. Nothing here navigates or draws.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "cooperation_network.h"
#include "event_index.h"
#include "event_tallies.h"
#include "id_table.h"
#include "model.h"

namespace atlas {

struct LoadedData;

// The dataset at a glance (from the index: no pass over a million events).
struct Overview {
  size_t events = 0, agreements = 0, people = 0, sources = 0, inferred_dates = 0;
  std::string first_date, last_date;  // ISO, empty when there are no events
};

class DerivedData {
 public:
  explicit DerivedData(const accord::Dataset& data);

  // A new dataset: indexes it (or takes `built`, an index of this data).
  void rebuild(const accord::Dataset& data, std::unique_ptr<accord::EventIndex> built = nullptr);
  // A background load's index and id maps, made on `loaded.dataset` before
  // it was moved into `data` (its records stay in place: they are rebound).
  void adopt(const accord::Dataset& data, LoadedData& loaded);
  // After an edit: the index and id maps follow it; false when the index
  // cannot, and rebuild() is needed.
  bool follow_edit(const accord::Dataset& data, const accord::ChangeEffects& edit);
  // The old data's tallies would mislead: empty ones until new ones are made.
  void forget_tallies() { tallies_ = std::make_shared<const accord::EventTallies>(); }

  const accord::EventIndex& index() const { return *index_; }
  const Overview& overview() const { return overview_; }
  const accord::FacetCounts& facets() const { return facets_; }
  const accord::Event* find_event(const std::string& id) const { return event_by_id_.find(id); }
  const accord::Person* find_person(const std::string& id) const { return person_by_id_.find(id); }
  const accord::Agreement* find_agreement(const std::string& id) const { return agreement_by_id_.find(id); }
  const accord::Source* find_source(const std::string& id) const { return source_by_id_.find(id); }
  // Bumped on every rebuild or edit followed.
  unsigned data_version() const { return data_version_; }

  const accord::EventTallies& tallies() const { return *tallies_; }
  bool tallies_current() const { return tallies_build_ == nullptr; }
  float tallies_progress() const { return tallies_build_ ? float(tallies_build_->progress()) : 1.0f; }
  unsigned tallies_version() const { return tallies_version_; }
  // Tallies for about budget_ms; true on the call new tallies arrive.
  bool poll_tallies(double budget_ms);
  double tallies_slowest_poll_ms() const { return tallies_slowest_poll_ms_; }
  const char* tallies_slowest_poll_phase() const { return tallies_slowest_poll_phase_; }
  double rebuild_ms() const { return rebuild_ms_; }  // the last rebuild or adopt

  // The cooperation network's evidence (core/analysis/cooperation_network.h):
  // gathered only once a view wants it, then again after each change of
  // data, a slice at a time like the tallies (after them). `events`: the
  // timeline's filtered events, whose version is `events_version` (nullptr:
  // every event, the agreements' histories too).
  void want_network(const std::vector<size_t>* events, unsigned events_version);
  const accord::NetworkEvidence& network() const { return *network_; }
  bool network_current() const { return network_build_ == nullptr; }
  float network_progress() const { return network_build_ ? float(network_build_->progress()) : 1.0f; }
  unsigned network_version() const { return network_version_; }  // bumped when new evidence arrives
  bool poll_network(double budget_ms);                           // true on the call new evidence arrives

 private:
  // The index and id maps are in place: the overview, facets, new tallies.
  void after_rebuild(const accord::Dataset& data);

  std::unique_ptr<accord::EventIndex> index_;
  accord::IdTable<accord::Event> event_by_id_;
  accord::IdTable<accord::Person> person_by_id_;
  accord::IdTable<accord::Agreement> agreement_by_id_;
  accord::IdTable<accord::Source> source_by_id_;
  Overview overview_;
  accord::FacetCounts facets_;
  std::shared_ptr<const accord::EventTallies> tallies_;
  std::unique_ptr<accord::EventTalliesBuild> tallies_build_;  // reads the dataset: replaced on every change
  unsigned data_version_ = 0, tallies_version_ = 0;
  double rebuild_ms_ = 0;
  double tallies_slowest_poll_ms_ = 0;     // the longest poll_tallies() so far
  const accord::Dataset* data_ = nullptr;  // what the network is gathered from
  bool network_wanted_ = false;
  unsigned network_for_ = 0;  // the events_version gathered (or being gathered), kAllEvents for all
  std::shared_ptr<const accord::NetworkEvidence> network_;
  std::unique_ptr<accord::NetworkBuild> network_build_;  // reads the dataset: replaced on every change
  unsigned network_version_ = 0;
  const char* tallies_slowest_poll_phase_ = "";
};

}  // namespace atlas
