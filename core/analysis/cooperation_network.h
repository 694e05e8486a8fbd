// The cooperation network: who works with whom, from the events and the
// agreements. Nodes are countries, organizations, people, agreements and
// mechanisms; an edge says how two of them met, with how many times and
// the first and last date:
//   took part in  a person or organization and a partner country of an
//                 event they took part in
//   hosted        the event's host country and each other country there
//   signed        an agreement and the countries (and signatory people) of
//                 an event that signed it, or the parties of a signing in
//                 its own history
//   acted under   a mechanism, or an agreement acted on other than by
//                 signing (amended, reviewed, implemented), and the
//                 countries of the event
//   amends        an agreement and the one it amends
// Planned events make no edges. The evidence (each edge's dates) is
// gathered once per dataset in slices (NetworkBuild), so a million events
// never block a frame; a network as of any date, cut to the heaviest
// nodes, is then a pass over the edges.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "centrality.h"
#include "model.h"

namespace accord {

enum class NodeKind { Country, Organization, Person, Agreement, Mechanism };
enum class EdgeKind { TookPart, Hosted, Signed, ActedUnder, Amends };
const char* to_string(NodeKind k);        // "country", "organization", ...
const char* to_string(EdgeKind k);        // "took_part", "hosted", "signed", "acted_under", "amends"
std::string edge_kind_label(EdgeKind k);  // "took part in", ...

// Every edge with the day of each event or step behind it.
struct NetworkEvidence {
  struct Node {
    NodeKind kind = NodeKind::Country;
    std::string id;
  };
  struct Link {
    uint32_t a = 0, b = 0;  // into nodes
    EdgeKind kind = EdgeKind::TookPart;
    std::vector<int> days;  // Date::sort_key of each, ascending; 0: undated (counted at any date)
  };
  std::vector<Node> nodes;
  std::vector<Link> links;
  int first_year = 0, last_year = 0;  // of the dated evidence; 0 when none
};

// Gathers the evidence a slice at a time: step() until true, then take().
// The dataset must not change meanwhile.
class NetworkBuild {
 public:
  explicit NetworkBuild(const Dataset& d);
  // Only these events (indexes into d.events: a filtered timeline); the
  // agreements' own histories, which belong to no event, are left out.
  NetworkBuild(const Dataset& d, std::vector<size_t> events);
  ~NetworkBuild();
  NetworkBuild(const NetworkBuild&) = delete;
  NetworkBuild& operator=(const NetworkBuild&) = delete;
  bool step(size_t max_events);  // true when all is done
  double progress() const;       // 0..1
  NetworkEvidence take();        // runs what step() left

 private:
  struct Work;
  std::unique_ptr<Work> w_;
};

NetworkEvidence network_evidence(const Dataset& d);  // every step at once
NetworkEvidence network_evidence(const Dataset& d, std::vector<size_t> events);

struct NetworkOptions {
  std::optional<Date> as_of;  // only what happened by then (its last day); none: everything
  size_t max_nodes = 300;     // the heaviest nodes kept, so layout and betweenness stay interactive
};

struct NetworkNode {
  NodeKind kind = NodeKind::Country;
  std::string id;
  std::string label;  // the record's name or title (the id when it is not in the dataset)
  double weight = 0;  // the counts of its edges, summed (before the cap)
};

struct NetworkEdge {
  uint32_t a = 0, b = 0;  // into CooperationNetwork::nodes
  EdgeKind kind = EdgeKind::TookPart;
  size_t count = 0;
  int first = 0, last = 0;  // Date::sort_key; 0 when undated
};

struct CooperationNetwork {
  std::vector<NetworkNode> nodes;  // heaviest first, then by kind and id
  std::vector<NetworkEdge> edges;  // each pair and kind once
  size_t nodes_before_cap = 0;     // nodes with an edge as of the date, before the cap
  // The graph for centrality and layout: one edge per pair of nodes (the
  // kinds merged), weighted by the counts.
  Graph graph() const;
};

CooperationNetwork cooperation_network(const Dataset& d, const NetworkEvidence& evidence, const NetworkOptions& o);

// A centrality measure over a network: nodes ranked by it.
struct RankedNode {
  uint32_t node = 0;  // into CooperationNetwork::nodes
  double value = 0;
};
std::vector<RankedNode> rank_nodes(const CooperationNetwork& n, const std::vector<double>& values);

// "2024-05-20" from a sort key (year, month or day precision); "" for 0.
std::string sort_key_iso(int key);

}  // namespace accord
