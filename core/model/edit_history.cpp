#include "edit_history.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text_excerpt.h"
#include "validate.h"

namespace accord {

bool DatasetChange::empty() const {
  return upsert_sources.empty() && upsert_countries.empty() && upsert_organizations.empty() &&
         upsert_mechanisms.empty() && upsert_people.empty() && upsert_agreements.empty() && upsert_events.empty() &&
         delete_events.empty() && delete_agreements.empty() && delete_people.empty() && !whole;
}

namespace {

// Edits one list, logging what each edit replaced and which indexes it
// touched. Ids are looked up by scanning until a change upserts many
// records, then through a map built once.
template <typename T>
class ListEditor {
 public:
  ListEditor(std::vector<T>& list, RecordEdits<T>& log, std::vector<size_t>& touched)
      : list_(list), log_(log), touched_(touched) {}

  void upsert_all(const std::vector<T>& records) {
    if (records.size() > kUpsertsBeforeIndex) build_index();
    for (const T& record : records) upsert(record);
  }

  // Returns false when no record has this id.
  bool erase(const std::string& id) {
    const size_t i = find(id);
    if (i == kNone) return false;
    log_.edits.push_back({i, std::move(list_[i]), true});
    list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(i));
    index_.clear();
    indexed_ = false;
    // Later records moved down by one; a touched record that was erased is gone.
    std::vector<size_t> kept;
    for (size_t t : touched_)
      if (t != i) kept.push_back(t > i ? t - 1 : t);
    touched_.swap(kept);
    return true;
  }

  // Keeps a copy of record i before a cascade edits it in place.
  T& modify(size_t i) {
    log_.edits.push_back({i, list_[i], false});
    touched_.push_back(i);
    return list_[i];
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  static constexpr size_t kUpsertsBeforeIndex = 16;

  void build_index() {
    index_.clear();
    for (size_t i = 0; i < list_.size(); ++i) index_.emplace(list_[i].id, i);
    indexed_ = true;
  }
  size_t find(const std::string& id) const {
    if (indexed_) {
      const auto it = index_.find(id);
      return it == index_.end() ? kNone : it->second;
    }
    for (size_t i = 0; i < list_.size(); ++i)
      if (list_[i].id == id) return i;
    return kNone;
  }
  void upsert(const T& record) {
    const size_t i = find(record.id);
    if (i != kNone) {
      log_.edits.push_back({i, std::move(list_[i]), false});
      list_[i] = record;
      touched_.push_back(i);
      return;
    }
    log_.edits.push_back({list_.size(), std::nullopt, false});
    if (indexed_) index_.emplace(record.id, list_.size());
    touched_.push_back(list_.size());
    list_.push_back(record);
  }

  std::vector<T>& list_;
  RecordEdits<T>& log_;
  std::vector<size_t>& touched_;
  std::unordered_map<std::string, size_t> index_;
  bool indexed_ = false;
};

template <typename T>
void restore(std::vector<T>& list, RecordEdits<T>& log) {
  for (auto it = log.edits.rbegin(); it != log.edits.rend(); ++it) {
    auto& edit = *it;
    if (edit.erased)
      list.insert(list.begin() + static_cast<std::ptrdiff_t>(edit.index), std::move(*edit.before));
    else if (edit.before)
      list[edit.index] = std::move(*edit.before);
    else
      list.erase(list.begin() + static_cast<std::ptrdiff_t>(edit.index));
  }
  log.edits.clear();
}

// The list ops of a step, as apply() made them or as undo() reverses them.
template <typename T>
void record_ops(const RecordEdits<T>& log, bool undoing, std::vector<ListOp>& out) {
  using Kind = ListOp::Kind;
  const auto op = [&](const typename RecordEdits<T>::Edit& e) {
    if (e.erased) return ListOp{undoing ? Kind::Insert : Kind::Erase, e.index};
    if (e.before) return ListOp{Kind::Replace, e.index};
    return ListOp{undoing ? Kind::Erase : Kind::Append, e.index};
  };
  if (undoing)
    for (auto it = log.edits.rbegin(); it != log.edits.rend(); ++it) out.push_back(op(*it));
  else
    for (const auto& e : log.edits) out.push_back(op(e));
}

// Entities whose record changed in place or went or came back.
template <typename T>
void record_entities(const RecordEdits<T>& log, std::unordered_set<std::string>& out) {
  for (const auto& e : log.edits)
    if (e.before) out.insert(e.before->id);
}

ChangeEffects effects_of(const EditHistory::Step& step, bool undoing) {
  ChangeEffects fx;
  record_ops(step.events, undoing, fx.events);
  record_ops(step.sources, undoing, fx.sources);
  record_entities(step.people, fx.entities);
  record_entities(step.organizations, fx.entities);
  record_entities(step.agreements, fx.entities);
  record_entities(step.mechanisms, fx.entities);
  return fx;
}

void restore_all(Dataset& d, EditHistory::Step& step) {
  restore(d.sources, step.sources);
  restore(d.countries, step.countries);
  restore(d.organizations, step.organizations);
  restore(d.mechanisms, step.mechanisms);
  restore(d.people, step.people);
  restore(d.agreements, step.agreements);
  restore(d.events, step.events);
}

void sort_unique(std::vector<size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// "events[17].title" -> "event ev-x: title", so the message names the
// record the user knows, not a position in the file.
template <typename T>
bool name_record(const std::string& path, const char* list, const char* kind, const std::vector<T>& items,
                 std::string& out) {
  const std::string prefix = std::string(list) + "[";
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  const size_t close = path.find(']', prefix.size());
  if (close == std::string::npos) return false;
  const size_t i = std::stoul(path.substr(prefix.size(), close - prefix.size()));
  if (i >= items.size() || items[i].id.empty()) return false;
  const std::string rest = path.substr(close + 1);
  out = std::string(kind) + " " + items[i].id + (rest.empty() ? "" : ": " + (rest[0] == '.' ? rest.substr(1) : rest));
  return true;
}

std::string named(const Dataset& d, const Problem& p) {
  std::string path;
  if (!(name_record(p.path, "events", "event", d.events, path) ||
        name_record(p.path, "people", "person", d.people, path) ||
        name_record(p.path, "agreements", "agreement", d.agreements, path) ||
        name_record(p.path, "sources", "source", d.sources, path) ||
        name_record(p.path, "organizations", "organization", d.organizations, path) ||
        name_record(p.path, "mechanisms", "mechanism", d.mechanisms, path) ||
        name_record(p.path, "countries", "country", d.countries, path)))
    return p.to_string();
  Problem shown = p;
  shown.path = path;
  return shown.to_string();
}

std::string join_problems(const Dataset& d, const std::vector<Problem>& problems) {
  constexpr size_t kShown = 5;
  std::string out;
  for (size_t i = 0; i < problems.size() && i < kShown; ++i) out += (i ? "; " : "") + named(d, problems[i]);
  if (problems.size() > kShown) out += "; and " + std::to_string(problems.size() - kShown) + " more";
  return out;
}

}  // namespace

std::string EditHistory::apply(Dataset& d, const DatasetChange& change) {
  std::string refused = apply_step(d, change);
  if (refused.empty()) redo_.clear();
  return refused;
}

// Checked as a whole (validate.h): the change is not a few records.
std::string EditHistory::apply_whole(Dataset& d, const DatasetChange& change) {
  effects_ = {};
  if (const std::vector<Problem> problems = validate(*change.whole); !problems.empty())
    return join_problems(*change.whole, problems);
  Step step;
  step.label = change.label;
  step.change = change;
  step.whole_before = std::make_shared<const Dataset>(std::move(d));
  d = *change.whole;
  effects_.everything = true;
  undo_.push_back(std::move(step));
  return {};
}

std::string EditHistory::apply_step(Dataset& d, const DatasetChange& change) {
  if (change.whole) return apply_whole(d, change);
  effects_ = {};
  Step step;
  step.label = change.label;
  step.change = change;
  RecordSelection touched;
  ListEditor<Source> sources(d.sources, step.sources, touched.sources);
  ListEditor<Country> countries(d.countries, step.countries, touched.countries);
  ListEditor<Organization> organizations(d.organizations, step.organizations, touched.organizations);
  ListEditor<Mechanism> mechanisms(d.mechanisms, step.mechanisms, touched.mechanisms);
  ListEditor<Person> people(d.people, step.people, touched.people);
  ListEditor<Agreement> agreements(d.agreements, step.agreements, touched.agreements);
  ListEditor<Event> events(d.events, step.events, touched.events);

  sources.upsert_all(change.upsert_sources);
  countries.upsert_all(change.upsert_countries);
  organizations.upsert_all(change.upsert_organizations);
  mechanisms.upsert_all(change.upsert_mechanisms);
  people.upsert_all(change.upsert_people);
  agreements.upsert_all(change.upsert_agreements);
  events.upsert_all(change.upsert_events);

  std::vector<Problem> problems;
  const std::unordered_set<std::string> gone_events(change.delete_events.begin(), change.delete_events.end());
  const std::unordered_set<std::string> gone_agreements(change.delete_agreements.begin(),
                                                        change.delete_agreements.end());
  const std::unordered_set<std::string> gone_people(change.delete_people.begin(), change.delete_people.end());
  for (const std::string& id : change.delete_events)
    if (!events.erase(id)) problems.push_back({"delete_events", quoted_for_message(id) + " is not a known event id"});
  for (const std::string& id : change.delete_agreements)
    if (!agreements.erase(id))
      problems.push_back({"delete_agreements", quoted_for_message(id) + " is not a known agreement id"});
  for (const std::string& id : change.delete_people)
    if (!people.erase(id)) problems.push_back({"delete_people", quoted_for_message(id) + " is not a known person id"});

  // Drop the references to what was deleted (one pass over each list).
  if (!gone_events.empty() || !gone_agreements.empty() || !gone_people.empty()) {
    for (size_t i = 0; i < d.events.size(); ++i) {
      const Event& e = d.events[i];
      const bool refers = gone_events.count(e.part_of) ||
                          std::any_of(e.agreements.begin(), e.agreements.end(),
                                      [&](const AgreementAct& a) { return gone_agreements.count(a.agreement) > 0; }) ||
                          std::any_of(e.participants.begin(), e.participants.end(),
                                      [&](const Participation& p) { return gone_people.count(p.person) > 0; });
      if (!refers) continue;
      Event& edited = events.modify(i);
      if (gone_events.count(edited.part_of)) edited.part_of.clear();
      edited.agreements.erase(
          std::remove_if(edited.agreements.begin(), edited.agreements.end(),
                         [&](const AgreementAct& a) { return gone_agreements.count(a.agreement) > 0; }),
          edited.agreements.end());
      edited.participants.erase(std::remove_if(edited.participants.begin(), edited.participants.end(),
                                               [&](const Participation& p) { return gone_people.count(p.person) > 0; }),
                                edited.participants.end());
    }
    for (size_t i = 0; i < d.agreements.size(); ++i) {
      const Agreement& a = d.agreements[i];
      const bool refers = gone_agreements.count(a.amends) ||
                          std::any_of(a.history.begin(), a.history.end(),
                                      [&](const AgreementStatus& s) { return gone_events.count(s.event) > 0; });
      if (!refers) continue;
      Agreement& edited = agreements.modify(i);
      if (gone_agreements.count(edited.amends)) edited.amends.clear();
      // The step stays in the history (its source still reports it), without the event.
      for (AgreementStatus& s : edited.history)
        if (gone_events.count(s.event)) s.event.clear();
    }
  }

  sort_unique(touched.sources);
  sort_unique(touched.countries);
  sort_unique(touched.organizations);
  sort_unique(touched.mechanisms);
  sort_unique(touched.people);
  sort_unique(touched.agreements);
  sort_unique(touched.events);
  const std::vector<Problem> invalid = validate_records(d, touched);
  problems.insert(problems.end(), invalid.begin(), invalid.end());
  if (!problems.empty()) {
    std::string message = join_problems(d, problems);  // before restoring: the paths point into d as changed
    restore_all(d, step);
    return message;
  }
  effects_ = effects_of(step, false);
  undo_.push_back(std::move(step));
  return {};
}

const std::string& EditHistory::undo_label() const {
  static const std::string kNone;
  return undo_.empty() ? kNone : undo_.back().label;
}

std::string EditHistory::undo(Dataset& d) {
  effects_ = {};
  if (undo_.empty()) return {};
  Step step = std::move(undo_.back());
  undo_.pop_back();
  if (step.whole_before) {
    d = *step.whole_before;
    effects_.everything = true;
  } else {
    effects_ = effects_of(step, true);  // before restoring: it empties the logs
    restore_all(d, step);
  }
  redo_.push_back(std::move(step.change));
  return step.label;
}

const std::string& EditHistory::redo_label() const {
  static const std::string kNone;
  return redo_.empty() ? kNone : redo_.back().label;
}

std::string EditHistory::redo(Dataset& d) {
  effects_ = {};
  if (redo_.empty()) return {};
  std::string refused = apply_step(d, redo_.back());
  if (refused.empty()) redo_.pop_back();
  return refused;
}

}  // namespace accord
