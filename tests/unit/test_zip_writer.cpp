// The store-only zip writer and the checksums a published site relies on.
#include <catch2/catch.hpp>
#include <cstdint>

#include "sha256.h"
#include "zip_writer.h"

namespace {

uint32_t read16(const std::string& s, size_t at) {
  return uint32_t(static_cast<unsigned char>(s[at])) | uint32_t(static_cast<unsigned char>(s[at + 1])) << 8;
}
uint32_t read32(const std::string& s, size_t at) { return read16(s, at) | read16(s, at + 2) << 16; }

}  // namespace

TEST_CASE("crc32 gives the standard check value", "[zip]") {
  CHECK(accord::crc32("123456789") == 0xCBF43926u);
  CHECK(accord::crc32("") == 0u);
  CHECK(accord::crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
}

TEST_CASE("sha256 gives the FIPS 180-4 examples", "[zip]") {
  CHECK(accord::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(accord::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the padding needs a second block.
  CHECK(accord::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(accord::sha256_hex(std::string(1000, 'a')) ==
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("zip_store writes entries an unzip tool can find and check", "[zip]") {
  const std::vector<accord::ZipEntry> entries = {
      {"index.html", "<!doctype html>"}, {"data/atlas.json", "{\"events\": []}"}, {"empty.txt", ""}};
  std::string error;
  const std::string zip = accord::zip_store(entries, error);
  REQUIRE(error.empty());
  // The end record: at the very end, as no comment follows it.
  const size_t end = zip.size() - 22;
  REQUIRE(read32(zip, end) == 0x06054b50u);
  CHECK(read16(zip, end + 10) == 3);
  const uint32_t dir_size = read32(zip, end + 12);
  const uint32_t dir_at = read32(zip, end + 16);
  CHECK(dir_at + dir_size == end);
  // Each central entry points at its local header and data, with the CRC of the bytes.
  size_t at = dir_at;
  for (const accord::ZipEntry& e : entries) {
    REQUIRE(read32(zip, at) == 0x02014b50u);
    CHECK(read16(zip, at + 10) == 0);  // stored
    CHECK(read32(zip, at + 16) == accord::crc32(e.bytes));
    CHECK(read32(zip, at + 20) == e.bytes.size());
    const uint32_t name_size = read16(zip, at + 28);
    CHECK(zip.substr(at + 46, name_size) == e.name);
    const uint32_t local = read32(zip, at + 42);
    REQUIRE(read32(zip, local) == 0x04034b50u);
    CHECK(read32(zip, local + 14) == accord::crc32(e.bytes));
    const size_t data = local + 30 + read16(zip, local + 26) + read16(zip, local + 28);
    CHECK(zip.substr(data, e.bytes.size()) == e.bytes);
    at += 46 + name_size;
  }
  CHECK(at == end);
}

TEST_CASE("zip_store refuses an entry without a name", "[zip]") {
  std::string error;
  CHECK(accord::zip_store({{"", "x"}}, error).empty());
  CHECK(error == "a file has no name");
}
