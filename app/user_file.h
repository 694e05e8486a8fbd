// Files the user hands to the app (picked, dropped, typed as a path): the
// size limit, reading with that limit checked before the bytes are read,
// and what kind of file a name is.
#pragma once
#include <cstddef>
#include <string>

#include "incoming_data.h"

namespace atlas {

// The core's limit and message for bytes from outside (incoming_data.h).
inline constexpr size_t kMaxUserFileBytes = accord::kMaxIncomingBytes;
using accord::too_large_message;

// Reads `path` into `bytes` unless it is larger than `max_bytes` (checked
// with stat before reading). Returns "" or what went wrong, naming the file.
std::string read_user_file(const std::string& path, std::string& bytes, size_t max_bytes = kMaxUserFileBytes);

enum class UserFileKind { Dataset, EventsCsv, Article, Unknown };
// By extension, ignoring case: .json, .csv, .txt/.html/.htm.
UserFileKind user_file_kind(const std::string& name);

// The last path component ("/a/b/c.json" -> "c.json").
std::string file_base_name(const std::string& path);

}  // namespace atlas
