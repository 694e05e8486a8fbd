// A field that picks one record by typing part of its name, like a
// spreadsheet cell with a list: the chosen record shows as a button; a tap
// opens a search field and the records that match as you type (folded: no
// case, no diacritics, so "to lam" finds "Tô Lâm"), and "+ New ..." when
// the typed name is missing. Every row is a touch target.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace atlas {

class AppState;

struct PickItem {
  std::string id;
  std::string label;   // what the row and the button show
  std::string detail;  // a muted second part ("ministry, Vietnam")
};

struct PickOptions {
  // The items matching the typed text (empty: the first few), at most `max`.
  std::function<std::vector<PickItem>(const std::string& typed, size_t max)> search;
  // Makes a new record named `typed` and returns its id; empty: no "+ New".
  std::function<std::string(const std::string& typed)> create;
  const char* what = "";    // "person", for "+ New person ..." and the button's hint
  bool allow_none = false;  // offers "None" (an optional reference)
};

// Widgets: `name` (the button), `name:search`, `name:option:<id>`,
// `name:new`, `name:none`, `name:close`. True when `id` changed.
bool pick_list(AppState& state, const std::string& name, std::string& id, const std::string& label,
               const PickOptions& options);

// Matches `typed` against texts the way the pick list does (folded).
bool pick_matches(const std::string& folded_typed, const std::string& text);

// Closes every open pick list (a new edit starts).
void close_pick_lists();

}  // namespace atlas
