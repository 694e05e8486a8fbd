// The `accord synth` command: a realistic synthetic dataset for tests and benchmarks.
#pragma once
#include <ostream>

#include "args.h"

namespace accord::cli {

// accord synth N [--seed S] [--out FILE]: N events as dataset JSON, to
// standard output or written atomically to FILE. Needs no dataset.
// --format snapshot writes a binary snapshot (needs --out).
int cmd_synth(const Args& args, std::ostream& out, std::ostream& err);

// accord snapshot IN OUT: a binary snapshot (core/dataset_snapshot.h) of the
// dataset in IN (JSON, or a snapshot), written atomically to OUT.
int cmd_snapshot(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
