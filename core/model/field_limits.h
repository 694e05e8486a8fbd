// How long a field may be. A dataset is read by people on phones: a
// 20 MB title is a mistake (a pasted article, a broken export), not a
// title, and accepting it makes every list that shows it unusable.
// validate refuses what passes these limits, so every door (load, import,
// data links, edits) refuses it too, with the field and the limit named.
#pragma once
#include <cstddef>

namespace accord {

inline constexpr size_t kMaxIdBytes = 200;               // ids are ASCII
inline constexpr size_t kMaxLineCharacters = 1000;       // a title, a name, a city, a URL
inline constexpr size_t kMaxPassageCharacters = 100000;  // a summary, a note, a commitment's words

}  // namespace accord
