// The Import view's form: every field of an extracted draft, editable,
// with each person shown as resolved to a known person or "new".
#pragma once
#include <string>

#include "draft_resolve.h"
#include "extract.h"

namespace atlas {

class AppState;

// Draws the form for `draft`, editing it in place; `preview` is the draft
// as resolve_draft sees it (for the people's resolution). `source` holds
// the source fields. `date_text` is the date field's text, kept between
// frames; `date_error` gets why it is not a date. True when something
// changed (the caller resolves again).
bool draw_draft_form(AppState& state, accord::ExtractedDraft& draft, const accord::DraftRecords& preview,
                     accord::SourceInfo& source, std::string& date_text, std::string& date_error);

}  // namespace atlas
