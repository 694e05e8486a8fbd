// Reading a file the user imports (a dataset as .json, events as .csv)
// into a Dataset, with one clear message when it cannot be: empty, not
// text, the wrong kind, or not valid (what, and where: line, column,
// field). The parsing and validation are the core's; nothing here draws.
#pragma once
#include <string>
#include <vector>

#include "model.h"
#include "user_file.h"

namespace atlas {

struct IncomingData {
  bool ok = false;
  accord::Dataset dataset;         // when ok: the records to merge
  std::string error;               // when not: why, naming the file (may hold several lines)
  std::vector<std::string> notes;  // how it was read (a CSV's separator, date formats, ignored columns)
};

// `kind` says how to read it (user_file_kind of its name, or Dataset for a
// data link). `context` resolves the names a CSV file uses (partners) and
// is where the records will go.
IncomingData read_incoming(const std::string& name, const std::string& bytes, UserFileKind kind,
                           const accord::Dataset& context);

}  // namespace atlas
