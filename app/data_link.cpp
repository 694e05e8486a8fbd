#include "data_link.h"

#include <utility>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#endif

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

std::string url_host(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const size_t end = url.find_first_of("/?#", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const size_t at = host.find('@');  // user:password@ is not the host
  return at == std::string::npos ? host : host.substr(at + 1);
}

}  // namespace atlas

#if defined(__EMSCRIPTEN__)
extern "C" {
EMSCRIPTEN_KEEPALIVE void accord_data_link_loaded(const char* url, const char* bytes, int size) {
  atlas::g_arrival = {url ? url : "", std::string(bytes ? bytes : "", size_t(size > 0 ? size : 0)), ""};
  atlas::g_arrived = true;
}
EMSCRIPTEN_KEEPALIVE void accord_data_link_failed(const char* url, const char* message) {
  atlas::g_arrival = {url ? url : "", "", message ? message : "the data link could not be read"};
  atlas::g_arrived = true;
}
}
#endif
