// Embedding one view of an atlas in another page: the link with embed=1
// (the view alone, minimal chrome), the link back to the full app, and the
// <iframe> snippet the Share button copies and the README shows.
#pragma once
#include <string>

#include "url_state.h"

namespace accord {

// The same place with and without embed=1.
std::string embed_hash(ViewState s);
std::string full_view_hash(ViewState s);

// An <iframe> for `url` (the page's address with an embed hash), titled
// `title` for screen readers; attributes escaped.
std::string iframe_snippet(const std::string& url, const std::string& title);

}  // namespace accord
