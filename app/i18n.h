// The interface's words in the user's language: every label goes through
// tr("English text"), looked up in assets/i18n/<code>.json (English, then
// the language on top; a key missing everywhere shows as written). Counted
// phrases pick the language's plural form; numbers and dates follow the
// language too (core/text/locale_format.h, display_text.h).
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "locale_format.h"

namespace atlas {

// The language drawn now.
accord::Language ui_language();
// Loads `l`'s catalogue when it is not the one in use (start of a frame).
void use_ui_language(accord::Language l);

// `key` in the current language. The pointer lives until the language
// changes (use it within the frame).
const char* tr(const char* key);
// Marks a key kept in a table and translated where it is drawn (tr(label)),
// so the catalogue test finds it.
constexpr const char* tr_key(const char* key) { return key; }
// tr(key) with its {name} placeholders filled: trf("{a} with {b}", {{"a", x}, {"b", y}}).
std::string trf(const char* key, const accord::MessageArgs& args);
// A counted phrase: key "{n} events" (catalogue entry {"one": ..., "other":
// ...}), {n} written as a number of the language; more placeholders in `args`.
std::string tr_count(const char* key, long long n, accord::MessageArgs args = {});
// A translated label with a fixed ImGui id: "Suivant##next".
std::string tr_id(const char* key, const char* id);
// A number as the language writes it: "1,200", "1 200", "1.200".
std::string number_text(double value, int decimals = 2);

// One catalogue entry: a plain message, or a counted one with forms.
struct Message {
  std::string one, other;  // a plain message has both the same
  bool counted = false;
};
using Catalogue = std::map<std::string, Message, std::less<>>;
// Parses a catalogue file's JSON text; `error` says why it was refused.
Catalogue parse_catalogue(const std::string& text, std::string& error);

}  // namespace atlas
