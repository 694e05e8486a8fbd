// Sorting a million keys without one long step: a stable LSD radix sort
// whose every step touches a bounded number of items, so a page can draw
// between steps (EventIndexBuild sorts events by date with it).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace accord {

// Orders the positions 0..n-1 of `keys` by key, ties by position: the
// order std::stable_sort gives. Call step() until it returns true.
class SlicedKeySort {
 public:
  static constexpr size_t kDefaultItemsPerStep = 1 << 17;
  explicit SlicedKeySort(std::vector<int32_t> keys, size_t items_per_step = kDefaultItemsPerStep);

  bool step();  // true when sorted
  bool done() const { return stage_ == Stage::Done; }
  double progress() const;  // 0..1
  // Items read or moved by the last step (tests bound the work per step).
  size_t last_step_items() const { return last_step_items_; }

  // Once done: position -> rank's position (order()[r] is the r-th smallest)
  // and the keys in that order.
  const std::vector<uint32_t>& order() const { return order_; }
  const std::vector<int32_t>& sorted_keys() const { return keys_; }
  std::vector<uint32_t> take_order() { return std::move(order_); }
  std::vector<int32_t> take_sorted_keys() { return std::move(keys_); }

 private:
  static constexpr int kBits = 11, kPasses = 3;  // 33 bits: any int32 range
  static constexpr size_t kBuckets = size_t{1} << kBits;
  enum class Stage { Range, Count, Scatter, Done };
  uint32_t digit(int32_t key, int pass) const {
    return static_cast<uint32_t>((uint64_t(int64_t(key) - min_) >> (kBits * pass)) & (kBuckets - 1));
  }
  void start_pass();  // skips passes where every key has the same digit

  size_t per_step_;
  Stage stage_ = Stage::Range;
  size_t next_ = 0;
  int pass_ = 0;
  int64_t min_ = 0;
  int32_t lo_ = INT32_MAX;
  size_t last_step_items_ = 0;
  std::vector<int32_t> keys_, keys_out_;
  std::vector<uint32_t> order_, order_out_;
  std::vector<std::array<uint32_t, kBuckets>> counts_;  // per pass; offsets once a pass starts
};

}  // namespace accord
