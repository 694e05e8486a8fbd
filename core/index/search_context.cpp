#include "search_context.h"

#include <vector>

#include "searchable_text.h"
#include "text_excerpt.h"
#include "text_fold.h"
#include "utf8.h"

namespace accord {
namespace {

// The last `n` characters of `text`, "…" first when cut, within one line.
std::string tail_characters(std::string_view text, size_t n) {
  const size_t line = text.rfind('\n');
  if (line != std::string_view::npos) text = text.substr(line + 1);
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size();) {
    starts.push_back(i);
    decode_utf8(text, i);
  }
  if (starts.size() <= n) return std::string(text);
  return "\u2026" + std::string(text.substr(starts[starts.size() - n]));
}

// The first `n` characters of `text`, "…" last when cut, within one line.
std::string head_characters(std::string_view text, size_t n) {
  const size_t line = text.find('\n');
  if (line != std::string_view::npos) text = text.substr(0, line);
  return cut_to_characters(text, n);
}

}  // namespace

std::optional<SearchContext> why_it_matched(const Dataset& d, const Event& e, const std::string& query,
                                            size_t context_characters) {
  const std::string needle = fold(query);
  if (needle.empty()) return std::nullopt;
  std::optional<SearchContext> found;
  std::vector<size_t> source;
  for_each_searchable_part(e, DatasetLookup{d}, [&](const void*, std::string_view part, const char* field) {
    if (found) return;
    const std::string folded = fold_mapped(part, source);
    const size_t at = folded.find(needle);
    if (at == std::string::npos) return;
    const size_t begin = source[at];
    // The end of the match: past the last character the needle's bytes came from.
    size_t end = source[at + needle.size()];
    if (end <= begin) end = source[at + needle.size() - 1] + 1;
    SearchContext c;
    c.field = field;
    c.before = tail_characters(part.substr(0, begin), context_characters);
    c.match = std::string(part.substr(begin, end - begin));
    c.after = head_characters(part.substr(end), context_characters);
    found = std::move(c);
  });
  return found;
}

}  // namespace accord
