#include "ui_strings.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace atlas::testing {
namespace {

// Which argument of a call is shown to the user (-1: any of them, as in a
// printf-style call whose format or values may be words).
struct Checked {
  const char* name;
  bool imgui;  // written ImGui::name
  int arg;
};
constexpr Checked kChecked[] = {
    {"Text", true, -1},
    {"TextUnformatted", true, 0},
    {"TextDisabled", true, -1},
    {"TextColored", true, -1},
    {"TextWrapped", true, -1},
    {"BulletText", true, -1},
    {"LabelText", true, -1},
    {"Button", true, 0},
    {"SmallButton", true, 0},
    {"Selectable", true, 0},
    {"Checkbox", true, 0},
    {"RadioButton", true, 0},
    {"MenuItem", true, 0},
    {"BeginMenu", true, 0},
    {"SetTooltip", true, -1},
    {"CollapsingHeader", true, 0},
    {"TreeNode", true, -1},
    {"BeginCombo", true, 1},
    {"TableSetupColumn", true, 0},
    {"TableHeader", true, 0},
    {"InputTextWithHint", true, 1},
    {"ProgressBar", true, 2},
    {"AddText", false, -1},
    {"chip_button", false, 0},
    {"link", false, 1},
    {"link_text", false, 0},
    {"section_heading", false, 0},
    {"field_label", false, 0},
    {"field", false, -1},
    {"text_wrapped", false, 0},
    {"text_wrapped_colored", false, 1},
    {"add_notice", false, 0},
    {"text_field", false, 3},
    {"record_edit_link", false, 5},
    {"named_button", false, 1},
    {"banner_text", false, 0},
    {"same_line_if_fits", false, 0},
    {"label", false, 0},
    {"heading", false, 0},
    {"add_button", false, 1},
};

// Not words to translate: the product's name, example paths.
const std::vector<std::string> kNotWords = {"Accord Atlas", "/path/to/file.json", "/path/to/article.html"};

const char* const kCatalogueCalls[] = {"tr", "trf", "tr_count", "tr_id", "tr_key"};

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The source with comments blanked (newlines kept, so lines still count).
std::string without_comments(const std::string& s) {
  std::string out = s;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"' || s[i] == '\'') {  // skip a literal
      const char q = s[i];
      for (++i; i < s.size() && s[i] != q; ++i)
        if (s[i] == '\\') ++i;
    } else if (s.compare(i, 2, "//") == 0) {
      for (; i < s.size() && s[i] != '\n'; ++i) out[i] = ' ';
    } else if (s.compare(i, 2, "/*") == 0) {
      const size_t end = std::min(s.find("*/", i + 2), s.size() - 2) + 2;
      for (; i < end; ++i)
        if (out[i] != '\n') out[i] = ' ';
      --i;
    }
  }
  return out;
}

// From the '(' at `open`, the call's arguments as [begin, end) ranges;
// `close` gets the matching ')'.
std::vector<std::pair<size_t, size_t>> arguments(const std::string& s, size_t open, size_t& close) {
  std::vector<std::pair<size_t, size_t>> args;
  int depth = 0;
  size_t start = open + 1;
  for (size_t i = open; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"' || c == '\'') {
      for (++i; i < s.size() && s[i] != c; ++i)
        if (s[i] == '\\') ++i;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      if (--depth == 0) {
        args.emplace_back(start, i);
        close = i;
        return args;
      }
    } else if (c == ',' && depth == 1) {
      args.emplace_back(start, i);
      start = i + 1;
    }
  }
  close = s.size();
  return args;
}

// Positions of `name(` as a whole identifier (after "ImGui::" when asked).
std::vector<size_t> calls_of(const std::string& s, const std::string& name, bool imgui) {
  std::vector<size_t> found;
  const std::string needle = (imgui ? "ImGui::" : "") + name + "(";
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1))
    if (at == 0 || !ident_char(s[at - 1])) found.push_back(at + needle.size() - 1);
  return found;
}

// The argument's text with every catalogue call (and its parentheses) blanked.
std::string outside_catalogue(std::string arg) {
  for (const char* call : kCatalogueCalls) {
    for (size_t open : calls_of(arg, call, false)) {
      size_t close = 0;
      arguments(arg, open, close);
      for (size_t i = open - std::string(call).size(); i <= close && i < arg.size(); ++i) arg[i] = ' ';
    }
  }
  return arg;
}

// The literals in a piece of source, as written.
std::vector<std::string> literals(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\'') {
      for (++i; i < s.size() && s[i] != '\''; ++i)
        if (s[i] == '\\') ++i;
    } else if (s[i] == '"') {
      const size_t start = i + 1;
      for (++i; i < s.size() && s[i] != '"'; ++i)
        if (s[i] == '\\') ++i;
      out.push_back(s.substr(start, i - start));
    }
  }
  return out;
}

// Words a reader would see: letters once ImGui ids ("##x"), printf
// specifiers and escapes are taken away.
bool has_words(std::string text) {
  if (const size_t id = text.find("##"); id != std::string::npos) text.erase(id);
  static const std::regex specifiers(R"(%[-+ #0-9.*]*[a-zA-Z%]|\\u[0-9a-fA-F]{4}|\\.)");
  text = std::regex_replace(text, specifiers, " ");
  if (std::find(kNotWords.begin(), kNotWords.end(), text) != kNotWords.end()) return false;
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

std::string decoded(const std::string& written) {
  std::string out;
  for (size_t i = 0; i < written.size(); ++i) {
    if (written[i] != '\\' || i + 1 >= written.size()) {
      out += written[i];
      continue;
    }
    const char e = written[++i];
    if (e == 'u' && i + 4 < written.size()) {
      const unsigned cp = unsigned(std::stoul(written.substr(i + 1, 4), nullptr, 16));
      i += 4;
      if (cp < 0x80) {
        out += char(cp);
      } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
      } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
      }
    } else {
      out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
    }
  }
  return out;
}

}  // namespace

std::vector<UiLiteral> untranslated_literals(const std::string& source) {
  const std::string s = without_comments(source);
  std::vector<UiLiteral> found;
  for (const Checked& c : kChecked) {
    for (size_t open : calls_of(s, c.name, c.imgui)) {
      size_t close = 0;
      const auto args = arguments(s, open, close);
      for (size_t k = 0; k < args.size(); ++k) {
        if (c.arg >= 0 && size_t(c.arg) != k) continue;
        const std::string arg = outside_catalogue(s.substr(args[k].first, args[k].second - args[k].first));
        for (const std::string& lit : literals(arg)) {
          if (!has_words(lit)) continue;
          const int line = 1 + int(std::count(s.begin(), s.begin() + long(open), '\n'));
          found.push_back({line, std::string(c.imgui ? "ImGui::" : "") + c.name, lit});
        }
      }
    }
  }
  return found;
}

size_t word_literals_outside_catalogue(const std::string& source) {
  std::string s = outside_catalogue(without_comments(source));
  // Lines that are not the interface: includes, widget names and ids.
  static const std::regex not_words(R"((#include [^\n]*)|(note_widget\([^;]*;))");
  s = std::regex_replace(s, not_words, " ");
  size_t n = 0;
  for (const std::string& lit : literals(s))
    if (has_words(lit)) ++n;
  return n;
}

std::vector<std::string> catalogue_keys_used(const std::string& source) {
  const std::string s = without_comments(source);
  std::vector<std::string> keys;
  for (const char* call : kCatalogueCalls) {
    for (size_t open : calls_of(s, call, false)) {
      size_t close = 0;
      const auto args = arguments(s, open, close);
      if (args.empty()) continue;
      std::string first = s.substr(args[0].first, args[0].second - args[0].first);
      const size_t quote = first.find_first_not_of(" \n\t");
      if (quote == std::string::npos || first[quote] != '"') continue;  // a key from a table
      std::string key;
      for (const std::string& lit : literals(first)) key += decoded(lit);
      keys.push_back(key);
    }
  }
  return keys;
}

std::string read_source(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace atlas::testing
