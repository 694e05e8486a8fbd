// The cooperation network from a hand-made dataset: which edges each event
// and agreement makes, with counts and dates, the as-of cut and the cap,
// and sliced evidence equal to one pass.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cooperation_network.h"
#include "synth.h"

using namespace accord;

namespace {

Event event(const std::string& id, const std::string& date, std::vector<std::string> countries,
            const std::string& host) {
  Event e;
  e.id = id;
  e.date = *Date::parse(date);
  e.countries = std::move(countries);
  e.location.country = host;
  return e;
}

Dataset world() {
  Dataset d;
  d.home_country = "VNM";
  d.countries = {{"VNM", "Vietnam", 704, {}, {}}, {"LAO", "Laos", 418, {}, {}}, {"KHM", "Cambodia", 116, {}, {}}};
  d.people = {{"p-a", "Anh", "", {}, "VNM", {}}, {"p-b", "Bounmy", "", {}, "LAO", {}}};
  d.mechanisms = {{"m-1", "AMMTC", "", "multilateral", {}}};
  Agreement base;
  base.id = "ag-1";
  base.title = "MoU on drugs";
  base.parties = {"VNM", "LAO"};
  base.history = {{AgreementAction::Signed, Date::parse("2020-05"), "", ""}};
  Agreement protocol;
  protocol.id = "ag-2";
  protocol.title = "Protocol";
  protocol.parties = {"VNM", "LAO"};
  protocol.amends = "ag-1";
  protocol.history = {{AgreementAction::Signed, Date::parse("2024-03-01"), "ev-2", ""}};
  d.agreements = {base, protocol};

  Event e1 = event("ev-1", "2023-06-01", {"VNM", "LAO"}, "LAO");
  e1.participants = {{"p-a", "", "guest"}, {"p-b", "", "host"}};
  e1.mechanisms = {"m-1"};
  Event e2 = event("ev-2", "2024-03-01", {"VNM", "LAO"}, "VNM");
  e2.participants = {{"p-a", "", "signatory"}};
  e2.agreements = {{"ag-2", AgreementAction::Signed}, {"ag-1", AgreementAction::Amended}};
  Event e3 = event("ev-3", "2025-01-10", {"VNM", "KHM"}, "KHM");
  e3.participants = {{"p-a", "", "guest"}};
  Event planned = event("ev-4", "2026", {"VNM", "KHM"}, "KHM");
  planned.status = "planned";
  planned.participants = {{"p-b", "", "guest"}};
  d.events = {e1, e2, e3, planned};
  return d;
}

const NetworkEdge* find_edge(const CooperationNetwork& n, const std::string& a, const std::string& b, EdgeKind kind) {
  for (const NetworkEdge& e : n.edges) {
    const std::string &x = n.nodes[e.a].id, &y = n.nodes[e.b].id;
    if (e.kind == kind && ((x == a && y == b) || (x == b && y == a))) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the network's edges, with counts and dates", "[network]") {
  const Dataset d = world();
  const NetworkEvidence ev = network_evidence(d);
  const CooperationNetwork n = cooperation_network(d, ev, {});
  const NetworkEdge* took = find_edge(n, "p-a", "LAO", EdgeKind::TookPart);
  REQUIRE(took);
  CHECK(took->count == 2);
  CHECK(sort_key_iso(took->first) == "2023-06-01");
  CHECK(sort_key_iso(took->last) == "2024-03-01");
  CHECK(find_edge(n, "p-a", "KHM", EdgeKind::TookPart)->count == 1);
  CHECK_FALSE(find_edge(n, "p-a", "VNM", EdgeKind::TookPart));      // partners only
  CHECK_FALSE(find_edge(n, "p-b", "KHM", EdgeKind::TookPart));      // the planned event
  CHECK(find_edge(n, "LAO", "VNM", EdgeKind::Hosted)->count == 2);  // LAO hosted ev-1, VNM ev-2
  CHECK(find_edge(n, "ag-2", "VNM", EdgeKind::Signed)->count == 1);
  CHECK(find_edge(n, "ag-2", "p-a", EdgeKind::Signed));
  CHECK(find_edge(n, "ag-1", "LAO", EdgeKind::ActedUnder));                    // amended at ev-2
  const NetworkEdge* history = find_edge(n, "ag-1", "LAO", EdgeKind::Signed);  // its own history
  REQUIRE(history);
  CHECK(sort_key_iso(history->first) == "2020-05");
  CHECK(find_edge(n, "ag-2", "ag-1", EdgeKind::Amends));
  CHECK(find_edge(n, "m-1", "LAO", EdgeKind::ActedUnder));
  // Names, and the heaviest node first: Laos with 9 pieces of evidence
  // (p-a twice, p-b, hosted twice, ag-2 signed, ag-1 amended and signed,
  // AMMTC), then Vietnam with 7 (no took-part edges: it is home).
  CHECK(n.nodes[0].id == "LAO");
  CHECK(n.nodes[0].label == "Laos");
  CHECK(n.nodes[0].weight == 9);
  CHECK(n.nodes[1].id == "VNM");
  CHECK(n.nodes[1].weight == 7);
}

TEST_CASE("as of a date: only what happened by then", "[network]") {
  const Dataset d = world();
  const NetworkEvidence ev = network_evidence(d);
  CHECK(ev.first_year == 2020);
  CHECK(ev.last_year == 2025);
  NetworkOptions o;
  o.as_of = Date::parse("2023");
  const CooperationNetwork n = cooperation_network(d, ev, o);
  CHECK(find_edge(n, "p-a", "LAO", EdgeKind::TookPart)->count == 1);
  CHECK_FALSE(find_edge(n, "p-a", "KHM", EdgeKind::TookPart));
  CHECK_FALSE(find_edge(n, "ag-2", "VNM", EdgeKind::Signed));
  CHECK(std::none_of(n.nodes.begin(), n.nodes.end(), [](const NetworkNode& x) { return x.id == "KHM"; }));
  o.as_of = Date::parse("2024-02-29");  // the day before the signing
  CHECK_FALSE(find_edge(cooperation_network(d, ev, o), "ag-2", "VNM", EdgeKind::Signed));
  o.as_of = Date::parse("2024-03");  // its month's last day is after it
  CHECK(find_edge(cooperation_network(d, ev, o), "ag-2", "VNM", EdgeKind::Signed));
}

TEST_CASE("the cap keeps the heaviest nodes and the edges among them", "[network]") {
  const Dataset d = synthesize(2000, 5);
  const NetworkEvidence ev = network_evidence(d);
  NetworkOptions o;
  o.max_nodes = 40;
  const CooperationNetwork n = cooperation_network(d, ev, o);
  CHECK(n.nodes.size() == 40);
  CHECK(n.nodes_before_cap > 40);
  for (size_t k = 1; k < n.nodes.size(); ++k) CHECK(n.nodes[k - 1].weight >= n.nodes[k].weight);
  for (const NetworkEdge& e : n.edges) {
    CHECK(e.a < 40);
    CHECK(e.b < 40);
  }
  // The graph merges kinds: one edge per pair.
  const Graph g = n.graph();
  CHECK(g.edges.size() <= n.edges.size());
}

TEST_CASE("evidence gathered in slices equals one pass", "[network]") {
  const Dataset d = synthesize(1500, 9);
  const NetworkEvidence whole = network_evidence(d);
  NetworkBuild build(d);
  while (!build.step(37)) CHECK(build.progress() < 1.0);
  const NetworkEvidence sliced = build.take();
  REQUIRE(sliced.links.size() == whole.links.size());
  for (size_t k = 0; k < whole.links.size(); ++k) {
    CHECK(sliced.links[k].days == whole.links[k].days);
    CHECK(sliced.links[k].a == whole.links[k].a);
  }
}

TEST_CASE("the network of some events: theirs alone, without the agreements' own histories", "[network]") {
  const Dataset d = world();
  // Cambodia's event alone (a filtered timeline).
  const CooperationNetwork khm = cooperation_network(d, network_evidence(d, {2}), {});
  CHECK(find_edge(khm, "p-a", "KHM", EdgeKind::TookPart));
  CHECK(find_edge(khm, "KHM", "VNM", EdgeKind::Hosted));
  CHECK_FALSE(find_edge(khm, "p-a", "LAO", EdgeKind::TookPart));
  CHECK_FALSE(find_edge(khm, "ag-1", "LAO", EdgeKind::Signed));  // a history, not an event of the filter
  CHECK_FALSE(find_edge(khm, "ag-2", "ag-1", EdgeKind::Amends));
  for (const NetworkNode& node : khm.nodes) CHECK(node.id != "LAO");
  // Every event given: the events' edges, as from the whole dataset.
  const CooperationNetwork all = cooperation_network(d, network_evidence(d, {0, 1, 2, 3}), {});
  CHECK(find_edge(all, "p-a", "LAO", EdgeKind::TookPart)->count == 2);
  CHECK(find_edge(all, "ag-2", "VNM", EdgeKind::Signed));
  // Indexes past the events are dropped, not read.
  CHECK(network_evidence(d, {99}).links.empty());
  // In slices, with its progress rising to the end.
  NetworkBuild build(d, {0, 1, 2});
  double last = -1;
  while (!build.step(1)) {
    CHECK(build.progress() >= last);
    last = build.progress();
  }
  CHECK(build.take().links.size() == network_evidence(d, {0, 1, 2}).links.size());
}
