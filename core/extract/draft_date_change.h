// A draft's dates reviewed together: when the user corrects the event's date
// before saving, the agreement acts the extractor dated with the event (the
// signing on the day) follow it, so no act keeps the draft's old year.
#pragma once
#include <string>
#include <vector>

#include "extract.h"

namespace accord {

// Sets the draft's event date to `date` (typed by the user: stated) and
// moves every agreement dated exactly as the event was to it. Returns the
// titles of the agreements that followed, to show the user.
std::vector<std::string> change_draft_date(ExtractedDraft& draft, const Date& date);

}  // namespace accord
