// Case- and diacritic-insensitive text matching for search.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace accord {

// Lower-cases and strips diacritics from UTF-8 text ("Tô Lâm" -> "to lam",
// "Đà Nẵng" -> "da nang"). Unknown code points pass through unchanged.
std::string fold(std::string_view utf8);
// fold(), and for each byte of the result the offset in `utf8` of the
// character it came from (plus one entry, utf8.size(), for the end), so a
// match found in folded text can be shown in the text as written.
std::string fold_mapped(std::string_view utf8, std::vector<size_t>& source_offsets);
// True when fold(needle) occurs in fold(haystack).
bool folded_contains(std::string_view haystack, std::string_view needle);

}  // namespace accord
