// A file the user brings into the app (picked or dropped), read as
// `accord import` reads it: a TimelineJS JSON file or an ACLED-style CSV,
// found by its content, becomes events through exchange_import_dataset
// (then the same validation and merge as any import); anything else is
// read by read_incoming (a dataset, our events CSV), which also refuses
// what is too large, empty, binary or not UTF-8.
#pragma once
#include <string>

#include "incoming_data.h"

namespace accord {

IncomingData read_incoming_file(const std::string& name, const std::string& bytes, IncomingKind kind,
                                const Dataset& context);

}  // namespace accord
