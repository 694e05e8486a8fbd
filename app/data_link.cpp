#include "data_link.h"

#include <utility>

namespace atlas {
namespace {
bool g_arrived = false;
DataLinkArrival g_arrival;
}  // namespace

bool take_data_link(DataLinkArrival& out) {
  if (!g_arrived) return false;
  out = std::move(g_arrival);
  g_arrival = {};
  g_arrived = false;
  return true;
}

void deliver_data_link(DataLinkArrival arrival) {
  g_arrival = std::move(arrival);
  g_arrived = true;
}

std::string url_host(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const size_t end = url.find_first_of("/?#", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const size_t at = host.find('@');  // user:password@ is not the host
  return at == std::string::npos ? host : host.substr(at + 1);
}

}  // namespace atlas
