#include "exchange_incoming.h"

#include <utility>

#include "acled_csv.h"
#include "exchange_records.h"
#include "text_encoding.h"
#include "timeline_json.h"
#include "utf8.h"

namespace accord {
namespace {

constexpr size_t kProblemsShown = 5;

IncomingData from_exchange(const std::string& name, ExchangeDataset read, const char* what) {
  IncomingData in;
  for (std::string& note : read.notes) in.notes.push_back(valid_utf8(note));
  if (!read.ok()) {
    in.error = name + " (" + what + "): " + std::to_string(read.problems.size()) +
               (read.problems.size() == 1 ? " problem" : " problems") + "; nothing was imported.";
    for (size_t i = 0; i < read.problems.size() && i < kProblemsShown; ++i)
      in.error += "\n" + valid_utf8(read.problems[i].to_string());
    if (read.problems.size() > kProblemsShown)
      in.error += "\n(" + std::to_string(read.problems.size() - kProblemsShown) + " more)";
    return in;
  }
  if (read.dataset.events.empty()) {
    in.error = name + " (" + what + ") holds no events.";
    return in;
  }
  in.dataset = std::move(read.dataset);
  in.ok = true;
  return in;
}

}  // namespace

IncomingData read_incoming_file(const std::string& raw_name, const std::string& bytes, IncomingKind kind,
                                const Dataset& context) {
  // Only text read_incoming would accept is looked at here; its refusals
  // (too large, empty, binary, not UTF-8) stay its own.
  const bool readable = kind != IncomingKind::Other && bytes.size() <= kMaxIncomingBytes &&
                        bytes.find_first_not_of(" \t\r\n") != std::string::npos && encoding_problem(bytes).empty() &&
                        bytes.find('\0') == std::string::npos;
  if (readable) {
    const std::string name = valid_utf8_or_replaced(raw_name);
    if (kind == IncomingKind::EventsCsv && looks_like_acled_csv(bytes))
      return from_exchange(name, exchange_import_dataset(parse_acled_csv(bytes, context), "acled", name, context),
                           "ACLED-style CSV");
    if (kind == IncomingKind::Dataset && looks_like_timeline_json(bytes))
      return from_exchange(
          name, exchange_import_dataset(parse_timeline_json(bytes, context), "timeline", name, context), "TimelineJS");
  }
  return read_incoming(raw_name, bytes, kind, context);
}

}  // namespace accord
