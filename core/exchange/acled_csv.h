// Events as an ACLED-style CSV (the Armed Conflict Location & Event Data
// codebook's columns that fit cooperation events), and back.
//
// Columns: event_id_cnty, event_date (YYYY-MM-DD, the period's first day),
// time_precision (ACLED's 1 = the day is known, 3 = only the month or
// year; a year-only date also says "(year only)" at the end of notes),
// event_type, sub_event_type, actor1 (the home country's side: "Police
// Forces of Vietnam" or "Government of Vietnam"), assoc_actor_1 (its
// organizations, "; "), actor2 (the first partner's side), assoc_actor_2
// (the other partners' sides, "; "), country (where it happened),
// location (the city), source (the sources' publishers, "; "), notes
// (title, then " | " and the summary). RFC 4180 quoting, CRLF, and the
// formula-injection guard of events_csv.h on every cell.
#pragma once
#include <string>
#include <vector>

#include "exchange_records.h"
#include "model.h"

namespace accord {

// ACLED's event types are about conflict and protest; cooperation falls
// under "Strategic developments", whose sub-event "Agreement" fits signings.
struct AcledEventTypeMapping {
  EventType type;
  const char* event_type;
  const char* sub_event_type;
  const char* reason;
};
const std::vector<AcledEventTypeMapping>& acled_event_type_mappings();
// An agreement act turns the row's sub-event into "Agreement" or leaves it.
struct AcledActMapping {
  AgreementAction action;
  const char* sub_event_type;  // "" keeps the event type's
  const char* reason;
};
const std::vector<AcledActMapping>& acled_act_mappings();

const std::vector<std::string>& acled_columns();
std::string events_to_acled(const Dataset& d, const std::vector<size_t>& event_indexes);

// Reads such a CSV back: the columns by name in any order (event_date and
// notes required, and actor1, actor2 or country to find the partners);
// others are ignored with a note. The type comes from sub_event_type
// ("Agreement" is a signing) else "other"; partners are the countries
// named in actor1, actor2, assoc_actor_2 and country, less the home
// country. A row without event_id_cnty gets "ev-acled-" + its row number.
// Problems name the line, column and field, and the row ("row 3: ...").
ExchangeImport parse_acled_csv(const std::string& text, const Dataset& context);
// True when the header row has ACLED's event_date and time_precision.
bool looks_like_acled_csv(const std::string& text);

}  // namespace accord
