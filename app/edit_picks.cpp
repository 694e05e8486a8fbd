#include "edit_picks.h"

#include "app_state.h"
#include "text_fold.h"

namespace atlas {
namespace {

template <typename T>
const T* find_in(const std::vector<T>& records, const std::string& id) {
  for (const T& r : records)
    if (r.id == id) return &r;
  return nullptr;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += " " + w;
  return out;
}

// Adds `item` when `searched` (its names, folded) holds what was typed.
struct Matcher {
  std::string typed;  // folded
  size_t max;
  std::vector<PickItem> found;
  bool full() const { return found.size() >= max; }
  void offer(const std::string& searched, PickItem item) {
    if (!full() && pick_matches(typed, searched)) found.push_back(std::move(item));
  }
};

std::string country_name(const accord::Dataset& d, const std::string& id) {
  const accord::Country* c = d.find_country(id);
  return c ? c->name : id;
}

void search_people(const AppState& state, const EditDraft& draft, Matcher& m) {
  const accord::Dataset& d = state.dataset();
  auto offer = [&](const accord::Person& p) {
    m.offer(p.name + " " + p.native_name + joined(p.aliases) + " " + p.id,
            {p.id, p.native_name.empty() ? p.name : p.native_name, country_name(d, p.country)});
  };
  for (const accord::Person& p : draft.new_people) offer(p);
  for (size_t i = 0; i < d.people.size() && !m.full(); ++i) offer(d.people[i]);
}

void search_organizations(const AppState& state, const EditDraft& draft, Matcher& m) {
  const accord::Dataset& d = state.dataset();
  auto offer = [&](const accord::Organization& o) {
    m.offer(o.name + joined(o.aliases) + " " + o.id, {o.id, o.name, o.country.empty() ? o.kind : o.country});
  };
  for (const accord::Organization& o : draft.new_organizations) offer(o);
  for (size_t i = 0; i < d.organizations.size() && !m.full(); ++i) offer(d.organizations[i]);
}

void search_agreements(const AppState& state, const EditDraft& draft, Matcher& m) {
  const accord::Dataset& d = state.dataset();
  auto offer = [&](const accord::Agreement& a) {
    m.offer(a.title + " " + a.id, {a.id, a.title, accord::to_string(a.kind)});
  };
  for (const accord::Agreement& a : draft.new_agreements) offer(a);
  for (size_t i = 0; i < d.agreements.size() && !m.full(); ++i) offer(d.agreements[i]);
}

void search_sources(const AppState& state, const EditDraft& draft, Matcher& m) {
  const accord::Dataset& d = state.dataset();
  auto offer = [&](const accord::Source& s) {
    m.offer(s.title + " " + s.publisher + " " + s.url + " " + s.id, {s.id, s.title, s.publisher});
  };
  for (const accord::Source& s : draft.new_sources) offer(s);
  for (size_t i = 0; i < d.sources.size() && !m.full(); ++i) offer(d.sources[i]);
}

void search_countries(const AppState& state, Matcher& m) {
  for (const accord::Country& c : state.dataset().countries)
    m.offer(c.name + joined(c.aliases) + joined(c.demonyms) + " " + c.id, {c.id, c.name, c.id});
}

void search_mechanisms(const AppState& state, Matcher& m) {
  for (const accord::Mechanism& x : state.dataset().mechanisms)
    m.offer(x.name + " " + x.full_name + joined(x.aliases) + " " + x.id, {x.id, x.name, x.full_name});
}

// Events through the index's word search: a million titles are not
// folded on every keystroke.
void search_events(const AppState& state, Matcher& m, const std::string& typed) {
  const accord::Dataset& d = state.dataset();
  accord::EventFilter f;
  f.text = typed;
  const accord::QueryResult r = state.index().query(f);
  for (auto it = r.events.rbegin(); it != r.events.rend() && !m.full(); ++it) {
    const accord::Event& e = d.events[*it];
    m.found.push_back({e.id, e.title, e.date.iso()});
  }
}

}  // namespace

std::string pick_label(const AppState& state, const EditDraft& draft, PickKind kind, const std::string& id) {
  const accord::Dataset& d = state.dataset();
  switch (kind) {
    case PickKind::Person: {
      const accord::Person* p = state.find_person(id);
      if (!p) p = find_in(draft.new_people, id);
      return p ? (p->native_name.empty() ? p->name : p->native_name) : id;
    }
    case PickKind::Organization: {
      const accord::Organization* o = d.find_organization(id);
      if (!o) o = find_in(draft.new_organizations, id);
      return o ? o->name : id;
    }
    case PickKind::Agreement: {
      const accord::Agreement* a = state.find_agreement(id);
      if (!a) a = find_in(draft.new_agreements, id);
      return a ? a->title : id;
    }
    case PickKind::Source: {
      const accord::Source* s = state.find_source(id);
      if (!s) s = find_in(draft.new_sources, id);
      return s ? s->title : id;
    }
    case PickKind::Country:
      return country_name(d, id);
    case PickKind::Mechanism: {
      const accord::Mechanism* m = d.find_mechanism(id);
      return m ? m->name : id;
    }
    case PickKind::Event: {
      const accord::Event* e = state.find_event(id);
      return e ? e->title + " (" + e->date.iso() + ")" : id;
    }
  }
  return id;
}

PickOptions pick_options(AppState& state, EditDraft& draft, PickKind kind, bool allow_none) {
  PickOptions o;
  o.allow_none = allow_none;
  o.search = [&state, &draft, kind](const std::string& typed, size_t max) {
    Matcher m{accord::fold(typed), max, {}};
    switch (kind) {
      case PickKind::Person:
        search_people(state, draft, m);
        break;
      case PickKind::Organization:
        search_organizations(state, draft, m);
        break;
      case PickKind::Agreement:
        search_agreements(state, draft, m);
        break;
      case PickKind::Source:
        search_sources(state, draft, m);
        break;
      case PickKind::Country:
        search_countries(state, m);
        break;
      case PickKind::Mechanism:
        search_mechanisms(state, m);
        break;
      case PickKind::Event:
        search_events(state, m, typed);
        break;
    }
    return m.found;
  };
  const accord::Dataset& d = state.dataset();
  switch (kind) {
    case PickKind::Person:
      o.what = "person";
      o.create = [&d, &draft](const std::string& typed) {
        accord::Person p;
        p.id = fresh_id(d, draft, RecordKind::Person, "p-", typed);
        p.name = typed;
        draft.new_people.push_back(p);
        return p.id;
      };
      break;
    case PickKind::Organization:
      o.what = "organization";
      o.create = [&d, &draft](const std::string& typed) {
        accord::Organization org;
        org.id = fresh_id(d, draft, RecordKind::Organization, "org-", typed);
        org.name = typed;
        draft.new_organizations.push_back(org);
        return org.id;
      };
      break;
    case PickKind::Agreement:
      o.what = "agreement";
      o.create = [&d, &draft](const std::string& typed) {
        accord::Agreement a;
        a.id = fresh_id(d, draft, RecordKind::Agreement, "ag-", typed);
        a.title = typed;
        if (draft.kind == RecordKind::Event) a.parties = draft.event.countries;
        draft.new_agreements.push_back(a);
        return a.id;
      };
      break;
    case PickKind::Source:
      o.what = "source";
      o.create = [&d, &draft](const std::string& typed) {
        accord::Source s;
        s.id = fresh_id(d, draft, RecordKind::Source, "src-", typed);
        s.title = typed;
        draft.new_sources.push_back(s);
        return s.id;
      };
      break;
    case PickKind::Country:
      o.what = "country";
      break;
    case PickKind::Mechanism:
      o.what = "mechanism";
      break;
    case PickKind::Event:
      o.what = "event";
      break;
  }
  return o;
}

bool pick_record(AppState& state, EditDraft& draft, const std::string& name, PickKind kind, std::string& id,
                 bool allow_none) {
  return pick_list(state, name, id, pick_label(state, draft, kind, id), pick_options(state, draft, kind, allow_none));
}

}  // namespace atlas
