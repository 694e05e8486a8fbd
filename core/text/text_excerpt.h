// Lengths and excerpts of UTF-8 text. A title or an id can be megabytes
// long; a message that echoes it whole is unreadable and can freeze the
// screen that shows it, so quotes are cut to a readable length.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace accord {

inline constexpr size_t kQuotedCharacters = 80;

// `text` in double quotes, cut after `max_characters` characters (never
// inside a UTF-8 sequence) with "…" and its full length:
// "A very long title…" (20,971,520 characters).
std::string quoted_for_message(std::string_view text, size_t max_characters = kQuotedCharacters);

// The count of UTF-8 characters (a byte that starts no valid sequence
// counts as one).
size_t utf8_characters(std::string_view text);

// The first `max_characters` characters of `text`, never cut inside a
// UTF-8 sequence, with "…" when anything was cut.
std::string cut_to_characters(std::string_view text, size_t max_characters);

// 20971520 -> "20,971,520".
std::string with_thousands(size_t n);

}  // namespace accord
