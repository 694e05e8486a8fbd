#include "embed_code.h"

namespace accord {
namespace {

std::string attribute(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '"')
      out += "&quot;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string embed_hash(ViewState s) {
  s.embed = true;
  return to_hash(s);
}

std::string full_view_hash(ViewState s) {
  s.embed = false;
  return to_hash(s);
}

std::string iframe_snippet(const std::string& url, const std::string& title) {
  return "<iframe src=\"" + attribute(url) + "\" title=\"" + attribute(title.empty() ? "Accord Atlas" : title) +
         "\" width=\"100%\" height=\"520\" style=\"border:0;max-width:960px\" loading=\"lazy\"></iframe>";
}

}  // namespace accord
