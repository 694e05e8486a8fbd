#include "fact_merge.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace accord {

namespace {

std::string mapped(const std::map<std::string, std::string>& m, const std::string& id) {
  const auto it = m.find(id);
  return it == m.end() ? id : it->second;
}

std::string act_text(const AgreementAct& a) { return a.agreement + "|" + to_string(a.action); }

AgreementAct act_from(const std::string& text) {
  AgreementAct a;
  const size_t bar = text.find('|');
  a.agreement = text.substr(0, bar);
  if (bar != std::string::npos)
    if (auto action = agreement_action_from_string(text.substr(bar + 1))) a.action = *action;
  return a;
}

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool same_figure(const Figure& a, const Figure& b) { return a.quantity == b.quantity && a.unit == b.unit; }

}  // namespace

std::string reported_place_text(const Location& l) {
  if (l.is_virtual) return "virtual";
  return l.city + (l.country.empty() ? "" : "|" + l.country);
}

Location reported_place(const std::string& text) {
  Location l;
  if (text == "virtual") {
    l.is_virtual = true;
    return l;
  }
  const size_t bar = text.find('|');
  l.city = text.substr(0, bar);
  if (bar != std::string::npos) l.country = text.substr(bar + 1);
  return l;
}

std::string reported_figure_text(const Figure& f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", f.quantity);
  return std::string(buf) + (f.unit.empty() ? "" : " " + f.unit) + " " + f.what;
}

Event merge_report(const Event& target, const Event& report, const std::string& source_id, const RecordIdMap& ids) {
  Event e = target;
  if (!contains(e.sources, source_id)) e.sources.push_back(source_id);
  auto said = [&](const char* field, const std::string& value, bool added) {
    e.reported.push_back({field, value, source_id, added});
  };
  auto dispute = [&](const char* field, const std::string& value) { e.disputed.push_back({field, value, source_id}); };

  said("title", report.title, false);
  // The date: a more precise one inside ours replaces it (ours is kept as
  // its first source's value); another date is a disagreement.
  const std::string first_source = target.sources.empty() ? source_id : target.sources.front();
  if (report.date.iso() != e.date.iso()) {
    const bool more_precise = report.date.precision > e.date.precision &&
                              report.date.iso().compare(0, e.date.iso().size(), e.date.iso()) == 0;
    if (more_precise) {
      e.disputed.push_back({"date", e.date.iso(), first_source});
      e.date = report.date;
      said("date", report.date.iso(), true);
    } else {
      said("date", report.date.iso(), false);
      dispute("date", report.date.iso());
    }
  } else {
    said("date", report.date.iso(), false);
  }
  said("type", to_string(report.type), false);
  if (report.type != e.type) dispute("type", to_string(report.type));
  const std::string place = reported_place_text(report.location);
  if (place != "" && place != "|") {
    const bool ours_empty = e.location.city.empty() && !e.location.is_virtual;
    if (ours_empty) {
      const std::string country = e.location.country;
      e.location = report.location;
      if (e.location.country.empty()) e.location.country = country;
      said("place", place, true);
    } else {
      said("place", place, false);
      if (!report.location.city.empty() && report.location.city != e.location.city) dispute("place", place);
    }
  }
  if (e.summary.empty() && !report.summary.empty()) e.summary = report.summary;
  if (!e.end_date && report.end_date) e.end_date = report.end_date;
  for (const std::string& c : report.countries)
    if (!contains(e.countries, c)) {
      e.countries.push_back(c);
      said("country", c, true);
    }

  for (Participation p : report.participants) {
    p.person = mapped(ids.people, p.person);
    const bool have = std::any_of(e.participants.begin(), e.participants.end(),
                                  [&](const Participation& x) { return x.person == p.person; });
    if (!have) e.participants.push_back(p);
    said("participant", p.person, !have);
  }
  for (AgreementAct a : report.agreements) {
    a.agreement = mapped(ids.agreements, a.agreement);
    const bool have = std::any_of(e.agreements.begin(), e.agreements.end(), [&](const AgreementAct& x) {
      return x.agreement == a.agreement && x.action == a.action;
    });
    if (!have) e.agreements.push_back(a);
    said("agreement", act_text(a), !have);
  }
  const auto merge_ids = [&](const char* field, const std::vector<std::string>& theirs,
                             std::vector<std::string>& ours) {
    for (const std::string& x : theirs) {
      const bool have = contains(ours, x);
      if (!have) ours.push_back(x);
      said(field, x, !have);
    }
  };
  merge_ids("organization", report.organizations, e.organizations);
  merge_ids("mechanism", report.mechanisms, e.mechanisms);
  merge_ids("topic", report.topics, e.topics);
  for (Figure f : report.figures) {
    f.source = source_id;
    if (std::any_of(e.figures.begin(), e.figures.end(), [&](const Figure& x) { return same_figure(x, f); })) continue;
    // Another count of the same thing is a disagreement: both are kept.
    for (const Figure& x : e.figures)
      if (x.unit == f.unit && x.what == f.what) {
        dispute("figure", reported_figure_text(f));
        break;
      }
    e.figures.push_back(f);
  }
  return e;
}

bool split_source(const Event& event, const std::string& source_id, const std::string& source_title,
                  const std::string& new_id, SplitResult& out, std::string& why) {
  if (!contains(event.sources, source_id)) {
    why = "event " + event.id + " does not cite source " + source_id;
    return false;
  }
  if (event.sources.size() < 2) {
    why = "source " + source_id + " is the only source of event " + event.id + ": nothing to split";
    return false;
  }
  if (event.sources.front() == source_id) {
    why = "source " + source_id + " is the first source of event " + event.id + ": split the later ones off instead";
    return false;
  }
  Event kept = event;
  Event split;
  split.id = new_id;
  split.title = source_title.empty() ? event.title : source_title;
  split.type = event.type;
  split.date = event.date;
  split.location = event.location;
  split.countries = event.countries;
  split.status = event.status;
  split.sources = {source_id};
  kept.sources.erase(std::remove(kept.sources.begin(), kept.sources.end(), source_id), kept.sources.end());

  // Another source (not this one) said the same: the fact stays.
  auto backed_by_other = [&](const std::string& field, const std::string& value) {
    return std::any_of(event.reported.begin(), event.reported.end(), [&](const ReportedFact& r) {
      return r.source != source_id && r.field == field && r.value == value;
    });
  };
  for (const ReportedFact& r : event.reported) {
    if (r.source != source_id) continue;
    const bool take_back = r.added && !backed_by_other(r.field, r.value);
    if (r.field == "title") {
      split.title = r.value;
    } else if (r.field == "date") {
      if (auto d = Date::parse(r.value)) split.date = *d;
    } else if (r.field == "type") {
      if (auto t = event_type_from_string(r.value)) split.type = *t;
    } else if (r.field == "place") {
      split.location = reported_place(r.value);
      if (take_back) kept.location = Location{"", event.location.country, false};
    } else if (r.field == "country") {
      if (take_back)
        kept.countries.erase(std::remove(kept.countries.begin(), kept.countries.end(), r.value), kept.countries.end());
    } else if (r.field == "participant") {
      for (const Participation& p : event.participants)
        if (p.person == r.value) split.participants.push_back(p);
      if (take_back)
        kept.participants.erase(std::remove_if(kept.participants.begin(), kept.participants.end(),
                                               [&](const Participation& p) { return p.person == r.value; }),
                                kept.participants.end());
    } else if (r.field == "agreement") {
      const AgreementAct a = act_from(r.value);
      split.agreements.push_back(a);
      if (take_back)
        kept.agreements.erase(
            std::remove_if(kept.agreements.begin(), kept.agreements.end(),
                           [&](const AgreementAct& x) { return x.agreement == a.agreement && x.action == a.action; }),
            kept.agreements.end());
    } else {
      std::vector<std::string> Event::*list = r.field == "organization" ? &Event::organizations
                                              : r.field == "mechanism"  ? &Event::mechanisms
                                              : r.field == "topic"      ? &Event::topics
                                                                        : nullptr;
      if (!list) continue;
      (split.*list).push_back(r.value);
      if (take_back) {
        auto& v = kept.*list;
        v.erase(std::remove(v.begin(), v.end(), r.value), v.end());
      }
    }
  }
  // A date, type or place this source made the event's (a more precise
  // date, a value the user picked) goes back to the one it replaced, which
  // the dispute of another source holds; that dispute is moot then.
  for (const char* field : {"date", "type", "place"}) {
    const bool made_it = std::any_of(event.reported.begin(), event.reported.end(), [&](const ReportedFact& r) {
      return r.source == source_id && r.field == field && r.added;
    });
    if (!made_it) continue;
    const auto back = std::find_if(kept.disputed.rbegin(), kept.disputed.rend(),
                                   [&](const Dispute& d) { return d.field == field && d.source != source_id; });
    if (back == kept.disputed.rend()) continue;
    const std::string value = back->value;
    if (std::string(field) == "date") {
      if (auto date = Date::parse(value)) kept.date = *date;
    } else if (std::string(field) == "type") {
      if (auto type = event_type_from_string(value)) kept.type = *type;
    } else {
      Location l = reported_place(value);
      if (l.country.empty()) l.country = kept.location.country;
      kept.location = l;
    }
    kept.disputed.erase(std::next(back).base());
  }
  for (const Figure& f : event.figures)
    if (f.source == source_id) split.figures.push_back(f);
  kept.figures.erase(
      std::remove_if(kept.figures.begin(), kept.figures.end(), [&](const Figure& f) { return f.source == source_id; }),
      kept.figures.end());
  const auto gone = [&](const auto& x) { return x.source == source_id; };
  kept.reported.erase(std::remove_if(kept.reported.begin(), kept.reported.end(), gone), kept.reported.end());
  kept.disputed.erase(std::remove_if(kept.disputed.begin(), kept.disputed.end(), gone), kept.disputed.end());
  // A figure is disputed while another source counts the same thing differently.
  const auto counted_alone = [&](const Dispute& d) {
    if (d.field != "figure") return false;
    const auto mine = std::find_if(kept.figures.begin(), kept.figures.end(), [&](const Figure& f) {
      return f.source == d.source && reported_figure_text(f) == d.value;
    });
    return mine == kept.figures.end() || std::none_of(kept.figures.begin(), kept.figures.end(), [&](const Figure& f) {
             return f.source != d.source && f.unit == mine->unit && f.what == mine->what;
           });
  };
  kept.disputed.erase(std::remove_if(kept.disputed.begin(), kept.disputed.end(), counted_alone), kept.disputed.end());
  if (split.countries.empty()) split.countries = event.countries;
  out.kept = std::move(kept);
  out.split = std::move(split);
  return true;
}

}  // namespace accord
