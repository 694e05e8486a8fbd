#include "dataset_load.h"

#include <algorithm>
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
}  // namespace

struct DatasetLoad::State {
  enum class Phase { Read, ParseJson, ReadSnapshot, AdoptIndex, Index, Done };
  Phase phase = Phase::Read;
  std::string path, bytes;
  std::ifstream in;  // while reading
  size_t size = 0;   // of the file being read
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
        s.size = static_cast<size_t>(size);
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
        if (index_at) {
          s.index_adopt = std::make_unique<EventIndexAdopt>(s.snapshot->take_bytes(), index_at, s.loaded.dataset);
          s.phase = State::Phase::AdoptIndex;
        } else {
          s.start_index();
        }
        s.snapshot.reset();
      }
      break;
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
