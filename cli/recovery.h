// What to tell a user whose dataset file does not load: the way back.
#pragma once
#include <ostream>
#include <string>

namespace accord::cli {

// After the problems of a file that does not load: the exact command that
// restores its backup when the backup loads, else how to start anew.
void explain_recovery(const std::string& path, std::ostream& err);

}  // namespace accord::cli
