// Article text drawn wrapped, with marked byte ranges on a coloured
// background (the Import view's extracted items).
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace atlas {

struct Highlight {
  size_t begin = 0, end = 0;  // byte range in the text
  ImU32 color = 0;            // background
};

// Lays the text out once per text, width and highlights and draws only
// the lines in view, so a long article scrolls smoothly.
class HighlightedText {
 public:
  // Call when the text or its highlights change.
  void set(std::string text, std::vector<Highlight> highlights);
  const std::string& text() const { return text_; }
  // Draws at the cursor, `width` wide, and reserves the height it takes.
  void draw(float width);

 private:
  struct Piece {  // a run of text on one line with one background
    size_t begin, end;
    float x, y, width;
    ImU32 color;
  };
  void layout(float width);

  std::string text_;
  std::vector<Highlight> highlights_;
  std::vector<Piece> pieces_;
  float laid_out_width_ = -1, laid_out_font_ = -1, height_ = 0;
};

}  // namespace atlas
