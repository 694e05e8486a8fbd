#include "event_index.h"
#include "fuzz_check.h"
#include "query.h"
#include "targets.h"
#include "url_state.h"

namespace accord::fuzz {
namespace {

const EventIndex& shipped_index() {
  static const EventIndex index(shipped_dataset());
  return index;
}

void check_same_events(const EventFilter& filter, const char* which) {
  const std::vector<size_t> reference = query_events(shipped_dataset(), filter);
  const QueryResult indexed = shipped_index().query(filter);
  check(indexed.events == reference, std::string("EventIndex agrees with query_events on the ") + which + " filter");
}

}  // namespace

int url_hash(const uint8_t* data, size_t size) {
  const std::string hash(reinterpret_cast<const char*>(data), size);
  ParsedHash parsed = parse_hash(hash);

  // What the app writes back to the address bar is stable.
  const std::string written = to_hash(parsed.state);
  ParsedHash reparsed = parse_hash(written);
  check(reparsed.notices.empty(), "a written hash parses without notices: " + written);
  check(to_hash(reparsed.state) == written, "a written hash reads back the same: " + written);

  check_same_events(parsed.state.filter, "raw");
  check_against(shipped_dataset(), parsed);
  check_same_events(parsed.state.filter, "checked");
  return 0;
}

}  // namespace accord::fuzz
