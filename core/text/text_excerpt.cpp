#include "text_excerpt.h"

#include "utf8.h"

namespace accord {

size_t utf8_characters(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) decode_utf8(text, i);
  return count;
}

std::string with_thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

namespace {

// The byte offset after the first `max_characters` characters.
size_t end_of_characters(std::string_view text, size_t max_characters) {
  size_t end = 0;
  for (size_t shown = 0; end < text.size() && shown < max_characters; ++shown) decode_utf8(text, end);
  return end;
}

}  // namespace

std::string cut_to_characters(std::string_view text, size_t max_characters) {
  const size_t end = end_of_characters(text, max_characters);
  if (end >= text.size()) return std::string(text);
  return std::string(text.substr(0, end)) + "\u2026";
}

std::string quoted_for_message(std::string_view text, size_t max_characters) {
  const size_t end = end_of_characters(text, max_characters);
  if (end >= text.size()) return "\"" + std::string(text) + "\"";
  return "\"" + std::string(text.substr(0, end)) + "\u2026\" (" + with_thousands(utf8_characters(text)) +
         " characters)";
}

}  // namespace accord
