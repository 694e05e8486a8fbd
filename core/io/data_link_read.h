// A data link's outcome (?data=URL in the browser): the address and either
// the bytes fetched or why the fetch failed, read into the dataset to show
// as "not your data" or into the message that refuses it. Everything from
// outside (address, fetch error, bytes) is checked or made valid UTF-8 here.
#pragma once
#include <string>

#include "incoming_data.h"

namespace accord {

struct DataLinkRead {
  bool ok = false;
  Dataset dataset;      // when ok: valid
  std::string origin;   // when ok: the host it came from, to name on the banner
  std::string refusal;  // when not: the whole message ("Data link refused: ...")
};

// `fetch_error` is empty when `bytes` arrived. `context`: the data shown now.
DataLinkRead read_data_link(const std::string& url, const std::string& bytes, const std::string& fetch_error,
                            const Dataset& context);

// "example.org:8080" from "https://example.org:8080/x.json".
std::string url_host(const std::string& url);

}  // namespace accord
