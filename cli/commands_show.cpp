// show ID: one entity of any kind, with what links to it.
#include "commands.h"
#include "query.h"

namespace accord::cli {

namespace {

std::string country_name(const Dataset& d, const std::string& id) {
  const Country* c = d.find_country(id);
  return c ? c->name : id;
}

std::string date_text(const Date& date) {
  return date.inferred() ? date.iso() + " (inferred from " + to_string(date.basis) + ": " + date.reason + ")"
                         : date.iso();
}

std::string period_text(const std::optional<Date>& from, const std::optional<Date>& to) {
  return (from ? from->iso() : std::string("?")) + " to " + (to ? to->iso() : std::string("…"));
}

void show_event(const Dataset& d, const Event& e, std::ostream& out) {
  out << e.title << "\n"
      << "  id:         " << e.id << "\n"
      << "  type:       " << event_type_label(e.type) << (e.status == "planned" ? " (planned)" : "") << "\n"
      << "  date:       " << date_text(e.date) << (e.end_date ? " to " + e.end_date->iso() : "") << "\n";
  std::string place = e.location.is_virtual ? "virtual" : e.location.city;
  if (!e.location.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
  out << "  place:      " << (place.empty() ? "not stated" : place) << "\n";
  std::string partners;
  for (const std::string& id : event_partners(d, e)) partners += (partners.empty() ? "" : ", ") + country_name(d, id);
  out << "  partners:   " << partners << "\n";
  if (const Event* parent = d.find_event(e.part_of))
    out << "  part of:    " << parent->title << " [" << parent->id << "]\n";
  if (!e.summary.empty()) out << "\n  " << e.summary << "\n";
  if (!e.participants.empty()) out << "\nparticipants\n";
  for (const Participation& p : e.participants) {
    const Person* person = d.find_person(p.person);
    const std::string role = !p.role.empty() ? p.role : person ? role_on(*person, e.date) : "";
    out << "  " << (person ? person->name : p.person) << (role.empty() ? "" : ", " + role)
        << (p.part.empty() ? "" : " (" + p.part + ")") << "\n";
  }
  if (!e.organizations.empty()) out << "\norganizations\n";
  for (const std::string& id : e.organizations) {
    const Organization* g = d.find_organization(id);
    out << "  " << (g ? g->name : id) << "\n";
  }
  if (!e.agreements.empty()) out << "\nagreements\n";
  for (const AgreementAct& act : e.agreements) {
    const Agreement* a = d.find_agreement(act.agreement);
    out << "  " << to_string(act.action) << ": " << (a ? a->title : act.agreement) << " [" << act.agreement << "]\n";
  }
  if (!e.topics.empty()) {
    out << "\ntopics\n  ";
    for (size_t i = 0; i < e.topics.size(); ++i) out << (i ? ", " : "") << topic_label(e.topics[i]);
    out << "\n";
  }
  if (!e.mechanisms.empty()) {
    out << "\nmechanisms\n  ";
    for (size_t i = 0; i < e.mechanisms.size(); ++i) {
      const Mechanism* m = d.find_mechanism(e.mechanisms[i]);
      out << (i ? ", " : "") << (m ? m->name : e.mechanisms[i]);
    }
    out << "\n";
  }
  if (!e.commitments.empty()) out << "\ncommitments\n";
  for (const Commitment& c : e.commitments) out << "  - " << c.text << "\n";
  if (!e.figures.empty()) out << "\nfigures\n";
  for (const Figure& f : e.figures) {
    char quantity[32];
    std::snprintf(quantity, sizeof quantity, "%g", f.quantity);
    out << "  " << quantity << " " << f.unit << ": " << f.what << (f.period.empty() ? "" : " (" + f.period + ")")
        << "\n";
  }
  if (!e.sources.empty()) out << "\nsources\n";
  for (const std::string& id : e.sources) {
    const Source* s = d.find_source(id);
    out << "  " << (s ? s->title : id);
    if (s && !s->publisher.empty()) out << ", " << s->publisher;
    if (s && s->published) out << ", " << s->published->iso();
    if (s && !s->language.empty()) out << " [" << s->language << "]";
    out << " (" << id << ")\n";
  }
  // Sources that disagree: each value with the source that gives it.
  if (!e.disputed.empty()) out << "\nsources disagree\n";
  for (const Dispute& x : e.disputed) {
    const Source* s = d.find_source(x.source);
    out << "  " << x.field << ": " << x.value << " says " << (s ? s->title : x.source) << " (" << x.source << ")\n";
  }
}

void show_agreement(const Dataset& d, const Agreement& a, std::ostream& out) {
  out << a.title << "\n  id:       " << a.id << "\n  kind:     " << to_string(a.kind) << "\n  parties:  ";
  for (size_t i = 0; i < a.parties.size(); ++i) out << (i ? ", " : "") << country_name(d, a.parties[i]);
  out << "\n";
  if (const Agreement* base = d.find_agreement(a.amends))
    out << "  amends:   " << base->title << " [" << base->id << "]\n";
  for (const Agreement& other : d.agreements)
    if (other.amends == a.id) out << "  amended by: " << other.title << " [" << other.id << "]\n";
  if (!a.note.empty()) out << "  note:     " << a.note << "\n";
  if (!a.history.empty()) out << "\nhistory\n";
  for (const AgreementStatus& s : a.history) {
    out << "  " << (s.date ? s.date->iso() : std::string("undated")) << "  " << to_string(s.action);
    if (const Event* e = d.find_event(s.event)) out << "  at " << e->title << " [" << e->id << "]";
    out << "\n";
  }
}

void show_person(const Dataset& d, const Person& p, std::ostream& out) {
  out << p.name << (p.native_name.empty() ? "" : " (" + p.native_name + ")") << "\n  id:      " << p.id
      << "\n  country: " << country_name(d, p.country) << "\n";
  if (!p.aliases.empty()) {
    out << "  aliases: ";
    for (size_t i = 0; i < p.aliases.size(); ++i) out << (i ? ", " : "") << p.aliases[i];
    out << "\n";
  }
  if (!p.roles.empty()) out << "\nroles\n";
  for (const Role& r : p.roles) {
    out << "  " << period_text(r.from, r.to) << "  " << r.title;
    if (!r.rank.empty()) out << " (" << r.rank << ")";
    if (const Organization* g = d.find_organization(r.organization)) out << ", " << g->name;
    out << "\n";
  }
  out << "\nevents\n";
  for (const Event& e : d.events)
    for (const Participation& part : e.participants)
      if (part.person == p.id) out << "  " << e.date.iso() << "  " << e.title << " [" << e.id << "]\n";
}

}  // namespace

int cmd_show(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: show takes one id (accord events, agreements or people list them)\n";
    return 2;
  }
  const std::string& id = args.positionals[0];
  if (const Event* e = d.find_event(id)) {
    show_event(d, *e, out);
  } else if (const Agreement* a = d.find_agreement(id)) {
    show_agreement(d, *a, out);
  } else if (const Person* p = d.find_person(id)) {
    show_person(d, *p, out);
  } else if (const Organization* g = d.find_organization(id)) {
    out << g->name << "\n  id: " << g->id << "\n  kind: " << g->kind << "\n  country: " << country_name(d, g->country)
        << "\n";
  } else if (const Mechanism* m = d.find_mechanism(id)) {
    out << m->name << (m->full_name.empty() ? "" : " (" + m->full_name + ")") << "\n  id: " << m->id
        << "\n  kind: " << m->kind << "\n";
  } else if (const Country* c = d.find_country(id)) {
    out << c->name << "\n  id: " << c->id << "\n";
  } else if (const Source* s = d.find_source(id)) {
    out << s->title << "\n  id: " << s->id << "\n  publisher: " << s->publisher << "\n  language: " << s->language
        << "\n";
  } else {
    err << "accord: no event, agreement, person, organization, mechanism, country or source has id \"" << id << "\"\n";
    return 1;
  }
  return 0;
}

}  // namespace accord::cli
