// Opening a dataset file in slices, from the bytes to a ready EventIndex, so
// an app can draw a progress bar between slices (the browser has one thread)
// or run it all on a worker thread (natively). Snapshots (dataset_snapshot.h)
// are read in slices; JSON is parsed in one step, which is why a million
// events should travel as a snapshot.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dataset_json.h"
#include "dataset_snapshot.h"
#include "event_index.h"

namespace accord {

class DatasetLoad {
 public:
  // From a file: the first step reads it (a missing file is a problem).
  static DatasetLoad from_file(std::string path);
  // From bytes already in memory; `name` is used in problems.
  static DatasetLoad from_bytes(std::string bytes, std::string name);
  DatasetLoad(DatasetLoad&&) noexcept;
  ~DatasetLoad();

  bool step();  // one slice of work; true when finished
  bool done() const;
  double progress() const;    // 0..1, over every phase
  const char* phase() const;  // a static string: "reading file", "parsing JSON", "indexing text", ...

  // Once done: moves the dataset into `into`, the problems into `problems`,
  // and returns the index, rebound to `into` (see EventIndex::rebind).
  std::unique_ptr<EventIndex> take(Dataset& into, std::vector<Problem>& problems);

 private:
  DatasetLoad();
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace accord
