#include "fonts.h"

#include <cstdio>

#include <vector>

#include "font_symbols.h"
#include "imgui.h"

namespace atlas {
namespace {

bool file_exists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return true;
  }
  return false;
}

// Latin with the Vietnamese letters, combining marks and the punctuation
// the dataset and the UI use. (≈ and arrows: see font_symbols.h.)
const ImWchar* glyph_ranges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 (French accents)
      0x0100, 0x017F,  // Latin Extended-A (Đ đ, Œ œ)
      0x01A0, 0x01B0,  // Latin Extended-B: Ơ ơ Ư ư
      0x0300, 0x0323,  // combining diacritics (tone marks in decomposed text)
      0x1EA0, 0x1EF9,  // Latin Extended Additional: the Vietnamese vowels
      0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
      0x202F, 0x202F,  // narrow no-break space (French thousands, before ; : ! ?)
      0x2030, 0x203A,  // per mille, primes, angle quotes
      0x20AB, 0x20AC,  // đồng and euro signs
      0,
  };
  return ranges;
}

ImFont* add_font(const std::string& path, float size_px, float scale) {
  ImFontConfig config;
  // Sub-pixel oversampling only pays off at low pixel densities.
  config.OversampleH = scale >= 2.0f ? 1 : 2;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), size_px * scale, &config, glyph_ranges());
}

}  // namespace

bool load_fonts(const std::string& dir, float scale, Fonts& out) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  out = Fonts{};
  out.scale = scale;

  const std::string regular = dir + "/NotoSans-Regular.ttf";
  const std::string bold = dir + "/NotoSans-Bold.ttf";
  bool ok = file_exists(regular) && file_exists(bold);
  std::vector<PendingSymbol> symbols;
  if (ok) {
    out.body = add_font(regular, kBodyFontSize, scale);
    out.bold = add_font(bold, kBodyFontSize, scale);
    out.title = add_font(bold, kTitleFontSize, scale);
    ok = out.body && out.bold && out.title;
  }
  if (ok) {
    reserve_symbols(out.body, kBodyFontSize * scale, false, symbols);
    reserve_symbols(out.bold, kBodyFontSize * scale, true, symbols);
    reserve_symbols(out.title, kTitleFontSize * scale, true, symbols);
  }
  if (!ok) {
    std::fprintf(stderr, "accord-atlas: fonts not found in %s; using ImGui's font\n", dir.c_str());
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    out.body = out.bold = out.title = io.Fonts->AddFontDefault(&config);
  }
  io.FontDefault = out.body;
  io.Fonts->Build();
  draw_symbols(symbols);
  return ok;
}

}  // namespace atlas
