// The one way an article becomes records in a dataset, shared by
// `accord add`, the fuzz target and the tests: extract, resolve the names
// against the dataset, apply as one undoable change. The change is checked
// like every edit (validate.h), so a dataset that was valid stays valid.
#pragma once
#include <string>

#include "draft_resolve.h"
#include "edit_history.h"
#include "extract.h"
#include "gazetteer.h"

namespace accord {

struct ArticleAdd {
  DraftRecords records;  // what was (or would have been) added, with notes
  std::string refused;   // empty when added; else why nothing was added
  bool added() const { return refused.empty(); }
};

// `gazetteer` should already know the dataset's names (add_dataset_entries).
// Adds nothing when the text cannot be extracted from, when no date can be
// set, or when the records would not be valid.
ArticleAdd add_article(Dataset& d, EditHistory& history, const std::string& text, const Gazetteer& gazetteer,
                       const ExtractOptions& options = {}, const SourceInfo& source = {});

}  // namespace accord
