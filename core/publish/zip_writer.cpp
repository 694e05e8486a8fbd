#include "zip_writer.h"

#include <array>

namespace accord {
namespace {

const std::array<uint32_t, 256>& crc_table() {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  return table;
}

void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xffff);
  put16(out, v >> 16);
}

// 1 January 2026, 00:00 in MS-DOS form: a fixed time keeps the archive the
// same for the same files (the files' own times are not known in a browser).
constexpr uint32_t kDosTime = 0;
constexpr uint32_t kDosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
constexpr uint32_t kUtf8Names = 1u << 11;

}  // namespace

uint32_t crc32(const std::string& bytes) {
  const auto& table = crc_table();
  uint32_t c = 0xffffffffu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

std::string zip_store(const std::vector<ZipEntry>& entries, std::string& error) {
  error.clear();
  if (entries.size() >= 0xffff) {
    error = "a zip archive holds fewer than 65,535 files; this one would have " + std::to_string(entries.size());
    return {};
  }
  std::string out, directory;
  for (const ZipEntry& e : entries) {
    if (e.bytes.size() >= 0xffffffffull || e.name.size() >= 0xffff || e.name.empty()) {
      error = e.name.empty() ? "a file has no name" : e.name + " is too large for a zip archive";
      return {};
    }
    const uint32_t offset = static_cast<uint32_t>(out.size());
    if (out.size() + e.bytes.size() + e.name.size() + 30 >= 0xffffffffull) {
      error = "the archive would be over 4 GB";
      return {};
    }
    const uint32_t crc = crc32(e.bytes);
    const auto size = static_cast<uint32_t>(e.bytes.size());
    const auto name_size = static_cast<uint32_t>(e.name.size());
    // Local file header.
    put32(out, 0x04034b50);
    put16(out, 10);  // version needed: 1.0 (stored)
    put16(out, kUtf8Names);
    put16(out, 0);  // method: stored
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, crc);
    put32(out, size);
    put32(out, size);
    put16(out, name_size);
    put16(out, 0);  // extra field
    out += e.name;
    out += e.bytes;
    // Central directory entry.
    put32(directory, 0x02014b50);
    put16(directory, 0x031e);  // made by: Unix, 3.0
    put16(directory, 10);
    put16(directory, kUtf8Names);
    put16(directory, 0);
    put16(directory, kDosTime);
    put16(directory, kDosDate);
    put32(directory, crc);
    put32(directory, size);
    put32(directory, size);
    put16(directory, name_size);
    put16(directory, 0);               // extra
    put16(directory, 0);               // comment
    put16(directory, 0);               // disk
    put16(directory, 0);               // internal attributes
    put32(directory, 0100644u << 16);  // external: a regular file, rw-r--r--
    put32(directory, offset);
    directory += e.name;
  }
  const auto directory_offset = static_cast<uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054b50);  // end of central directory
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<uint32_t>(entries.size()));
  put16(out, static_cast<uint32_t>(entries.size()));
  put32(out, static_cast<uint32_t>(directory.size()));
  put32(out, directory_offset);
  put16(out, 0);  // comment
  return out;
}

}  // namespace accord
