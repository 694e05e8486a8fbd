#include "merge.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "dataset_json.h"
#include "event_resolution.h"
#include "fact_merge.h"
#include "name_match.h"
#include "record_fields.h"
#include "text_excerpt.h"
#include "text_fold.h"
#include "validate.h"

namespace accord {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

const std::unordered_set<std::string>& small_words() {
  static const std::unordered_set<std::string> kWords = {
      "a",   "the", "of", "and", "in",  "on", "at", "to", "for", "with", "by",  "de",  "du", "des", "la",    "le",
      "les", "et",  "en", "au",  "aux", "a",  "l",  "d",  "va",  "cua",  "voi", "tai", "ve", "cac", "nhung", "trong"};
  return kWords;
}

}  // namespace

std::vector<std::string> title_words(const std::string& title) {
  const std::string folded = fold(title);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&]() {
    if (!word.empty() && !small_words().count(word)) words.push_back(word);
    word.clear();
  };
  for (const char c : folded) {
    if (is_word_byte(static_cast<unsigned char>(c)))
      word += c;
    else
      flush();
  }
  flush();
  return words;
}

double title_similarity(const std::string& a, const std::string& b) {
  const std::vector<std::string> wa = title_words(a), wb = title_words(b);
  const std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  if (sa.empty() && sb.empty()) return 1.0;
  size_t shared = 0;
  for (const std::string& w : sa) shared += sb.count(w);
  return 2.0 * static_cast<double>(shared) / static_cast<double>(sa.size() + sb.size());
}

bool is_same_event(const Event& a, const Event& b, const Dataset* da, const Dataset* db) {
  const RecordLookup la{da, nullptr, nullptr}, lb{db, nullptr, nullptr};
  const std::string home = db ? db->home_country : da ? da->home_country : std::string();
  return score_event_pair(a, la, b, lb, home).decision == ResolutionDecision::Same;
}

std::string MergeReport::summary() const {
  auto count = [](size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string s = count(static_cast<size_t>(added_events), "event added", "events added");
  const int others = added - added_events;
  if (others > 0) s += " (and " + count(static_cast<size_t>(others), "other record", "other records") + ")";
  s += ", " + std::to_string(unchanged) + " already present, " + count(conflicts.size(), "conflict", "conflicts");
  if (merged_events > 0)
    s += ", " + count(static_cast<size_t>(merged_events), "report merged into an event", "reports merged into events");
  if (!same_people.empty()) s += ", " + count(same_people.size(), "person matched to ours", "people matched to ours");
  if (!same_agreements.empty())
    s += ", " + count(same_agreements.size(), "agreement matched to ours", "agreements matched to ours");
  if (!problems.empty()) s += ", " + count(problems.size(), "record not added", "records not added");
  return s;
}

namespace {

using json = nlohmann::ordered_json;

// One record in the dataset file's JSON shape, for comparing field by field.
template <typename T>
json record_json(const T& record, std::vector<T> Dataset::*list, const char* key) {
  Dataset one;
  (one.*list).push_back(record);
  return json::parse(dataset_to_json(one))[key][0];
}

// Cut to a readable length: the value is quoted in messages.
std::string as_text(const json& v) {
  if (v.is_null()) return "(none)";
  return cut_to_characters(v.is_string() ? v.get<std::string>() : v.dump(), kQuotedCharacters);
}

// The first field that differs, in the file's field order; empty when none.
bool first_difference(const json& ours, const json& theirs, MergeConflict& out) {
  for (auto it = ours.begin(); it != ours.end(); ++it) {
    const auto other = theirs.find(it.key());
    if (other == theirs.end() || *other != it.value()) {
      out.field = it.key();
      out.ours = as_text(it.value());
      out.theirs = other == theirs.end() ? "(none)" : as_text(*other);
      return true;
    }
  }
  for (auto it = theirs.begin(); it != theirs.end(); ++it) {
    if (!ours.contains(it.key())) {
      out.field = it.key();
      out.ours = "(none)";
      out.theirs = as_text(it.value());
      return true;
    }
  }
  return false;
}

// Merges one list by id: new ids are appended (remembered in `added`),
// identical records counted, differing ones reported.
template <typename T>
void merge_list(std::vector<T>& ours, const std::vector<T>& theirs, std::vector<T> Dataset::*list, const char* key,
                const char* kind, MergeReport& report, std::vector<size_t>& added) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < ours.size(); ++i) index.emplace(ours[i].id, i);
  for (const T& record : theirs) {
    const auto found = index.find(record.id);
    if (found == index.end()) {
      index.emplace(record.id, ours.size());
      added.push_back(ours.size());
      ours.push_back(record);
      continue;
    }
    MergeConflict conflict;
    if (first_difference(record_json(ours[found->second], list, key), record_json(record, list, key), conflict)) {
      conflict.kind = kind;
      conflict.id = record.id;
      conflict.incoming_id = record.id;
      report.conflicts.push_back(conflict);
    } else {
      ++report.unchanged;
    }
  }
}

// "events[12].participants[0].person" -> ("events", 12, "participants[0].person").
bool split_path(const std::string& path, std::string& list, size_t& index, std::string& rest) {
  const size_t open = path.find('[');
  const size_t close = path.find(']', open);
  if (open == std::string::npos || close == std::string::npos) return false;
  list = path.substr(0, open);
  index = std::stoul(path.substr(open + 1, close - open - 1));
  rest = close + 1 < path.size() && path[close + 1] == '.' ? path.substr(close + 2) : path.substr(close + 1);
  return true;
}

template <typename T>
void drop(std::vector<T>& list, std::vector<size_t>& added, const std::set<size_t>& bad) {
  // Added records sit at the end of the list in order; erase from the back.
  for (auto it = bad.rbegin(); it != bad.rend(); ++it) list.erase(list.begin() + static_cast<std::ptrdiff_t>(*it));
  std::vector<size_t> kept;
  for (size_t i : added) {
    if (bad.count(i)) continue;
    size_t shift = 0;
    for (size_t b : bad) shift += b < i;
    kept.push_back(i - shift);
  }
  added.swap(kept);
}

// The sources `theirs` cites that `ours` does not, in their order.
std::vector<std::string> new_sources(const Event& ours, const Event& theirs) {
  std::vector<std::string> out;
  for (const std::string& s : theirs.sources)
    if (std::find(ours.sources.begin(), ours.sources.end(), s) == ours.sources.end()) out.push_back(s);
  return out;
}

// Every source of `theirs` is a later report `ours` has merged (it left its facts in `reported`).
bool merged_before(const Event& ours, const Event& theirs) {
  return !theirs.sources.empty() &&
         std::all_of(theirs.sources.begin(), theirs.sources.end(), [&](const std::string& s) {
           return std::any_of(ours.reported.begin(), ours.reported.end(),
                              [&](const ReportedFact& f) { return f.source == s; });
         });
}

// An incoming event that is another report of one of ours (its id mapped to ours).
struct IncomingReport {
  std::string incoming_id;
  Event event;
};

// Merges the report into our event as accord add would: the facts it adds
// under its first new source, its other new sources cited too, and the
// disputes and reports its own sources already recorded kept. Refused (and
// said why) when the merged event would not be valid.
void merge_incoming_report(Dataset& into, const IncomingReport& r, MergeReport& report) {
  size_t at = 0;
  while (at < into.events.size() && into.events[at].id != r.event.id) ++at;
  if (at == into.events.size()) return;
  const Event before = into.events[at];
  const std::vector<std::string> sources = new_sources(before, r.event);
  Event merged = merge_report(before, r.event, sources.front());
  for (size_t i = 1; i < sources.size(); ++i) merged.sources.push_back(sources[i]);
  const auto is_new = [&](const std::string& s) {
    return std::find(sources.begin(), sources.end(), s) != sources.end();
  };
  // What the incoming side recorded for its own later sources stands for them.
  for (const std::string& s : sources)
    if (std::any_of(r.event.reported.begin(), r.event.reported.end(),
                    [&](const ReportedFact& f) { return f.source == s; }))
      merged.reported.erase(std::remove_if(merged.reported.begin(), merged.reported.end(),
                                           [&](const ReportedFact& f) { return f.source == s; }),
                            merged.reported.end());
  for (const ReportedFact& f : r.event.reported)
    if (is_new(f.source)) merged.reported.push_back(f);
  for (const Dispute& x : r.event.disputed)
    if (is_new(x.source) && std::none_of(merged.disputed.begin(), merged.disputed.end(), [&](const Dispute& y) {
          return y.field == x.field && y.value == x.value && y.source == x.source;
        }))
      merged.disputed.push_back(x);

  into.events[at] = merged;
  RecordSelection one;
  one.events = {at};
  const std::vector<Problem> problems = validate_records(into, one);
  if (!problems.empty()) {
    into.events[at] = before;
    report.problems.push_back("events " + quoted_for_message(r.incoming_id) + " not merged into " +
                              quoted_for_message(before.id) + ": " + problems.front().path + ": " +
                              problems.front().message);
    return;
  }
  const size_t facts =
      static_cast<size_t>(std::count_if(merged.reported.begin(), merged.reported.end(),
                                        [&](const ReportedFact& f) { return is_new(f.source) && f.added; })) +
      (merged.figures.size() - before.figures.size());
  const size_t disagreements = merged.disputed.size() - before.disputed.size();
  ++report.merged_events;
  std::string line = r.incoming_id + " merged into " + before.id + " (source " + sources.front();
  for (size_t i = 1; i < sources.size(); ++i) line += ", " + sources[i];
  line += "): " + std::to_string(facts) + (facts == 1 ? " fact" : " facts") + " added, " +
          std::to_string(disagreements) + (disagreements == 1 ? " disagreement" : " disagreements") + " kept";
  report.merged_reports.push_back(line);
}

// Incoming people who are one of ours under another id (the same name in
// another order or spelling, with or without diacritics: name_match.h) are
// ours: their records are left out and every reference to them is rewritten.
void map_same_people(const Dataset& into, Dataset& theirs, MergeReport& report) {
  std::unordered_set<std::string> our_ids;
  for (const Person& p : into.people) our_ids.insert(p.id);
  std::unordered_map<std::string, std::string> person_id_map;
  std::vector<Person> rest;
  for (const Person& p : theirs.people) {
    const Person* same = nullptr;
    if (!our_ids.count(p.id))
      for (const Person& q : into.people)
        if (same_person(p, q)) {
          same = &q;
          break;
        }
    if (!same) {
      rest.push_back(p);
      continue;
    }
    person_id_map[p.id] = same->id;
    report.same_people.push_back(p.id + " is " + same->id + " (" + quoted_for_message(same->name) + ")");
  }
  if (person_id_map.empty()) return;
  theirs.people = std::move(rest);
  auto mapped = [&](std::string& id) {
    const auto it = person_id_map.find(id);
    if (it != person_id_map.end()) id = it->second;
  };
  for (Event& e : theirs.events) {
    for (Participation& x : e.participants) mapped(x.person);
    for (ReportedFact& f : e.reported)
      if (f.field == "participant") mapped(f.value);
  }
}

// An agreement an incoming report of one of our events acts on, which that
// event already acts on under another id and title (same_agreement: kind,
// parties, dates; "the MoU" in one language and "le protocole d'accord" in
// another), is ours: its record is left out and the report's act points at ours.
void map_same_agreements(const Dataset& into, Dataset& theirs, std::vector<IncomingReport>& reports,
                         MergeReport& report) {
  std::unordered_map<std::string, std::string> agreement_id_map;
  for (const IncomingReport& r : reports) {
    const Event* ours = into.find_event(r.event.id);
    if (!ours) continue;
    for (const AgreementAct& act : r.event.agreements) {
      const Agreement* a = theirs.find_agreement(act.agreement);
      if (!a || into.find_agreement(a->id) || agreement_id_map.count(a->id)) continue;
      for (const AgreementAct& our_act : ours->agreements) {
        const Agreement* q = into.find_agreement(our_act.agreement);
        if (q && same_agreement(*a, *q)) {
          agreement_id_map[a->id] = q->id;
          report.same_agreements.push_back(a->id + " is " + q->id + " (" + quoted_for_message(q->title) + ")");
          break;
        }
      }
    }
  }
  if (agreement_id_map.empty()) return;
  std::vector<Agreement> rest;
  for (const Agreement& a : theirs.agreements)
    if (!agreement_id_map.count(a.id)) rest.push_back(a);
  theirs.agreements = std::move(rest);
  auto mapped = [&](std::string& id) {
    const auto it = agreement_id_map.find(id);
    if (it != agreement_id_map.end()) id = it->second;
  };
  auto map_event = [&](Event& e) {
    for (AgreementAct& act : e.agreements) mapped(act.agreement);
    for (ReportedFact& f : e.reported)
      if (f.field == "agreement") mapped(f.value);
  };
  for (IncomingReport& r : reports) map_event(r.event);
  for (Event& e : theirs.events) map_event(e);
  for (Agreement& a : theirs.agreements) mapped(a.amends);
}

}  // namespace

MergeReport merge_dataset(Dataset& into, const Dataset& incoming) {
  MergeReport report;

  // Incoming events that are one of ours under another id (the event
  // resolver says "same"): their id maps to ours.
  const EventCandidateIndex candidates(into);
  std::unordered_set<std::string> our_event_ids;
  for (const Event& e : into.events) our_event_ids.insert(e.id);
  std::unordered_map<std::string, std::string> event_id_map;
  const RecordLookup theirs_lookup{&incoming, nullptr, nullptr};
  for (const Event& e : incoming.events) {
    if (our_event_ids.count(e.id)) continue;
    const EventResolution r = resolve_event(e, theirs_lookup, into, candidates);
    if (r.decision == ResolutionDecision::Same)
      event_id_map[e.id] = r.best()->event_id;
    else if (r.decision == ResolutionDecision::Ask)
      report.possible_same.push_back(e.id + " may be " + r.best()->event_id + " (" + score_text(r.best()->score) +
                                     "; " + r.best()->reasons_text() + ")");
  }
  auto mapped = [&](const std::string& id) {
    const auto it = event_id_map.find(id);
    return it == event_id_map.end() ? id : it->second;
  };

  Dataset theirs = incoming;
  map_same_people(into, theirs, report);
  for (Agreement& a : theirs.agreements)
    for (AgreementStatus& s : a.history) s.event = mapped(s.event);
  for (Event& e : theirs.events) {
    e.part_of = mapped(e.part_of);
    e.id = mapped(e.id);
  }
  // Events of ours the incoming one reports from a source ours lacks: merged
  // fact by fact once the records they need are in (below), not compared.
  std::vector<IncomingReport> reports;
  {
    std::unordered_map<std::string, const Event*> ours_by_id;
    for (const Event& e : into.events) ours_by_id.emplace(e.id, &e);
    std::vector<Event> rest;
    for (size_t i = 0; i < theirs.events.size(); ++i) {
      Event& e = theirs.events[i];
      const auto ours = ours_by_id.find(e.id);
      if (ours != ours_by_id.end() && !new_sources(*ours->second, e).empty())
        reports.push_back({incoming.events[i].id, std::move(e)});
      else if (ours != ours_by_id.end() && incoming.events[i].id != e.id && merged_before(*ours->second, e))
        ++report.unchanged;  // a report merged by an earlier import of the same data
      else
        rest.push_back(std::move(e));
    }
    theirs.events = std::move(rest);
  }
  map_same_agreements(into, theirs, reports, report);

  RecordSelection added;
  const size_t conflicts_before_events = [&] {
    merge_list(into.sources, theirs.sources, &Dataset::sources, "sources", "source", report, added.sources);
    merge_list(into.countries, theirs.countries, &Dataset::countries, "countries", "country", report, added.countries);
    merge_list(into.organizations, theirs.organizations, &Dataset::organizations, "organizations", "organization",
               report, added.organizations);
    merge_list(into.mechanisms, theirs.mechanisms, &Dataset::mechanisms, "mechanisms", "mechanism", report,
               added.mechanisms);
    merge_list(into.people, theirs.people, &Dataset::people, "people", "person", report, added.people);
    merge_list(into.agreements, theirs.agreements, &Dataset::agreements, "agreements", "agreement", report,
               added.agreements);
    return report.conflicts.size();
  }();
  merge_list(into.events, theirs.events, &Dataset::events, "events", "event", report, added.events);
  // Events matched under another id: say which id they came with.
  std::unordered_map<std::string, std::string> incoming_id_of;
  for (const auto& [theirs_id, ours_id] : event_id_map) incoming_id_of[ours_id] = theirs_id;
  for (size_t i = conflicts_before_events; i < report.conflicts.size(); ++i) {
    const auto it = incoming_id_of.find(report.conflicts[i].id);
    if (it != incoming_id_of.end()) report.conflicts[i].incoming_id = it->second;
  }

  // Added records whose references do not resolve are taken out again,
  // until what remains is valid (taking one out can strand another).
  for (;;) {
    const std::vector<Problem> problems = validate_records(into, added);
    if (problems.empty()) break;
    std::map<std::string, std::set<size_t>> bad;
    for (const Problem& p : problems) {
      std::string list, rest;
      size_t index = 0;
      if (!split_path(p.path, list, index, rest)) continue;
      if (!bad[list].insert(index).second) continue;  // one message per record
      std::string id;
      for_each_table(into, [&](const char* key, const auto& rows) {
        if (list == key) id = rows[index].id;
      });
      report.problems.push_back(list + " " + quoted_for_message(id) +
                                " not added: " + (rest.empty() ? "" : rest + ": ") + p.message);
    }
    if (bad.empty()) break;  // problems not about an added record cannot be fixed here
    for_each_table_of([&](const char* key, auto& rows, auto& added_rows) { drop(rows, added_rows, bad[key]); }, into,
                      added);
  }
  for (const IncomingReport& r : reports) merge_incoming_report(into, r, report);
  // A source brought only for records that were left out would cite nothing.
  if (!report.problems.empty() && !added.sources.empty()) {
    std::unordered_set<std::string> cited;
    for (const Event& e : into.events) {
      cited.insert(e.sources.begin(), e.sources.end());
      for (const Figure& f : e.figures) cited.insert(f.source);
      for (const Dispute& x : e.disputed) cited.insert(x.source);
      for (const ReportedFact& x : e.reported) cited.insert(x.source);
    }
    for (const Person& p : into.people)
      for (const Role& r : p.roles) cited.insert(r.source);
    for (const Agreement& a : into.agreements)
      for (const AgreementStatus& h : a.history) cited.insert(h.source);
    std::set<size_t> unused;
    for (size_t i : added.sources)
      if (!cited.count(into.sources[i].id)) unused.insert(i);
    drop(into.sources, added.sources, unused);
  }
  report.added_events = static_cast<int>(added.events.size());
  size_t added_records = 0;
  for_each_table_of([&](const char*, const std::vector<size_t>& rows) { added_records += rows.size(); }, added);
  report.added = static_cast<int>(added_records);
  return report;
}

}  // namespace accord
