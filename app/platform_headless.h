// Test controls of the headless platform (platform_headless.cpp): a stub
// with no window, no files and nothing kept, for drawing frames in tests.
#pragma once
#include <string>
#include <vector>

namespace atlas::headless {

// Moves millis_since_start() ahead, as if `ms` had passed (timers: Play).
void advance_clock(double ms);
// What has_touch_screen() answers (phones: larger touch targets).
void set_touch_screen(bool touch);
// What copy_link_to_clipboard() copied last, and open_url() opened.
const std::string& clipboard();
// Whether the last copy asked for the data link in it (web: ?data=).
bool clipboard_has_data_link();
// How many times the app took a data link off the address.
int data_link_forgotten();
const std::string& last_opened_url();
// Where request_web_bundle() reads the web app's files ("Publish…").
void set_web_bundle_dir(const std::string& dir);
// What save_file_for_user() was last handed (it keeps nothing and says so).
const std::string& last_saved_name();
const std::string& last_saved_bytes();
// Settings "saved" in memory by write_settings_text(); "" resets them.
void set_settings_text(const std::string& text);
// What system_language_tags() answers (none at first: English).
void set_system_languages(const std::vector<std::string>& tags);
// The user's store for apps made after this call ("": none, saves fail).
void set_user_store_path(const std::string& path);
// What the browser's text box would hand the active field next frame
// (take_browser_text_edit), and what the active field last reported.
void edit_as_browser(const std::string& text, int selection_start, int selection_end, unsigned field = 0);
struct ActiveTextField {
  unsigned field = 0;
  std::string text;
  int selection_start = 0, selection_end = 0;
  bool multiline = false;
};
const ActiveTextField& active_text_field();
void forget_active_text_field();

}  // namespace atlas::headless
