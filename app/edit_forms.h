// Forms that edit one record in place (the Edit popup of a detail view).
// They change a copy; the caller saves it as a DatasetChange.
#pragma once
#include <string>

#include "model.h"

namespace atlas {

class AppState;

// `date_text` holds the date field between frames; `problem` gets what is
// wrong with the fields ("" when they can be saved).
void draw_event_form(AppState& state, accord::Event& e, std::string& date_text, std::string& problem);
void draw_agreement_form(AppState& state, accord::Agreement& a, std::string& problem);
void draw_person_form(AppState& state, accord::Person& p, std::string& problem);

}  // namespace atlas
