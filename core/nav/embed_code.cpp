#include "embed_code.h"

#include "markup_escape.h"

namespace accord {

std::string embed_hash(ViewState s) {
  s.embed = true;
  return to_hash(s);
}

std::string full_view_hash(ViewState s) {
  s.embed = false;
  return to_hash(s);
}

std::string iframe_snippet(const std::string& url, const std::string& title) {
  return "<iframe src=\"" + markup_escaped(url) + "\" title=\"" +
         markup_escaped(title.empty() ? "Accord Atlas" : title) +
         "\" width=\"100%\" height=\"520\" style=\"border:0;max-width:960px\" loading=\"lazy\"></iframe>";
}

}  // namespace accord
