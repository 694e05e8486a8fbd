// A dataset named by the page's address (?data=URL or #data=URL): web/glue.js
// fetches it over http(s) only, refusing other schemes and anything over
// kMaxUserFileBytes (from Content-Length, then from the bytes read), and
// hands the bytes or the refusal here. The Data menu shows it as "not
// your data" once the user's own store is loaded.
#pragma once
#include <string>

namespace atlas {

struct DataLinkArrival {
  std::string url;    // where it came from
  std::string bytes;  // the body, when error is empty
  std::string error;  // why nothing arrived
};

// The link's outcome once it has arrived (web); false before, or without a link.
bool take_data_link(DataLinkArrival& out);
// The platform hands over what arrived (web: from web/glue.js's fetch).
void deliver_data_link(DataLinkArrival arrival);

// "example.org:8080" from "https://example.org:8080/x.json".
std::string url_host(const std::string& url);

}  // namespace atlas
