// The file a command makes (export --out, synth --out, snapshot OUT): an
// existing file is never replaced unless asked (--force), and then the old
// one is kept as FILE.bak; the write is atomic and holds the writers' lock.
#pragma once
#include <ostream>
#include <string>

namespace accord::cli {

// Writes `bytes` to `path` for `command` ("export", "synth", "snapshot").
// Returns 0, or 1 after saying on `err` why nothing was written.
int write_command_output(const std::string& command, const std::string& path, const std::string& bytes, bool force,
                         std::ostream& err);

}  // namespace accord::cli
