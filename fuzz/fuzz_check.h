// Invariant checks for the fuzz targets: print what broke, then abort so
// libFuzzer (or the corpus-replay test) reports the input.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

#include "dataset_json.h"
#include "gazetteer.h"

namespace accord::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

inline void check(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

// The shipped dataset, loaded once: the context for targets that resolve
// names or run queries.
const Dataset& shipped_dataset();
// The shipped gazetteer, knowing the shipped dataset's names (as accord add
// prepares it), loaded once.
const Gazetteer& shipped_gazetteer();

}  // namespace accord::fuzz
