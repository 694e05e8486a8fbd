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

namespace {

// Folds `utf8`; `mark(start)` is called once per byte appended, with the
// offset of the character that byte came from.
template <typename Mark>
std::string fold_marking(std::string_view utf8, Mark&& mark) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  auto append = [&](std::string_view bytes, size_t start) {
    out += bytes;
    for (size_t k = 0; k < bytes.size(); ++k) mark(start);
  };
  while (i < utf8.size()) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {  // fast path for ASCII
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      mark(i);
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = decode_utf8(utf8, i);
    if (cp >= 0x0300 && cp <= 0x036F) continue;  // combining marks (decomposed input)
    if (i - start == 1) {                        // an invalid byte: keep it as it was
      append(utf8.substr(start, 1), start);
      continue;
    }
    const auto it = std::lower_bound(std::begin(kFoldTable), std::end(kFoldTable), cp,
                                     [](const FoldEntry& e, uint32_t v) { return e.code_point < v; });
    if (it != std::end(kFoldTable) && it->code_point == cp) {
      append(it->ascii, start);
    } else {
      std::string encoded;
      append_utf8(encoded, cp);
      append(encoded, start);
    }
  }
  return out;
}

}  // namespace

std::string fold(std::string_view utf8) {
  return fold_marking(utf8, [](size_t) {});
}

std::string fold_mapped(std::string_view utf8, std::vector<size_t>& source_offsets) {
  source_offsets.clear();
  std::string out = fold_marking(utf8, [&](size_t start) { source_offsets.push_back(start); });
  source_offsets.push_back(utf8.size());
  return out;
}

bool folded_contains(std::string_view haystack, std::string_view needle) {
  return fold(haystack).find(fold(needle)) != std::string::npos;
}

}  // namespace accord
