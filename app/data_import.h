// A file the user imports (a dataset as .json, events as .csv) read by
// the core (incoming_data.h), with the kind told by the file's name.
#pragma once
#include <string>

#include "incoming_data.h"
#include "user_file.h"

namespace atlas {

using accord::IncomingData;

inline accord::IncomingKind incoming_kind(UserFileKind kind) {
  switch (kind) {
    case UserFileKind::Dataset:
      return accord::IncomingKind::Dataset;
    case UserFileKind::EventsCsv:
      return accord::IncomingKind::EventsCsv;
    default:
      return accord::IncomingKind::Other;
  }
}

}  // namespace atlas
