// The actor-agreement-mechanism network as GEXF 1.3 (Gephi; dynamic, dated
// edges) and GraphML (yEd, NetworkX, igraph).
//
// Nodes: countries, organizations, people, agreements and mechanisms (ids
// prefixed by kind: "country:LAO", "agreement:ag-base"). Directed edges:
//   took_part_in  country, organization or person -> mechanism or
//                 agreement, from the events that name both
//   signed        country, organization or person -> agreement, from
//                 events that sign it (and an agreement's parties)
//   amends        agreement -> the agreement it amends
//   member_of     person -> organization (roles), organization -> parent
//                 organization, organization -> country
// Each edge has a weight (the events behind it, at least 1) and the first
// and last day it is seen ("YYYY-MM-DD"; a month-only date spans its
// month). Edges with no date (an organization's country) have none.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

struct GraphFileNode {
  std::string id;  // "country:LAO"
  std::string kind;
  std::string label;
};
struct GraphFileEdge {
  std::string source;
  std::string target;
  std::string relation;
  int weight = 0;
  std::string first;  // "" when undated
  std::string last;
};
struct GraphFile {
  std::vector<GraphFileNode> nodes;
  std::vector<GraphFileEdge> edges;
};

// An agreement act's relation: "signed" or "took_part_in".
struct GraphFileActMapping {
  AgreementAction action;
  const char* relation;
  const char* reason;
};
const std::vector<GraphFileActMapping>& network_act_mappings();

// The network of these events (and every agreement, person and
// organization of the dataset, so undated ties appear too).
GraphFile build_network(const Dataset& d, const std::vector<size_t>& event_indexes);
std::string network_to_gexf(const GraphFile& n, const std::string& title);
std::string network_to_graphml(const GraphFile& n, const std::string& title);

// Text made safe for XML 1.0 content and attribute values: & < > " '
// escaped, control characters XML forbids dropped.
std::string xml_escaped(const std::string& text);

}  // namespace accord
