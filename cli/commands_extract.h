// The `accord extract` command: an article's text -> a draft event.
#pragma once
#include <istream>
#include <ostream>

#include "args.h"

namespace accord::cli {

int cmd_extract(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
