// The thin layer between the app and where it runs: native desktop
// (platform_native.cpp) or a browser tab (platform_web.cpp). Everything
// else in app/ is shared by both targets.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

struct SDL_Window;

namespace atlas {

class AppState;

// What the command line asked for (native only; the web has no arguments).
struct LaunchOptions {
  std::string data_path;      // --data FILE
  std::string event_id;       // --event ID: open with this event selected
  int quit_after_frames = 0;  // --quit-after-frames N (0: run until closed)
  int window_width = 1280;    // --window WxH, in logical pixels
  int window_height = 800;
  float user_scale = 0;    // --scale S; 0: follow the display
  std::string hash;        // --hash '#/people': open this link's view
  std::string state_file;  // --state-file PATH: state_json() after every frame (tests)
};

// Parses argv. On a bad argument prints usage to stderr and returns false.
bool parse_launch_options(int argc, char** argv, LaunchOptions& out);

// Where the dataset and the fonts are read from.
std::string dataset_path(const LaunchOptions& options);
std::string fonts_dir();
std::string gazetteer_dir();  // the extraction word lists (assets/gazetteer)
std::string i18n_dir();       // the interface's message catalogues (assets/i18n)

// The languages the user prefers, most wanted first: the browser's
// navigator.languages ("vi-VN", "en"), natively LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG as the C library reads them.
std::vector<std::string> system_language_tags();

// Called once before SDL_Init (SDL hints that must be set early).
void platform_before_sdl_init();
// Called once the window exists and the state is loaded: registers the
// browser test hook, remembers the window for canvas sizing.
void platform_attach(SDL_Window* window, AppState* state);

// Physical pixels per logical pixel (devicePixelRatio on the web).
float display_pixel_ratio(SDL_Window* window);
// True on phones and tablets: the UI gets larger touch targets.
bool has_touch_screen();
// Web: sizes the canvas backing store to its CSS size times the pixel
// ratio. Returns true when the size changed (a frame must be drawn).
// Native: the window system does this; always false.
bool sync_canvas_size(SDL_Window* window);

// Phones: browsers raise the on-screen keyboard only for a focused HTML
// input, and only from inside the tap's own event handler. So each frame
// tells the platform where its text fields are (physical pixels) and what
// they hold; web/glue.js focuses a hidden input when a tap lands on one
// and feeds what is typed back as SDL text and key events.
void begin_frame_text_fields();
void note_text_field(float min_x, float min_y, float max_x, float max_y, const char* text);
// After each frame: whether ImGui wants text (keeps the keyboard up).
void end_frame_text_input(bool wants_text_input);

// Web: while a field is active, the browser's own (hidden) text box holds
// the keyboard, so typing, fast deletes, select-all, autocorrection, IME
// composition and paste behave exactly as in a native text box; the field
// takes that box's whole text and selection (UTF-8 byte offsets), never a
// replay of keys. `field` is the ImGui id of the field the edit was made
// for (0: whichever is active, as after a tap that just focused it).
struct BrowserTextEdit {
  std::string text;
  int selection_start = 0, selection_end = 0;
  unsigned field = 0;
};
// The last edit not yet applied (only the last counts: each is whole).
bool take_browser_text_edit(BrowserTextEdit& edit);
// Each frame, the active field says what it holds and where its selection
// is, so the browser's box follows the app's own changes (a click that
// moves the caret, a Clear button). Native: nothing to follow.
void note_active_text_field(unsigned field, const std::string& text, int selection_start, int selection_end,
                            bool multiline);

// Copies text to the clipboard (web: navigator.clipboard from the click).
// Web: `hash` becomes the page's address with that hash, of any length,
// without a data link (?data=, ?large=) unless `with_data_link`: a link
// shares the user's place, not a stranger's dataset unless asked to.
// Native: the hash itself, which `accord-atlas --hash` opens. Returns what
// was copied.
std::string copy_link_to_clipboard(const std::string& hash, bool with_data_link = false);
// The address a hash opens (web: the page's address, without a data link,
// with that hash; native: the hash itself), for links the app hands out
// other than by Copy link (the embed code, "Open in Accord Atlas").
std::string link_for_hash(const std::string& hash);
// Copies any text (the embed code) to the clipboard.
void copy_text_to_clipboard(const std::string& text);
// Links that carry records (core/publish/record_link.h): the page
// compresses `payload` into the link of `hash` (web/glue.js) and copies it
// when it fits kMaxRecordLinkChars; the outcome comes on a later frame
// (take_records_link). False where links cannot carry records (native:
// the desktop app shares data by export and publish).
bool copy_records_link(const std::string& hash, const std::string& payload);
struct RecordsLinkMade {
  std::string link;   // copied; empty when it did not fit or failed
  size_t length = 0;  // the link's length in characters
  std::string error;  // why no link could be made
};
bool take_records_link(RecordsLinkMade& made);
// The user chose what to do with a data link's dataset: the address no
// longer names it, so a reload does not fetch it again (web; native no-op).
void forget_data_link_in_address();

// Settings storage: web localStorage, native a JSON file in the user's
// config folder. Reading gives "" when nothing was saved.
std::string read_settings_text();
void write_settings_text(const std::string& text);
// Whether the system asks for dark colours (web: prefers-color-scheme).
bool system_prefers_dark();
bool platform_follows_system_theme();  // true where the above is known

// After each drawn frame: mirrors the view into the browser's address
// (history.pushState / replaceState / go) so Back, Forward and shared
// links work; natively writes --state-file.
void after_frame(AppState& state);

// Files the user picks or drops. Web: an <input type=file> picker;
// native: a file dropped on the window (SDL_DROPFILE) or a path the user
// types, read by the caller. `done` runs on a later frame with the file's
// name and bytes (never on a cancelled pick). Returns false where no
// picker exists (native), so the caller offers a path field instead.
// `failed` (optional) gets why a picked file was not read: over
// kMaxUserFileBytes (user_file.h; refused before reading) or unreadable.
using OpenedFile = std::function<void(const std::string& name, const std::string& bytes)>;
using OpenFailed = std::function<void(const std::string& message)>;
bool request_open_file(const std::string& accept, OpenedFile done, OpenFailed failed = nullptr);
// Files dropped on the native window since the last call (paths).
std::vector<std::string> take_dropped_files();
// main.cpp's event loop queues each SDL_DROPFILE path here.
void queue_dropped_file(const std::string& path);
// Hands bytes to the user as a file: web, a download named `filename`;
// native, written to the user's Downloads folder (or the working folder).
// Returns where it went ("accord-atlas.json" or a full path), or an error
// message starting with "error: ".
std::string save_file_for_user(const std::string& filename, const std::string& mime, const std::string& bytes);

// The web app's own files (names from accord::web_bundle_files()), for the
// Data window's "Publish…". Web: fetched from the page's folder (or the
// service worker's cache), `done` runs on a later frame; native: read from
// the checkout's dist/web (or $ACCORD_WEB_DIR) before returning. `error`
// says why not (a file missing: the web app is not built).
using WebBundleDone = std::function<void(std::map<std::string, std::string> files, const std::string& error)>;
void request_web_bundle(const std::vector<std::string>& names, WebBundleDone done);

// Text the user pasted since the last call. Web: a canvas gets no text from
// Ctrl+V, so web/glue.js hands over the page's paste event. Native: ImGui
// reads the clipboard itself; always false.
bool take_pasted_text(std::string& text);

// Milliseconds since the process (native) or the page (web) started.
double millis_since_start();

// Opens a web address in the system's browser (web: a new tab).
void open_url(const std::string& url);

// The browser keeps the app's history itself (Back and Forward buttons,
// Alt+Left); the desktop app reads Alt+Left/Right and the mouse's side buttons.
bool browser_handles_back_and_forward();

// Long work (a large dataset's load) runs on a worker thread where there
// are threads (native); the browser has one, so the caller works in slices
// of a few milliseconds per frame instead.
bool can_run_in_background();

// Whether request_open_file() has a picker (web) or the user types a path
// and drops files instead (native).
bool has_file_picker();

// --- The user's own dataset (user_store.h) --------------------------------
// Native: a file in $XDG_DATA_HOME/accord-atlas; web: IndexedDB (Emscripten
// IDBFS) mounted at /user-PATH, one per deployment path, read into memory
// asynchronously at start.
std::string default_user_store_path();
// Where the store is, in words for the Data window.
std::string describe_user_store(const std::string& path);
// Prepares the store's folder: natively creates it; in the browser mounts
// IndexedDB and starts reading it (user_store_ready() turns true later).
void start_user_store(const std::string& path);
bool user_store_ready();
// After every write to the store's folder: the browser copies it back to
// IndexedDB (one write at a time; a write asked for meanwhile runs after).
void sync_user_store();
int user_store_syncs_in_flight();
std::string user_store_sync_error();  // the last copy to IndexedDB's error, or ""
// Browser: another tab of this deployment saved the store since this tab
// last read or wrote it (a stamp the tabs share). Its data is then read
// from IndexedDB in the background (Pending); once read (Arrived),
// DatasetStore's changed_on_disk() sees it as any other writer's, and
// store_change_taken() says the app has looked. Natively always None: the
// file's own version tells.
enum class OtherTabSave { None, Pending, Arrived };
OtherTabSave store_saved_by_another_tab();
void store_change_taken();
// Who else writes the store, in words: "by another program" or "in another tab".
const char* other_store_writers();

// Runs `step` until it returns false. `step(may_wait)` may block waiting
// for input only when `may_wait` is true: natively it is; the browser
// calls it once per animation frame and it must never block.
void run_main_loop(const std::function<bool(bool may_wait)>& step);

// Browser: the app has had nothing to draw for a while, so the page's
// animation-frame callback stops (no CPU at all while idle) until
// wake_main_loop(): any input on the page, a redraw request, an async
// completion. Natively the loop already sleeps in SDL_WaitEventTimeout.
void sleep_main_loop();
void wake_main_loop();
bool main_loop_sleeping();

}  // namespace atlas
