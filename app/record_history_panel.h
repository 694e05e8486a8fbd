// A record's page ends with its "Edit history": the saved changes that
// touched it, newest first, from the change log kept beside the user's
// data (core/change_log.h).
#pragma once
#include <string>

namespace atlas {

class AppState;
struct Fonts;

// Draws nothing when no logged change touched `record_id`.
void draw_record_history(AppState& state, const Fonts& fonts, const std::string& record_id);

}  // namespace atlas
