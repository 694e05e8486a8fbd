// Writing the index block of a snapshot (index_snapshot.h describes it).
#include <stdexcept>

#include "index_snapshot.h"
#include "index_snapshot_access.h"

namespace accord {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the block stores arrays as they lie in memory");

namespace {

void put_u32(std::string& out, uint32_t v) {
  for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
void put_u64(std::string& out, uint64_t v) {
  for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
template <typename V>
void put_array(std::string& out, const V& v) {
  put_u64(out, v.size());
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(v[0]));
}
void put_strings(std::string& out, const std::vector<std::string>& list) {
  put_u32(out, static_cast<uint32_t>(list.size()));
  for (const std::string& s : list) {
    put_u32(out, static_cast<uint32_t>(s.size()));
    out += s;
  }
}

}  // namespace

void IndexSnapshotAccess::write(const EventIndex& ix, std::string& order, std::string& facets, std::string& text) {
  if (!ix.stale_.empty() || !ix.pending_.empty())
    throw std::logic_error("index_snapshot_block: the index followed edits; store a fresh build");
  put_array(order, ix.order_);
  put_strings(facets, ix.partner_ids_);
  put_strings(facets, ix.topics_);
  put_array(facets, ix.partners_.words());
  put_array(facets, ix.topic_sets_.words());
  put_array(facets, ix.types_.words());
  put_array(facets, ix.inferred_dates_);
  const EventTextIndex& t = ix.text_;
  put_array(text, t.piece_bytes_);
  put_array(text, t.piece_start_);
  put_array(text, t.piece_event_start_);
  put_array(text, t.piece_events_);
  put_array(text, t.token_text_);
  put_array(text, t.token_start_);
  put_array(text, t.sep_text_);
  put_array(text, t.sep_start_);
  put_array(text, t.token_piece_start_);
  put_array(text, t.token_pieces_);
  put_array(text, t.token_places_);
}

std::string index_snapshot_block(const EventIndex& ix) {
  std::string order, facets, text;
  IndexSnapshotAccess::write(ix, order, facets, text);
  std::string out;
  put_u32(out, 3);
  const std::pair<uint32_t, const std::string*> sections[] = {
      {kIndexOrderTag, &order}, {kIndexFacetsTag, &facets}, {kIndexTextTag, &text}};
  for (const auto& [tag, body] : sections) {
    put_u32(out, tag);
    put_u64(out, body->size());
    out += *body;
  }
  return out;
}

}  // namespace accord
