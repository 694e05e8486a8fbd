#include "sliced_sort.h"

#include <algorithm>
#include <stdexcept>

namespace accord {

SlicedKeySort::SlicedKeySort(std::vector<int32_t> keys, size_t items_per_step)
    : per_step_(std::max<size_t>(items_per_step, 1)), keys_(std::move(keys)) {
  if (keys_.size() >= UINT32_MAX) throw std::length_error("SlicedKeySort sorts at most 2^32 - 1 keys");
  if (keys_.empty()) stage_ = Stage::Done;
}

double SlicedKeySort::progress() const {
  const double n = static_cast<double>(std::max<size_t>(keys_.size(), 1));
  const double at = static_cast<double>(next_) / n;
  // Range, counting, then up to kPasses scatters: equal shares.
  constexpr double share = 1.0 / (2 + kPasses);
  switch (stage_) {
    case Stage::Range:
      return share * at;
    case Stage::Count:
      return share * (1 + at);
    case Stage::Scatter:
      return share * (2 + pass_ + at);
    case Stage::Done:
      break;
  }
  return 1.0;
}

void SlicedKeySort::start_pass() {
  const size_t n = keys_.size();
  // A digit every key shares would move nothing (the high digits of a
  // narrow range, e.g. dates as yyyymmdd): skip that pass.
  while (pass_ < kPasses && *std::max_element(counts_[pass_].begin(), counts_[pass_].end()) == n) ++pass_;
  if (pass_ == kPasses) {
    stage_ = Stage::Done;
    keys_out_ = {};
    order_out_ = {};
    counts_ = {};
    return;
  }
  // Counts become each bucket's first place in the output.
  uint32_t sum = 0;
  for (uint32_t& c : counts_[pass_]) {
    const uint32_t here = c;
    c = sum;
    sum += here;
  }
  stage_ = Stage::Scatter;
  next_ = 0;
}

bool SlicedKeySort::step() {
  const size_t n = keys_.size();
  const size_t end = std::min(n, next_ + per_step_);
  last_step_items_ = end - next_;
  switch (stage_) {
    case Stage::Range:
      for (; next_ < end; ++next_) lo_ = std::min(lo_, keys_[next_]);
      if (next_ < n) break;
      min_ = lo_;
      counts_.assign(kPasses, {});
      order_.resize(n);
      stage_ = Stage::Count;
      next_ = 0;
      break;
    case Stage::Count:
      // Every pass's digit counts in one read of the keys; the positions
      // start in order (the tie order).
      for (; next_ < end; ++next_) {
        order_[next_] = static_cast<uint32_t>(next_);
        for (int p = 0; p < kPasses; ++p) ++counts_[p][digit(keys_[next_], p)];
      }
      if (next_ < n) break;
      keys_out_.resize(n);
      order_out_.resize(n);
      pass_ = 0;
      start_pass();
      break;
    case Stage::Scatter: {
      std::array<uint32_t, kBuckets>& place = counts_[pass_];
      for (; next_ < end; ++next_) {
        const uint32_t to = place[digit(keys_[next_], pass_)]++;
        keys_out_[to] = keys_[next_];
        order_out_[to] = order_[next_];
      }
      if (next_ < n) break;
      keys_.swap(keys_out_);
      order_.swap(order_out_);
      ++pass_;
      start_pass();
      break;
    }
    case Stage::Done:
      last_step_items_ = 0;
      break;
  }
  return done();
}

}  // namespace accord
