#include "font_symbols.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"

namespace atlas {
namespace {

// Noto Sans: one em is 0.734 of the line height ImGui sizes fonts by, and
// the maths axis (where "−" and "=" sit) is 0.265 em above the baseline.
constexpr float kEmPerPixelSize = 0.734f;
constexpr float kAxisEm = 0.265f;

struct Segment {
  ImVec2 a, b;
};

struct Symbol {
  unsigned codepoint;
  float advance_em;
};
constexpr Symbol kSymbols[] = {
    {0x2248, 0.60f},  // ≈ almost equal: inferred dates
    {0x2190, 0.84f},  // ← leftwards arrow: Back
    {0x2192, 0.84f},  // → rightwards arrow
};

float advance_em(unsigned codepoint) {
  for (const Symbol& s : kSymbols)
    if (s.codepoint == codepoint) return s.advance_em;
  return 0.6f;
}

// The symbol's strokes in pixels, with the origin at the glyph's top left.
std::vector<Segment> strokes(unsigned codepoint, float em, float baseline) {
  const float axis = baseline - kAxisEm * em;
  const float left = 0.09f * em, right = advance_em(codepoint) * em - 0.09f * em;
  std::vector<Segment> out;
  if (codepoint == 0x2248) {
    // Two sine waves, above and below the axis.
    const int steps = 16;
    for (float centre : {axis - 0.11f * em, axis + 0.11f * em}) {
      ImVec2 prev;
      for (int i = 0; i <= steps; ++i) {
        const float t = float(i) / steps;
        const ImVec2 p(left + (right - left) * t, centre - 0.055f * em * std::sin(t * 2.0f * 3.14159265f));
        if (i > 0) out.push_back({prev, p});
        prev = p;
      }
    }
  } else {
    const bool to_left = codepoint == 0x2190;
    const float tip = to_left ? left : right;
    const float back = to_left ? tip + 0.3f * em : tip - 0.3f * em;
    out.push_back({ImVec2(left, axis), ImVec2(right, axis)});
    out.push_back({ImVec2(tip, axis), ImVec2(back, axis - 0.27f * em)});
    out.push_back({ImVec2(tip, axis), ImVec2(back, axis + 0.27f * em)});
  }
  return out;
}

float distance_to(const Segment& s, ImVec2 p) {
  const ImVec2 d(s.b.x - s.a.x, s.b.y - s.a.y);
  const float len2 = d.x * d.x + d.y * d.y;
  float t = len2 > 0 ? ((p.x - s.a.x) * d.x + (p.y - s.a.y) * d.y) / len2 : 0;
  t = std::clamp(t, 0.0f, 1.0f);
  const float dx = p.x - (s.a.x + t * d.x), dy = p.y - (s.a.y + t * d.y);
  return std::sqrt(dx * dx + dy * dy);
}

}  // namespace

void reserve_symbols(ImFont* font, float size_px, bool bold, std::vector<PendingSymbol>& out) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const float em = size_px * kEmPerPixelSize;
  for (const Symbol& s : kSymbols) {
    const float advance = std::round(s.advance_em * em);
    const int id =
        atlas->AddCustomRectFontGlyph(font, ImWchar(s.codepoint), int(advance), int(std::ceil(size_px)), advance);
    out.push_back({id, s.codepoint, font, size_px, bold ? 0.095f : 0.065f});
  }
}

void draw_symbols(const std::vector<PendingSymbol>& symbols) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int tex_width = 0, tex_height = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &tex_width, &tex_height);
  if (!pixels) return;
  for (const PendingSymbol& sym : symbols) {
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(sym.rect_id);
    if (!rect->IsPacked()) continue;
    const float em = sym.size_px * kEmPerPixelSize;
    const std::vector<Segment> segments = strokes(sym.codepoint, em, sym.font->Ascent);
    const float half_width = std::max(0.5f, sym.stroke_em * em * 0.5f);
    for (int y = 0; y < rect->Height; ++y) {
      for (int x = 0; x < rect->Width; ++x) {
        const ImVec2 centre(x + 0.5f, y + 0.5f);
        float d = 1e9f;
        for (const Segment& s : segments) d = std::min(d, distance_to(s, centre));
        const float coverage = std::clamp(half_width + 0.5f - d, 0.0f, 1.0f);
        unsigned char& px = pixels[(rect->Y + y) * tex_width + rect->X + x];
        px = std::max(px, static_cast<unsigned char>(coverage * 255.0f + 0.5f));
      }
    }
  }
}

}  // namespace atlas
