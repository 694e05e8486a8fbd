// How model values read on screen: dates, lists of names, quantities.
// Formatting only; anything that needs the model's logic calls core.
#pragma once
#include <string>
#include <vector>

#include "model.h"
#include "query.h"

namespace atlas {

// Dates and numbers in the interface's language (i18n.h).
// "Mon 20 May 2024", "May 2024" or "2024", as precise as the date is.
std::string date_text(const accord::Date& d);
// Short form for list rows: "20 May 2024".
std::string date_text_short(const accord::Date& d);
// "20–22 May 2024" style ranges when the event has an end date.
std::string event_date_text(const accord::Event& e);
// Why an inferred date was chosen: "Inferred from the weekday: ...".
std::string date_inference_text(const accord::Date& d);

// Country names for ids, joined with ", " (unknown ids shown as given).
std::string country_names(const accord::Dataset& d, const std::vector<std::string>& ids);
std::string country_name(const accord::Dataset& d, const std::string& id);
// "210", "1.5", "12,000" (fr "12 000", vi "12.000").
std::string quantity_text(double q);
// "en" -> "English"; unknown codes as given.
std::string language_name(const std::string& code);
// "snake_case" words of the model made readable: "signatory" -> "Signatory".
std::string capitalized(std::string s);

// "Signed", "Amended", "Reviewed", "Under negotiation", "Implemented".
std::string action_text(accord::AgreementAction a);
// "MoU", "Agreement", "Protocol", ...
std::string agreement_kind_text(accord::AgreementKind k);
// A topic's and an event type's name in the interface's language (the
// data's own words stay as written).
std::string topic_text(const std::string& topic);
std::string event_type_text(accord::EventType t);
// When a role was held: "April 2016 – May 2024", "since 22 May 2024",
// "until 2022", "dates unknown".
std::string role_period_text(const accord::Role& r);
// What a filter lets through, in words: "Laos · Drugs · 2023–2024 ·
// “hotline”"; "" when it lets everything through.
std::string filter_summary(const accord::Dataset& d, const accord::EventFilter& f);

}  // namespace atlas
