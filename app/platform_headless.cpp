// A platform for tests: no SDL window, settings and clipboard in memory,
// no user store, no files written. Background loads run in slices on the
// caller's thread, so a test decides when each step happens.
#include "platform_headless.h"

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

#include "app_state.h"
#include "platform.h"
#include "record_link.h"

namespace atlas {
namespace {
const auto kProcessStart = std::chrono::steady_clock::now();
bool g_touch = false;
std::string g_clipboard, g_opened_url, g_settings;
std::vector<std::string> g_system_languages;  // none: English
std::string g_web_bundle_dir = "no-web-bundle", g_saved_name, g_saved_bytes;
bool g_clipboard_with_data_link = false;
int g_data_link_forgotten = 0;
std::string g_user_store_path;
std::vector<std::string> g_dropped_files;
std::optional<BrowserTextEdit> g_browser_edit;
headless::ActiveTextField g_active_field;
std::optional<RecordsLinkMade> g_records_link;
double g_clock_ahead_ms = 0;  // headless::advance_clock
}  // namespace

namespace headless {
void set_touch_screen(bool touch) { g_touch = touch; }
void advance_clock(double ms) { g_clock_ahead_ms += ms; }
const std::string& clipboard() { return g_clipboard; }
void set_web_bundle_dir(const std::string& dir) { g_web_bundle_dir = dir; }
const std::string& last_saved_name() { return g_saved_name; }
const std::string& last_saved_bytes() { return g_saved_bytes; }
bool clipboard_has_data_link() { return g_clipboard_with_data_link; }
int data_link_forgotten() { return g_data_link_forgotten; }
const std::string& last_opened_url() { return g_opened_url; }
void set_settings_text(const std::string& text) { g_settings = text; }
void set_system_languages(const std::vector<std::string>& tags) { g_system_languages = tags; }
void set_user_store_path(const std::string& path) { g_user_store_path = path; }
void edit_as_browser(const std::string& text, int selection_start, int selection_end, unsigned field) {
  g_browser_edit = BrowserTextEdit{text, selection_start, selection_end, field};
}
const ActiveTextField& active_text_field() { return g_active_field; }
void forget_active_text_field() { g_active_field = {}; }
}  // namespace headless

bool parse_launch_options(int, char**, LaunchOptions&) { return true; }
std::string dataset_path(const LaunchOptions& options) {
  return options.data_path.empty() ? ACCORD_DEFAULT_DATASET : options.data_path;
}
std::string fonts_dir() { return ACCORD_ASSETS_DIR "/fonts"; }
std::string gazetteer_dir() { return ACCORD_ASSETS_DIR "/gazetteer"; }
std::string i18n_dir() { return ACCORD_ASSETS_DIR "/i18n"; }
std::vector<std::string> system_language_tags() { return g_system_languages; }

void platform_before_sdl_init() {}
void platform_attach(SDL_Window*, AppState*) {}
float display_pixel_ratio(SDL_Window*) { return 1.0f; }
bool has_touch_screen() { return g_touch; }
bool sync_canvas_size(SDL_Window*) { return false; }

void begin_frame_text_fields() {}
void note_text_field(float, float, float, float, const char*) {}
void end_frame_text_input(bool) {}
bool take_browser_text_edit(BrowserTextEdit& edit) {
  if (!g_browser_edit) return false;
  edit = std::move(*g_browser_edit);
  g_browser_edit.reset();
  return true;
}
void note_active_text_field(unsigned field, const std::string& text, int selection_start, int selection_end,
                            bool multiline) {
  g_active_field = {field, text, selection_start, selection_end, multiline};
}

std::string copy_link_to_clipboard(const std::string& hash, bool with_data_link) {
  g_clipboard = hash;
  g_clipboard_with_data_link = with_data_link;
  return hash;
}

void request_web_bundle(const std::vector<std::string>& names, WebBundleDone done) {
  std::map<std::string, std::string> files;
  for (const std::string& name : names) {
    std::ifstream in(g_web_bundle_dir + "/" + name, std::ios::binary);
    if (!in) return done({}, "the web app is not built: " + g_web_bundle_dir + " has no " + name);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[name] = bytes.str();
  }
  done(std::move(files), "");
}

// No compression here: the payload goes in as it is, so a test sees what
// a link would carry and meets the limit with fewer records.
bool copy_records_link(const std::string& hash, const std::string& payload) {
  RecordsLinkMade made;
  const std::string link = link_for_hash(hash) + (hash.find('?') == std::string::npos ? "?" : "&") + "rec=" + payload;
  made.length = link.size();
  if (made.length <= accord::kMaxRecordLinkChars) {
    made.link = link;
    g_clipboard = link;
  }
  g_records_link = made;
  return true;
}
bool take_records_link(RecordsLinkMade& made) {
  if (!g_records_link) return false;
  made = *g_records_link;
  g_records_link.reset();
  return true;
}

std::string link_for_hash(const std::string& hash) { return "https://atlas.example/" + hash; }
void copy_text_to_clipboard(const std::string& text) {
  g_clipboard = text;
  g_clipboard_with_data_link = false;
}

void forget_data_link_in_address() { ++g_data_link_forgotten; }

std::string read_settings_text() { return g_settings; }
void write_settings_text(const std::string& text) { g_settings = text; }
bool system_prefers_dark() { return false; }
bool platform_follows_system_theme() { return false; }

void after_frame(AppState& state) { state.take_history_moves(); }

bool request_open_file(const std::string&, OpenedFile, OpenFailed) { return false; }
std::vector<std::string> take_dropped_files() { return std::exchange(g_dropped_files, {}); }
void queue_dropped_file(const std::string& path) { g_dropped_files.push_back(path); }
std::string save_file_for_user(const std::string& filename, const std::string&, const std::string& bytes) {
  g_saved_name = filename;
  g_saved_bytes = bytes;
  return "error: the headless platform keeps no files (" + filename + ")";
}
bool take_pasted_text(std::string&) { return false; }

double millis_since_start() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count() +
         g_clock_ahead_ms;
}

void open_url(const std::string& url) { g_opened_url = url; }
bool browser_handles_back_and_forward() { return false; }
bool can_run_in_background() { return false; }
bool has_file_picker() { return false; }

void run_main_loop(const std::function<bool(bool)>& step) {
  while (step(false)) {
  }
}
void sleep_main_loop() {}
void wake_main_loop() {}
bool main_loop_sleeping() { return false; }

// No user store unless a test names a file: nothing stored is read, and a
// save fails (says why) rather than write into the home folder of whoever
// runs the tests.
std::string default_user_store_path() { return g_user_store_path; }
std::string describe_user_store(const std::string&) { return "Nowhere (headless tests)."; }
void start_user_store(const std::string&) {}
bool user_store_ready() { return true; }
void sync_user_store() {}
int user_store_syncs_in_flight() { return 0; }
std::string user_store_sync_error() { return ""; }
OtherTabSave store_saved_by_another_tab() { return OtherTabSave::None; }
void store_change_taken() {}
const char* other_store_writers() { return "by another program"; }

}  // namespace atlas
