// A zip archive of files stored as they are (no compression): enough to
// hand a published site over as one download (the app's "Publish…"),
// readable by every unzip tool. Each entry carries its CRC-32.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace accord {

struct ZipEntry {
  std::string name;   // a relative path with '/' separators: "index.html", "site/atlas.json"
  std::string bytes;  // the file's content
};

// CRC-32 (IEEE 802.3, as zip, gzip and PNG use it).
uint32_t crc32(const std::string& bytes);

// The archive's bytes. Names are stored as UTF-8 (flag bit 11). Archives
// are limited to what plain zip holds: entries under 4 GB, fewer than
// 65,535 of them; `error` says why when that is exceeded (nothing returned).
std::string zip_store(const std::vector<ZipEntry>& entries, std::string& error);

}  // namespace accord
