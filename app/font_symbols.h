// Noto Sans has no arrows and no "≈". Rather than ship a second font for
// three symbols, they are drawn as anti-aliased strokes into the font
// atlas, so any text (labels, tooltips, data) can use them.
#pragma once
#include <vector>

struct ImFont;

namespace atlas {

struct PendingSymbol {
  int rect_id;  // the atlas' custom rectangle
  unsigned codepoint;
  ImFont* font;
  float size_px;    // the font's pixel size
  float stroke_em;  // stroke width, in em
};

// Reserves atlas space for the symbols in `font`; call before building.
void reserve_symbols(ImFont* font, float size_px, bool bold, std::vector<PendingSymbol>& out);
// Draws the reserved symbols into the built atlas (its 8-bit alpha pixels).
void draw_symbols(const std::vector<PendingSymbol>& symbols);

}  // namespace atlas
