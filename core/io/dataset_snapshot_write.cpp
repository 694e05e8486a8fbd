// Writing a snapshot (dataset_snapshot.h describes the layout).
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "dataset_snapshot.h"
#include "record_fields.h"

namespace accord {

namespace {

class Writer {
 public:
  std::string out;
  void u8(uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
  }
  void u64(uint64_t v) {
    for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    out += s;
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  void date(const Date& d) {
    i32(d.year);
    u8(static_cast<uint8_t>(d.month));
    u8(static_cast<uint8_t>(d.day));
    u8(static_cast<uint8_t>(d.precision));
    u8(static_cast<uint8_t>(d.basis));
    str(d.reason);
  }
  void opt_date(const std::optional<Date>& d) {
    u8(d ? 1 : 0);
    if (d) date(*d);
  }
};

// Writes a record's fields in description order; every field is written,
// whatever its value.
struct SnapshotFieldWriter {
  Writer& w;

  void text(FieldKey, const std::string& v) { w.str(v); }
  void texts(FieldKey, const std::vector<std::string>& v) { w.strs(v); }
  template <typename Enum>
  void enumeration(FieldKey, Enum v) {
    w.u8(static_cast<uint8_t>(v));
  }
  void date(FieldKey, const Date& d) { w.date(d); }
  void date(FieldKey, const std::optional<Date>& d) { w.opt_date(d); }
  void number(FieldKey, int v) { w.i32(v); }
  void number(FieldKey, double v) { w.f64(v); }
  void flag(FieldKey, bool v) { w.u8(v ? 1 : 0); }
  template <typename Record>
  void record(FieldKey, const Record& r) {
    visit_fields(r, *this);
  }
  template <typename Record>
  void records(FieldKey, const std::vector<Record>& list) {
    w.u32(static_cast<uint32_t>(list.size()));
    for (const Record& r : list) visit_fields(r, *this);
  }
};

}  // namespace

std::string snapshot_bytes(const Dataset& d, std::string_view index_block) {
  Writer w;
  SnapshotFieldWriter fields{w};
  visit_fields(d, fields);
  for_each_table(d, [&](const char* key, const auto& table) { fields.records(key::optional(key), table); });
  if (!index_block.empty()) {
    // Zeros to a multiple of 8 (so the checksum can be summed over the two
    // parts read apart), the block, then where it starts.
    while ((kSnapshotHeaderSize + w.out.size()) % 8) w.u8(0);
    const uint64_t index_at = kSnapshotHeaderSize + w.out.size();
    w.out.append(index_block.data(), index_block.size());
    w.u64(index_at);
  }

  Writer header;
  header.out.append(kSnapshotMagic, sizeof kSnapshotMagic);
  header.u32(index_block.empty() ? kSnapshotVersionNoIndex : kSnapshotVersion);
  header.i32(d.schema_version);
  header.u64(w.out.size());
  header.u64(snapshot_checksum(w.out.data(), w.out.size()));
  return header.out + w.out;
}

std::string save_snapshot_file(const Dataset& d, const std::string& path, std::string_view index_block) {
  const std::string bytes = snapshot_bytes(d, index_block);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + tmp;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return "cannot write " + tmp + " (disk full?)";
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot replace " + path;
  }
  return "";
}

}  // namespace accord
