// A substring index over the folded searchable text of events (for EventIndex).
//
// An event's text is a sequence of parts (see searchable_text.h), each ending
// in '\n'. Identical parts are stored once as "pieces": a person's names, an
// organization, a role or a city repeat across thousands of events. A needle
// without '\n' can only match inside one piece, so a search finds matching
// pieces, then the events that contain them.
//
// A piece is stored as its words ("tokens": maximal runs of letters, digits
// and non-ASCII bytes) and the separator runs (every other byte) around them,
// both as ids into small dictionaries: the piece's text is exactly
// sep[0] tok[0] sep[1] tok[1] ... tok[n-1] sep[n]. A needle is split the same
// way; its inner words and separators must equal whole tokens and separators
// of the piece, its first word must end a token, its last must start one,
// and separator bytes at its edges must end / start the separator around.
// So a phrase is matched by comparing ids, never by a substring search.
//
// Candidate pieces are found through token -> pieces postings: "to lam" must
// lie in a piece that has a token ending in "to" and one starting with
// "lam"; the token dictionary is small enough to scan for such tokens. A
// needle that is a single word needs no check: it matches exactly the pieces
// with a token containing it.
//
// Each token -> piece posting also keeps one byte: where the token stands in
// the piece (its word number, among the first 127 words; a word repeated in
// its piece has a posting per place) and whether a single space follows it.
// A phrase of words joined by single spaces ("joint cases", what a search
// box gets) is then matched by walking its words' postings in step, with no
// piece read: only a posting without a place (past word 126) sends its piece
// to the check by ids. Cost at 1,000,000 synthetic events: 53 bytes per
// event (the place bytes 40, the postings of repeated words 13), 329 -> 382.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace accord {

class EventTextIndex {
 public:
  class Builder;

  // Sets bit i of `event_bits` (64 events per word, sized by the caller) for
  // every event whose text contains `needle`. The needle is already folded,
  // non-empty and has no '\n'. When `wanted` is given (same layout), events
  // outside it may be left out: a piece none of whose events is wanted is not
  // checked.
  void match(std::string_view needle, std::vector<uint64_t>& event_bits,
             const std::vector<uint64_t>* wanted = nullptr) const;

  size_t piece_count() const { return piece_start_.empty() ? 0 : piece_start_.size() - 1; }
  size_t token_count() const { return token_start_.empty() ? 0 : token_start_.size() - 1; }
  size_t separator_count() const { return sep_start_.empty() ? 0 : sep_start_.size() - 1; }
  // Piece p's text, rebuilt from its tokens and separators (for tests).
  std::string piece_text(uint32_t p) const;

  // Bytes held by each structure, for the memory notes and the benchmark.
  struct Memory {
    size_t piece_text = 0;    // each distinct piece, as token and separator ids
    size_t piece_events = 0;  // piece -> events that contain it
    size_t tokens = 0;        // the token and separator dictionaries
    size_t token_pieces = 0;  // token -> pieces that contain it
    size_t token_places = 0;  // where each of those tokens stands in its piece
    size_t total() const { return piece_text + piece_events + tokens + token_pieces + token_places; }
  };
  Memory memory() const;

 private:
  friend struct IndexSnapshotAccess;                 // index_snapshot.cpp: stores and adopts the arrays
  enum class Fit { Inside, Suffix, Prefix, Whole };  // how a needle word sits in a token
  struct Phrase;
  std::vector<uint32_t> tokens_fitting(std::string_view word, Fit fit) const;
  bool any_wanted(uint32_t piece, const std::vector<uint64_t>& wanted) const;
  void mark_pieces_of(const std::vector<uint32_t>& tokens, std::vector<uint64_t>& piece_bits) const;
  void match_separators(std::string_view needle, std::vector<uint64_t>& event_bits) const;
  bool has_phrase(uint32_t p, const Phrase& ph) const;
  bool match_by_places(const Phrase& ph, const std::vector<std::vector<uint32_t>>& word_tokens, bool space_trail,
                       std::vector<uint64_t>& event_bits, const std::vector<uint64_t>* wanted) const;
  bool phrase_at(const uint8_t* begin, const uint8_t* end, const uint8_t* at, const Phrase& ph) const;
  void mark_events_of(uint32_t p, std::vector<uint64_t>& event_bits) const;
  std::string_view token(uint32_t t) const;
  std::string_view separator(uint32_t s) const;
  bool piece_equals(uint32_t p, std::string_view text) const;

  // Piece p is piece_bytes_[piece_start_[p], piece_start_[p+1]): its
  // separator and token ids as varints (7 bits a byte, the id's low bit
  // telling a token from a separator), sep[0] tok[0] sep[1] ... tok[n-1]
  // sep[n]. Ids are given in order of first appearance, so common words and
  // separators come early and take one byte (ids < 64) or two (< 8192):
  // about 2.5 bytes per word with its separator, under half the text's
  // size. A spare 0 byte follows the last piece (see get_varint).
  std::vector<uint8_t> piece_bytes_;
  std::vector<uint32_t> piece_start_;  // 4 bytes per piece
  // Piece -> event ordinals (CSR): 4 bytes per (piece, event) pair.
  std::vector<uint32_t> piece_event_start_;
  std::vector<uint32_t> piece_events_;
  // Tokens as "\ntok0\ntok1\n...": token t is token_text_[token_start_[t], token_start_[t+1] - 1).
  std::string token_text_;
  std::vector<uint32_t> token_start_;
  // Separators back to back (they may hold '\n'); separator 0 is "".
  std::string sep_text_;
  std::vector<uint32_t> sep_start_;
  // Token -> pieces (CSR): 4 bytes per (token, piece) pair, and per place
  // of a word repeated in a piece (ascending pieces, a piece may repeat).
  std::vector<uint32_t> token_piece_start_;
  std::vector<uint32_t> token_pieces_;
  // Beside each of token_pieces_: the token's word number in the piece (low
  // 7 bits; kNoPlace past word 126, one posting for all such places) and,
  // in the high bit, whether the separator after it is " " (kSpace).
  std::vector<uint8_t> token_places_;
  static constexpr uint8_t kNoPlace = 0x7f, kSpaceAfter = 0x80;
  static constexpr uint32_t kSpace = 1;  // the separator id of " "
};

class EventTextIndex::Builder {
 public:
  Builder();
  // Adds a folded part (ending in '\n'); identical parts share one piece id.
  uint32_t add_piece(std::string_view folded);
  // The pieces of the next event, in order; events come in ordinal order.
  void add_event(const std::vector<uint32_t>& pieces);
  // Finishing takes about a second for 1,000,000 events in WebAssembly, so it
  // goes in slices of a few milliseconds: call finish_step() until it returns
  // true, then take(). No piece or event may be added once it started.
  bool finish_step();
  double finish_progress() const;  // 0..1
  EventTextIndex take();
  EventTextIndex finish();  // every step at once

 private:
  enum class Stage { CountEvents, PlaceEvents, Postings, Compact, Done };
  void grow_table();
  uint32_t token_id(std::string_view word);
  uint32_t separator_id(std::string_view run);

  EventTextIndex index_;
  std::vector<uint32_t> piece_hash_;  // build-time only
  std::vector<uint32_t> table_;       // open addressing: piece id + 1, 0 = empty
  size_t table_used_ = 0;
  std::deque<std::string> token_store_;
  std::unordered_map<std::string_view, uint32_t> token_ids_;  // views into token_store_
  std::unordered_map<std::string, uint32_t> separator_ids_;
  std::vector<std::vector<uint32_t>> token_pieces_;  // by token id
  std::vector<std::vector<uint8_t>> token_places_;   // by token id, beside token_pieces_
  std::vector<uint32_t> event_piece_start_{0};
  std::vector<uint32_t> event_pieces_;
  // Finishing.
  Stage stage_ = Stage::CountEvents;
  size_t next_ = 0;  // the next event / token / element of the stage
  std::vector<uint32_t> count_, last_event_;
  std::vector<uint8_t> old_bytes_;  // piece_bytes_ before it is copied to its exact size
};

}  // namespace accord
