#include "article_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "extract.h"
#include "text_fold.h"
#include "utf8.h"

namespace accord {

namespace {

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool starts_with_ci(const std::string& s, size_t at, const char* word) {
  const size_t n = std::strlen(word);
  if (at + n > s.size()) return false;
  for (size_t k = 0; k < n; ++k)
    if (lower_ascii(s[at + k]) != word[k]) return false;
  return true;
}

size_t find_ci(const std::string& s, const char* word, size_t from) {
  for (size_t i = from; i < s.size(); ++i)
    if (starts_with_ci(s, i, word)) return i;
  return std::string::npos;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

struct NamedEntity {
  const char* name;
  uint32_t code_point;
};
// The entities news pages use; the rest are rare enough to leave as written.
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},    {"nbsp", ' '},
    {"ndash", 0x2013},  {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"hellip", 0x2026}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"eacute", 0xE9},   {"egrave", 0xE8},  {"ecirc", 0xEA},
    {"euml", 0xEB},     {"agrave", 0xE0},  {"acirc", 0xE2},   {"ccedil", 0xE7},   {"icirc", 0xEE},   {"iuml", 0xEF},
    {"ocirc", 0xF4},    {"ucirc", 0xFB},   {"ugrave", 0xF9},  {"Eacute", 0xC9},   {"Egrave", 0xC8},  {"Agrave", 0xC0},
    {"Ccedil", 0xC7},   {"oelig", 0x153},  {"copy", 0xA9},    {"reg", 0xAE},      {"deg", 0xB0},     {"middot", 0xB7},
    {"bull", 0x2022},   {"euro", 0x20AC},  {"times", 0xD7},   {"thinsp", 0x2009},
};

// Decodes the entity at s[i] == '&' into out and returns the index after
// it; an unknown or malformed entity is copied as written.
size_t decode_entity(const std::string& s, size_t i, std::string& out) {
  const size_t semi = s.find(';', i + 1);
  if (semi == std::string::npos || semi - i > 12) {
    out += '&';
    return i + 1;
  }
  const std::string body = s.substr(i + 1, semi - i - 1);
  if (!body.empty() && body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string digits = body.substr(hex ? 2 : 1);
    uint32_t cp = 0;
    bool ok = !digits.empty();
    for (char c : digits) {
      int v = -1;
      if (c >= '0' && c <= '9')
        v = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
      if (v < 0 || cp > 0x10FFFF) {
        ok = false;
        break;
      }
      cp = cp * (hex ? 16 : 10) + uint32_t(v);
    }
    if (!ok) {
      out += '&';
      return i + 1;
    }
    // NUL, surrogates and beyond Unicode become the replacement character.
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp == 0xA0) cp = ' ';
    append_utf8(out, cp);
    return semi + 1;
  }
  for (const NamedEntity& e : kEntities) {
    if (body == e.name) {
      append_utf8(out, e.code_point);
      return semi + 1;
    }
  }
  out += '&';
  return i + 1;
}

std::string decode_entities(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&')
      i = decode_entity(s, i, out);
    else
      out += s[i++];
  }
  return out;
}

// Elements whose content is not article text.
bool is_dropped(const std::string& tag) {
  static const std::unordered_set<std::string> kDropped = {"script", "style",    "nav",   "footer",   "aside",
                                                           "form",   "noscript", "svg",   "template", "iframe",
                                                           "button", "select",   "figure"};
  return kDropped.count(tag) > 0;
}
// Elements whose content is raw text: their end tag is searched for.
bool is_raw_text(const std::string& tag) { return tag == "script" || tag == "style"; }

bool is_block(const std::string& tag) {
  static const std::unordered_set<std::string> kBlocks = {
      "p",   "div", "h1", "h2",    "h3",      "h4",      "h5",   "h6",        "li",
      "ul",  "ol",  "tr", "table", "article", "section", "main", "header",    "blockquote",
      "pre", "dd",  "dt", "dl",    "hr",      "body",    "html", "figcaption"};
  return kBlocks.count(tag) > 0;
}

struct Tag {
  std::string name;  // lower case, "" for a comment or declaration
  bool closing = false;
  bool self_closing = false;
  std::string attributes;  // raw, for the few we read
  size_t end = 0;          // index after '>'
};

// Reads the tag starting at html[i] == '<'. Returns false when it is not a
// tag (a lone '<' in text).
bool read_tag(const std::string& html, size_t i, Tag& tag) {
  size_t j = i + 1;
  if (j < html.size() && html[j] == '/') {
    tag.closing = true;
    ++j;
  }
  const size_t name_start = j;
  while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':'))
    ++j;
  if (j == name_start) return false;
  tag.name.clear();
  for (size_t k = name_start; k < j; ++k) tag.name += lower_ascii(html[k]);
  // Attributes up to the closing '>', which may sit inside quotes.
  char quote = 0;
  size_t k = j;
  for (; k < html.size(); ++k) {
    const char c = html[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  tag.attributes = html.substr(j, k - j);
  tag.self_closing = !tag.attributes.empty() && tag.attributes.back() == '/';
  tag.end = k < html.size() ? k + 1 : html.size();
  return true;
}

// The value of attribute `name` in a tag's raw attributes, decoded.
std::string attribute(const std::string& attrs, const char* name) {
  const size_t n = std::strlen(name);
  for (size_t i = 0; i + n < attrs.size(); ++i) {
    if (!starts_with_ci(attrs, i, name) || (i > 0 && !is_space(attrs[i - 1]))) continue;
    size_t j = i + n;
    while (j < attrs.size() && is_space(attrs[j])) ++j;
    if (j >= attrs.size() || attrs[j] != '=') continue;
    ++j;
    while (j < attrs.size() && is_space(attrs[j])) ++j;
    if (j >= attrs.size()) return "";
    if (attrs[j] == '"' || attrs[j] == '\'') {
      const size_t close = attrs.find(attrs[j], j + 1);
      return decode_entities(attrs.substr(j + 1, close == std::string::npos ? std::string::npos : close - j - 1));
    }
    size_t e = j;
    while (e < attrs.size() && !is_space(attrs[e]) && attrs[e] != '/') ++e;
    return decode_entities(attrs.substr(j, e - j));
  }
  return "";
}

// Text of the element whose start tag ends at `from`, up to `</tag`.
std::string element_text(const std::string& html, size_t from, const std::string& tag, size_t* after) {
  const size_t close = find_ci(html, ("</" + tag).c_str(), from);
  const size_t end = close == std::string::npos ? html.size() : close;
  std::string inner;
  for (size_t i = from; i < end;) {  // drop nested tags (a <span> in an <h1>)
    if (html[i] == '<') {
      const size_t gt = html.find('>', i);
      i = gt == std::string::npos || gt > end ? end : gt + 1;
    } else {
      inner += html[i++];
    }
  }
  if (after) *after = close == std::string::npos ? html.size() : html.find('>', close) + 1;
  std::string text;
  for (char c : decode_entities(inner)) {
    if (is_space(c)) {
      if (!text.empty() && text.back() != ' ') text += ' ';
    } else {
      text += c;
    }
  }
  return trim(text);
}

// Collapses spaces inside lines, trims them, and keeps at most one blank
// line between paragraphs.
std::string tidy_lines(const std::string& raw) {
  std::string out, line;
  int pending_breaks = 0;
  auto flush_line = [&]() {
    const std::string t = trim(line);
    line.clear();
    if (t.empty()) return;
    if (!out.empty()) out += pending_breaks >= 2 ? "\n\n" : "\n";
    out += t;
    pending_breaks = 0;
  };
  for (char c : raw) {
    if (c == '\n') {
      flush_line();
      ++pending_breaks;
    } else if (is_space(c)) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  flush_line();
  return out;
}

std::string headline_from_title(const std::string& title) {
  // "Headline | Site" or "Headline - Site": the site's name is not news.
  for (const char* sep : {" | ", " \xe2\x80\x93 ", " - "}) {
    const size_t at = title.rfind(sep);
    if (at != std::string::npos && at > 0) return trim(title.substr(0, at));
  }
  return title;
}

}  // namespace

bool looks_like_html(const std::string& text) {
  const size_t limit = std::min<size_t>(text.size(), 4096);
  const std::string head = text.substr(0, limit);
  for (const char* marker :
       {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<br", "<h1"})
    if (find_ci(head, marker, 0) != std::string::npos) return true;
  return false;
}

HtmlText html_to_text(const std::string& html) {
  HtmlText result;
  std::string title, og_title, first_h1;
  std::string raw;  // text with '\n' for line ends, "\n\n" for blocks
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '&') {
      i = decode_entity(html, i, raw);
      continue;
    }
    if (c != '<') {
      raw += c == '\n' || c == '\r' ? ' ' : c;  // source line breaks are spaces
      ++i;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      const size_t end = html.find("-->", i + 4);
      i = end == std::string::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const size_t end = html.find('>', i);
      i = end == std::string::npos ? html.size() : end + 1;
      continue;
    }
    Tag tag;
    if (!read_tag(html, i, tag)) {
      raw += c;
      ++i;
      continue;
    }
    i = tag.end;
    if (tag.closing) {
      if (is_block(tag.name)) raw += "\n\n";
      continue;
    }
    if (tag.name == "meta") {
      const std::string property = attribute(tag.attributes, "property") + attribute(tag.attributes, "name");
      if (property == "og:title" && og_title.empty()) og_title = trim(attribute(tag.attributes, "content"));
      continue;
    }
    if (tag.name == "title") {
      size_t after = i;
      if (title.empty()) title = element_text(html, i, "title", &after);
      i = after;
      continue;
    }
    if (tag.name == "br") {
      raw += '\n';
      continue;
    }
    if (tag.name == "h1" && first_h1.empty()) first_h1 = element_text(html, i, "h1", nullptr);
    if (!tag.self_closing && is_dropped(tag.name)) {
      if (is_raw_text(tag.name)) {
        const size_t close = find_ci(html, ("</" + tag.name).c_str(), i);
        i = close == std::string::npos ? html.size() : close;
        continue;
      }
      // Skip to the matching end tag, counting nested ones of the same name.
      int depth = 1;
      size_t j = i;
      while (depth > 0 && j < html.size()) {
        const size_t lt = html.find('<', j);
        if (lt == std::string::npos) {
          j = html.size();
          break;
        }
        Tag inner;
        if (read_tag(html, lt, inner) && inner.name == tag.name && !inner.self_closing) depth += inner.closing ? -1 : 1;
        j = read_tag(html, lt, inner) ? inner.end : lt + 1;
      }
      i = j;
      continue;
    }
    if (is_block(tag.name)) raw += "\n\n";
  }
  result.text = tidy_lines(raw);
  result.headline = !og_title.empty() ? og_title : !title.empty() ? headline_from_title(title) : first_h1;
  // The extractor reads the first line as the headline.
  if (!result.headline.empty() && result.text.compare(0, result.headline.size(), result.headline) != 0)
    result.text = result.headline + (result.text.empty() ? "" : "\n\n" + result.text);
  return result;
}

LanguageGuess guess_language(const std::string& text) {
  // Common words of each language, folded (no case, no diacritics); words
  // two languages share ("la", "a") are left out.
  static const std::unordered_set<std::string> kEnglish = {
      "the",  "and", "of",  "to",   "with",  "on",    "for", "was",  "is",   "were", "said",  "that", "by",
      "from", "at",  "has", "have", "which", "their", "its", "this", "will", "are",  "would", "they", "after"};
  static const std::unordered_set<std::string> kFrench = {
      "le",  "les", "des", "et",  "du",  "une",  "un",    "avec", "pour", "est", "dans",  "sur",   "au",
      "aux", "que", "qui", "par", "ont", "sont", "cette", "ses",  "leur", "ete", "entre", "ainsi", "selon"};
  static const std::unordered_set<std::string> kVietnamese = {
      "va", "cua", "cac",  "voi", "duoc", "trong", "cho",  "nguoi", "nay", "co", "khong", "nhung",  "mot", "nhu",
      "ve", "tai", "cung", "den", "hai",  "nuoc",  "ngay", "thang", "nam", "da", "bo",    "truong", "giua"};
  LanguageGuess g;
  const std::string folded = fold(text.substr(0, std::min<size_t>(text.size(), 200000)));
  std::string word;
  auto count = [&]() {
    if (word.empty()) return;
    ++g.words;
    if (kEnglish.count(word)) ++g.en;
    if (kFrench.count(word)) ++g.fr;
    if (kVietnamese.count(word)) ++g.vi;
    word.clear();
  };
  for (char c : folded) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80)
      word += c;
    else
      count();
  }
  count();
  const int best = std::max({g.en, g.fr, g.vi});
  // Running text in these languages is a quarter or more function words;
  // another language matches a few by chance ("in", "die", "an").
  if (best >= 2 && best * 10 >= g.words) g.language = best == g.en ? "en" : best == g.fr ? "fr" : "vi";
  return g;
}

PreparedArticle prepare_article(const std::string& bytes, const std::string& name) {
  PreparedArticle a;
  auto mb = [](size_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(n) / 1048576.0);
    return std::string(buf);
  };
  std::string input = bytes;
  if (input.compare(0, 3, "\xEF\xBB\xBF") == 0) input.erase(0, 3);  // a byte-order mark
  a.from_html = looks_like_html(input);
  const size_t limit = a.from_html ? kMaxImportHtmlBytes : kMaxImportTextBytes;
  if (input.size() > limit) {
    a.error = name + ": " + mb(input.size()) + (a.from_html ? " of HTML" : " of text") + " is more than the " +
              mb(limit) + " one article may be; paste or open one article at a time";
    return a;
  }
  std::string problem = check_article_text(input, limit);
  if (!problem.empty()) {
    a.error = name + ": " + problem;
    return a;
  }
  if (a.from_html) {
    HtmlText page = html_to_text(input);
    a.headline = page.headline;
    input = std::move(page.text);
    if (trim(input).empty()) {
      a.error = name + ": the HTML page has no article text (only markup, scripts or menus)";
      return a;
    }
    if (input.size() > kMaxImportTextBytes) {
      a.error = name + ": the page holds " + mb(input.size()) + " of text, more than the " + mb(kMaxImportTextBytes) +
                " one article may be";
      return a;
    }
  }
  // Windows line ends: the extractor's spans count bytes of one text.
  input.erase(std::remove(input.begin(), input.end(), '\r'), input.end());
  const LanguageGuess lang = guess_language(input);
  if (lang.language.empty()) {
    a.warnings.push_back(name + ": this does not read as English, French or Vietnamese (" + std::to_string(lang.words) +
                         " words, few of their common ones); the draft will likely miss most facts. Check every "
                         "field, or paste the article in a supported language.");
  }
  // A few stray bytes are tolerated in an article; what is shown and extracted is UTF-8.
  size_t replaced = 0;
  a.text = valid_utf8(input, &replaced);
  a.headline = valid_utf8(a.headline);
  if (replaced > 0)
    a.warnings.push_back(name + ": " + std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes") +
                         " that were not UTF-8 replaced by \uFFFD");
  return a;
}

}  // namespace accord
