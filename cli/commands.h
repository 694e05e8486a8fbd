// The `accord` commands. Each returns the process exit code:
// 0 success, 1 bad data or nothing found, 2 usage error.
#pragma once
#include <ostream>

#include "args.h"
#include "model.h"

namespace accord::cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err);
int cmd_stats(const Dataset& d, const Args& args, std::ostream& out);
int cmd_events(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_show(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_agreements(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_people(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_trends(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_network(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);
int cmd_export(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
