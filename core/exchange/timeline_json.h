// Events as a TimelineJS (Knight Lab) JSON file, and back.
//
// Each event is a slide: start_date {year, month, day} keeps our precision
// (a month-only date has no day, a year-only date no month), text
// {headline: title, text: summary as HTML}, group: the partners' names,
// unique_id: our id, media {url, caption, credit} from the first source
// when it has an address. An "accord" object on each slide (TimelineJS
// ignores keys it does not know) keeps what TimelineJS has no place for:
// type, date basis and reason, partner ids, topics, city and place, so
// that export -> import gives the same events back.
#pragma once
#include <string>
#include <vector>

#include "exchange_records.h"
#include "model.h"

namespace accord {

std::string events_to_timeline(const Dataset& d, const std::vector<size_t>& event_indexes);

// Reads a TimelineJS file: slides with a start_date and a headline become
// events (the "title" slide is not an event). Without an "accord" object
// the partners come from the group (names or ids, separated by ", "), the
// type is "other" and the date "stated". A slide without unique_id gets
// "ev-timeline-" + its position. Problems name the JSON path
// ("events[2].start_date.month") and, for syntax errors, line and column.
ExchangeImport parse_timeline_json(const std::string& text, const Dataset& context);

// True when the text looks like a TimelineJS file (an object whose
// "events" are slides with start_date), for import by content.
bool looks_like_timeline_json(const std::string& text);

}  // namespace accord
