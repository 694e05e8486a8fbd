#include "text_fold.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace accord {
namespace {

struct FoldEntry {
  uint32_t code_point;
  const char* ascii;
};

constexpr FoldEntry kFoldTable[] = {
#include "text_fold_table.inc"
};

// Decodes one UTF-8 sequence at text[i]; advances i. Invalid bytes decode
// as themselves so that folding never drops input.
uint32_t next_code_point(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
  if (extra <= 0 || i + extra >= text.size()) {  // ASCII, stray or truncated
    ++i;
    return lead;
  }
  uint32_t cp = lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const unsigned char cont = byte(i + k);
    if ((cont & 0xC0) != 0x80) {
      ++i;
      return lead;
    }
    cp = (cp << 6) | (cont & 0x3F);
  }
  i += extra + 1;
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {  // fast path for ASCII
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = next_code_point(utf8, i);
    if (cp >= 0x0300 && cp <= 0x036F) continue;  // combining marks (decomposed input)
    if (i - start == 1) {  // an invalid byte: keep it as it was
      out += utf8[start];
      continue;
    }
    const auto it = std::lower_bound(std::begin(kFoldTable), std::end(kFoldTable), cp,
                                     [](const FoldEntry& e, uint32_t v) { return e.code_point < v; });
    if (it != std::end(kFoldTable) && it->code_point == cp) {
      out += it->ascii;
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

bool folded_contains(std::string_view haystack, std::string_view needle) {
  return fold(haystack).find(fold(needle)) != std::string::npos;
}

}  // namespace accord
