#include "map_shapes.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace accord {
namespace {

using json = nlohmann::json;
using Arc = std::vector<GeoPoint>;

double cross(GeoPoint o, GeoPoint a, GeoPoint b) {
  return double(a.lon - o.lon) * (b.lat - o.lat) - double(a.lat - o.lat) * (b.lon - o.lon);
}

double signed_area(const std::vector<GeoPoint>& ring) {
  double area = 0;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    area += double(ring[j].lon) * ring[i].lat - double(ring[i].lon) * ring[j].lat;
  return area * 0.5;
}

bool in_triangle(GeoPoint p, GeoPoint a, GeoPoint b, GeoPoint c) {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// Arcs as absolute lon/lat, undoing TopoJSON's quantization and deltas.
std::vector<Arc> decode_arcs(const json& topo) {
  double sx = 1, sy = 1, tx = 0, ty = 0;
  const bool quantized = topo.contains("transform");
  if (quantized) {
    const json& t = topo.at("transform");
    sx = t.at("scale").at(0).get<double>();
    sy = t.at("scale").at(1).get<double>();
    tx = t.at("translate").at(0).get<double>();
    ty = t.at("translate").at(1).get<double>();
  }
  std::vector<Arc> arcs;
  for (const json& arc : topo.at("arcs")) {
    Arc points;
    double x = 0, y = 0;
    for (const json& position : arc) {
      const double px = position.at(0).get<double>(), py = position.at(1).get<double>();
      if (quantized) {
        x += px;
        y += py;
        points.push_back({float(x * sx + tx), float(y * sy + ty)});
      } else {
        points.push_back({float(px), float(py)});
      }
    }
    arcs.push_back(std::move(points));
  }
  return arcs;
}

// A ring from arc indexes; ~i walks arc i backwards. Shared end points
// are written once.
std::vector<GeoPoint> build_ring(const json& indexes, const std::vector<Arc>& arcs) {
  std::vector<GeoPoint> ring;
  for (const json& value : indexes) {
    const long i = value.get<long>();
    const size_t k = size_t(i < 0 ? ~i : i);
    if (k >= arcs.size()) throw std::out_of_range("arc index " + std::to_string(i) + " out of range");
    Arc arc = arcs[k];
    if (i < 0) std::reverse(arc.begin(), arc.end());
    ring.insert(ring.end(), arc.begin() + (ring.empty() ? 0 : 1), arc.end());
  }
  if (ring.size() > 1 && ring.front().lon == ring.back().lon && ring.front().lat == ring.back().lat) ring.pop_back();
  return ring;
}

MapPolygon build_polygon(const json& rings, const std::vector<Arc>& arcs) {
  MapPolygon p;
  for (size_t r = 0; r < rings.size(); ++r) {
    std::vector<GeoPoint> ring = build_ring(rings[r], arcs);
    if (ring.size() < 3) continue;
    if (r == 0)
      p.outer = std::move(ring);
    else
      p.holes.push_back(std::move(ring));
  }
  for (GeoPoint q : p.outer) p.box.add(q);
  p.triangles = triangulate_ring(p.outer);
  return p;
}

// A point well inside a polygon: the middle of the widest horizontal span
// across it, tried at a few latitudes (a box centre can fall outside an
// S-shaped country like Vietnam).
GeoPoint interior_point(const MapPolygon& p) {
  GeoPoint best{(p.box.west + p.box.east) * 0.5f, (p.box.south + p.box.north) * 0.5f};
  float best_width = -1;
  for (float f : {0.5f, 0.4f, 0.6f, 0.3f, 0.7f, 0.2f, 0.8f}) {
    const float lat = p.box.south + (p.box.north - p.box.south) * f;
    std::vector<float> xs;
    const auto& ring = p.outer;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const GeoPoint a = ring[i], b = ring[j];
      if ((a.lat > lat) != (b.lat > lat)) xs.push_back(a.lon + (lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon));
    }
    std::sort(xs.begin(), xs.end());
    for (size_t k = 0; k + 1 < xs.size(); k += 2)
      if (xs[k + 1] - xs[k] > best_width) {
        best_width = xs[k + 1] - xs[k];
        best = {(xs[k] + xs[k + 1]) * 0.5f, lat};
      }
  }
  return best;
}

}  // namespace

void GeoBox::add(GeoPoint p) {
  west = std::min(west, p.lon);
  east = std::max(east, p.lon);
  south = std::min(south, p.lat);
  north = std::max(north, p.lat);
}

std::vector<uint32_t> triangulate_ring(const std::vector<GeoPoint>& ring) {
  std::vector<uint32_t> out;
  const size_t n = ring.size();
  if (n < 3) return out;
  // Work counter-clockwise: an ear is then a left turn.
  std::vector<uint32_t> left(n);
  for (size_t i = 0; i < n; ++i) left[i] = uint32_t(i);
  if (signed_area(ring) < 0) std::reverse(left.begin(), left.end());

  size_t guard = 0;  // a degenerate ring must not loop forever
  size_t i = 0;
  while (left.size() > 3 && guard < left.size() * 2) {
    const size_t m = left.size();
    const uint32_t a = left[(i + m - 1) % m], b = left[i % m], c = left[(i + 1) % m];
    bool ear = cross(ring[a], ring[b], ring[c]) > 0;
    for (size_t k = 0; ear && k < m; ++k) {
      const uint32_t v = left[k];
      if (v == a || v == b || v == c) continue;
      const GeoPoint p = ring[v];
      // Points sitting exactly on a vertex (a pinch) do not block the ear.
      if ((p.lon == ring[a].lon && p.lat == ring[a].lat) || (p.lon == ring[c].lon && p.lat == ring[c].lat)) continue;
      if (in_triangle(p, ring[a], ring[b], ring[c])) ear = false;
    }
    if (ear) {
      out.insert(out.end(), {a, b, c});
      left.erase(left.begin() + long(i % m));
      guard = 0;
      if (i >= left.size()) i = 0;
    } else {
      i = (i + 1) % m;
      ++guard;
    }
  }
  if (left.size() > 3) {
    // What is left is degenerate (self-touching): fan it so nothing is lost.
    for (size_t k = 1; k + 1 < left.size(); ++k) out.insert(out.end(), {left[0], left[k], left[k + 1]});
  } else if (left.size() == 3) {
    out.insert(out.end(), {left[0], left[1], left[2]});
  }
  return out;
}

bool point_in_ring(const std::vector<GeoPoint>& ring, GeoPoint p) {
  bool inside = false;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const GeoPoint a = ring[i], b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
      inside = !inside;
  }
  return inside;
}

const CountryShape* MapShapes::find(int iso_numeric) const {
  for (const CountryShape& c : countries)
    if (c.iso_numeric == iso_numeric) return &c;
  return nullptr;
}

const CountryShape* MapShapes::country_at(GeoPoint p) const {
  for (const CountryShape& c : countries) {
    if (!c.box.contains(p)) continue;
    for (const MapPolygon& poly : c.polygons) {
      if (!poly.box.contains(p) || !point_in_ring(poly.outer, p)) continue;
      const bool in_hole =
          std::any_of(poly.holes.begin(), poly.holes.end(), [&](const auto& hole) { return point_in_ring(hole, p); });
      if (!in_hole) return &c;
    }
  }
  return nullptr;
}

MapShapes decode_topojson(const std::string& text, std::string* error) {
  MapShapes shapes;
  try {
    const json topo = json::parse(text);
    const std::vector<Arc> arcs = decode_arcs(topo);
    for (const json& g : topo.at("objects").at("countries").at("geometries")) {
      const std::string type = g.value("type", "");
      if (type != "Polygon" && type != "MultiPolygon") continue;
      if (!g.contains("id")) continue;
      const json& id = g.at("id");
      const int iso = id.is_string() ? std::atoi(id.get<std::string>().c_str()) : id.get<int>();

      // world-atlas splits some countries (Australia and its islets): merge by id.
      auto it = std::find_if(shapes.countries.begin(), shapes.countries.end(),
                             [&](const CountryShape& c) { return c.iso_numeric == iso; });
      if (it == shapes.countries.end()) {
        shapes.countries.push_back({});
        it = shapes.countries.end() - 1;
        it->iso_numeric = iso;
        if (g.contains("properties")) it->name = g.at("properties").value("name", "");
      }
      if (type == "Polygon") {
        it->polygons.push_back(build_polygon(g.at("arcs"), arcs));
      } else {
        for (const json& rings : g.at("arcs")) it->polygons.push_back(build_polygon(rings, arcs));
      }
    }
    for (CountryShape& c : shapes.countries) {
      c.polygons.erase(
          std::remove_if(c.polygons.begin(), c.polygons.end(), [](const MapPolygon& p) { return p.outer.size() < 3; }),
          c.polygons.end());
      const MapPolygon* largest = nullptr;
      double largest_area = -1;
      for (const MapPolygon& p : c.polygons) {
        c.box.add({p.box.west, p.box.south});
        c.box.add({p.box.east, p.box.north});
        const double area = std::fabs(signed_area(p.outer));
        if (area > largest_area) largest_area = area, largest = &p;
      }
      if (largest) c.anchor = interior_point(*largest);
      if (!c.box.empty()) {
        shapes.box.add({c.box.west, c.box.south});
        shapes.box.add({c.box.east, c.box.north});
      }
    }
  } catch (const std::exception& e) {
    if (error) *error = std::string("map shapes: ") + e.what();
    return MapShapes{};
  }
  return shapes;
}

MapShapes load_map_shapes_file(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = "cannot open " + path;
    return MapShapes{};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return decode_topojson(text.str(), error);
}

}  // namespace accord
