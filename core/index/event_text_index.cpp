#include "event_text_index.h"

#include <algorithm>
#include <numeric>
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
bool has_bit(const std::vector<uint64_t>& bits, uint32_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }

template <typename F>
void for_each_set_bit(const std::vector<uint64_t>& bits, F&& f) {
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word; word &= word - 1) f(static_cast<uint32_t>(w * 64 + __builtin_ctzll(word)));
}

template <typename T>
size_t bytes_of(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void put_varint(std::vector<uint8_t>& out, uint32_t v) {
  for (; v >= 0x80; v >>= 7) out.push_back(static_cast<uint8_t>(v | 0x80));
  out.push_back(static_cast<uint8_t>(v));
}

// Reads one varint. Branch-free for ids below 16384 (one or two bytes): a
// branch on the length would be mispredicted on about every other word.
// Reads one byte past a one-byte varint: piece_bytes_ ends with a spare 0.
inline uint32_t get_varint(const uint8_t*& at) {
  const uint32_t b0 = at[0], b1 = at[1];
  const uint32_t more = b0 >> 7;
  if (more & (b1 >> 7)) {  // three bytes or more
    uint32_t v = (b0 & 0x7f) | ((b1 & 0x7f) << 7);
    at += 2;
    for (unsigned shift = 14;; shift += 7) {
      const uint32_t b = *at++;
      v |= (b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
  }
  at += 1 + more;
  return (b0 & 0x7f) | (((b1 & 0x7f) << 7) & (0u - more));
}

// An id in a piece is tagged with its kind in the low bit (1: token, 0:
// separator), so a byte pattern of ids found anywhere in a piece can be told
// apart from a token/separator mix-up; ids below 64 take one byte, below 8192 two.
void put_id(std::vector<uint8_t>& out, uint32_t id, bool token) { put_varint(out, 2 * id + (token ? 1 : 0)); }
inline uint32_t get_id(const uint8_t*& at) { return get_varint(at) >> 1; }

// The start of the varint that ends just before `at`, or nullptr at `begin`.
// A varint's last byte is below 0x80, every other byte is not.
const uint8_t* previous_varint(const uint8_t* begin, const uint8_t* at) {
  if (at == begin) return nullptr;
  --at;
  while (at > begin && at[-1] >= 0x80) --at;
  return at;
}

// Units of work (events' pieces, postings, ids copied) per finish_step():
// a few milliseconds in WebAssembly.
constexpr size_t kFinishWorkPerStep = size_t{1} << 18;

}  // namespace

// --- the stored pieces ---------------------------------------------------------

std::string_view EventTextIndex::token(uint32_t t) const {
  return std::string_view(token_text_).substr(token_start_[t], token_start_[t + 1] - 1 - token_start_[t]);
}

std::string_view EventTextIndex::separator(uint32_t s) const {
  return std::string_view(sep_text_).substr(sep_start_[s], sep_start_[s + 1] - sep_start_[s]);
}

bool EventTextIndex::piece_equals(uint32_t p, std::string_view text) const {
  size_t at = 0;
  const auto eat = [&](std::string_view run) {
    if (text.size() - at < run.size() || text.compare(at, run.size(), run) != 0) return false;
    at += run.size();
    return true;
  };
  const uint8_t* in = piece_bytes_.data() + piece_start_[p];
  const uint8_t* end = piece_bytes_.data() + piece_start_[p + 1];
  if (!eat(separator(get_id(in)))) return false;
  while (in < end)
    if (!eat(token(get_id(in))) || !eat(separator(get_id(in)))) return false;
  return at == text.size();
}

std::string EventTextIndex::piece_text(uint32_t p) const {
  const uint8_t* in = piece_bytes_.data() + piece_start_[p];
  const uint8_t* end = piece_bytes_.data() + piece_start_[p + 1];
  std::string s(separator(get_id(in)));
  while (in < end) {
    s += token(get_id(in));
    s += separator(get_id(in));
  }
  return s;
}

// --- building ---------------------------------------------------------------

EventTextIndex::Builder::Builder() {
  index_.piece_start_.push_back(0);
  index_.piece_bytes_.push_back(0);  // the spare byte get_varint may read
  index_.token_text_ = "\n";
  index_.token_start_.push_back(1);
  index_.sep_start_.push_back(0);
  separator_id("");   // id 0: before a piece's first token when it starts with a word
  separator_id(" ");  // id 1: kSpace
  table_.assign(1 << 16, 0);
}

uint32_t EventTextIndex::Builder::token_id(std::string_view word) {
  auto found = token_ids_.find(word);
  if (found != token_ids_.end()) return found->second;
  token_store_.emplace_back(word);  // a deque: views into it stay valid
  const uint32_t id = static_cast<uint32_t>(token_pieces_.size());
  token_ids_.emplace(token_store_.back(), id);
  token_pieces_.emplace_back();
  token_places_.emplace_back();
  index_.token_text_ += word;
  index_.token_text_ += '\n';
  if (index_.token_text_.size() > UINT32_MAX / 2) throw std::length_error("event text index over 4 GB");
  index_.token_start_.push_back(static_cast<uint32_t>(index_.token_text_.size()));
  return id;
}

uint32_t EventTextIndex::Builder::separator_id(std::string_view run) {
  const auto found = separator_ids_.find(std::string(run));
  if (found != separator_ids_.end()) return found->second;
  const uint32_t id = static_cast<uint32_t>(index_.sep_start_.size() - 1);
  separator_ids_.emplace(std::string(run), id);
  index_.sep_text_ += run;
  if (index_.sep_text_.size() > UINT32_MAX / 2) throw std::length_error("event text index over 4 GB");
  index_.sep_start_.push_back(static_cast<uint32_t>(index_.sep_text_.size()));
  return id;
}

uint32_t EventTextIndex::Builder::add_piece(std::string_view folded) {
  const uint32_t h = hash_bytes(folded);
  const size_t mask = table_.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = table_[slot];
    if (entry == 0) break;
    if (piece_hash_[entry - 1] == h && index_.piece_equals(entry - 1, folded)) return entry - 1;
  }

  const uint32_t piece = static_cast<uint32_t>(index_.piece_count());
  piece_hash_.push_back(h);
  if (2 * (table_used_ + 1) > table_.size()) grow_table();
  for (size_t slot = h & (table_.size() - 1);; slot = (slot + 1) & (table_.size() - 1))
    if (table_[slot] == 0) {
      table_[slot] = piece + 1;
      break;
    }
  ++table_used_;

  // Separator, then (token, separator) pairs.
  size_t i = 0;
  while (i < folded.size() && !is_word_byte(folded[i])) ++i;
  std::vector<uint8_t>& bytes = index_.piece_bytes_;
  bytes.pop_back();  // the spare byte, put back after the piece
  put_id(bytes, separator_id(folded.substr(0, i)), false);
  for (uint32_t word = 0; i < folded.size(); ++word) {
    size_t end = i + 1;
    while (end < folded.size() && is_word_byte(folded[end])) ++end;
    const uint32_t t = token_id(folded.substr(i, end - i));
    put_id(bytes, t, true);
    i = end;
    while (end < folded.size() && !is_word_byte(folded[end])) ++end;
    const uint32_t sep = separator_id(folded.substr(i, end - i));
    put_id(bytes, sep, false);
    i = end;
    std::vector<uint32_t>& pieces = token_pieces_[t];
    std::vector<uint8_t>& places = token_places_[t];
    // Pieces arrive in id order. A word repeated in its piece has a posting
    // for each place; past word 126, one without a place.
    const bool again = !pieces.empty() && pieces.back() == piece;
    if (word < kNoPlace) {
      pieces.push_back(piece);
      places.push_back(static_cast<uint8_t>(word | (sep == kSpace ? kSpaceAfter : 0)));
    } else if (!again || (places.back() & kNoPlace) != kNoPlace) {
      pieces.push_back(piece);
      places.push_back(kNoPlace);
    }
  }
  if (bytes.size() >= UINT32_MAX) throw std::length_error("event text index over 4 GB");
  index_.piece_start_.push_back(static_cast<uint32_t>(bytes.size()));
  bytes.push_back(0);
  return piece;
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

void EventTextIndex::Builder::add_event(const std::vector<uint32_t>& pieces) {
  event_pieces_.insert(event_pieces_.end(), pieces.begin(), pieces.end());
  event_piece_start_.push_back(static_cast<uint32_t>(event_pieces_.size()));
}

double EventTextIndex::Builder::finish_progress() const {
  const auto share = [](size_t at, size_t of) { return of ? static_cast<double>(at) / static_cast<double>(of) : 1.0; };
  // Rough shares of the finishing time.
  switch (stage_) {
    case Stage::CountEvents:
      return 0.25 * share(next_, event_piece_start_.size() - 1);
    case Stage::PlaceEvents:
      return 0.25 + 0.25 * share(next_, event_piece_start_.size() - 1);
    case Stage::Postings:
      return 0.50 + 0.35 * share(next_, token_pieces_.size());
    case Stage::Compact:
      return 0.85 + 0.15 * share(next_, old_bytes_.size());
    case Stage::Done:
      break;
  }
  return 1.0;
}

bool EventTextIndex::Builder::finish_step() {
  EventTextIndex& ix = index_;
  const size_t pieces = ix.piece_count();
  const size_t events = event_piece_start_.size() - 1;
  size_t work = 0;
  switch (stage_) {
    case Stage::CountEvents:
    case Stage::PlaceEvents: {
      // Piece -> events, by counting sort of the (event, piece) pairs. An
      // event that has a piece twice (two participants with one role) lists it once.
      const bool place = stage_ == Stage::PlaceEvents;
      if (next_ == 0) {
        if (!place) count_.assign(pieces + 1, 0);
        last_event_.assign(pieces, UINT32_MAX);
      }
      for (; next_ < events && work < kFinishWorkPerStep; ++next_) {
        const uint32_t e = static_cast<uint32_t>(next_);
        work += event_piece_start_[e + 1] - event_piece_start_[e] + 1;
        for (uint32_t k = event_piece_start_[e]; k < event_piece_start_[e + 1]; ++k) {
          const uint32_t p = event_pieces_[k];
          if (last_event_[p] == e) continue;
          last_event_[p] = e;
          if (place)
            ix.piece_events_[count_[p]++] = e;
          else
            ++count_[p + 1];
        }
      }
      if (next_ < events) break;
      next_ = 0;
      if (!place) {
        std::partial_sum(count_.begin(), count_.end(), count_.begin());
        ix.piece_event_start_ = count_;
        ix.piece_events_.assign(count_[pieces], 0);
        stage_ = Stage::PlaceEvents;
        break;
      }
      std::vector<uint32_t>().swap(count_);
      std::vector<uint32_t>().swap(last_event_);
      std::vector<uint32_t>().swap(event_pieces_);
      std::vector<uint32_t>().swap(event_piece_start_);
      event_piece_start_.push_back(0);
      size_t postings = 0;
      for (const auto& list : token_pieces_) postings += list.size();
      ix.token_pieces_.reserve(postings);
      ix.token_places_.reserve(postings);
      ix.token_piece_start_.reserve(token_pieces_.size() + 1);
      stage_ = Stage::Postings;
      break;
    }
    case Stage::Postings: {
      // Token -> pieces, from one vector per token to one array.
      for (; next_ < token_pieces_.size() && work < kFinishWorkPerStep; ++next_) {
        std::vector<uint32_t>& list = token_pieces_[next_];
        work += list.size() + 1;
        ix.token_piece_start_.push_back(static_cast<uint32_t>(ix.token_pieces_.size()));
        ix.token_pieces_.insert(ix.token_pieces_.end(), list.begin(), list.end());
        ix.token_places_.insert(ix.token_places_.end(), token_places_[next_].begin(), token_places_[next_].end());
        std::vector<uint32_t>().swap(list);
        std::vector<uint8_t>().swap(token_places_[next_]);
      }
      if (next_ < token_pieces_.size()) break;
      ix.token_piece_start_.push_back(static_cast<uint32_t>(ix.token_pieces_.size()));
      // The build-only structures go; the pieces are then copied to arrays
      // of their exact size (growing left up to half of them unused).
      decltype(token_pieces_)().swap(token_pieces_);
      decltype(token_places_)().swap(token_places_);
      decltype(token_ids_)().swap(token_ids_);
      decltype(token_store_)().swap(token_store_);
      decltype(separator_ids_)().swap(separator_ids_);
      std::vector<uint32_t>().swap(piece_hash_);
      std::vector<uint32_t>().swap(table_);
      old_bytes_ = std::move(ix.piece_bytes_);
      ix.piece_bytes_ = {};
      ix.piece_bytes_.reserve(old_bytes_.size());
      ix.piece_start_.shrink_to_fit();
      ix.token_text_.shrink_to_fit();
      ix.token_start_.shrink_to_fit();
      next_ = 0;
      stage_ = Stage::Compact;
      break;
    }
    case Stage::Compact: {
      const size_t end = std::min(old_bytes_.size(), next_ + kFinishWorkPerStep * 8);
      ix.piece_bytes_.insert(ix.piece_bytes_.end(), old_bytes_.begin() + next_, old_bytes_.begin() + end);
      next_ = end;
      if (next_ < old_bytes_.size()) break;
      std::vector<uint8_t>().swap(old_bytes_);
      stage_ = Stage::Done;
      break;
    }
    case Stage::Done:
      break;
  }
  return stage_ == Stage::Done;
}

EventTextIndex EventTextIndex::Builder::take() {
  if (stage_ != Stage::Done) throw std::logic_error("EventTextIndex::Builder::take before finishing");
  return std::move(index_);
}

EventTextIndex EventTextIndex::Builder::finish() {
  while (!finish_step()) {
  }
  return take();
}

// --- searching --------------------------------------------------------------

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
  for (uint32_t k = piece_event_start_[p]; k < piece_event_start_[p + 1]; ++k)
    if (has_bit(wanted, piece_events_[k])) return true;
  return false;
}

void EventTextIndex::mark_pieces_of(const std::vector<uint32_t>& tokens, std::vector<uint64_t>& piece_bits) const {
  for (uint32_t t : tokens)
    for (uint32_t k = token_piece_start_[t]; k < token_piece_start_[t + 1]; ++k) set_bit(piece_bits, token_pieces_[k]);
}

void EventTextIndex::mark_events_of(uint32_t p, std::vector<uint64_t>& event_bits) const {
  for (uint32_t k = piece_event_start_[p]; k < piece_event_start_[p + 1]; ++k) set_bit(event_bits, piece_events_[k]);
}

// A needle split at word boundaries: words[0], between[0], words[1], ...,
// with the separator bytes before the first word (lead) and after the last
// (trail), as sets of the piece tokens / separators each may be.
struct EventTextIndex::Phrase {
  std::vector<std::vector<uint64_t>> fits;  // per word: bitset over token ids
  std::vector<uint32_t> between;            // separator ids between words
  std::vector<uint64_t> lead, trail;        // bitsets over separator ids; empty: no lead / trail
  // When one word fits few tokens, the pieces' bytes are searched for each
  // of them and the separator after: anchor_word, and the patterns' bytes.
  size_t anchor_word = 0;
  std::vector<std::string> patterns;
};

// Whether the phrase's first word is the token whose id starts at `at`
// (and the rest follows), in a piece [begin, end).
bool EventTextIndex::phrase_at(const uint8_t* begin, const uint8_t* end, const uint8_t* at, const Phrase& ph) const {
  if (!ph.lead.empty()) {
    const uint8_t* sep = previous_varint(begin, at);
    if (!sep || !has_bit(ph.lead, get_id(sep))) return false;
  }
  if (!has_bit(ph.fits[0], get_id(at))) return false;
  uint32_t sep = get_id(at);
  for (size_t j = 1; j < ph.fits.size(); ++j) {
    if (sep != ph.between[j - 1] || at >= end || !has_bit(ph.fits[j], get_id(at))) return false;
    sep = get_id(at);
  }
  return ph.trail.empty() || has_bit(ph.trail, sep);
}

// Whether piece p holds the phrase: at some i, tok[i] fits the first word
// (and sep[i] ends with the lead), then sep[i+j] and tok[i+j] are the next
// separators and words, and sep[i+k+1] starts with the trail.
bool EventTextIndex::has_phrase(uint32_t p, const Phrase& ph) const {
  const uint8_t* begin = piece_bytes_.data() + piece_start_[p];
  const uint8_t* end = piece_bytes_.data() + piece_start_[p + 1];
  if (!ph.patterns.empty()) {
    // Find the anchor's patterns (memchr and memcmp, fast), then step back
    // to the first word's id: two ids (separator, token) per word.
    const std::string_view bytes(reinterpret_cast<const char*>(begin), static_cast<size_t>(end - begin));
    for (const std::string& pattern : ph.patterns)
      for (size_t hit = bytes.find(pattern); hit != std::string_view::npos; hit = bytes.find(pattern, hit + 1)) {
        if (hit > 0 && begin[hit - 1] >= 0x80) continue;  // inside an id
        const uint8_t* first = begin + hit;
        for (size_t back = 0; first && back < 2 * ph.anchor_word; ++back) first = previous_varint(begin, first);
        if (first && phrase_at(begin, end, first, ph)) return true;
      }
    return false;
  }
  // Otherwise read every token.
  const uint8_t* at = begin;
  get_id(at);  // the separator before the first token
  while (at < end) {
    const uint8_t* token = at;
    const uint32_t t = get_id(at);
    get_id(at);
    if (has_bit(ph.fits[0], t) && phrase_at(begin, end, token, ph)) return true;
  }
  return false;
}

// The phrase's words, joined by single spaces (and followed by one when
// `space_trail`), through the postings' places: word a (the anchor, fewest
// postings) at place P in piece p needs a token of word j at place P - a + j,
// each but the last followed by " ". The anchor's postings are walked in
// order, the other words' postings in step with them (galloping; two words
// of one token each: a plain merge), so each posting is read at most once
// per anchor token and no piece is opened,
// except when a place is unknown (kNoPlace) or the trail may be a longer
// separator starting with a space: then the piece is checked by ids.
// Returns false, having done nothing, when a word fits too many tokens.
bool EventTextIndex::match_by_places(const Phrase& ph, const std::vector<std::vector<uint32_t>>& word_tokens,
                                     bool space_trail, std::vector<uint64_t>& event_bits,
                                     const std::vector<uint64_t>* wanted) const {
  constexpr size_t kMostTokens = 16;  // per word but the anchor: each is looked up per anchor posting
  const size_t words = word_tokens.size();
  const auto postings = [&](uint32_t t) { return token_piece_start_[t + 1] - token_piece_start_[t]; };
  size_t anchor = 0, least = SIZE_MAX;
  for (size_t j = 0; j < words; ++j) {
    size_t n = 0;
    for (uint32_t t : word_tokens[j]) n += postings(t);
    if (n < least) least = n, anchor = j;
  }
  for (size_t j = 0; j < words; ++j)
    if (j != anchor && word_tokens[j].size() > kMostTokens) return false;

  // What a posting's place says of word j standing at word number `at`:
  // 2 yes, 1 unknown (no place, or maybe a longer separator than the trail), 0 no.
  const auto fits = [&](size_t j, uint8_t place, uint32_t at) -> int {
    if ((place & kNoPlace) == kNoPlace) return 1;
    if ((place & kNoPlace) != at) return 0;
    if (j + 1 < words) return (place & kSpaceAfter) ? 2 : 0;
    return !space_trail || (place & kSpaceAfter) ? 2 : 1;
  };
  const uint32_t* pieces = token_pieces_.data();
  const uint8_t* places = token_places_.data();
  struct Cursor {
    uint32_t at, end, word;
  };
  std::vector<Cursor> cursors;
  std::vector<uint32_t> hits, unsure;
  const bool pair = words == 2 && word_tokens[0].size() == 1 && word_tokens[1].size() == 1;
  if (pair) {
    // Two words of one token each: one merge of their postings, with few
    // branches ("joint cases" in half the pieces: a million postings).
    const uint32_t t0 = word_tokens[0][0], t1 = word_tokens[1][0];
    uint32_t i = token_piece_start_[t0], j = token_piece_start_[t1];
    const uint32_t end0 = token_piece_start_[t0 + 1], end1 = token_piece_start_[t1 + 1];
    while (i < end0 && j < end1) {
      const uint32_t a = pieces[i], b = pieces[j];
      if (a != b) {
        i += a < b;
        j += b < a;
        continue;
      }
      uint32_t i2 = i + 1, j2 = j + 1;  // each word's places in piece a
      while (i2 < end0 && pieces[i2] == a) ++i2;
      while (j2 < end1 && pieces[j2] == a) ++j2;
      int best = 0;
      for (uint32_t x = i; x < i2; ++x)
        for (uint32_t y = j; y < j2; ++y) {
          const int first = fits(0, places[x], places[x] & kNoPlace);
          const int second = first == 2 ? fits(1, places[y], (places[x] & kNoPlace) + 1u) : 1;
          best = std::max(best, std::min(first, second));
        }
      if (best == 2)
        hits.push_back(a);
      else if (best == 1)
        unsure.push_back(a);
      i = i2;
      j = j2;
    }
  }
  // Otherwise the pieces with a token of every word first (bitsets, no
  // branches): an anchor posting elsewhere is skipped without a lookup.
  std::vector<uint64_t> candidates, also;
  if (!pair) {
    candidates.assign((piece_count() + 63) / 64, 0);
    also.resize(candidates.size());
    mark_pieces_of(word_tokens[anchor], candidates);
    for (size_t j = 0; j < words; ++j) {
      if (j == anchor) continue;
      std::fill(also.begin(), also.end(), 0);
      mark_pieces_of(word_tokens[j], also);
      for (size_t w = 0; w < candidates.size(); ++w) candidates[w] &= also[w];
    }
  }
  for (uint32_t anchor_token : pair ? std::vector<uint32_t>() : word_tokens[anchor]) {
    cursors.clear();
    for (size_t j = 0; j < words; ++j)
      if (j != anchor)
        for (uint32_t t : word_tokens[j])
          cursors.push_back({token_piece_start_[t], token_piece_start_[t + 1], static_cast<uint32_t>(j)});
    for (uint32_t k = token_piece_start_[anchor_token]; k < token_piece_start_[anchor_token + 1]; ++k) {
      const uint32_t p = pieces[k];
      if (!has_bit(candidates, p)) continue;
      const uint8_t place = places[k];
      const uint32_t at = place & kNoPlace;  // the anchor's word number, when known
      const bool known = at != kNoPlace;
      const int anchor_fits = fits(anchor, place, at);
      if (anchor_fits == 0 || (known && at < anchor)) continue;
      // The least of the words' best answers; the cursors come word by word.
      int all = anchor_fits, best = 0;
      uint32_t word = UINT32_MAX;
      for (Cursor& cur : cursors) {
        if (cur.word != word) {
          if (word != UINT32_MAX && (all = std::min(all, best)) == 0) break;  // cursors left behind catch up later
          word = cur.word;
          best = 0;
        }
        // To the first posting >= p: a few steps, then galloping.
        uint32_t i = cur.at, steps = 0;
        while (i < cur.end && pieces[i] < p && steps < 4) ++i, ++steps;
        if (steps == 4 && i < cur.end && pieces[i] < p) {
          uint32_t lo = i, step = 8, hi = lo + step;
          while (hi < cur.end && pieces[hi] < p) lo = hi, step *= 2, hi = lo + step;
          i = static_cast<uint32_t>(std::lower_bound(pieces + lo + 1, pieces + std::min(hi, cur.end), p) - pieces);
        }
        cur.at = i;
        for (; i < cur.end && pieces[i] == p; ++i)  // a posting per place
          best = std::max(best, known ? fits(word, places[i], at - static_cast<uint32_t>(anchor) + word) : 1);
      }
      if (word != UINT32_MAX) all = std::min(all, best);
      if (all == 2)
        hits.push_back(p);
      else if (all == 1)
        unsure.push_back(p);
    }
  }
  for (uint32_t p : unsure)
    if ((!wanted || any_wanted(p, *wanted)) && has_phrase(p, ph)) hits.push_back(p);
  // Pieces far apart in memory: ask for the next ones' events early.
  constexpr size_t kAhead = 8;
  for (size_t h = 0; h < hits.size(); ++h) {
    if (h + 2 * kAhead < hits.size()) __builtin_prefetch(&piece_event_start_[hits[h + 2 * kAhead]]);
    if (h + kAhead < hits.size()) __builtin_prefetch(&piece_events_[piece_event_start_[hits[h + kAhead]]]);
    mark_events_of(hits[h], event_bits);
  }
  return true;
}

// A needle without word bytes lies inside one separator run: find the
// separators containing it, then the pieces having one of them.
void EventTextIndex::match_separators(std::string_view needle, std::vector<uint64_t>& event_bits) const {
  std::vector<uint64_t> holds((separator_count() + 63) / 64, 0);
  bool any = false;
  for (uint32_t s = 0; s < separator_count(); ++s)
    if (separator(s).find(needle) != std::string_view::npos) {
      set_bit(holds, s);
      any = true;
    }
  if (!any) return;
  for (uint32_t p = 0; p < piece_count(); ++p) {
    const uint8_t* at = piece_bytes_.data() + piece_start_[p];
    const uint8_t* end = piece_bytes_.data() + piece_start_[p + 1];
    bool found = has_bit(holds, get_id(at));
    while (!found && at < end) {
      get_id(at);  // a token
      found = has_bit(holds, get_id(at));
    }
    if (found) mark_events_of(p, event_bits);
  }
}

void EventTextIndex::match(std::string_view needle, std::vector<uint64_t>& event_bits,
                           const std::vector<uint64_t>* wanted) const {
  std::vector<Run> runs = split_runs(needle);
  if (runs.size() == 1 && !runs[0].word) {
    match_separators(needle, event_bits);
    return;
  }
  std::string_view lead, trail;
  if (!runs.front().word) {
    lead = runs.front().text;
    runs.erase(runs.begin());
  }
  if (!runs.back().word) {
    trail = runs.back().text;
    runs.pop_back();
  }
  // runs: word, separator, word, ..., word.
  const size_t words = (runs.size() + 1) / 2;

  // Each word of the needle constrains the tokens of a matching piece; all
  // must hold in the same piece. An edge word next to no separator of the
  // needle may be part of a longer token.
  Phrase ph;
  std::vector<std::vector<uint32_t>> word_tokens(words);
  for (size_t j = 0; j < words; ++j) {
    const bool open_left = j == 0 && lead.empty(), open_right = j + 1 == words && trail.empty();
    const Fit fit = open_left && open_right ? Fit::Inside
                    : open_left             ? Fit::Suffix
                    : open_right            ? Fit::Prefix
                                            : Fit::Whole;
    word_tokens[j] = tokens_fitting(runs[2 * j].text, fit);
    if (word_tokens[j].empty()) return;
    ph.fits.emplace_back((token_count() + 63) / 64, 0);
    for (uint32_t t : word_tokens[j]) set_bit(ph.fits.back(), t);
  }
  for (size_t j = 1; j < runs.size(); j += 2) {
    uint32_t s = 0;
    while (s < separator_count() && separator(s) != runs[j].text) ++s;
    if (s == separator_count()) return;  // no piece has this separator
    ph.between.push_back(s);
  }
  const auto separators_where = [&](auto&& holds) {
    std::vector<uint64_t> bits((separator_count() + 63) / 64, 0);
    bool any = false;
    for (uint32_t s = 0; s < separator_count(); ++s)
      if (holds(separator(s))) {
        set_bit(bits, s);
        any = true;
      }
    return any ? bits : std::vector<uint64_t>();
  };
  if (!lead.empty() && (ph.lead = separators_where([&](std::string_view s) { return ends_with(s, lead); })).empty())
    return;
  if (!trail.empty() &&
      (ph.trail = separators_where([&](std::string_view s) { return starts_with(s, trail); })).empty())
    return;

  // Anchor on the word with the fewest fitting tokens, when they are few.
  constexpr size_t kMostPatterns = 4;
  const auto postings = [&](const std::vector<uint32_t>& tokens) {
    size_t n = 0;
    for (uint32_t t : tokens) n += token_piece_start_[t + 1] - token_piece_start_[t];
    return n;
  };
  const auto fewer = [&](const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    return a.size() != b.size() ? a.size() < b.size() : postings(a) < postings(b);
  };
  for (size_t j = 0; j < words; ++j)
    if (fewer(word_tokens[j], word_tokens[ph.anchor_word])) ph.anchor_word = j;
  if (word_tokens[ph.anchor_word].size() <= kMostPatterns) {
    const size_t j = ph.anchor_word;
    for (uint32_t t : word_tokens[j]) {
      // Starting with the token: a pattern starting with a separator (" ")
      // would be found at every other id.
      std::vector<uint8_t> bytes;
      put_id(bytes, t, true);
      if (j + 1 < words) put_id(bytes, ph.between[j], false);
      ph.patterns.emplace_back(bytes.begin(), bytes.end());
    }
  }

  // Words joined by single spaces: by the postings' places (no piece read).
  const bool spaced = std::all_of(ph.between.begin(), ph.between.end(), [](uint32_t s) { return s == kSpace; });
  if (spaced && lead.empty() && (trail.empty() || trail == " ") && (words > 1 || !trail.empty()) &&
      match_by_places(ph, word_tokens, !trail.empty(), event_bits, wanted))
    return;

  // Candidate pieces have a token fitting each word; start from the rarest.
  std::sort(word_tokens.begin(), word_tokens.end(),
            [&](const auto& a, const auto& b) { return postings(a) < postings(b); });
  std::vector<uint64_t> candidates((piece_count() + 63) / 64, 0);
  mark_pieces_of(word_tokens[0], candidates);
  std::vector<uint64_t> also(candidates.size());
  for (size_t k = 1; k < word_tokens.size(); ++k) {
    std::fill(also.begin(), also.end(), 0);
    mark_pieces_of(word_tokens[k], also);
    for (size_t w = 0; w < candidates.size(); ++w) candidates[w] &= also[w];
  }

  // A lone word matches wherever a token contains it; otherwise check the order.
  if (words == 1 && lead.empty() && trail.empty()) {
    for_each_set_bit(candidates, [&](uint32_t p) { mark_events_of(p, event_bits); });
    return;
  }
  std::vector<uint32_t> list;
  for_each_set_bit(candidates, [&](uint32_t p) { list.push_back(p); });
  // Candidates lie far apart in memory: ask for the next ones' data early
  // (a no-op in WebAssembly, which has no prefetch instruction).
  constexpr size_t kAhead = 8;
  for (size_t c = 0; c < list.size(); ++c) {
    if (c + 2 * kAhead < list.size()) {
      const uint32_t q = list[c + 2 * kAhead];
      __builtin_prefetch(&piece_start_[q]);
      __builtin_prefetch(&piece_event_start_[q]);
    }
    if (c + kAhead < list.size()) {
      const uint32_t q = list[c + kAhead];
      __builtin_prefetch(&piece_bytes_[piece_start_[q]]);
      __builtin_prefetch(&piece_events_[piece_event_start_[q]]);
    }
    const uint32_t p = list[c];
    if (wanted && !any_wanted(p, *wanted)) continue;
    if (has_phrase(p, ph)) mark_events_of(p, event_bits);
  }
}

EventTextIndex::Memory EventTextIndex::memory() const {
  Memory m;
  m.piece_text = bytes_of(piece_bytes_) + bytes_of(piece_start_);
  m.piece_events = bytes_of(piece_event_start_) + bytes_of(piece_events_);
  m.tokens = token_text_.capacity() + bytes_of(token_start_) + sep_text_.capacity() + bytes_of(sep_start_);
  m.token_pieces = bytes_of(token_piece_start_) + bytes_of(token_pieces_);
  m.token_places = bytes_of(token_places_);
  return m;
}

}  // namespace accord
