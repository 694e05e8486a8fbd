#include "text_fold.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "utf8.h"

namespace accord {
namespace {

struct FoldEntry {
  uint32_t code_point;
  const char* ascii;
};

constexpr FoldEntry kFoldTable[] = {
#include "text_fold_table.inc"
};

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
    const uint32_t cp = decode_utf8(utf8, i);
    if (cp >= 0x0300 && cp <= 0x036F) continue;  // combining marks (decomposed input)
    if (i - start == 1) {                        // an invalid byte: keep it as it was
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
