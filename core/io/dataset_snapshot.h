// A compact binary snapshot of a Dataset, for loading a million events fast.
// JSON stays the interchange format (docs/data-format.md); a snapshot is a
// cache of it that the app and the CLI also open. Never trusted blindly:
// the header, size and checksum are checked first, then every length, count,
// enum and date while reading, and a bad snapshot gives a Problem saying
// what and where (the field's path and the byte offset), never a crash.
//
// Layout (all integers little-endian):
//   bytes 0-7    magic "ACCSNAP\n"
//   bytes 8-11   format version (kSnapshotVersion)
//   bytes 12-15  the dataset's schema_version
//   bytes 16-23  payload size in bytes (the file is 32 + payload bytes)
//   bytes 24-31  checksum of the payload (64-bit, not cryptographic)
//   payload      the dataset field by field (record_fields.h order, every
//                field whatever its value): strings as u32 length + UTF-8,
//                lists as u32 count + items, enums as u8, optional dates
//                as a u8 flag + date; the events come last.
//   (version 4)  then zero bytes up to a multiple of 8, the built index (so
//                that opening is reading and checking arrays, not rebuilding;
//                core/index/index_snapshot.h writes and reads it, this layer
//                only carries its bytes: u32 section count, then per section
//                u32 tag + u64 length + that many bytes), and last a u64:
//                the byte where the index starts. The checksum covers it all.
//                A loader reads the dataset part first, frees it, then reads
//                the index part, so the file is never held whole beside both.
// A snapshot without an index is written as version 3, which older builds
// read; a version 3 file is read as before and its index rebuilt.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dataset_json.h"
#include "model.h"

namespace accord {

inline constexpr unsigned kSnapshotVersion = 4;         // with the built index
inline constexpr unsigned kSnapshotVersionNoIndex = 3;  // the dataset only
inline constexpr size_t kSnapshotHeaderSize = 32;
inline constexpr char kSnapshotMagic[8] = {'A', 'C', 'C', 'S', 'N', 'A', 'P', '\n'};

// The header's checksum of a payload (bytes 32 onwards).
uint64_t snapshot_checksum(const char* payload, size_t size);

// True when the bytes start with the snapshot magic (else treat as JSON).
bool looks_like_snapshot(const std::string& bytes);

// The snapshot of d, with `index_block` (index_snapshot_block(), built on
// d) after the events: version 4; without one, version 3.
std::string snapshot_bytes(const Dataset& d, std::string_view index_block = {});
// Writes PATH.tmp then renames over PATH. Returns an error, empty on success.
std::string save_snapshot_file(const Dataset& d, const std::string& path, std::string_view index_block = {});

// Reads a snapshot in slices, so a caller can keep a page responsive:
// call step() until it returns true (each step is a few milliseconds of
// work), then take(). Problems have path = `name` plus where in the file.
class SnapshotReader {
 public:
  SnapshotReader(std::string bytes, std::string name);
  // Only the dataset part of a version 4 file of `file_size` bytes: `bytes`
  // are its first bytes, up to where the index starts (its last u64 says
  // where). The checksum is then finished by add_to_checksum() with the rest
  // of the file, in order, before anything read is used.
  SnapshotReader(std::string dataset_part, std::string name, uint64_t file_size);
  ~SnapshotReader();
  bool step();  // one slice of work; true when finished
  bool done() const;
  double progress() const;    // 0..1
  const char* phase() const;  // "checking", "reading tables", "reading events", "done"
  LoadResult take();          // the dataset, or the problem that stopped it
  // After take(): where a version 4 file's index block starts and ends (in
  // the file; 0, 0 without one), and the bytes read (the whole file, unless
  // only its dataset part was given).
  size_t index_block_offset() const;
  size_t index_block_end() const;
  std::string take_bytes();
  // With only the dataset part given: the rest of the file, in pieces of a
  // multiple of 8 bytes but the last; then whether the whole file's checksum matches.
  void add_to_checksum(const char* p, size_t n);
  bool checksum_matches() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Whole reads, for the CLI and tests.
LoadResult read_snapshot(std::string bytes, const std::string& name);
LoadResult load_snapshot_file(const std::string& path);

}  // namespace accord
