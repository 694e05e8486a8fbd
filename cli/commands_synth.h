// The `accord synth` command: a realistic synthetic dataset for tests and benchmarks.
#pragma once
#include <ostream>

#include "args.h"

namespace accord::cli {

// accord synth N [--seed S] [--out FILE]: N events as dataset JSON, to
// standard output or written atomically to FILE. Needs no dataset.
int cmd_synth(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
