// UTF-8 decoding and encoding shared by folding and extraction.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace accord {

// Decodes the sequence at s[i] and advances i past it. An invalid or
// truncated sequence decodes as its first byte alone (i advances by one),
// so callers never drop or loop on bad input.
inline uint32_t decode_utf8(std::string_view s, size_t& i) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
  if (extra <= 0 || i + extra >= s.size()) {  // ASCII, stray or truncated
    ++i;
    return lead;
  }
  uint32_t cp = lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const unsigned char cont = static_cast<unsigned char>(s[i + k]);
    if ((cont & 0xC0) != 0x80) {
      ++i;
      return lead;
    }
    cp = (cp << 6) | (cont & 0x3F);
  }
  i += extra + 1;
  return cp;
}

inline void append_utf8(std::string& out, uint32_t cp) {
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

}  // namespace accord

namespace accord {

// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF), or 0 when it is not one.
// The same rule nlohmann/json applies when it parses or dumps a string.
inline size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF)
    n = 2;
  else if (lead == 0xE0)
    n = 3, lo = 0xA0;
  else if (lead >= 0xE1 && lead <= 0xEC)
    n = 3;
  else if (lead == 0xED)
    n = 3, hi = 0x9F;
  else if (lead >= 0xEE && lead <= 0xEF)
    n = 3;
  else if (lead == 0xF0)
    n = 4, lo = 0x90;
  else if (lead >= 0xF1 && lead <= 0xF3)
    n = 4;
  else if (lead == 0xF4)
    n = 4, hi = 0x8F;
  else
    return 0;
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

// Byte offset of the first ill-formed sequence, or npos when `s` is valid.
inline size_t first_invalid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

inline bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

// `s` with every ill-formed byte replaced by U+FFFD; `replaced`, when given,
// counts the replacements (callers say so in their message).
inline std::string valid_utf8(std::string_view s, size_t* replaced = nullptr) {
  size_t bad = first_invalid_utf8(s);
  if (replaced) *replaced = 0;
  if (bad == std::string_view::npos) return std::string(s);
  std::string out(s.substr(0, bad));
  for (size_t i = bad; i < s.size();) {
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      if (replaced) ++*replaced;
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace accord
