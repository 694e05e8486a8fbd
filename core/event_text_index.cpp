#include "event_text_index.h"

#include <algorithm>
#include <stdexcept>

namespace accord {

namespace {

// Word bytes make tokens; every other byte (space, punctuation, '\n') separates them.
bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct Run {
  std::string_view text;
  bool word;
};

// Splits text into maximal runs of word bytes and of other bytes.
std::vector<Run> split_runs(std::string_view text) {
  std::vector<Run> runs;
  size_t start = 0;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i == text.size() || is_word_byte(text[i]) != is_word_byte(text[start])) {
      runs.push_back({text.substr(start, i - start), is_word_byte(text[start])});
      start = i;
    }
  }
  return runs;
}

uint32_t hash_bytes(std::string_view s) {  // FNV-1a: deterministic, good enough for dedup
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

void set_bit(std::vector<uint64_t>& bits, uint32_t i) { bits[i >> 6] |= uint64_t{1} << (i & 63); }

template <typename F>
void for_each_set_bit(const std::vector<uint64_t>& bits, F&& f) {
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word; word &= word - 1)
      f(static_cast<uint32_t>(w * 64 + __builtin_ctzll(word)));
}

template <typename T>
size_t bytes_of(const std::vector<T>& v) { return v.capacity() * sizeof(T); }

}  // namespace

// --- building ---------------------------------------------------------------

EventTextIndex::Builder::Builder() {
  index_.piece_start_.push_back(0);
  table_.assign(1 << 16, 0);
}

uint32_t EventTextIndex::Builder::add_piece(std::string_view folded) {
  // Append first, then look the new piece up; drop it again if it is known.
  index_.piece_text_.append(folded);
  if (index_.piece_text_.size() > UINT32_MAX) throw std::length_error("event text index over 4 GB");
  index_.piece_start_.push_back(static_cast<uint32_t>(index_.piece_text_.size()));
  return find_or_insert_last_piece();
}

uint32_t EventTextIndex::Builder::find_or_insert_last_piece() {
  const uint32_t candidate = static_cast<uint32_t>(index_.piece_count() - 1);
  const std::string_view text = index_.piece(candidate);
  const uint32_t h = hash_bytes(text);
  const size_t mask = table_.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = table_[slot];
    if (entry == 0) break;
    if (piece_hash_[entry - 1] == h && index_.piece(entry - 1) == text) {
      index_.piece_text_.resize(index_.piece_start_[candidate]);
      index_.piece_start_.pop_back();
      return entry - 1;
    }
  }
  piece_hash_.push_back(h);
  if (2 * (table_used_ + 1) > table_.size()) grow_table();
  for (size_t slot = h & (table_.size() - 1);; slot = (slot + 1) & (table_.size() - 1))
    if (table_[slot] == 0) {
      table_[slot] = candidate + 1;
      break;
    }
  ++table_used_;
  index_tokens(candidate);
  return candidate;
}

void EventTextIndex::Builder::grow_table() {
  std::vector<uint32_t> old = std::move(table_);
  table_.assign(old.size() * 2, 0);
  const size_t mask = table_.size() - 1;
  for (uint32_t entry : old) {
    if (entry == 0) continue;
    size_t slot = piece_hash_[entry - 1] & mask;
    while (table_[slot] != 0) slot = (slot + 1) & mask;
    table_[slot] = entry;
  }
}

void EventTextIndex::Builder::index_tokens(uint32_t piece) {
  const std::string_view text = index_.piece(piece);
  for (size_t i = 0; i < text.size();) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const std::string_view word = text.substr(i, end - i);
    i = end;
    auto found = token_ids_.find(word);
    if (found == token_ids_.end()) {
      token_store_.emplace_back(word);  // a deque: views into it stay valid
      found = token_ids_.emplace(token_store_.back(), static_cast<uint32_t>(token_pieces_.size())).first;
      token_pieces_.emplace_back();
    }
    std::vector<uint32_t>& pieces = token_pieces_[found->second];
    if (pieces.empty() || pieces.back() != piece) pieces.push_back(piece);  // pieces arrive in id order
  }
}

void EventTextIndex::Builder::add_event(const std::vector<uint32_t>& pieces) {
  event_pieces_.insert(event_pieces_.end(), pieces.begin(), pieces.end());
  event_piece_start_.push_back(static_cast<uint32_t>(event_pieces_.size()));
}

EventTextIndex EventTextIndex::Builder::finish() {
  EventTextIndex& ix = index_;
  const size_t pieces = ix.piece_count();
  const size_t events = event_piece_start_.size() - 1;

  // Piece -> events, by counting sort of the (event, piece) pairs. An event
  // that has a piece twice (two participants with one role) lists it once.
  std::vector<uint32_t> count(pieces + 1, 0);
  std::vector<uint32_t> last_event(pieces, UINT32_MAX);
  for (size_t e = 0; e < events; ++e)
    for (uint32_t k = event_piece_start_[e]; k < event_piece_start_[e + 1]; ++k) {
      const uint32_t p = event_pieces_[k];
      if (last_event[p] != e) {
        last_event[p] = static_cast<uint32_t>(e);
        ++count[p + 1];
      }
    }
  for (size_t p = 0; p < pieces; ++p) count[p + 1] += count[p];
  ix.piece_event_start_ = count;
  ix.piece_events_.assign(count[pieces], 0);
  std::fill(last_event.begin(), last_event.end(), UINT32_MAX);
  for (size_t e = 0; e < events; ++e)
    for (uint32_t k = event_piece_start_[e]; k < event_piece_start_[e + 1]; ++k) {
      const uint32_t p = event_pieces_[k];
      if (last_event[p] != e) {
        last_event[p] = static_cast<uint32_t>(e);
        ix.piece_events_[count[p]++] = static_cast<uint32_t>(e);
      }
    }

  // Token dictionary and token -> pieces.
  std::vector<std::string_view> by_id(token_pieces_.size());
  for (const auto& entry : token_ids_) by_id[entry.second] = entry.first;
  ix.token_text_ = "\n";
  size_t postings = 0;
  for (const auto& list : token_pieces_) postings += list.size();
  ix.token_pieces_.reserve(postings);
  ix.token_piece_start_.reserve(by_id.size() + 1);
  ix.token_start_.reserve(by_id.size() + 1);
  for (size_t t = 0; t < by_id.size(); ++t) {
    ix.token_start_.push_back(static_cast<uint32_t>(ix.token_text_.size()));
    ix.token_text_ += by_id[t];
    ix.token_text_ += '\n';
    ix.token_piece_start_.push_back(static_cast<uint32_t>(ix.token_pieces_.size()));
    ix.token_pieces_.insert(ix.token_pieces_.end(), token_pieces_[t].begin(), token_pieces_[t].end());
    std::vector<uint32_t>().swap(token_pieces_[t]);
  }
  ix.token_start_.push_back(static_cast<uint32_t>(ix.token_text_.size()));
  ix.token_piece_start_.push_back(static_cast<uint32_t>(ix.token_pieces_.size()));

  ix.piece_text_.shrink_to_fit();
  ix.piece_start_.shrink_to_fit();
  return std::move(index_);
}

// --- searching --------------------------------------------------------------

std::string_view EventTextIndex::piece(uint32_t p) const {
  return std::string_view(piece_text_).substr(piece_start_[p], piece_start_[p + 1] - piece_start_[p]);
}

std::vector<uint32_t> EventTextIndex::tokens_fitting(std::string_view word, Fit fit) const {
  std::vector<uint32_t> out;
  const std::string_view all(token_text_);
  size_t from = 1;
  while (true) {
    const size_t at = all.find(word, from);
    if (at == std::string_view::npos) break;
    // A word has no '\n', so the hit lies inside one token.
    const auto next = std::upper_bound(token_start_.begin(), token_start_.end(), static_cast<uint32_t>(at));
    const uint32_t t = static_cast<uint32_t>(next - token_start_.begin() - 1);
    const size_t begin = token_start_[t], end = token_start_[t + 1] - 1;
    const bool at_begin = at == begin, at_end = at + word.size() == end;
    const bool fits = fit == Fit::Inside || (fit == Fit::Prefix && at_begin) || (fit == Fit::Suffix && at_end) ||
                      (fit == Fit::Whole && at_begin && at_end);
    if (fits) {
      out.push_back(t);
      from = end + 1;  // the next token
    } else {
      from = at + 1;
    }
  }
  return out;
}

bool EventTextIndex::any_wanted(uint32_t p, const std::vector<uint64_t>& wanted) const {
  for (uint32_t k = piece_event_start_[p]; k < piece_event_start_[p + 1]; ++k) {
    const uint32_t e = piece_events_[k];
    if ((wanted[e >> 6] >> (e & 63)) & 1) return true;
  }
  return false;
}

void EventTextIndex::mark_pieces_of(const std::vector<uint32_t>& tokens, std::vector<uint64_t>& piece_bits) const {
  for (uint32_t t : tokens)
    for (uint32_t k = token_piece_start_[t]; k < token_piece_start_[t + 1]; ++k) set_bit(piece_bits, token_pieces_[k]);
}

void EventTextIndex::match(std::string_view needle, std::vector<uint64_t>& event_bits,
                           const std::vector<uint64_t>* wanted) const {
  const std::vector<Run> runs = split_runs(needle);
  std::vector<uint64_t> candidates((piece_count() + 63) / 64, 0);

  // Each word of the needle constrains the tokens of a matching piece; all
  // must hold in the same piece. Start from the rarest constraint.
  std::vector<std::vector<uint32_t>> word_tokens;
  for (size_t k = 0; k < runs.size(); ++k) {
    if (!runs[k].word) continue;
    const bool open_left = k == 0, open_right = k + 1 == runs.size();
    const Fit fit = open_left && open_right ? Fit::Inside : open_left ? Fit::Suffix : open_right ? Fit::Prefix : Fit::Whole;
    word_tokens.push_back(tokens_fitting(runs[k].text, fit));
  }
  const auto postings = [&](const std::vector<uint32_t>& tokens) {
    size_t n = 0;
    for (uint32_t t : tokens) n += token_piece_start_[t + 1] - token_piece_start_[t];
    return n;
  };
  std::sort(word_tokens.begin(), word_tokens.end(),
            [&](const auto& a, const auto& b) { return postings(a) < postings(b); });

  if (word_tokens.empty()) {
    std::fill(candidates.begin(), candidates.end(), ~uint64_t{0});  // no word: every piece is a candidate
  } else {
    mark_pieces_of(word_tokens[0], candidates);
    std::vector<uint64_t> also(candidates.size());
    for (size_t k = 1; k < word_tokens.size(); ++k) {
      std::fill(also.begin(), also.end(), 0);
      mark_pieces_of(word_tokens[k], also);
      for (size_t w = 0; w < candidates.size(); ++w) candidates[w] &= also[w];
    }
  }

  const bool exact_by_tokens = runs.size() == 1 && runs[0].word;
  const uint32_t pieces = static_cast<uint32_t>(piece_count());
  for_each_set_bit(candidates, [&](uint32_t p) {
    if (p >= pieces) return;
    if (!exact_by_tokens) {
      if (wanted && !any_wanted(p, *wanted)) return;
      if (piece(p).find(needle) == std::string_view::npos) return;
    }
    for (uint32_t k = piece_event_start_[p]; k < piece_event_start_[p + 1]; ++k) set_bit(event_bits, piece_events_[k]);
  });
}

EventTextIndex::Memory EventTextIndex::memory() const {
  Memory m;
  m.piece_text = piece_text_.capacity() + bytes_of(piece_start_);
  m.piece_events = bytes_of(piece_event_start_) + bytes_of(piece_events_);
  m.tokens = token_text_.capacity() + bytes_of(token_start_);
  m.token_pieces = bytes_of(token_piece_start_) + bytes_of(token_pieces_);
  return m;
}

}  // namespace accord
