// Case- and diacritic-insensitive text matching for search.
#pragma once
#include <string>
#include <string_view>

namespace accord {

// Lower-cases and strips diacritics from UTF-8 text ("Tô Lâm" -> "to lam",
// "Đà Nẵng" -> "da nang"). Unknown code points pass through unchanged.
std::string fold(std::string_view utf8);
// True when fold(needle) occurs in fold(haystack).
bool folded_contains(std::string_view haystack, std::string_view needle);

}  // namespace accord
