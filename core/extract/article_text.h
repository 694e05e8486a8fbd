// Preparing what a user pastes or opens for extraction: an HTML page
// becomes plain text (its headline kept), the size is checked, and text
// that is not in English, French or Vietnamese gets a warning.
#pragma once
#include <string>
#include <vector>

namespace accord {

// The most article text the Import view takes (after HTML is turned into
// text): 2 MB, far above any news article.
inline constexpr size_t kMaxImportTextBytes = 2 * 1024 * 1024;
// An HTML page may be larger than its text (markup, scripts): 8 MB.
inline constexpr size_t kMaxImportHtmlBytes = 8 * 1024 * 1024;

// True when the bytes look like an HTML document or fragment (a doctype,
// <html>, <body>, <p>, <div> ... near the start).
bool looks_like_html(const std::string& text);

// HTML to plain text: script, style, nav, header, footer, aside, form and
// comments are dropped; entities are decoded (named and numeric); block
// tags (p, div, br, h1-h6, li, tr, article, section) end lines. The
// headline is og:title when given, else <title>, else the first <h1>.
struct HtmlText {
  std::string headline;
  std::string text;  // the headline's line first when it is not already there
};
HtmlText html_to_text(const std::string& html);

// Which supported language the text reads as, from its function words
// ("the", "les", "của"...), counted with and without diacritics.
struct LanguageGuess {
  std::string language;        // "en", "fr", "vi", or "" when none fits
  int en = 0, fr = 0, vi = 0;  // function words found per language
  int words = 0;               // words looked at
};
LanguageGuess guess_language(const std::string& text);

// What the Import view extracts from.
struct PreparedArticle {
  std::string text;      // plain text for extract_article (empty on error)
  std::string headline;  // from the HTML, when it had one
  bool from_html = false;
  std::string error;                  // why nothing can be extracted
  std::vector<std::string> warnings;  // extraction goes on, but check
};
// `name` (a file name, or "pasted text") starts every message.
PreparedArticle prepare_article(const std::string& bytes, const std::string& name);

}  // namespace accord
