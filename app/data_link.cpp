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

}  // namespace atlas
