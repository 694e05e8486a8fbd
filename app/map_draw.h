// Drawing country shapes (core/map_shapes.h) with ImDrawList: an
// equirectangular projection fitted to a rectangle, filled triangles and
// anti-aliased outlines.
#pragma once
#include "imgui.h"
#include "map_shapes.h"

namespace atlas {

// Maps lon/lat to screen pixels and back. Longitude is scaled by the cosine
// of the middle latitude, so shapes near the equator keep their proportions.
struct MapFrame {
  ImVec2 min, max;      // the screen rectangle
  accord::GeoBox view;  // what it shows (fills the rectangle)
  ImVec2 project(accord::GeoPoint p) const;
  accord::GeoPoint unproject(ImVec2 p) const;
};

// Grows `region` (by a margin, then along one axis) so it fills the
// rectangle without distortion.
MapFrame fit_map(const accord::GeoBox& region, ImVec2 min, ImVec2 max);

void draw_country(ImDrawList* dl, const MapFrame& frame, const accord::CountryShape& country, ImU32 fill, ImU32 outline,
                  float outline_width);

}  // namespace atlas
