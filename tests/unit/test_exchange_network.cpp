#include <catch2/catch.hpp>

#include "fixtures.h"
#include "network_graph.h"

using namespace accord;

namespace {

// A small well-formedness check: tags nest and close, attribute values
// are quoted, '<' never appears in text and '&' only starts an entity.
std::string xml_problem(const std::string& x) {
  std::vector<std::string> open;
  auto entity_ok = [&](size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
      if (x.compare(at, std::string(e).size(), e) == 0) return true;
    return false;
  };
  size_t i = 0;
  while (i < x.size()) {
    if (x[i] == '&' && !entity_ok(i)) return "bare & at " + std::to_string(i);
    if (x[i] != '<') {
      ++i;
      continue;
    }
    if (x.compare(i, 2, "<?") == 0) {
      i = x.find("?>", i) + 2;
      continue;
    }
    const bool closing = x[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    const size_t name_end = x.find_first_of(" />", j);
    const std::string name = x.substr(j, name_end - j);
    if (name.empty()) return "empty tag name at " + std::to_string(i);
    j = name_end;
    bool self_closing = false;
    while (j < x.size() && x[j] != '>') {
      if (x[j] == '"') {
        const size_t end = x.find('"', j + 1);
        if (end == std::string::npos) return "unclosed attribute at " + std::to_string(j);
        for (size_t k = j + 1; k < end; ++k) {
          if (x[k] == '<') return "< in an attribute at " + std::to_string(k);
          if (x[k] == '&' && !entity_ok(k)) return "bare & in an attribute at " + std::to_string(k);
        }
        j = end + 1;
        continue;
      }
      if (x[j] == '<') return "< inside a tag at " + std::to_string(j);
      self_closing = x[j] == '/';
      ++j;
    }
    if (j >= x.size()) return "unclosed tag " + name;
    if (closing) {
      if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
      open.pop_back();
    } else if (!self_closing) {
      open.push_back(name);
    }
    i = j + 1;
  }
  return open.empty() ? "" : "<" + open.back() + "> never closed";
}

std::vector<size_t> all_events(const Dataset& d) {
  std::vector<size_t> all(d.events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

const GraphFileEdge* find_edge(const GraphFile& n, const std::string& source, const std::string& target,
                               const std::string& relation) {
  for (const GraphFileEdge& e : n.edges)
    if (e.source == source && e.target == target && e.relation == relation) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("the well-formedness check catches broken XML", "[exchange][network]") {
  CHECK(xml_problem("<a><b x=\"1\"/></a>").empty());
  CHECK_FALSE(xml_problem("<a><b></a>").empty());
  CHECK_FALSE(xml_problem("<a x=\"<\"></a>").empty());
  CHECK_FALSE(xml_problem("<a>Tom & Jerry</a>").empty());
}

TEST_CASE("the network has dated, weighted edges", "[exchange][network]") {
  const Dataset d = small_fixture();
  const GraphFile n = build_network(d, all_events(d));
  // ev-1 signs ag-protocol and amends ag-base, under INTERPOL.
  const GraphFileEdge* signed_edge = find_edge(n, "country:LAO", "agreement:ag-protocol", "signed");
  REQUIRE(signed_edge);
  CHECK(signed_edge->weight == 1);
  CHECK(signed_edge->first == "2022-03-01");
  CHECK(signed_edge->last == "2022-03-01");
  CHECK(find_edge(n, "person:p-nguyen", "mechanism:mech-interpol", "took_part_in"));
  CHECK(find_edge(n, "agreement:ag-protocol", "agreement:ag-base", "amends"));
  const GraphFileEdge* role = find_edge(n, "person:p-nguyen", "organization:org-dept", "member_of");
  REQUIRE(role);
  CHECK(role->first == "2019-01-01");  // from 2019 (a year)
  CHECK(role->last == "2022-06-30");   // to 2022-06 (a month)
  CHECK(find_edge(n, "organization:org-dept", "organization:org-mps", "member_of"));
  // Two events with Laos and Thailand: the weight counts events.
  Dataset twice = d;
  twice.events[1].mechanisms = {"mech-interpol"};
  twice.events[2].mechanisms = {"mech-interpol"};
  const GraphFile n2 = build_network(twice, all_events(twice));
  const GraphFileEdge* thai = find_edge(n2, "country:THA", "mechanism:mech-interpol", "took_part_in");
  REQUIRE(thai);
  CHECK(thai->weight == 2);
  CHECK(thai->first == "2023-07-15");
  CHECK(thai->last == "2024-12-31");
}

TEST_CASE("GEXF and GraphML are well-formed whatever the names", "[exchange][network]") {
  Dataset d = small_fixture();
  d.title = "Ties <&> \"quotes\" 'apostrophes'";
  d.organizations[0].name = "Ministry \x01 of <Public> Security & \"Order\"";
  d.agreements[0].title = "MoU on A&B </gexf>";
  for (const Dataset& data : {d, shipped_dataset()}) {
    const GraphFile n = build_network(data, all_events(data));
    const std::string gexf = network_to_gexf(n, data.title);
    const std::string graphml = network_to_graphml(n, data.title);
    CHECK(xml_problem(gexf) == "");
    CHECK(xml_problem(graphml) == "");
    CHECK(gexf.find("version=\"1.3\"") != std::string::npos);
    CHECK(gexf.find("mode=\"dynamic\"") != std::string::npos);
  }
  const std::string gexf = network_to_gexf(build_network(d, all_events(d)), d.title);
  CHECK(gexf.find("label=\"Ministry  of &lt;Public&gt; Security &amp; &quot;Order&quot;\"") != std::string::npos);
  CHECK(gexf.find("<description>Ties &lt;&amp;&gt; &quot;quotes&quot; &apos;apostrophes&apos;</description>") !=
        std::string::npos);
  CHECK(xml_escaped("a\tb\x1f") == "a\tb");
}
