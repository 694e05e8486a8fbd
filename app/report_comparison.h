// An event the dataset has beside the draft of an article that may report
// it, fact by fact (date, type, place, partners, people), as the Import
// view shows them: a table on a wide screen, one block under the other on
// a phone.
#pragma once
#include <string>
#include <vector>

#include "draft_resolve.h"
#include "model.h"

namespace atlas {

class AppState;
struct Fonts;

struct ComparedFact {
  std::string label;   // "Date"
  std::string ours;    // what the dataset's event says
  std::string theirs;  // what the article says
  bool same = false;
};

// The rows for `ours` (an event of `d`) and the article's `draft`.
std::vector<ComparedFact> compare_with_draft(const accord::Dataset& d, const accord::Event& ours,
                                             const accord::DraftRecords& draft);

// Draws the rows; "import:same:compare" names the whole.
void draw_comparison(AppState& state, const Fonts& fonts, const std::vector<ComparedFact>& rows);

}  // namespace atlas
