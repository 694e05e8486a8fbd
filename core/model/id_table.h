// Finds records by id in a vector of them (events, people, agreements)
// through a flat open-addressing table of positions: 4 bytes a slot, two
// to four slots per record, plus each record's id hash (4 bytes). A
// million events are indexed in a fraction of a second, where a node-based
// map spends a second allocating nodes; and follow() keeps the table up to
// date through an edit without touching the records at all.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "change_effects.h"

namespace accord {

template <typename T>
class IdTable {
 public:
  // Keeps a pointer to `items`. Like Dataset::find_*, the first record with
  // an id wins.
  void build(const std::vector<T>& items) {
    start(items);
    add(items.size());
  }
  // build() in slices, for a loader: start(), then add() until it is true.
  void start(const std::vector<T>& items) {
    items_ = &items;
    hashes_.assign(items.size(), 0);
    size_t slots = 16;
    while (slots < 2 * items.size()) slots *= 2;
    slots_.assign(slots, kEmpty);
    tombstones_ = 0;
    added_ = 0;
  }
  bool add(size_t count) {
    const size_t end = std::min(items_->size(), added_ + count);
    for (; added_ < end; ++added_) {
      hashes_[added_] = hash((*items_)[added_].id);
      insert(static_cast<uint32_t>(added_));
    }
    return added_ == items_->size();
  }
  // The vector was moved (not copied) to `moved_to`: its records stayed put.
  void rebind(const std::vector<T>& moved_to) { items_ = &moved_to; }

  // After `ops` changed `items` (the same vector) in order: shifts the
  // positions after each erased or inserted record (a pass over the slots,
  // not over the records) and re-enters the records that changed.
  void follow(const std::vector<ListOp>& ops) {
    if (!items_) return;
    std::vector<uint32_t> arrived;  // positions to enter once every op is done and ids are final
    for (const ListOp& op : ops) {
      const bool adds = op.kind == ListOp::Kind::Append || op.kind == ListOp::Kind::Insert;
      if (op.index > hashes_.size() || (!adds && op.index == hashes_.size())) return build(*items_);
      const uint32_t at = static_cast<uint32_t>(op.index);
      if (op.kind == ListOp::Kind::Replace) {
        remove(at);
        if (std::find(arrived.begin(), arrived.end(), at) == arrived.end()) arrived.push_back(at);
      } else if (op.kind == ListOp::Kind::Erase) {
        remove(at);
        hashes_.erase(hashes_.begin() + at);
        shift(at + 1, -1);
        arrived.erase(std::remove(arrived.begin(), arrived.end(), at), arrived.end());
        for (uint32_t& p : arrived) p -= p > at ? 1 : 0;
      } else {
        shift(at, +1);
        hashes_.insert(hashes_.begin() + at, 0);
        for (uint32_t& p : arrived) p += p >= at ? 1 : 0;
        arrived.push_back(at);
      }
    }
    if (hashes_.size() != items_->size() || 2 * (hashes_.size() + tombstones_) > slots_.size()) return build(*items_);
    for (uint32_t at : arrived) {
      hashes_[at] = hash((*items_)[at].id);
      insert(at);
    }
  }

  const T* find(std::string_view id) const {
    if (!items_ || slots_.empty()) return nullptr;
    for (size_t s = hash(id) & mask();; s = (s + 1) & mask()) {
      if (slots_[s] == kEmpty) return nullptr;
      if (slots_[s] == kGone) continue;
      const T& item = (*items_)[slots_[s] - 1];
      if (item.id == id) return &item;
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0, kGone = UINT32_MAX;  // else position + 1
  static uint32_t hash(std::string_view id) { return static_cast<uint32_t>(std::hash<std::string_view>{}(id)); }
  size_t mask() const { return slots_.size() - 1; }

  void insert(uint32_t at) {
    const std::string_view id = (*items_)[at].id;
    for (size_t s = hashes_[at] & mask();; s = (s + 1) & mask()) {
      if (slots_[s] == kEmpty) {
        slots_[s] = at + 1;
        return;
      }
      if (slots_[s] != kGone && (*items_)[slots_[s] - 1].id == id) {
        if (at + 1 < slots_[s]) slots_[s] = at + 1;  // a repeated id: the first wins
        return;
      }
    }
  }
  // Leaves a tombstone where position `at` was (found by its stored hash);
  // a position not in the table (a repeated id, or already removed) is left.
  void remove(uint32_t at) {
    for (size_t s = hashes_[at] & mask(); slots_[s] != kEmpty; s = (s + 1) & mask())
      if (slots_[s] == at + 1) {
        slots_[s] = kGone;
        ++tombstones_;
        return;
      }
  }
  void shift(uint32_t from, int by) {  // every position >= from moves by `by`
    for (uint32_t& slot : slots_)
      if (slot != kEmpty && slot != kGone && slot - 1 >= from)
        slot = static_cast<uint32_t>(static_cast<int64_t>(slot) + by);
  }

  const std::vector<T>* items_ = nullptr;
  std::vector<uint32_t> hashes_;  // by position
  std::vector<uint32_t> slots_;
  size_t tombstones_ = 0;
  size_t added_ = 0;  // records entered by start()/add()
};

}  // namespace accord
