#include "event_resolution.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "name_match.h"
#include "text_fold.h"

namespace accord {

namespace {

// Points each kind of evidence gives (see kSameEventScore).
constexpr double kSameDay = 2.0, kDayApart = 1.5, kDaysApart = 0.5, kSameMonth = 0.5;
constexpr double kSamePartners = 1.0, kPartnerSubset = 0.5;
constexpr double kSameType = 0.5;
constexpr double kSamePlace = 1.5, kOtherPlace = -2.5;
constexpr double kPerson = 2.5, kAgreement = 2.0, kAgreementMentioned = 1.0, kMechanism = 1.0, kFigure = 1.5,
                 kEdition = 1.5;
constexpr double kTitle = 3.0, kTopics = 1.0;

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A place's name without what the three languages put around it ("city",
// "province", "thanh pho", "tinh", "ville de") or between its syllables:
// "Hà Nội" and "Hanoi", "TP Hồ Chí Minh" and "Ho Chi Minh City" are one.
std::string place_key(const std::string& name) {
  static const std::set<std::string> kAround = {"city",  "province", "thanh", "pho",      "tp",    "tinh",
                                                "ville", "de",       "the",   "district", "huyen", "quan"};
  std::string key, word;
  for (const char c : fold(name) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      if (!kAround.count(word)) key += word;
      word.clear();
    }
  }
  return key;
}

bool same_city(const std::string& a, const std::string& b) {
  const std::string fa = place_key(a), fb = place_key(b);
  if (fa.empty() || fb.empty()) return false;
  return fa == fb || fa.find(fb) != std::string::npos || fb.find(fa) != std::string::npos;
}

// "14th", "14e", "14eme", "lần thứ 14": the edition numbers a title gives.
std::set<std::string> editions(const std::string& title) {
  std::set<std::string> out;
  if (std::none_of(title.begin(), title.end(), [](char c) { return c >= '0' && c <= '9'; })) return out;
  std::vector<std::string> words;
  std::string w;
  for (const char c : fold(title) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  static const std::set<std::string> kSuffixes = {"st", "nd", "rd", "th", "e", "eme", "er", "re", "ieme"};
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& x = words[i];
    size_t digits = 0;
    while (digits < x.size() && std::isdigit(static_cast<unsigned char>(x[digits]))) ++digits;
    if (digits == 0 || digits > 3) continue;
    if (digits < x.size() && kSuffixes.count(x.substr(digits))) out.insert(x.substr(0, digits));
    if (digits == x.size() && i > 0 && words[i - 1] == "thu") out.insert(x);  // "lan thu 14"
  }
  return out;
}

bool subset_of(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a)
    if (std::find(b.begin(), b.end(), x) == b.end()) return false;
  return true;
}

std::string person_label(const Person* p, const std::string& id) { return p ? p->name : id; }

double stem_overlap(const std::vector<std::string>& wa, const std::vector<std::string>& wb) {
  const std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  if (sa.empty() || sb.empty()) return 0.0;
  size_t shared = 0;
  for (const std::string& w : sa) shared += sb.count(w);
  return 2.0 * static_cast<double>(shared) / static_cast<double>(sa.size() + sb.size());
}

}  // namespace

const Person* RecordLookup::person(const std::string& id) const {
  if (more_people)
    for (const Person& p : *more_people)
      if (p.id == id) return &p;
  if (!dataset) return nullptr;
  if (people_by_id_.empty())
    for (const Person& p : dataset->people) people_by_id_.emplace(p.id, &p);
  const auto it = people_by_id_.find(id);
  return it == people_by_id_.end() ? nullptr : it->second;
}

const Agreement* RecordLookup::agreement(const std::string& id) const {
  if (more_agreements)
    for (const Agreement& a : *more_agreements)
      if (a.id == id) return &a;
  if (!dataset) return nullptr;
  if (agreements_by_id_.empty())
    for (const Agreement& a : dataset->agreements) agreements_by_id_.emplace(a.id, &a);
  const auto it = agreements_by_id_.find(id);
  return it == agreements_by_id_.end() ? nullptr : it->second;
}

const std::vector<std::string>& RecordLookup::person_keys(const std::string& id) const {
  const auto it = keys_.find(id);
  if (it != keys_.end()) return it->second;
  const Person* p = person(id);
  return keys_.emplace(id, p ? name_keys(*p) : std::vector<std::string>{}).first->second;
}

const std::vector<std::string>& RecordLookup::stems(const std::string& title) const {
  const auto it = stems_.find(title);
  if (it != stems_.end()) return it->second;
  if (common_stems_.empty()) {
    // Words nearly every title of Vietnam's security cooperation has, in the
    // three languages: they say nothing of which meeting it was.
    for (const char* w :
         {"security", "securite", "cooperation", "cooperer",  "cooperent",  "police",     "public",     "publique",
          "ministry", "minister", "ministre",    "ministere", "strengthen", "renforcer",  "renforcent", "boost",
          "enhance",  "talks",    "meeting",     "reunion",   "hold",       "holds",      "held",       "agree",
          "agreed",   "vow",      "an",          "ninh",      "hop",        "tac",        "cong",       "bo",
          "tang",     "cuong",    "viet",        "nam",       "vietnam",    "vietnamese", "vietnamien", "vietnamienne"})
      for (const std::string& st : title_stems(w)) common_stems_.insert(st);
    if (dataset)
      for (const Country& c : dataset->countries) {
        std::vector<std::string> names = c.aliases;
        names.push_back(c.name);
        names.insert(names.end(), c.demonyms.begin(), c.demonyms.end());
        for (const std::string& n : names)
          for (const std::string& st : title_stems(n)) common_stems_.insert(st);
      }
  }
  std::vector<std::string> kept;
  for (std::string& st : title_stems(title))
    if (!common_stems_.count(st)) kept.push_back(std::move(st));
  if (stems_.size() > 4096) stems_.clear();  // a long batch: keep the table small
  return stems_.emplace(title, std::move(kept)).first->second;
}

const char* to_string(ResolutionDecision d) {
  switch (d) {
    case ResolutionDecision::Same:
      return "same";
    case ResolutionDecision::Ask:
      return "ask";
    case ResolutionDecision::New:
      break;
  }
  return "new";
}

std::string score_text(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "score %.1f", score);
  return buf;
}

std::string EventMatch::reasons_text() const {
  std::string s;
  for (const std::string& r : reasons) s += (s.empty() ? "" : "; ") + r;
  return s;
}

int date_window_days(const Date& a) {
  if (a.precision != DatePrecision::Day) return 0;
  return a.inferred() ? 7 : 3;
}

bool same_agreement(const Agreement& a, const Agreement& b) {
  if (a.id == b.id) return true;
  const bool kinds = a.kind == b.kind || a.kind == AgreementKind::Other || b.kind == AgreementKind::Other;
  if (!kinds) return false;
  bool party = a.parties.empty() || b.parties.empty();
  for (const std::string& p : a.parties)
    party = party || std::find(b.parties.begin(), b.parties.end(), p) != b.parties.end();
  if (!party) return false;
  // Steps within a year of each other, when both give a date.
  for (const AgreementStatus& x : a.history)
    for (const AgreementStatus& y : b.history)
      if (x.date && y.date && x.date->year != 0 && y.date->year != 0) {
        const DaySpan sx = day_span(*x.date), sy = day_span(*y.date);
        if (std::abs(sx.first - sy.first) <= 366) return true;
      }
  const bool any_dates =
      std::any_of(a.history.begin(), a.history.end(), [](const AgreementStatus& s) { return s.date.has_value(); }) &&
      std::any_of(b.history.begin(), b.history.end(), [](const AgreementStatus& s) { return s.date.has_value(); });
  return !any_dates;
}

EventMatch score_event_pair(const Event& report, const RecordLookup& rl, const Event& ours, const RecordLookup& ol,
                            const std::string& home) {
  EventMatch m;
  m.event_id = ours.id;
  m.decision = ResolutionDecision::New;
  auto add = [&](double points, std::string why) {
    m.score += points;
    m.reasons.push_back(std::move(why));
  };

  // Gates: dates too far apart, or partners that cannot be one meeting's.
  const DaySpan a = day_span(report.date, report.end_date), b = day_span(ours.date, ours.end_date);
  const int gap = std::max(0, std::max(a.first, b.first) - std::min(a.last, b.last));
  const int window = std::max(date_window_days(report.date), date_window_days(ours.date));
  if (gap > window) {
    m.score = -100;
    m.reasons.push_back("dates " + std::to_string(gap) + " days apart");
    return m;
  }
  // One event framing the other (a visit and its talks), or two parts of
  // one framing event, are two events by the dataset's own word.
  const bool framing = (!report.part_of.empty() && report.part_of == ours.id) ||
                       (!ours.part_of.empty() && ours.part_of == report.id) ||
                       (!report.part_of.empty() && report.part_of == ours.part_of);
  if (framing) {
    m.score = -100;
    m.reasons.push_back("parts of one visit or meeting");
    return m;
  }
  const std::vector<std::string> pa = event_partner_ids(report, home), pb = event_partner_ids(ours, home);
  if (!pa.empty() && !pb.empty() && !subset_of(pa, pb) && !subset_of(pb, pa)) {
    m.score = -100;
    m.reasons.push_back("different partners");
    return m;
  }

  const bool both_days = report.date.precision == DatePrecision::Day && ours.date.precision == DatePrecision::Day;
  if (both_days && gap == 0)
    add(kSameDay, "same day " + report.date.iso());
  else if (both_days && gap == 1)
    add(kDayApart, "dates a day apart (" + report.date.iso() + ", " + ours.date.iso() + ")");
  else if (both_days)
    add(kDaysApart,
        "dates " + std::to_string(gap) + " days apart (" + report.date.iso() + ", " + ours.date.iso() + ")");
  else if (report.date.precision != DatePrecision::Year && ours.date.precision != DatePrecision::Year)
    add(kSameMonth, "same month (" + report.date.iso() + ", " + ours.date.iso() + ")");
  else
    add(0, "same year (" + report.date.iso() + ", " + ours.date.iso() + ")");

  if (!pa.empty() && !pb.empty()) {
    if (subset_of(pa, pb) && subset_of(pb, pa))
      add(kSamePartners, "same partners");
    else
      add(kPartnerSubset, "one report names fewer partners");
  }
  if (report.type == ours.type) add(kSameType, std::string("same type: ") + to_string(ours.type));

  // Place.
  const Location &la = report.location, &lb = ours.location;
  bool other_place = false;
  if (!la.city.empty() && !lb.city.empty()) {
    other_place = !same_city(la.city, lb.city);
    if (other_place)
      add(kOtherPlace, "different places: " + la.city + ", " + lb.city);
    else
      add(kSamePlace, "same place: " + lb.city);
  } else if (!la.country.empty() && !lb.country.empty() && la.country != lb.country) {
    other_place = true;
    add(kOtherPlace, "held in different countries: " + la.country + ", " + lb.country);
  }

  // People: the same record, or the same name under another spelling or order.
  int people = 0;
  for (const Participation& x : report.participants) {
    const std::vector<std::string>& kx = rl.person_keys(x.person);
    for (const Participation& y : ours.participants) {
      bool same = x.person == y.person;
      if (!same)
        for (const std::string& k : ol.person_keys(y.person))
          same = same || std::find(kx.begin(), kx.end(), k) != kx.end();
      if (!same) continue;
      if (people < 2) add(kPerson, "same person: " + person_label(ol.person(y.person), y.person));
      ++people;
      break;
    }
  }

  // Agreements and mechanisms.
  // An agreement signed or amended happens once; one only applied or
  // reviewed is the background of many meetings, and counts for less.
  int agreements = 0, signings = 0;
  for (const AgreementAct& x : report.agreements) {
    const Agreement* ax = rl.agreement(x.agreement);
    for (const AgreementAct& y : ours.agreements) {
      const Agreement* ay = ol.agreement(y.agreement);
      const bool same = x.agreement == y.agreement || (ax && ay && same_agreement(*ax, *ay));
      if (!same) continue;
      const bool once =
          (x.action == AgreementAction::Signed || x.action == AgreementAction::Amended) && x.action == y.action;
      if (agreements < 2)
        add(once ? kAgreement : kAgreementMentioned,
            std::string(once ? "same agreement " : "same agreement mentioned: ") +
                (once ? std::string(to_string(x.action)) + ": " : "") + (ay ? ay->title : y.agreement));
      ++agreements;
      signings += once;
      break;
    }
  }
  // Each signs an agreement the other does not name: two signings.
  const auto signs = [](const Event& e) {
    return std::any_of(e.agreements.begin(), e.agreements.end(),
                       [](const AgreementAct& act) { return act.action == AgreementAction::Signed; });
  };
  const bool other_signings = signings == 0 && signs(report) && signs(ours);
  if (other_signings) m.reasons.push_back("each signs an agreement the other does not name");
  int mechanisms = 0;
  for (const std::string& x : report.mechanisms)
    if (std::find(ours.mechanisms.begin(), ours.mechanisms.end(), x) != ours.mechanisms.end() && mechanisms++ < 2)
      add(kMechanism, "same mechanism: " + x);

  // Figures: the same count of the same unit (a year is not a count).
  int figures = 0;
  for (const Figure& x : report.figures)
    for (const Figure& y : ours.figures) {
      // A year is not a count, and a handful (3 delegates) is too common to tell.
      const bool year_like = x.quantity >= 1900 && x.quantity <= 2100 && x.unit.empty();
      const bool small = x.quantity < 10 && x.quantity == static_cast<double>(static_cast<int>(x.quantity));
      if (x.quantity != y.quantity || year_like || small) continue;
      if (!x.unit.empty() && !y.unit.empty() && fold(x.unit) != fold(y.unit)) continue;
      if (figures++ < 2) add(kFigure, "same figure: " + number_text(x.quantity) + (x.unit.empty() ? "" : " " + x.unit));
      break;
    }

  // Titles: shared stems across the three languages, and edition numbers.
  const double title = stem_overlap(rl.stems(report.title), ol.stems(ours.title));
  if (title > 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", title);
    add(kTitle * title, std::string("title words in common (") + buf + ")");
  }
  const std::set<std::string> ea = editions(report.title), eb = editions(ours.title);
  bool edition = false;
  for (const std::string& n : ea) edition = edition || eb.count(n);
  if (edition)
    add(kEdition, "same edition number in the titles");
  else if (!ea.empty() && !eb.empty())
    add(-kEdition * 2, "different edition numbers in the titles");

  if (!report.topics.empty() && !ours.topics.empty()) {
    size_t shared = 0;
    for (const std::string& t : report.topics)
      shared += std::find(ours.topics.begin(), ours.topics.end(), t) != ours.topics.end();
    const size_t all = report.topics.size() + ours.topics.size() - shared;
    if (shared > 0) add(kTopics * static_cast<double>(shared) / static_cast<double>(all), "topics in common");
  }

  // The decision. A date given only to the month cannot tell a meeting
  // from the same people's next one: only what happens once (an agreement
  // acted on, a count) lets such a pair merge without asking.
  // Who, where and when are not enough either: ministers meet several
  // times on one visit. What was said must match too (an agreement, a
  // count, a mechanism, an edition, the title's words), and nothing may
  // set them apart (another place, another agreement signed).
  const bool distinctive = people + agreements + mechanisms + figures > 0 || edition || title >= 0.5;
  const bool content = agreements + figures > 0 || edition || title >= 0.5;
  const bool one_off = signings + figures > 0 || edition;
  const bool other_edition = !edition && !ea.empty() && !eb.empty();
  if (m.score >= kSameEventScore && content && !other_place && !other_signings && !other_edition &&
      (both_days || one_off))
    m.decision = ResolutionDecision::Same;
  else if (m.score >= kPossibleSameEventScore && distinctive)
    m.decision = ResolutionDecision::Ask;
  return m;
}

EventResolution resolve_event(const Event& report, const RecordLookup& report_lookup, const Dataset& d,
                              const EventCandidateIndex& index, const std::string& skip_id) {
  EventResolution out;
  const RecordLookup ours{&d, nullptr, nullptr};
  const std::vector<size_t> found =
      index.find(day_span(report.date, report.end_date), std::max(date_window_days(report.date), 7),
                 event_partner_ids(report, d.home_country));
  for (size_t i : found) {
    const Event& e = d.events[i];
    if (e.id == skip_id || e.id == report.id) continue;
    EventMatch m = score_event_pair(report, report_lookup, e, ours, d.home_country);
    if (m.score <= -100) continue;
    m.event_index = i;
    out.candidates.push_back(std::move(m));
  }
  std::stable_sort(out.candidates.begin(), out.candidates.end(),
                   [](const EventMatch& a, const EventMatch& b) { return a.score > b.score; });
  if (!out.candidates.empty()) out.decision = out.candidates.front().decision;
  return out;
}

}  // namespace accord
