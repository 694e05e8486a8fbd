// Files dropped on the native window, sent where they belong by their
// extension: datasets (.json) and event tables (.csv) to the Data menu's
// import, articles (.txt, .html, .htm) to the Import view.
#pragma once
#include <string>

namespace atlas {

class AppState;

// Reads the file (refusing it from its size alone when over
// kMaxUserFileBytes) and routes it; problems are shown in the Data menu.
void open_dropped_file(AppState& state, const std::string& path);

}  // namespace atlas
