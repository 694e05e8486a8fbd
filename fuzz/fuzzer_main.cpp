// One libFuzzer binary per target: ACCORD_FUZZ_TARGET names it (see
// fuzz/CMakeLists.txt).
#include <cstdlib>
#include <cstring>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto* target = [] {
    for (const auto& t : accord::fuzz::all_targets())
      if (std::strcmp(t.name, ACCORD_FUZZ_TARGET) == 0) return &t;
    std::abort();
  }();
  return target->run(data, size);
}
