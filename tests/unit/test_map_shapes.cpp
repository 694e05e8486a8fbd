#include <catch2/catch.hpp>

#include <string>

#include "map_shapes.h"

using namespace accord;

namespace {
// The committed region extract sits next to the shipped dataset.
std::string map_path() {
  std::string path = ACCORD_DEFAULT_DATASET;
  return path.substr(0, path.rfind('/')) + "/map/southeast-asia.json";
}

double area(const std::vector<GeoPoint>& ring, const std::vector<uint32_t>& triangles) {
  double sum = 0;
  for (size_t i = 0; i + 2 < triangles.size(); i += 3) {
    const GeoPoint a = ring[triangles[i]], b = ring[triangles[i + 1]], c = ring[triangles[i + 2]];
    sum += std::abs((double(b.lon) - a.lon) * (double(c.lat) - a.lat) -
                    (double(b.lat) - a.lat) * (double(c.lon) - a.lon)) /
           2;
  }
  return sum;
}
}  // namespace

TEST_CASE("a concave ring triangulates into n-2 triangles covering its area", "[map]") {
  // An L shape, clockwise: area 3.
  const std::vector<GeoPoint> ring{{0, 0}, {0, 2}, {1, 2}, {1, 1}, {2, 1}, {2, 0}};
  const auto triangles = triangulate_ring(ring);
  REQUIRE(triangles.size() == 3 * 4);
  CHECK(area(ring, triangles) == Approx(3.0));
  CHECK(point_in_ring(ring, {0.5f, 1.5f}));
  CHECK_FALSE(point_in_ring(ring, {1.5f, 1.5f}));
}

TEST_CASE("a hand-made topology decodes quantized, delta-encoded arcs", "[map]") {
  // One square country made of two arcs, the second walked backwards.
  const std::string topo = R"({"type":"Topology",
    "transform":{"scale":[0.5,0.5],"translate":[100,10]},
    "objects":{"countries":{"type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0,-2]],"id":"704","properties":{"name":"Vietnam"}},
      {"type":"Point","coordinates":[0,0],"id":"999"}]}},
    "arcs":[[[0,0],[0,4],[4,0]],[[0,0],[4,0],[0,4]]]})";
  std::string error;
  const MapShapes shapes = decode_topojson(topo, &error);
  INFO(error);
  REQUIRE(shapes.countries.size() == 1);
  const CountryShape* vn = shapes.find(704);
  REQUIRE(vn);
  CHECK(vn->name == "Vietnam");
  REQUIRE(vn->polygons.size() == 1);
  CHECK(vn->polygons[0].outer.size() == 4);
  CHECK(vn->box.west == Approx(100));
  CHECK(vn->box.east == Approx(102));
  CHECK(vn->box.north == Approx(12));
  CHECK(shapes.country_at({101, 11}) == vn);
  CHECK(shapes.country_at({103, 11}) == nullptr);
  CHECK(area(vn->polygons[0].outer, vn->polygons[0].triangles) == Approx(4.0));
}

TEST_CASE("bad TopoJSON gives empty shapes and a reason, never an exception", "[map]") {
  std::string error;
  CHECK(decode_topojson("{not json", &error).countries.empty());
  CHECK(!error.empty());
  error.clear();
  CHECK(decode_topojson(
            R"({"arcs":[],"objects":{"countries":{"geometries":[{"type":"Polygon","id":"1","arcs":[[5]]}]}}})", &error)
            .countries.empty());
  CHECK(error.find("out of range") != std::string::npos);
  CHECK(load_map_shapes_file("/nonexistent/map.json", &error).countries.empty());
}

TEST_CASE("the committed Southeast Asia map has the region's countries", "[map]") {
  std::string error;
  const MapShapes shapes = load_map_shapes_file(map_path(), &error);
  INFO(error);
  REQUIRE(error.empty());
  for (int iso : {704, 418, 116, 360, 764, 104, 458, 608, 156})  // VN LA KH ID TH MM MY PH CN
    CHECK(shapes.find(iso) != nullptr);
  CHECK(shapes.find(840) == nullptr);  // the United States is far outside the box
  const CountryShape* vietnam = shapes.find(704);
  REQUIRE(vietnam);
  CHECK(vietnam->box.west > 100);
  CHECK(vietnam->box.east < 110);
  // Hanoi, Vientiane and Phnom Penh fall inside their own countries.
  CHECK(shapes.country_at({105.85f, 21.03f}) == vietnam);
  CHECK(shapes.country_at({102.6f, 17.97f}) == shapes.find(418));
  CHECK(shapes.country_at({104.92f, 11.56f}) == shapes.find(116));
  CHECK(shapes.country_at({112.0f, 12.0f}) == nullptr);  // the South China Sea
  // Every polygon is fully triangulated.
  for (const CountryShape& c : shapes.countries)
    for (const MapPolygon& p : c.polygons) CHECK(p.triangles.size() == 3 * (p.outer.size() - 2));
  // The anchor of a partner lies inside it (lines start and end there).
  CHECK(shapes.country_at(shapes.find(418)->anchor) == shapes.find(418));
}
