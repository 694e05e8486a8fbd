// Replays the fuzzers' seed corpus and every saved crash (fuzz/corpus/<target>
// and fuzz/regressions/<target>) through the same target functions, so a
// fixed crash stays fixed and the invariants are checked in every CI run
// (under ASan + UBSan in the sanitizer build).
#include <catch2/catch.hpp>
#include <filesystem>

#include "fixtures.h"
#include "targets.h"

namespace fs = std::filesystem;

namespace {

size_t replay(const accord::fuzz::Target& target, const fs::path& folder) {
  size_t inputs = 0;
  if (!fs::is_directory(folder)) return 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const std::string bytes = read_text(entry.path().string());
    INFO(entry.path().string());
    // A broken invariant aborts (the test run fails with the file named above).
    CHECK(target.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()) == 0);
    ++inputs;
  }
  return inputs;
}

}  // namespace

TEST_CASE("every fuzz target's seed corpus and regressions replay cleanly", "[fuzz]") {
  const fs::path root = ACCORD_FUZZ_DIR;
  for (const auto& target : accord::fuzz::all_targets()) {
    SECTION(target.name) {
      const size_t seeds = replay(target, root / "corpus" / target.name);
      replay(target, root / "regressions" / target.name);
      CHECK(seeds >= 3);  // each target has a real seed corpus in the repository
    }
  }
}
