// Links that carry records: a few events a user added (with every record
// they refer to) inside the link itself, for someone whose copy of the
// atlas does not have them. The page compresses the payload
// (deflate-raw, base64url: web/glue.js) into the hash as rec=...; the app
// receiving it reads it like an imported file (read_incoming: the same
// validation) and shows it merged into a copy of the data shown, never
// into the user's own until they choose (app/data_menu.h).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// The longest link the app hands out with records in it: browsers, chat
// apps and mail clients all keep an address of 8,000 characters whole.
inline constexpr size_t kMaxRecordLinkChars = 8000;
// The most a received payload may inflate to (a few events are a few KB).
inline constexpr size_t kMaxRecordLinkBytes = 1024 * 1024;

// The events `event_ids` of `d` and every record they refer to, directly
// or through the records they pull in (an agreement's acts name events,
// a role its organization and source...), so the set validates alone.
// Sources go without the article text they keep (passage): a link carries
// the facts, not the articles.
Dataset records_for_events(const Dataset& d, const std::vector<std::string>& event_ids);

// The payload before compression: compact JSON of the records.
std::string record_link_payload(const Dataset& records);

// "" when a link of `link_chars` characters may be handed out; else what
// to tell the user (the size, the limit, and what to do instead).
std::string record_link_size_problem(size_t link_chars);

}  // namespace accord
