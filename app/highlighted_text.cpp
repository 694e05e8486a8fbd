#include "highlighted_text.h"

#include <algorithm>
#include <cfloat>

namespace atlas {

void HighlightedText::set(std::string text, std::vector<Highlight> highlights) {
  text_ = std::move(text);
  highlights_ = std::move(highlights);
  laid_out_width_ = -1;
}

void HighlightedText::layout(float width) {
  pieces_.clear();
  std::vector<size_t> cuts;  // where a background starts or stops
  for (const Highlight& h : highlights_) {
    cuts.push_back(h.begin);
    cuts.push_back(h.end);
  }
  std::sort(cuts.begin(), cuts.end());
  auto color_at = [&](size_t at) -> ImU32 {
    for (const Highlight& h : highlights_)
      if (at >= h.begin && at < h.end) return h.color;
    return 0;
  };
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  const float space = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
  float x = 0, y = 0;
  size_t i = 0;
  const size_t n = text_.size();
  while (i < n) {
    if (text_[i] == '\n') {
      x = 0;
      y += line_h;
      ++i;
      continue;
    }
    if (text_[i] == ' ' || text_[i] == '\t') {
      x += space;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && text_[end] != ' ' && text_[end] != '\n' && text_[end] != '\t') ++end;
    const char* word = text_.data() + i;
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, word, text_.data() + end).x;
    if (x > 0 && x + w > width) {
      x = 0;
      y += line_h;
    }
    // The word in runs of one background each.
    size_t start = i;
    auto cut = std::upper_bound(cuts.begin(), cuts.end(), start);
    while (start < end) {
      size_t stop = end;
      if (cut != cuts.end() && *cut < end) stop = *cut++;
      const float piece_w = font->CalcTextSizeA(size, FLT_MAX, 0, text_.data() + start, text_.data() + stop).x;
      const ImU32 color = color_at(start);
      // A highlight spanning several words also colours the space after.
      const bool joins = stop == end && end < n && text_[end] == ' ' && color != 0 && color_at(end) == color;
      pieces_.push_back({start, stop, x, y, piece_w + (joins ? space : 0), color});
      x += piece_w;
      start = stop;
    }
    i = end;
  }
  height_ = y + line_h;
  laid_out_width_ = width;
  laid_out_font_ = size;
}

void HighlightedText::draw(float width) {
  if (width != laid_out_width_ || ImGui::GetFontSize() != laid_out_font_) layout(width);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec4 clip = dl->GetClipRectMax().y > 0 ? ImVec4(dl->GetClipRectMin().x, dl->GetClipRectMin().y,
                                                          dl->GetClipRectMax().x, dl->GetClipRectMax().y)
                                                 : ImVec4(0, 0, 0, 0);
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  // Only the lines in view: pieces are in y order.
  auto first = std::lower_bound(pieces_.begin(), pieces_.end(), clip.y - origin.y - line_h,
                                [](const Piece& p, float y) { return p.y < y; });
  for (auto it = first; it != pieces_.end() && origin.y + it->y <= clip.w; ++it) {
    const ImVec2 at(origin.x + it->x, origin.y + it->y);
    if (it->color) dl->AddRectFilled(at, ImVec2(at.x + it->width, at.y + line_h - 1), it->color);
    dl->AddText(at, ink, text_.data() + it->begin, text_.data() + it->end);
  }
  ImGui::Dummy(ImVec2(width, height_));
}

}  // namespace atlas
