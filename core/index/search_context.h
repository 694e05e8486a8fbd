// Why an event matched a text search: the first place its searchable text
// holds the query (the same text and the same folding the search uses),
// with a few words either side, as written, so a result can show it.
#pragma once
#include <optional>
#include <string>

#include "model.h"

namespace accord {

struct SearchContext {
  std::string field;   // "title", "summary", "place", "person", "role", "organization",
                       // "agreement", "mechanism", "commitment", "figure"
  std::string before;  // the text before the match ("…" when cut)
  std::string match;   // the matched words as written ("Tô Lâm" for "to lam")
  std::string after;   // the text after it ("…" when cut)
};

// Nothing when `query` (folded) is empty or not in the event's text.
// `context_characters` bounds `before` and `after` each.
std::optional<SearchContext> why_it_matched(const Dataset& d, const Event& e, const std::string& query,
                                            size_t context_characters = 40);

}  // namespace accord
