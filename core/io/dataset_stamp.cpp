#include "dataset_stamp.h"

#include "dataset_snapshot.h"
#include "file_safety.h"

namespace accord {

DatasetStamp stamp_of_bytes(const std::string& bytes) {
  return {bytes.size(), snapshot_checksum(bytes.data(), bytes.size())};
}

DatasetStamp stamp_of_file(const std::string& path, std::string& error) {
  std::string bytes;
  error = read_whole_file(path, bytes);
  return error.empty() ? stamp_of_bytes(bytes) : DatasetStamp{};
}

}  // namespace accord
