// Finds the interface's words in app/ sources: string literals handed to
// ImGui's text and button calls and to the app's own widget helpers that do
// not go through the catalogue (tr, trf, tr_count, tr_id, tr_key), and the
// catalogue keys the code uses. A plain scanner of C++ text, not a parser:
// it knows comments, string literals and nested parentheses.
#pragma once
#include <string>
#include <vector>

namespace atlas::testing {

struct UiLiteral {
  int line = 0;
  std::string call;  // "ImGui::Button", "text_wrapped"
  std::string text;  // the literal as written between the quotes
};

// Literals with words in them, outside the catalogue, in `source`.
std::vector<UiLiteral> untranslated_literals(const std::string& source);
// How many literals with words anywhere in `source` are outside the
// catalogue (in any call or none: a file's words still to translate).
size_t word_literals_outside_catalogue(const std::string& source);
// The literal first arguments of tr, trf, tr_count, tr_id and tr_key
// (adjacent literals joined, \u escapes decoded).
std::vector<std::string> catalogue_keys_used(const std::string& source);
// Reads a file ("" when it cannot).
std::string read_source(const std::string& path);

}  // namespace atlas::testing
