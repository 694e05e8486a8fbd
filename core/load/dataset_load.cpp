#include "dataset_load.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <stdexcept>

#include "index_snapshot.h"

namespace accord {

// Shares of the progress bar: reading and parsing the file, then indexing
// (indexing is about half of the whole on 1,000,000 events).
namespace {
constexpr double kReadShare = 0.05, kParseShare = 0.45;
// Bytes read per step: a few milliseconds even from the browser's in-memory
// file system (a 750 MB snapshot read in one go froze the page).
constexpr size_t kReadBytesPerStep = 16u << 20;

// Where a version 4 snapshot's index part starts (its last 8 bytes say), so
// that the dataset part is read, parsed and freed before the index part is
// read: the file is never held whole beside the dataset. 0: read it whole.
size_t index_part_at(std::ifstream& in, const std::string& head, size_t size) {
  if (!looks_like_snapshot(head) || head.size() < 12 || size < kSnapshotHeaderSize + 8) return 0;
  if (static_cast<uint8_t>(head[8]) != kSnapshotVersion || head[9] || head[10] || head[11]) return 0;
  char tail[8] = {};
  in.seekg(static_cast<std::streamoff>(size - 8));
  in.read(tail, sizeof tail);
  const bool read = in.gcount() == static_cast<std::streamsize>(sizeof tail);
  in.clear();
  in.seekg(0);
  uint64_t at = 0;
  for (int k = 7; k >= 0; --k) at = (at << 8) | static_cast<uint8_t>(tail[k]);
  return read && at % 8 == 0 && at > kSnapshotHeaderSize && at <= size - 8 ? static_cast<size_t>(at) : 0;
}
}  // namespace

struct DatasetLoad::State {
  enum class Phase { Read, ParseJson, ReadSnapshot, ReadIndex, AdoptIndex, Index, Done };
  Phase phase = Phase::Read;
  std::string path, bytes;
  std::ifstream in;         // while reading
  size_t size = 0;          // bytes to read first: the file, or a version 4 snapshot's dataset part
  size_t file_size = 0;     // of the file being read
  size_t index_at = 0;      // where its index part starts, when read apart (0: read whole)
  std::string index_bytes;  // that part
  std::unique_ptr<SnapshotReader> snapshot;
  LoadResult loaded;
  std::unique_ptr<EventIndexAdopt> index_adopt;  // a version 4 snapshot's stored index
  std::unique_ptr<EventIndexBuild> index_build;
  std::unique_ptr<EventIndex> index;

  void start_index() {
    index_build = std::make_unique<EventIndexBuild>(loaded.dataset);
    phase = Phase::Index;
  }
};

DatasetLoad::DatasetLoad() : s_(std::make_unique<State>()) {}
DatasetLoad::DatasetLoad(DatasetLoad&&) noexcept = default;
DatasetLoad::~DatasetLoad() = default;

DatasetLoad DatasetLoad::from_file(std::string path) {
  DatasetLoad load;
  load.s_->path = std::move(path);
  return load;
}

DatasetLoad DatasetLoad::from_bytes(std::string bytes, std::string name) {
  DatasetLoad load;
  load.s_->path = std::move(name);
  load.s_->bytes = std::move(bytes);
  load.s_->phase = looks_like_snapshot(load.s_->bytes) ? State::Phase::ReadSnapshot : State::Phase::ParseJson;
  if (load.s_->phase == State::Phase::ReadSnapshot)
    load.s_->snapshot = std::make_unique<SnapshotReader>(std::move(load.s_->bytes), load.s_->path);
  return load;
}

bool DatasetLoad::done() const { return s_->phase == State::Phase::Done; }

const char* DatasetLoad::phase() const {
  switch (s_->phase) {
    case State::Phase::Read:
      return "reading file";
    case State::Phase::ParseJson:
      return "parsing JSON";
    case State::Phase::ReadSnapshot:
      return s_->snapshot->phase();
    case State::Phase::ReadIndex:
      return "reading file (index)";
    case State::Phase::AdoptIndex:
      return s_->index_adopt->phase();
    case State::Phase::Index:
      return s_->index_build->phase();
    case State::Phase::Done:
      break;
  }
  return "done";
}

double DatasetLoad::progress() const {
  switch (s_->phase) {
    case State::Phase::Read:
      return s_->size ? kReadShare * double(s_->bytes.size()) / double(s_->size) : 0.0;
    case State::Phase::ParseJson:
      return kReadShare;
    case State::Phase::ReadSnapshot:
      return kReadShare + kParseShare * s_->snapshot->progress();
    case State::Phase::ReadIndex:
      return kReadShare + kParseShare;
    case State::Phase::AdoptIndex:
      return kReadShare + kParseShare + (1 - kReadShare - kParseShare) * s_->index_adopt->progress();
    case State::Phase::Index:
      return kReadShare + kParseShare + (1 - kReadShare - kParseShare) * s_->index_build->progress();
    case State::Phase::Done:
      break;
  }
  return 1.0;
}

bool DatasetLoad::step() {
  State& s = *s_;
  switch (s.phase) {
    case State::Phase::Read: {
      if (!s.in.is_open()) {
        s.in.open(s.path, std::ios::binary | std::ios::ate);
        const std::streamoff size = s.in ? static_cast<std::streamoff>(s.in.tellg()) : -1;
        if (size < 0) {
          s.in.close();
          s.loaded.problems.push_back({s.path, "cannot open the file"});
          s.start_index();  // an empty dataset still gets its (empty) index
          break;
        }
        std::string head(16, '\0');
        s.in.seekg(0);
        s.in.read(&head[0], static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<size_t>(s.in.gcount()));
        s.in.clear();
        s.in.seekg(0);
        const std::string too_large = dataset_size_problem(static_cast<unsigned long long>(size), head);
        if (!too_large.empty()) {
          s.in.close();
          s.loaded.problems.push_back({s.path, too_large});
          s.start_index();
          break;
        }
        // Reserved, not resized: zero-filling 750 MB is itself a long step.
        s.size = s.file_size = static_cast<size_t>(size);
        s.index_at = index_part_at(s.in, head, s.size);
        if (s.index_at) s.size = s.index_at;
        s.bytes.reserve(s.size);
      }
      const size_t want = std::min(kReadBytesPerStep, s.size - s.bytes.size());
      if (want > 0) {
        const size_t at = s.bytes.size();
        s.bytes.resize(at + want);  // within the reservation: no copy, only this chunk zeroed
        s.in.read(&s.bytes[at], static_cast<std::streamsize>(want));
        if (static_cast<size_t>(s.in.gcount()) != want) {
          s.in.close();
          s.loaded.problems.push_back({s.path, "cannot read the whole file"});
          s.bytes = {};
          s.start_index();
          break;
        }
      }
      if (s.bytes.size() < s.size) break;
      if (s.index_at) {  // the index part is read once the dataset's bytes are freed
        s.snapshot = std::make_unique<SnapshotReader>(std::move(s.bytes), s.path, s.file_size);
        s.phase = State::Phase::ReadSnapshot;
        break;
      }
      s.in.close();
      if (looks_like_snapshot(s.bytes)) {
        s.snapshot = std::make_unique<SnapshotReader>(std::move(s.bytes), s.path);
        s.phase = State::Phase::ReadSnapshot;
      } else {
        s.phase = State::Phase::ParseJson;
      }
      break;
    }
    case State::Phase::ParseJson: {
      s.loaded = parse_dataset(s.bytes);
      for (Problem& p : s.loaded.problems) p.path = s.path + (p.path.empty() ? "" : ": " + p.path);
      s.bytes.clear();
      s.bytes.shrink_to_fit();
      s.start_index();
      break;
    }
    case State::Phase::ReadSnapshot:
      if (s.snapshot->step()) {
        s.loaded = s.snapshot->take();
        const size_t index_at = s.snapshot->index_block_offset();
        if (index_at && s.index_at) {
          s.index_bytes.reserve(s.file_size - s.index_at);
          s.phase = State::Phase::ReadIndex;
          break;
        }
        s.in.close();
        if (index_at) {
          const size_t end = s.snapshot->index_block_end();
          s.index_adopt =
              std::make_unique<EventIndexAdopt>(s.snapshot->take_bytes(), index_at, end, 0, s.loaded.dataset);
          s.phase = State::Phase::AdoptIndex;
        } else {
          s.start_index();
        }
        s.snapshot.reset();
      }
      break;
    case State::Phase::ReadIndex: {
      // In the same slices as the file; the checksum follows (16 MB: a multiple of 8 bytes).
      const size_t total = s.file_size - s.index_at, at = s.index_bytes.size();
      const size_t want = std::min(kReadBytesPerStep, total - at);
      s.index_bytes.resize(at + want);
      s.in.read(&s.index_bytes[at], static_cast<std::streamsize>(want));
      const bool read = static_cast<size_t>(s.in.gcount()) == want;
      if (read) s.snapshot->add_to_checksum(s.index_bytes.data() + at, want);
      if (read && s.index_bytes.size() < total) break;
      s.in.close();
      const bool intact = read && s.snapshot->checksum_matches();
      s.snapshot.reset();
      if (!intact) {  // nothing read is handed on
        s.loaded = LoadResult{};
        s.loaded.problems.push_back({s.path, read ? "corrupt snapshot: its checksum does not match its contents"
                                                  : "cannot read the whole file"});
        s.index_bytes = {};
        s.start_index();
        break;
      }
      s.index_adopt =
          std::make_unique<EventIndexAdopt>(std::move(s.index_bytes), 0, total - 8, s.index_at, s.loaded.dataset);
      s.phase = State::Phase::AdoptIndex;
      break;
    }
    case State::Phase::AdoptIndex:
      if (s.index_adopt->step()) {
        if (s.index_adopt->failed()) {  // the dataset is good: rebuild its index, and say why
          s.loaded.problems.push_back({s.path, s.index_adopt->problem() + "; the index was rebuilt"});
          s.index_adopt.reset();
          s.start_index();
          break;
        }
        s.index = std::make_unique<EventIndex>(s.index_adopt->take());
        s.index_adopt.reset();
        s.phase = State::Phase::Done;
      }
      break;
    case State::Phase::Index:
      if (s.index_build->step()) {
        s.index = std::make_unique<EventIndex>(s.index_build->take());
        s.index_build.reset();
        s.phase = State::Phase::Done;
      }
      break;
    case State::Phase::Done:
      break;
  }
  return done();
}

std::unique_ptr<EventIndex> DatasetLoad::take(Dataset& into, std::vector<Problem>& problems) {
  if (!done()) throw std::logic_error("DatasetLoad::take before the load is done");
  into = std::move(s_->loaded.dataset);
  problems = std::move(s_->loaded.problems);
  s_->index->rebind(into);
  return std::move(s_->index);
}

}  // namespace accord
