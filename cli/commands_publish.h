// `accord publish DATA.json --out DIR`: a static site of the web app with
// DATA.json as its shipped dataset (core/publish/published_site.h).
#pragma once
#include <ostream>

#include "args.h"

namespace accord::cli {

int cmd_publish(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
