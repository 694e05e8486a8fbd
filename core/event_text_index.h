// A substring index over the folded searchable text of events (for EventIndex).
//
// An event's text is a sequence of parts (see searchable_text.h), each ending
// in '\n'. Identical parts are stored once as "pieces": a person's names, an
// organization, a role or a city repeat across thousands of events. A needle
// without '\n' can only match inside one piece, so a search finds matching
// pieces, then the events that contain them.
//
// Pieces are found through a word index: the distinct words ("tokens":
// maximal runs of letters, digits and non-ASCII bytes) with, for each, the
// pieces that contain it. A needle "to lam" must lie in a piece that has a
// token ending in "to" and a token starting with "lam"; the token dictionary
// is small enough to scan for such tokens, and only the pieces having both
// are checked with a plain substring search. A needle that is a single word
// needs no check: it matches exactly the pieces with a token containing it.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace accord {

class EventTextIndex {
 public:
  class Builder;

  // Sets bit i of `event_bits` (64 events per word, sized by the caller) for
  // every event whose text contains `needle`. The needle is already folded,
  // non-empty and has no '\n'. When `wanted` is given (same layout), events
  // outside it may be left out: a piece none of whose events is wanted is not
  // checked, which saves most of the substring checks of a phrase.
  void match(std::string_view needle, std::vector<uint64_t>& event_bits,
             const std::vector<uint64_t>* wanted = nullptr) const;

  size_t piece_count() const { return piece_start_.empty() ? 0 : piece_start_.size() - 1; }
  size_t token_count() const { return token_start_.empty() ? 0 : token_start_.size() - 1; }

  // Bytes held by each structure, for the memory notes and the benchmark.
  struct Memory {
    size_t piece_text = 0;    // the folded text of each distinct piece
    size_t piece_events = 0;  // piece -> events that contain it
    size_t tokens = 0;        // the token dictionary
    size_t token_pieces = 0;  // token -> pieces that contain it
    size_t total() const { return piece_text + piece_events + tokens + token_pieces; }
  };
  Memory memory() const;

 private:
  enum class Fit { Inside, Suffix, Prefix, Whole };  // how a needle word sits in a token
  std::vector<uint32_t> tokens_fitting(std::string_view word, Fit fit) const;
  bool any_wanted(uint32_t piece, const std::vector<uint64_t>& wanted) const;
  void mark_pieces_of(const std::vector<uint32_t>& tokens, std::vector<uint64_t>& piece_bits) const;
  std::string_view piece(uint32_t p) const;

  // Distinct pieces, back to back: piece p is piece_text_[piece_start_[p], piece_start_[p+1]).
  std::string piece_text_;
  std::vector<uint32_t> piece_start_;
  // Piece -> event ordinals (CSR): 4 bytes per (piece, event) pair.
  std::vector<uint32_t> piece_event_start_;
  std::vector<uint32_t> piece_events_;
  // Tokens as "\ntok0\ntok1\n...": token t is token_text_[token_start_[t], token_start_[t+1] - 1).
  std::string token_text_;
  std::vector<uint32_t> token_start_;
  // Token -> pieces (CSR): 4 bytes per (token, piece) pair.
  std::vector<uint32_t> token_piece_start_;
  std::vector<uint32_t> token_pieces_;
};

class EventTextIndex::Builder {
 public:
  Builder();
  // Adds a folded part (ending in '\n'); identical parts share one piece id.
  uint32_t add_piece(std::string_view folded);
  // The pieces of the next event, in order; events come in ordinal order.
  void add_event(const std::vector<uint32_t>& pieces);
  EventTextIndex finish();

 private:
  uint32_t find_or_insert_last_piece();
  void grow_table();
  void index_tokens(uint32_t piece);

  EventTextIndex index_;
  std::vector<uint32_t> piece_hash_;   // build-time only
  std::vector<uint32_t> table_;        // open addressing: piece id + 1, 0 = empty
  size_t table_used_ = 0;
  std::deque<std::string> token_store_;
  std::unordered_map<std::string_view, uint32_t> token_ids_;  // views into token_store_
  std::vector<std::vector<uint32_t>> token_pieces_;  // by token id
  std::vector<uint32_t> event_piece_start_{0};
  std::vector<uint32_t> event_pieces_;
};

}  // namespace accord
