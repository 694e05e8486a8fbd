#include "network_graph.h"

#include <map>
#include <stdexcept>
#include <tuple>

#include "exchange_records.h"
#include "markup_escape.h"

namespace accord {

const std::vector<GraphFileActMapping>& network_act_mappings() {
  static const std::vector<GraphFileActMapping> kActs = {
      {AgreementAction::Signed, "signed", "the event signs it"},
      {AgreementAction::Amended, "signed", "an amendment is signed by the same sides"},
      {AgreementAction::Reviewed, "took_part_in", "a review is taking part, not signing"},
      {AgreementAction::Negotiating, "took_part_in", "negotiating is taking part, not signing"},
      {AgreementAction::Implemented, "took_part_in", "carrying it out is taking part"},
  };
  return kActs;
}

namespace {

const char* relation_for(AgreementAction a) {
  for (const GraphFileActMapping& m : network_act_mappings())
    if (m.action == a) return m.relation;
  throw std::logic_error(std::string("no network relation for agreement action ") + to_string(a));
}

// Collects nodes once and edges by (source, target, relation), counting
// events and widening the dates.
class NetworkBuilder {
 public:
  explicit NetworkBuilder(const Dataset& d) : d_(d) {}

  std::string node(const std::string& kind, const std::string& id) {
    const std::string key = kind + ":" + id;
    if (node_index_.emplace(key, network_.nodes.size()).second) network_.nodes.push_back({key, kind, label(kind, id)});
    return key;
  }

  void edge(const std::string& source, const std::string& target, const std::string& relation, const Date* from,
            const Date* to, bool counts_event) {
    const auto key = std::make_tuple(source, target, relation);
    auto [it, added] = edge_index_.emplace(key, network_.edges.size());
    if (added) network_.edges.push_back({source, target, relation, 0, "", ""});
    GraphFileEdge& e = network_.edges[it->second];
    if (counts_event || e.weight == 0) ++e.weight;
    if (from) {
      const std::string first = first_day_iso(*from);
      if (e.first.empty() || first < e.first) e.first = first;
    }
    if (to) {
      const std::string last = last_day_iso(*to);
      if (e.last.empty() || last > e.last) e.last = last;
    }
  }

  GraphFile take() { return std::move(network_); }

 private:
  std::string label(const std::string& kind, const std::string& id) const {
    if (kind == "country") return country_name(d_, id);
    if (kind == "organization") return d_.find_organization(id) ? d_.find_organization(id)->name : id;
    if (kind == "person") return d_.find_person(id) ? d_.find_person(id)->name : id;
    if (kind == "agreement") return d_.find_agreement(id) ? d_.find_agreement(id)->title : id;
    if (kind == "mechanism") return d_.find_mechanism(id) ? d_.find_mechanism(id)->name : id;
    return id;
  }

  const Dataset& d_;
  GraphFile network_;
  std::map<std::string, size_t> node_index_;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> edge_index_;
};

std::string attribute(const char* name, const std::string& value) {
  return std::string(" ") + name + "=\"" + xml_escaped(value) + "\"";
}

}  // namespace

std::string xml_escaped(const std::string& text) {
  std::string allowed;  // XML 1.0 allows no control characters but tab and line ends
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') allowed += c;
  return markup_escaped(allowed);
}

GraphFile build_network(const Dataset& d, const std::vector<size_t>& event_indexes) {
  NetworkBuilder b(d);
  for (size_t i : event_indexes) {
    const Event& e = d.events[i];
    const Date* end = e.end_date ? &*e.end_date : &e.date;
    // The event's actors: its countries, organizations and people.
    std::vector<std::string> actors;
    for (const std::string& c : e.countries) actors.push_back(b.node("country", c));
    for (const std::string& o : e.organizations)
      if (d.find_organization(o)) actors.push_back(b.node("organization", o));
    for (const Participation& p : e.participants)
      if (d.find_person(p.person)) actors.push_back(b.node("person", p.person));
    for (const std::string& m : e.mechanisms) {
      if (!d.find_mechanism(m)) continue;
      const std::string target = b.node("mechanism", m);
      for (const std::string& a : actors) b.edge(a, target, "took_part_in", &e.date, end, true);
    }
    for (const AgreementAct& act : e.agreements) {
      if (!d.find_agreement(act.agreement)) continue;
      const std::string target = b.node("agreement", act.agreement);
      for (const std::string& a : actors) b.edge(a, target, relation_for(act.action), &e.date, end, true);
    }
  }
  for (const Agreement& a : d.agreements) {
    const std::string self = b.node("agreement", a.id);
    const Date* signed_on = nullptr;
    for (const AgreementStatus& s : a.history)
      if (s.action == AgreementAction::Signed && s.date && !signed_on) signed_on = &*s.date;
    for (const std::string& party : a.parties)
      b.edge(b.node("country", party), self, "signed", signed_on, signed_on, false);
    if (!a.amends.empty() && d.find_agreement(a.amends))
      b.edge(self, b.node("agreement", a.amends), "amends", signed_on, signed_on, false);
  }
  for (const Person& p : d.people)
    for (const Role& r : p.roles)
      if (!r.organization.empty() && d.find_organization(r.organization))
        b.edge(b.node("person", p.id), b.node("organization", r.organization), "member_of", r.from ? &*r.from : nullptr,
               r.to ? &*r.to : nullptr, false);
  for (const Organization& o : d.organizations) {
    if (!o.parent.empty() && d.find_organization(o.parent))
      b.edge(b.node("organization", o.id), b.node("organization", o.parent), "member_of", nullptr, nullptr, false);
    if (!o.country.empty())
      b.edge(b.node("organization", o.id), b.node("country", o.country), "member_of", nullptr, nullptr, false);
  }
  return b.take();
}

std::string network_to_gexf(const GraphFile& n, const std::string& title) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  out += "  <meta>\n    <creator>Accord Atlas</creator>\n    <description>" + xml_escaped(title) +
         "</description>\n  </meta>\n";
  out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  out +=
      "    <attributes class=\"node\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      "    </attributes>\n";
  out +=
      "    <attributes class=\"edge\">\n      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
      "    </attributes>\n";
  out += "    <nodes>\n";
  for (const GraphFileNode& node : n.nodes)
    out += "      <node" + attribute("id", node.id) + attribute("label", node.label) +
           ">\n        <attvalues><attvalue for=\"kind\"" + attribute("value", node.kind) +
           "/></attvalues>\n      </node>\n";
  out += "    </nodes>\n    <edges>\n";
  for (size_t k = 0; k < n.edges.size(); ++k) {
    const GraphFileEdge& e = n.edges[k];
    out += "      <edge" + attribute("id", "e" + std::to_string(k + 1)) + attribute("source", e.source) +
           attribute("target", e.target) + attribute("label", e.relation) +
           attribute("weight", std::to_string(e.weight));
    if (!e.first.empty()) out += attribute("start", e.first);
    if (!e.last.empty()) out += attribute("end", e.last);
    out += ">\n        <attvalues><attvalue for=\"relation\"" + attribute("value", e.relation) +
           "/></attvalues>\n      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

std::string network_to_graphml(const GraphFile& n, const std::string& title) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  out += "  <desc>" + xml_escaped(title) + "</desc>\n";
  for (const char* key : {"label", "kind"})
    out += std::string("  <key id=\"") + key + "\" for=\"node\" attr.name=\"" + key + "\" attr.type=\"string\"/>\n";
  out += "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n";
  out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n";
  out += "  <key id=\"first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n";
  out += "  <key id=\"last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n";
  out += "  <graph id=\"accord\" edgedefault=\"directed\">\n";
  auto data = [](const char* key, const std::string& value) {
    return std::string("<data key=\"") + key + "\">" + xml_escaped(value) + "</data>";
  };
  for (const GraphFileNode& node : n.nodes)
    out += "    <node" + attribute("id", node.id) + ">" + data("label", node.label) + data("kind", node.kind) +
           "</node>\n";
  for (const GraphFileEdge& e : n.edges) {
    out += "    <edge" + attribute("source", e.source) + attribute("target", e.target) + ">" +
           data("relation", e.relation) + data("weight", std::to_string(e.weight));
    if (!e.first.empty()) out += data("first", e.first);
    if (!e.last.empty()) out += data("last", e.last);
    out += "</edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace accord
