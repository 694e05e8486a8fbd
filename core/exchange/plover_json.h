// Events as PLOVER records (the Open Event Data Alliance's successor to
// CAMEO), one JSON object per line: one record per directed actor pair and
// PLOVER event. The tables map our types, acts and topics to PLOVER's
// event, mode and context vocabularies, each with its reason.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// An event type's PLOVER event and mode ("" when PLOVER has none for it).
// For a meeting the place decides the mode: "visit" when one side hosts,
// "third-party" elsewhere, "phone" online (PLOVER's remote contact).
struct PloverEventTypeMapping {
  EventType type;
  const char* event;
  const char* mode;  // "place" means by the place, as above
  const char* reason;
};
const std::vector<PloverEventTypeMapping>& plover_event_type_mappings();

struct PloverActMapping {
  AgreementAction action;
  const char* event;
  const char* reason;
};
const std::vector<PloverActMapping>& plover_act_mappings();

// A topic's PLOVER context ("" when PLOVER's contexts have none).
struct PloverTopicMapping {
  const char* topic;
  const char* context;
  const char* reason;
};
const std::vector<PloverTopicMapping>& plover_topic_mappings();

// The records, one JSON object per line:
// {"id", "date" (the first day; "date_precision" and "date_basis" keep
// ours), "event", "mode", "context" [..], "actor", "actor_country",
// "recipient", "recipient_country", "event_loc" {"name", "country"},
// "event_text", "cite_info" {"url", "title", "publication", "language"}}.
// Ids are the event's id and a count ("ev-1-2").
std::string events_to_plover(const Dataset& d, const std::vector<size_t>& event_indexes);

}  // namespace accord
