#include "map_draw.h"

#include <cmath>
#include <vector>

#include "imgui_internal.h"  // ImDrawListSharedData::TexUvWhitePixel

namespace atlas {
namespace {
constexpr float kPi = 3.14159265f;
float lon_scale(const accord::GeoBox& b) { return std::cos((b.south + b.north) * 0.5f * kPi / 180.0f); }
}  // namespace

ImVec2 MapFrame::project(accord::GeoPoint p) const {
  return ImVec2(min.x + (p.lon - view.west) / (view.east - view.west) * (max.x - min.x),
                min.y + (view.north - p.lat) / (view.north - view.south) * (max.y - min.y));
}

accord::GeoPoint MapFrame::unproject(ImVec2 p) const {
  return {view.west + (p.x - min.x) / (max.x - min.x) * (view.east - view.west),
          view.north - (p.y - min.y) / (max.y - min.y) * (view.north - view.south)};
}

MapFrame fit_map(const accord::GeoBox& region, ImVec2 min, ImVec2 max) {
  accord::GeoBox b = region;
  const float margin_x = (b.east - b.west) * 0.06f + 0.5f, margin_y = (b.north - b.south) * 0.06f + 0.5f;
  b.west -= margin_x;
  b.east += margin_x;
  b.south -= margin_y;
  b.north += margin_y;
  // Degrees of longitude per pixel must equal degrees of latitude per pixel
  // divided by the longitude scale.
  const float k = lon_scale(b);
  const float width = max.x - min.x, height = max.y - min.y;
  const float lon_span = b.east - b.west, lat_span = b.north - b.south;
  if (lon_span * k / width > lat_span / height) {
    const float grow = (lon_span * k / width * height - lat_span) * 0.5f;
    b.south -= grow;
    b.north += grow;
  } else {
    const float grow = (lat_span / height * width / k - lon_span) * 0.5f;
    b.west -= grow;
    b.east += grow;
  }
  return {min, max, b};
}

void draw_country(ImDrawList* dl, const MapFrame& frame, const accord::CountryShape& country, ImU32 fill, ImU32 outline,
                  float outline_width) {
  const ImVec2 uv = dl->_Data->TexUvWhitePixel;
  std::vector<ImVec2> points;
  for (const accord::MapPolygon& poly : country.polygons) {
    // Skip what lies outside the frame entirely.
    if (poly.box.east < frame.view.west || poly.box.west > frame.view.east || poly.box.north < frame.view.south ||
        poly.box.south > frame.view.north)
      continue;
    points.clear();
    for (const accord::GeoPoint& p : poly.outer) points.push_back(frame.project(p));
    if (!poly.triangles.empty() && points.size() < 65536) {
      dl->PrimReserve(int(poly.triangles.size()), int(points.size()));
      const ImDrawIdx base = ImDrawIdx(dl->_VtxCurrentIdx);
      for (const ImVec2& p : points) dl->PrimWriteVtx(p, uv, fill);
      for (uint32_t i : poly.triangles) dl->PrimWriteIdx(ImDrawIdx(base + i));
    }
    if (outline_width > 0)
      dl->AddPolyline(points.data(), int(points.size()), outline, ImDrawFlags_Closed, outline_width);
  }
}

}  // namespace atlas
