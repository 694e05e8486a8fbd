// The built EventIndex stored in a snapshot (dataset_snapshot.h, format
// version 4), so that opening a million events is reading and checking
// arrays instead of rebuilding them.
//
// The block (all integers little-endian): u32 section count, then per
// section u32 tag, u64 length and that many bytes. An array is a u64 count
// and its items as they lie in memory (u8, u32 or u64 each); a list of
// strings is a u32 count and, per string, u32 length + UTF-8.
//   tag 1 order   u32[] ordinal -> dataset index (by date, ties in dataset
//                 order); the date columns are taken from the events while
//                 checking it.
//   tag 2 facets  partner ids and topics (lists of strings, facet order),
//                 then the bitsets as u64[]: partners, topics, types (all
//                 columns back to back, (events + 63) / 64 words each) and
//                 inferred dates.
//   tag 3 text    EventTextIndex's arrays: piece bytes, piece starts, piece
//                 event starts, piece events, token text, token starts,
//                 separator text, separator starts, token piece starts,
//                 token pieces, token places.
// Unknown tags are skipped; each of 1-3 must appear once.
//
// Never trusted blindly (the checksum proves the file intact, not its
// writer right): every count must fit its section, the order must be a
// permutation sorted by the events' dates, each facet bit must match its
// event, every id and offset in the text index must be in range, and 4,096
// pieces spread over the text index must each be a whole part of the first
// event listing them (sampled: a checked text index that still lied about
// other pieces could give wrong text matches, never a crash). A bad block
// gives a problem naming the section, field and byte offset; the caller
// then rebuilds the index.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "event_index.h"
#include "model.h"

namespace accord {

// ix's block, for snapshot_bytes(). ix must not have followed edits (a
// fresh build): throws std::logic_error otherwise.
std::string index_snapshot_block(const EventIndex& ix);

// Adopts a stored index for `d` a slice at a time (a few milliseconds
// each): step() until it returns true, then take() if !failed().
class EventIndexAdopt {
 public:
  // The block is bytes[begin, end); `bytes` start at byte `file_offset` of
  // the snapshot (problems give the file's offsets). d must outlive it.
  EventIndexAdopt(std::string bytes, size_t begin, size_t end, size_t file_offset, const Dataset& d);
  ~EventIndexAdopt();
  bool step();  // true when done or failed
  bool failed() const;
  const std::string& problem() const;  // "index text: token_pieces[12] ... (at byte N)"
  double progress() const;             // 0..1
  const char* phase() const;           // "reading index", "checking index"
  EventIndex take();                   // once step() returned true and !failed()

  struct State;  // index_snapshot.cpp's

 private:
  friend struct IndexSnapshotAccess;
  std::unique_ptr<State> s_;
};

}  // namespace accord
