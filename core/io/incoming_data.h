// Bytes from outside (a file the user picks, drops or types, a data link)
// read into a Dataset, or refused whole with one clear message: empty, not
// text, too large, not UTF-8, or not valid (what, and where: line, column,
// field). Every message is valid UTF-8 whatever the name or bytes held, so
// it can be drawn, and written as JSON, as it is.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// Larger files are refused before they are read (a dataset of this size
// holds tens of thousands of events; anything bigger is a mistake).
inline constexpr size_t kMaxIncomingBytes = 16u * 1024 * 1024;

// "big.json is 20.0 MB; files over 16 MB are refused."
std::string too_large_message(const std::string& name, double bytes);

enum class IncomingKind { Dataset, EventsCsv, Other };

struct IncomingData {
  bool ok = false;
  Dataset dataset;                 // when ok: valid, the records to merge
  std::string error;               // when not: why, naming the file (may hold several lines)
  std::vector<std::string> notes;  // how it was read (a CSV's separator, date formats, ignored columns)
};

// `kind` says how to read it (by the file's extension; Dataset for a data
// link). `context` resolves the names a CSV file uses (partners) and is
// where the records will go.
IncomingData read_incoming(const std::string& name, const std::string& bytes, IncomingKind kind,
                           const Dataset& context);

}  // namespace accord
