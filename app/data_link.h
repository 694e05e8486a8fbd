// A dataset named by the page's address (?data=URL or #data=URL): web/glue.js
// fetches it over http(s) only, refusing other schemes and anything over
// kMaxUserFileBytes (from Content-Length, then from the bytes read), and
// hands the bytes or the refusal here. The Data menu reads it with the
// core's read_data_link (data_link_read.h) once the user's own store is
// loaded, and shows it as "not your data". Records a link carries in its
// hash (rec=) arrive the same way, decompressed by web/glue.js.
#pragma once
#include <string>

namespace atlas {

struct DataLinkArrival {
  std::string url;    // where it came from
  std::string bytes;  // the body, when error is empty
  std::string error;  // why nothing arrived
  // Records carried in the link itself (#/...&rec=..., core/publish/record_link.h):
  // `bytes` is their JSON, `hash` the link's place without them.
  bool records = false;
  std::string hash{};
};

// The link's outcome once it has arrived (web); false before, or without a link.
bool take_data_link(DataLinkArrival& out);
// The platform hands over what arrived (web: from web/glue.js's fetch).
void deliver_data_link(DataLinkArrival arrival);

}  // namespace atlas
