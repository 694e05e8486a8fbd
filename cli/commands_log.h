// `accord log [ID]`: when each saved change of the dataset was made, what
// it was, what it touched and where it came from.
#pragma once
#include <ostream>

#include "args.h"

namespace accord::cli {

int cmd_log(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
