#include "data_link_read.h"

#include <utility>

#include "text_encoding.h"

namespace accord {

DataLinkRead read_data_link(const std::string& url, const std::string& bytes, const std::string& fetch_error,
                            const Dataset& context) {
  DataLinkRead link;
  if (!fetch_error.empty()) {
    link.refusal = "Data link refused: " + valid_utf8_or_replaced(fetch_error) + ". Your data is shown.";
    return link;
  }
  IncomingData in = read_incoming(url, bytes, IncomingKind::Dataset, context);
  if (!in.ok) {
    link.refusal = "Data link refused: " + in.error + "\nYour data is shown.";
    return link;
  }
  const std::string host = url_host(url);
  link.origin = valid_utf8_or_replaced(host.empty() ? url : host);
  link.dataset = std::move(in.dataset);
  link.ok = true;
  return link;
}

std::string url_host(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const size_t end = url.find_first_of("/?#", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const size_t at = host.find('@');  // user:password@ is not the host
  return at == std::string::npos ? host : host.substr(at + 1);
}

}  // namespace accord
