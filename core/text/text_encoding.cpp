#include "text_encoding.h"

#include <cstdio>

#include "utf8.h"

namespace accord {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

const char* const kFix = ": save it as UTF-8 and try again";

bool is_utf32_by_mark(std::string_view bytes) {
  return starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
         starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4));
}

// UTF-16 without a mark: ASCII letters with a NUL beside each.
bool looks_like_unmarked_utf16(std::string_view bytes) {
  const size_t probe = bytes.size() < 64 ? bytes.size() : 64;
  size_t nul_even = 0, nul_odd = 0;
  for (size_t i = 0; i < probe; ++i)
    if (bytes[i] == '\0') (i % 2 ? nul_odd : nul_even) += 1;
  return probe >= 4 && (nul_even * 3 >= probe || nul_odd * 3 >= probe);
}

}  // namespace

std::string valid_utf8_or_replaced(std::string_view text) {
  size_t replaced = 0;
  std::string out = valid_utf8(text, &replaced);
  if (replaced > 0)
    out += " (" + std::to_string(replaced) + (replaced == 1 ? " byte that was" : " bytes that were") +
           " not UTF-8 replaced by \uFFFD)";
  return out;
}

bool is_wide_unicode(std::string_view bytes) {
  return is_utf32_by_mark(bytes) || starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") ||
         looks_like_unmarked_utf16(bytes);
}

std::string encoding_problem(std::string_view bytes) {
  if (is_utf32_by_mark(bytes)) return std::string("is UTF-32 text (by its byte-order mark), not UTF-8") + kFix;
  if (starts_with(bytes, "\xFF\xFE"))
    return std::string("is UTF-16 text (little-endian, by its byte-order mark), not UTF-8") + kFix;
  if (starts_with(bytes, "\xFE\xFF"))
    return std::string("is UTF-16 text (big-endian, by its byte-order mark), not UTF-8") + kFix;
  if (looks_like_unmarked_utf16(bytes))
    return std::string("looks like UTF-16 text (a NUL byte beside every letter), not UTF-8") + kFix;

  const size_t bad = first_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return {};
  size_t line = 1, column = 1;
  for (size_t i = 0; i < bad; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "is not UTF-8 text: line %zu, column %zu has the byte 0x%02X, which UTF-8 does not allow there "
                "(is it Latin-1 or Windows-1252 text?)",
                line, column, static_cast<unsigned>(static_cast<unsigned char>(bytes[bad])));
  return buf + std::string(kFix);
}

}  // namespace accord
