#include "cooperation_network.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace accord {

const char* to_string(NodeKind k) {
  switch (k) {
    case NodeKind::Country:
      return "country";
    case NodeKind::Organization:
      return "organization";
    case NodeKind::Person:
      return "person";
    case NodeKind::Agreement:
      return "agreement";
    case NodeKind::Mechanism:
      return "mechanism";
  }
  return "country";
}

const char* to_string(EdgeKind k) {
  switch (k) {
    case EdgeKind::TookPart:
      return "took_part";
    case EdgeKind::Hosted:
      return "hosted";
    case EdgeKind::Signed:
      return "signed";
    case EdgeKind::ActedUnder:
      return "acted_under";
    case EdgeKind::Amends:
      return "amends";
  }
  return "took_part";
}

std::string edge_kind_label(EdgeKind k) {
  switch (k) {
    case EdgeKind::TookPart:
      return "took part in";
    case EdgeKind::Hosted:
      return "hosted";
    case EdgeKind::Signed:
      return "signed";
    case EdgeKind::ActedUnder:
      return "acted under";
    case EdgeKind::Amends:
      return "amends";
  }
  return "";
}

std::string sort_key_iso(int key) {
  if (key <= 0) return "";
  const int year = key / 10000, month = key / 100 % 100, day = key % 100;
  const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  std::string out = std::to_string(year);
  if (month) out += "-" + two(month);
  if (month && day) out += "-" + two(day);
  return out;
}

// --- the evidence -----------------------------------------------------------------

struct NetworkBuild::Work {
  const Dataset* d = nullptr;
  std::optional<std::vector<size_t>> only;  // the events to read; none: all
  size_t next = 0;
  size_t events() const { return only ? only->size() : d->events.size(); }
  const Event& event(size_t i) const { return d->events[only ? (*only)[i] : i]; }
  bool agreements_done = false;
  size_t sorted = 0;  // links whose days are in order
  NetworkEvidence out;
  // Ids to nodes per kind; keys point into the dataset, which does not change.
  std::unordered_map<std::string_view, uint32_t> node_of[5];
  std::unordered_map<uint64_t, uint32_t> link_of;  // (low node, high node, kind) -> link

  uint32_t node(NodeKind kind, std::string_view id) {
    auto& map = node_of[size_t(kind)];
    const auto [it, added] = map.emplace(id, uint32_t(out.nodes.size()));
    if (added) out.nodes.push_back({kind, std::string(id)});
    return it->second;
  }

  void link(uint32_t a, uint32_t b, EdgeKind kind, int day) {
    if (a == b) return;
    if (a > b) std::swap(a, b);
    const uint64_t key = (uint64_t(a) << 35) | (uint64_t(b) << 3) | uint64_t(kind);
    const auto [it, added] = link_of.emplace(key, uint32_t(out.links.size()));
    if (added) out.links.push_back({a, b, kind, {}});
    out.links[it->second].days.push_back(day);
    if (day > 0) {
      const int year = Date::year_of_sort_key(day);
      out.first_year = out.first_year ? std::min(out.first_year, year) : year;
      out.last_year = std::max(out.last_year, year);
    }
  }

  void add_event(const Event& e) {
    if (e.status == "planned") return;
    const int day = e.date.sort_key();
    uint32_t partners[32], countries[32];
    size_t np = 0, nc = 0;
    for (const std::string& c : e.countries) {
      if (nc == 32) break;
      const uint32_t n = node(NodeKind::Country, c);
      if (std::find(countries, countries + nc, n) != countries + nc) continue;
      countries[nc++] = n;
      if (c != d->home_country) partners[np++] = n;
    }
    for (const Participation& p : e.participants) {
      const uint32_t person = node(NodeKind::Person, p.person);
      for (size_t k = 0; k < np; ++k) link(person, partners[k], EdgeKind::TookPart, day);
    }
    for (const std::string& o : e.organizations) {
      const uint32_t org = node(NodeKind::Organization, o);
      for (size_t k = 0; k < np; ++k) link(org, partners[k], EdgeKind::TookPart, day);
    }
    if (!e.location.country.empty()) {
      const uint32_t host = node(NodeKind::Country, e.location.country);
      for (size_t k = 0; k < nc; ++k) link(host, countries[k], EdgeKind::Hosted, day);
    }
    for (const AgreementAct& act : e.agreements) {
      const uint32_t a = node(NodeKind::Agreement, act.agreement);
      const EdgeKind kind = act.action == AgreementAction::Signed ? EdgeKind::Signed : EdgeKind::ActedUnder;
      for (size_t k = 0; k < nc; ++k) link(a, countries[k], kind, day);
      if (kind == EdgeKind::Signed)
        for (const Participation& p : e.participants)
          if (p.part == "signatory") link(a, node(NodeKind::Person, p.person), EdgeKind::Signed, day);
    }
    for (const std::string& m : e.mechanisms) {
      const uint32_t mech = node(NodeKind::Mechanism, m);
      for (size_t k = 0; k < nc; ++k) link(mech, countries[k], EdgeKind::ActedUnder, day);
    }
  }

  // Steps an event took are counted with the event; the rest here.
  size_t next_agreement = 0;
  void add_agreements(size_t count) {
    const size_t end = std::min(d->agreements.size(), next_agreement + count);
    for (; next_agreement < end; ++next_agreement) {
      const Agreement& a = d->agreements[next_agreement];
      const uint32_t self = node(NodeKind::Agreement, a.id);
      int signed_day = 0;
      for (const AgreementStatus& s : a.history) {
        const int day = s.date ? s.date->sort_key() : 0;
        if (s.action == AgreementAction::Signed && !signed_day) signed_day = day;
        if (!s.event.empty()) continue;
        const EdgeKind kind = s.action == AgreementAction::Signed ? EdgeKind::Signed : EdgeKind::ActedUnder;
        for (const std::string& party : a.parties) link(self, node(NodeKind::Country, party), kind, day);
      }
      if (!a.amends.empty()) link(self, node(NodeKind::Agreement, a.amends), EdgeKind::Amends, signed_day);
    }
  }
};

NetworkBuild::NetworkBuild(const Dataset& d) : w_(std::make_unique<Work>()) { w_->d = &d; }
NetworkBuild::NetworkBuild(const Dataset& d, std::vector<size_t> events) : w_(std::make_unique<Work>()) {
  w_->d = &d;
  events.erase(std::remove_if(events.begin(), events.end(), [&](size_t i) { return i >= d.events.size(); }),
               events.end());
  w_->only = std::move(events);
  w_->agreements_done = true;
}
NetworkBuild::~NetworkBuild() = default;

bool NetworkBuild::step(size_t max_events) {
  Work& w = *w_;
  const size_t n = w.events();
  const size_t slice = std::max<size_t>(max_events, 1);
  if (w.next < n) {
    const size_t end = std::min(n, w.next + slice);
    for (; w.next < end; ++w.next) w.add_event(w.event(w.next));
    return false;
  }
  if (!w.agreements_done) {
    w.add_agreements(slice);
    w.agreements_done = w.next_agreement >= w.d->agreements.size();
    return false;
  }
  // Each link's days in order, a few links per step: a million events' days
  // sorted at once would block a frame for a quarter of a second.
  size_t sorted_days = 0;
  while (w.sorted < w.out.links.size() && sorted_days < slice * 8) {
    std::vector<int>& days = w.out.links[w.sorted++].days;
    std::sort(days.begin(), days.end());
    sorted_days += days.size();
  }
  return w.sorted >= w.out.links.size();
}

double NetworkBuild::progress() const {
  const Work& w = *w_;
  const size_t n = w.events(), links = w.out.links.size();
  if (w.next < n || !w.agreements_done) return n ? 0.9 * double(w.next) / double(n) : 0.9;
  return links ? 0.9 + 0.1 * double(w.sorted) / double(links) : 1.0;
}

NetworkEvidence NetworkBuild::take() {
  while (!step(w_->events())) {
  }
  return std::move(w_->out);
}

NetworkEvidence network_evidence(const Dataset& d) { return NetworkBuild(d).take(); }
NetworkEvidence network_evidence(const Dataset& d, std::vector<size_t> events) {
  return NetworkBuild(d, std::move(events)).take();
}

// --- a network as of a date ------------------------------------------------------

namespace {

std::string node_label(const Dataset& d, const NetworkEvidence::Node& n) {
  switch (n.kind) {
    case NodeKind::Country:
      if (const Country* c = d.find_country(n.id)) return c->name;
      break;
    case NodeKind::Organization:
      if (const Organization* o = d.find_organization(n.id)) return o->name;
      break;
    case NodeKind::Person:
      if (const Person* p = d.find_person(n.id)) return p->name;
      break;
    case NodeKind::Agreement:
      if (const Agreement* a = d.find_agreement(n.id)) return a->title;
      break;
    case NodeKind::Mechanism:
      if (const Mechanism* m = d.find_mechanism(n.id)) return m->name;
      break;
  }
  return n.id;
}

}  // namespace

CooperationNetwork cooperation_network(const Dataset& d, const NetworkEvidence& ev, const NetworkOptions& o) {
  const int cutoff = o.as_of ? o.as_of->sort_key_end() : 0;
  // Each link's evidence up to the cutoff (undated evidence, key 0, counts at any date).
  std::vector<NetworkEdge> edges;
  std::vector<double> weight(ev.nodes.size(), 0.0);
  for (const NetworkEvidence::Link& l : ev.links) {
    const size_t count =
        o.as_of ? size_t(std::upper_bound(l.days.begin(), l.days.end(), cutoff) - l.days.begin()) : l.days.size();
    if (count == 0) continue;
    NetworkEdge e{l.a, l.b, l.kind, count, 0, 0};
    const auto dated = std::upper_bound(l.days.begin(), l.days.begin() + long(count), 0);
    if (dated != l.days.begin() + long(count)) {
      e.first = *dated;
      e.last = l.days[count - 1];
    }
    weight[l.a] += double(count);
    weight[l.b] += double(count);
    edges.push_back(e);
  }
  // The heaviest nodes, ties by kind and id so the cut is the same every time.
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < ev.nodes.size(); ++v)
    if (weight[v] > 0) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (weight[a] != weight[b]) return weight[a] > weight[b];
    if (ev.nodes[a].kind != ev.nodes[b].kind) return ev.nodes[a].kind < ev.nodes[b].kind;
    return ev.nodes[a].id < ev.nodes[b].id;
  });
  CooperationNetwork out;
  out.nodes_before_cap = order.size();
  if (order.size() > o.max_nodes) order.resize(o.max_nodes);
  std::vector<int64_t> kept(ev.nodes.size(), -1);
  for (uint32_t v : order) {
    kept[v] = int64_t(out.nodes.size());
    out.nodes.push_back({ev.nodes[v].kind, ev.nodes[v].id, node_label(d, ev.nodes[v]), weight[v]});
  }
  for (NetworkEdge& e : edges) {
    if (kept[e.a] < 0 || kept[e.b] < 0) continue;
    e.a = uint32_t(kept[e.a]);
    e.b = uint32_t(kept[e.b]);
    out.edges.push_back(e);
  }
  return out;
}

Graph CooperationNetwork::graph() const {
  Graph g;
  g.nodes = nodes.size();
  std::unordered_map<uint64_t, size_t> pair_of;
  for (const NetworkEdge& e : edges) {
    const uint64_t key = (uint64_t(std::min(e.a, e.b)) << 32) | std::max(e.a, e.b);
    const auto [it, added] = pair_of.emplace(key, g.edges.size());
    if (added) g.edges.push_back({e.a, e.b, 0.0});
    g.edges[it->second].weight += double(e.count);
  }
  return g;
}

std::vector<RankedNode> rank_nodes(const CooperationNetwork& n, const std::vector<double>& values) {
  std::vector<RankedNode> out;
  for (uint32_t v = 0; v < n.nodes.size() && v < values.size(); ++v) out.push_back({v, values[v]});
  // Nodes are heaviest first already: a stable sort keeps that among equals.
  std::stable_sort(out.begin(), out.end(), [](const RankedNode& a, const RankedNode& b) { return a.value > b.value; });
  return out;
}

}  // namespace accord
