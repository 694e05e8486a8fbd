// events, agreements and people: the listings.
#include "commands.h"
#include "export.h"
#include "model.h"
#include "query.h"
#include "table.h"
#include "text_fold.h"

namespace accord::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::vector<std::string> country_names(const Dataset& d, const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const Country* c = d.find_country(id);
    names.push_back(c ? c->name : id);
  }
  return names;
}

// Parses the filter options; returns false after reporting a bad value.
bool read_filter(const Dataset& d, const Args& args, EventFilter& f, std::ostream& err) {
  for (const std::string& p : args.all("--partner")) {
    if (!find_country_by_name(d, p)) {
      err << "accord: --partner \"" << p << "\" is not a country in the dataset\n";
      return false;
    }
    f.partners.push_back(p);
  }
  for (const std::string& t : args.all("--topic")) {
    if (!is_topic(t)) {
      err << "accord: --topic \"" << t << "\" is not in the topic vocabulary:";
      for (const std::string& v : topic_vocabulary()) err << " " << v;
      err << "\n";
      return false;
    }
    f.topics.push_back(t);
  }
  for (const std::string& t : args.all("--type")) {
    const auto type = event_type_from_string(t);
    if (!type) {
      err << "accord: --type \"" << t << "\" is not an event type:";
      for (EventType v : all_event_types()) err << " " << to_string(v);
      err << "\n";
      return false;
    }
    f.types.push_back(*type);
  }
  for (const char* option : {"--from", "--to"}) {
    if (!args.has(option)) continue;
    const auto date = Date::parse(args.get(option));
    if (!date) {
      err << "accord: " << option << " \"" << args.get(option) << "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n";
      return false;
    }
    (std::string(option) == "--from" ? f.from : f.to) = date;
  }
  f.text = args.get("--text");
  return true;
}

bool format_ok(const std::string& format, std::ostream& err) {
  if (format == "table" || format == "json" || format == "csv") return true;
  err << "accord: --format takes table, json or csv, not \"" << format << "\"\n";
  return false;
}

}  // namespace

int cmd_events(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err) {
  EventFilter f;
  const std::string format = args.get("--format", "table");
  if (!read_filter(d, args, f, err) || !format_ok(format, err)) return 2;
  const std::vector<size_t> hits = query_events(d, f);
  if (format == "json") {
    out << events_to_json(d, hits);
  } else if (format == "csv") {
    out << events_to_csv(d, hits);
  } else {
    Table t({"date", "type", "partners", "title", "id"});
    for (size_t i : hits) {
      const Event& e = d.events[i];
      t.add({e.date.iso() + (e.date.inferred() ? " ~" : ""), to_string(e.type),
             joined(country_names(d, event_partners(d, e))), e.title, e.id});
    }
    t.print(out);
    out << hits.size() << (hits.size() == 1 ? " event" : " events") << " (~ marks an inferred date)\n";
  }
  return hits.empty() ? 1 : 0;
}

int cmd_agreements(const Dataset& d, const Args& args, std::ostream& out, std::ostream&) {
  const std::string text = args.get("--text");
  Table t({"kind", "title", "parties", "signed", "status", "id"});
  size_t shown = 0;
  for (const Agreement& a : d.agreements) {
    if (!text.empty() && !folded_contains(a.title, text)) continue;
    std::string signed_on = "", status = a.history.empty() ? "" : to_string(a.history.back().action);
    for (const AgreementStatus& s : a.history)
      if (s.action == AgreementAction::Signed && s.date) signed_on = s.date->iso();
    t.add({to_string(a.kind), a.title, joined(country_names(d, a.parties)), signed_on, status, a.id});
    ++shown;
  }
  t.print(out);
  out << shown << (shown == 1 ? " agreement" : " agreements") << "\n";
  return shown ? 0 : 1;
}

int cmd_people(const Dataset& d, const Args& args, std::ostream& out, std::ostream&) {
  const std::string text = args.get("--text");
  Table t({"name", "native name", "country", "roles", "id"});
  size_t shown = 0;
  for (const Person& p : d.people) {
    bool match = text.empty() || folded_contains(p.name, text) || folded_contains(p.native_name, text);
    for (const std::string& a : p.aliases) match = match || folded_contains(a, text);
    if (!match) continue;
    std::vector<std::string> roles;
    for (const Role& r : p.roles) roles.push_back(r.title);
    const Country* c = d.find_country(p.country);
    t.add({p.name, p.native_name, c ? c->name : p.country, joined(roles, "; "), p.id});
    ++shown;
  }
  t.print(out, 70);
  out << shown << (shown == 1 ? " person" : " people") << "\n";
  return shown ? 0 : 1;
}

}  // namespace accord::cli
