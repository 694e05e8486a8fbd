// The commands that change a dataset file: add an article, import a
// dataset or CSV, delete a record. Each saves through DatasetStore, so a
// failure leaves the file as it was.
#pragma once
#include <istream>
#include <ostream>

#include "args.h"

namespace accord::cli {

int cmd_add(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
int cmd_import(const Args& args, std::ostream& out, std::ostream& err);
int cmd_delete(const Args& args, std::ostream& out, std::ostream& err);
// Puts DATASET.bak back in place of a DATASET that does not load.
int cmd_restore(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
