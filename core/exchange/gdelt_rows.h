// Events as GDELT 2.0 event-table rows (CAMEO coded): tab-separated, the
// 61 columns in GDELT's order, one row per directed actor pair and act.
// The mapping is cameo_codes.h; docs/exchange-formats.md explains each
// column we fill and why the others stay empty.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// The 61 column names, in order (the optional header row).
const std::vector<std::string>& gdelt_columns();

// The rows for these events, each exactly 61 cells. GLOBALEVENTID counts
// from 1 in this export. SOURCEURL is the first source's address with our
// own note as a fragment ("#accord:event=ev-1&date=2024-05&precision=month
// &basis=context"), so the event id and the date's precision and basis,
// which GDELT has no column for, travel with the row; an event without an
// address gets "accord:event=..." alone.
std::vector<std::vector<std::string>> gdelt_rows(const Dataset& d, const std::vector<size_t>& event_indexes);
// The rows as text: cells joined by tabs, rows ended by "\n"; a header row
// of the column names first when asked.
std::string events_to_gdelt(const Dataset& d, const std::vector<size_t>& event_indexes, bool header);

}  // namespace accord
