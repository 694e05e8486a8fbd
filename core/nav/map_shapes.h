// Country shapes for the partners map, decoded from TopoJSON (world-atlas,
// Natural Earth): polygons in lon/lat per ISO 3166-1 numeric id, already
// triangulated so a renderer can fill them. No UI here.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace accord {

struct GeoPoint {
  float lon = 0, lat = 0;
};

struct GeoBox {
  float west = 180, south = 90, east = -180, north = -90;
  bool empty() const { return west > east; }
  void add(GeoPoint p);
  bool contains(GeoPoint p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
};

struct MapPolygon {
  std::vector<GeoPoint> outer;               // closed implicitly (last != first)
  std::vector<std::vector<GeoPoint>> holes;  // lakes, enclaves
  std::vector<uint32_t> triangles;           // the outer ring as triangles (index triples)
  GeoBox box;
};

struct CountryShape {
  int iso_numeric = 0;  // 704 for Vietnam
  std::string name;     // as world-atlas names it
  std::vector<MapPolygon> polygons;
  GeoBox box;
  GeoPoint anchor;  // inside the largest polygon's box centre, for lines and labels
};

struct MapShapes {
  std::vector<CountryShape> countries;
  GeoBox box;  // all of them
  const CountryShape* find(int iso_numeric) const;
  // The country whose polygon contains the point (holes excluded), or nullptr.
  const CountryShape* country_at(GeoPoint p) const;
};

// Decodes a TopoJSON topology's "countries" object (Polygon and
// MultiPolygon geometries; quantized or not). On failure returns empty
// shapes and says why in `error`. Never throws.
MapShapes decode_topojson(const std::string& text, std::string* error = nullptr);
MapShapes load_map_shapes_file(const std::string& path, std::string* error = nullptr);

// Ear-clipping triangulation of a simple ring (either orientation), as
// index triples into `ring`. Exposed for tests.
std::vector<uint32_t> triangulate_ring(const std::vector<GeoPoint>& ring);
bool point_in_ring(const std::vector<GeoPoint>& ring, GeoPoint p);

}  // namespace accord
