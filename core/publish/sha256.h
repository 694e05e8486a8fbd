// SHA-256 (FIPS 180-4), for the service worker's release: every file a
// published site serves is named there with its digest (web/sw.js).
#pragma once
#include <string>

namespace accord {

// The digest of `bytes` as 64 lowercase hex digits.
std::string sha256_hex(const std::string& bytes);

}  // namespace accord
