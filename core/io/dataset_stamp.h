// Which saved version of a dataset file something belongs to (the undo
// history kept beside it): the file's size and a checksum of its bytes.
// Unlike FileVersion (file_safety.h) it survives a copy and the browser's
// store, which keep the bytes but not the inode.
#pragma once
#include <cstdint>
#include <string>

namespace accord {

struct DatasetStamp {
  uint64_t bytes = 0;
  uint64_t checksum = 0;
  bool operator==(const DatasetStamp& o) const { return bytes == o.bytes && checksum == o.checksum; }
  bool operator!=(const DatasetStamp& o) const { return !(*this == o); }
};

DatasetStamp stamp_of_bytes(const std::string& bytes);
// The file's stamp; `error` says why it could not be read (then {}).
DatasetStamp stamp_of_file(const std::string& path, std::string& error);

}  // namespace accord
