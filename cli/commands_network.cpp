// network: the cooperation network's nodes ranked by a centrality measure
// (core/analysis/cooperation_network.h, centrality.h).
#include <cstdio>

#include "commands.h"
#include "cooperation_network.h"
#include "table.h"

namespace accord::cli {

namespace {

std::string value_text(double v, Centrality c) {
  char text[32];
  std::snprintf(text, sizeof text, c == Centrality::Eigenvector ? "%.4f" : "%.1f", v);
  return text;
}

// A whole number from 1 to `most`, or 0.
size_t whole_number(const std::string& s, size_t most) {
  size_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || n > most) return 0;
    n = n * 10 + size_t(c - '0');
  }
  return n <= most ? n : 0;
}

}  // namespace

int cmd_network(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err) {
  const auto measure = centrality_from_string(args.get("--measure", "degree"));
  if (!measure) {
    err << "accord: --measure takes degree, weighted, betweenness or eigenvector, not \"" << args.get("--measure")
        << "\"\n";
    return 2;
  }
  const size_t top = whole_number(args.get("--top", "20"), 100000);
  if (!top) {
    err << "accord: --top takes a whole number from 1, not \"" << args.get("--top") << "\"\n";
    return 2;
  }
  NetworkOptions options;
  if (args.has("--as-of")) {
    options.as_of = Date::parse(args.get("--as-of"));
    if (!options.as_of) {
      err << "accord: --as-of \"" << args.get("--as-of") << "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n";
      return 2;
    }
  }
  const size_t nodes = whole_number(args.get("--nodes", "300"), 100000);
  if (!nodes) {
    err << "accord: --nodes takes a whole number from 1, not \"" << args.get("--nodes") << "\"\n";
    return 2;
  }
  options.max_nodes = nodes;

  const CooperationNetwork n = cooperation_network(d, network_evidence(d), options);
  const Graph g = n.graph();
  const std::vector<double> values = centrality(g, *measure);
  const std::vector<RankedNode> ranked = rank_nodes(n, values);
  Table t({"rank", "name", "kind", to_string(*measure), "weight", "id"});
  for (size_t k = 0; k < ranked.size() && k < top; ++k) {
    const NetworkNode& node = n.nodes[ranked[k].node];
    t.add({std::to_string(k + 1), node.label, to_string(node.kind), value_text(ranked[k].value, *measure),
           value_text(node.weight, Centrality::Degree), node.id});
  }
  t.print(out);
  out << n.nodes.size() << " nodes, " << g.edges.size() << " linked pairs (weight: the evidence behind a node's edges)";
  if (n.nodes_before_cap > n.nodes.size())
    out << " (the " << n.nodes.size() << " heaviest of " << n.nodes_before_cap << ")";
  if (options.as_of) out << " as of " << options.as_of->iso();
  out << "\n";
  return n.nodes.empty() ? 1 : 0;
}

}  // namespace accord::cli
