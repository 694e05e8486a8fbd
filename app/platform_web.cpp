// Browser: assets preloaded into /assets, the canvas sized by
// devicePixelRatio, the main loop driven by requestAnimationFrame, and the
// exports web/glue.js calls (the test hook window.accord).
// Not formatted by clang-format: it would break the JavaScript inside
// EM_ASM and EM_JS (it splits "!==" and "=>").
// clang-format off
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app_state.h"
#include "data_link.h"
#include "platform.h"
#include "record_link.h"
#include "user_file.h"

namespace atlas {
namespace {

SDL_Window* g_window = nullptr;
AppState* g_state = nullptr;
std::function<bool(bool)> g_step;

struct TextField {
  float min_x, min_y, max_x, max_y;  // CSS pixels
  std::string text;
};
std::vector<TextField> g_text_fields;  // as drawn by the last frame
bool g_wanted_text_input = false;
// The browser text box's last edit, not yet taken by the active field,
// and the number of the last edit the box sent (echoed back so the box
// knows when the app has caught up with its typing).
BrowserTextEdit g_browser_edit;
bool g_browser_edit_pending = false;
int g_browser_edit_number = 0;
// What the active field last told the page, so it is told only changes.
struct ReportedField {
  unsigned field = 0;
  std::string text;
  int start = -1, end = -1, edit_number = -1;
  bool multiline = false;
};
ReportedField g_reported_field;
bool g_system_dark = false;   // prefers-color-scheme, kept current by web/glue.js
std::string g_synced_hash;    // the hash the page's address last got from the app
std::string g_pasted;         // the last paste event's text, until the Import view takes it
bool g_has_pasted = false;

// A string from JS, of any length ("" when JS throws): 0 the hash, 1 the
// page's address without hash or data link, 2 the settings, 3 a ?large=
// dataset's file, 4 the page's address without hash, 5 the browser's
// languages, comma-separated.
EM_JS(char*, js_new_string, (int which), {
  let s = "";
  try {
    if (which === 0) s = location.hash;
    if (which === 1 || which === 4) {
      const url = new URL(location.href);
      url.hash = "";
      if (which === 1) { url.searchParams.delete("data"); url.searchParams.delete("large"); }
      s = url.href.replace(/#$/, "");
    }
    if (which === 2) s = localStorage.getItem("accord-atlas.settings") || "";
    if (which === 3) s = Module.accordLargeDataset || "";
    if (which === 5) s = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""]).join(",");
  } catch (e) { s = ""; }
  const size = lengthBytesUTF8(s) + 1;
  const out = _malloc(size);
  stringToUTF8(s, out, size);
  return out;
});

std::string js_string(int which) {
  char* text = js_new_string(which);
  std::string out = text ? text : "";
  free(text);
  return out;
}

void push_key(SDL_Scancode code, Uint32 type) {
  SDL_Event e{};
  e.type = type;
  e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
  e.key.windowID = g_window ? SDL_GetWindowID(g_window) : 0;
  e.key.keysym.scancode = code;
  e.key.keysym.sym = SDL_GetKeyFromScancode(code);
  SDL_PushEvent(&e);
}

void animation_frame() {
  if (!g_step(false)) emscripten_cancel_main_loop();
}

}  // namespace

// The page's address is the web's command line: its hash opens a view.
// A big dataset web/glue.js fetched for "?large=URL" is, like --data FILE
// natively, shown as "not your data" (app/data_menu.h).
bool parse_launch_options(int, char**, LaunchOptions& out) {
  out.hash = js_string(0);
  out.data_path = js_string(3);
  return true;
}
// A published atlas's dataset (web/glue.js wrote it before the start, see
// core/publish/published_site.h) is the shipped data in place of the
// packaged one.
std::string dataset_path(const LaunchOptions& options) {
  if (!options.data_path.empty()) return options.data_path;
  struct stat info {};
  if (stat("/published-atlas.json", &info) == 0) return "/published-atlas.json";
  return "/assets/dataset.json";
}
std::string fonts_dir() { return "/assets/fonts"; }
std::string gazetteer_dir() { return "/assets/gazetteer"; }
std::string i18n_dir() { return "/assets/i18n"; }

std::vector<std::string> system_language_tags() {
  std::vector<std::string> tags;
  std::stringstream list(js_string(5));
  for (std::string tag; std::getline(list, tag, ',');)
    if (!tag.empty()) tags.push_back(tag);
  return tags;
}

void platform_before_sdl_init() {
  // Without this SDL takes every key on the page, including the browser's own.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
}

void platform_attach(SDL_Window* window, AppState* state) {
  g_window = window;
  g_state = state;
  // The start is where the page already is; a link that made no sense (or
  // an alias like a partner's name) is rewritten to what is shown.
  state->take_history_moves();
  g_synced_hash = state->current_hash();
  const std::string address = js_string(0);
  if (!address.empty() && address != "#" && address != g_synced_hash)
    EM_ASM({ if (window.accordGlue) window.accordGlue.setHash(UTF8ToString($0), 'replace', 0); },
           g_synced_hash.c_str());
}

float display_pixel_ratio(SDL_Window*) {
  const double ratio = emscripten_get_device_pixel_ratio();
  return ratio > 0 ? float(ratio) : 1.0f;
}

bool has_touch_screen() {
  return EM_ASM_INT({ return ('ontouchstart' in window) || navigator.maxTouchPoints > 0 ? 1 : 0; }) != 0;
}

// The canvas fills the viewport through CSS. Its backing store must hold
// CSS size x devicePixelRatio pixels, or text is blurry on phones. The SDL
// window (and ImGui) work in those physical pixels; the UI scales itself.
bool sync_canvas_size(SDL_Window* window) {
  double css_width = 0, css_height = 0;
  if (emscripten_get_element_css_size("#canvas", &css_width, &css_height) != EMSCRIPTEN_RESULT_SUCCESS)
    return false;
  const double ratio = display_pixel_ratio(window);
  const int width = int(std::lround(css_width * ratio));
  const int height = int(std::lround(css_height * ratio));
  if (width <= 0 || height <= 0) return false;
  int current_width = 0, current_height = 0;
  SDL_GetWindowSize(window, &current_width, &current_height);
  if (width == current_width && height == current_height) return false;
  SDL_SetWindowSize(window, width, height);
  return true;
}

void begin_frame_text_fields() { g_text_fields.clear(); }

void note_text_field(float min_x, float min_y, float max_x, float max_y, const char* text) {
  const float ratio = display_pixel_ratio(g_window);
  g_text_fields.push_back({min_x / ratio, min_y / ratio, max_x / ratio, max_y / ratio, text});
}

void end_frame_text_input(bool wants_text_input) {
  if (!wants_text_input) g_reported_field = {};
  if (wants_text_input == g_wanted_text_input) return;
  g_wanted_text_input = wants_text_input;
  EM_ASM({ if (window.accordGlue) window.accordGlue.textInputActive($0 !== 0); }, wants_text_input);
}

bool take_browser_text_edit(BrowserTextEdit& edit) {
  if (!g_browser_edit_pending) return false;
  g_browser_edit_pending = false;
  edit = std::move(g_browser_edit);
  return true;
}

void note_active_text_field(unsigned field, const std::string& text, int selection_start, int selection_end,
                            bool multiline) {
  ReportedField& r = g_reported_field;
  if (r.field == field && r.start == selection_start && r.end == selection_end && r.multiline == multiline &&
      r.edit_number == g_browser_edit_number && r.text == text)
    return;
  r = {field, text, selection_start, selection_end, g_browser_edit_number, multiline};
  EM_ASM({
    if (window.accordGlue) window.accordGlue.textFieldState($0, UTF8ToString($1, $2), $3, $4, $5 !== 0, $6);
  }, field, text.data(), int(text.size()), selection_start, selection_end, multiline, g_browser_edit_number);
}

std::string copy_link_to_clipboard(const std::string& hash, bool with_data_link) {
  const std::string url = js_string(with_data_link ? 4 : 1) + hash;
  EM_ASM({ if (window.accordGlue) window.accordGlue.copyText(UTF8ToString($0)); }, url.c_str());
  return url;
}

namespace {
int g_bundle_request = 0;
std::map<std::string, std::string> g_bundle_files;
WebBundleDone g_bundle_done;
bool g_records_link_ready = false;
RecordsLinkMade g_records_link;
}  // namespace

void request_web_bundle(const std::vector<std::string>& names, WebBundleDone done) {
  ++g_bundle_request;
  g_bundle_files.clear();
  g_bundle_done = std::move(done);
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : "\n") + name;
  EM_ASM({ if (window.accordGlue) window.accordGlue.fetchWebBundle($0, UTF8ToString($1)); }, g_bundle_request,
         list.c_str());
}

std::string link_for_hash(const std::string& hash) { return js_string(1) + hash; }

void copy_text_to_clipboard(const std::string& text) {
  EM_ASM({ if (window.accordGlue) window.accordGlue.copyText(UTF8ToString($0)); }, text.c_str());
}

bool copy_records_link(const std::string& hash, const std::string& payload) {
  EM_ASM({ if (window.accordGlue) window.accordGlue.copyRecordsLink(UTF8ToString($0), UTF8ToString($1),
                                                                    UTF8ToString($2), $3); },
         js_string(1).c_str(), hash.c_str(), payload.c_str(), int(accord::kMaxRecordLinkChars));
  return true;
}
bool take_records_link(RecordsLinkMade& made) {
  if (!g_records_link_ready) return false;
  made = std::move(g_records_link);
  g_records_link = {};
  g_records_link_ready = false;
  return true;
}

void forget_data_link_in_address() {
  EM_ASM({
    try {
      const url = new URL(location.href);
      if (!url.searchParams.has("data") && !url.searchParams.has("large")) return;
      url.searchParams.delete("data");
      url.searchParams.delete("large");
      history.replaceState(history.state, "", url.href);
    } catch (e) { /* the address stays */ }
  });
}

std::string read_settings_text() { return js_string(2); }

void write_settings_text(const std::string& text) {
  EM_ASM({
    try { localStorage.setItem('accord-atlas.settings', UTF8ToString($0)); } catch (e) { /* private mode */ }
    if (window.accordGlue) window.accordGlue.settingsChanged(UTF8ToString($0));
  }, text.c_str());
}

bool system_prefers_dark() { return g_system_dark; }
bool platform_follows_system_theme() { return true; }

// Mirrors the app's place into the address bar: a new place pushes a
// history entry, the app's Back/Forward step the browser's history, and a
// change in place (a filter, the search text) replaces the entry, so
// typing does not flood the history.
void after_frame(AppState& state) {
  const AppState::HistoryMoves moves = state.take_history_moves();
  const std::string hash = state.current_hash();
  if (hash == g_synced_hash) return;
  g_synced_hash = hash;
  const char* mode = "replace";
  int steps = 0;
  if (moves.pushes > 0) {
    mode = "push";
  } else if (moves.backs != moves.forwards) {
    mode = "go";
    steps = moves.forwards - moves.backs;
  }
  EM_ASM({ if (window.accordGlue) window.accordGlue.setHash(UTF8ToString($0), UTF8ToString($1), $2); },
         hash.c_str(), mode, steps);
}

bool take_pasted_text(std::string& text) {
  if (!g_has_pasted) return false;
  text = std::move(g_pasted);
  g_pasted.clear();
  g_has_pasted = false;
  return true;
}

// --- Files: a picker and downloads (web/glue.js does the page's part) -------

namespace {
// The one pick in flight: a newer request replaces an unanswered one.
int g_pick_id = 0;
OpenedFile g_pick_done;
OpenFailed g_pick_failed;
}  // namespace

// The picker opens from the frame that handled the tap, a few milliseconds
// after it: browsers keep the tap's user activation that long (as for
// Copy link), so the <input type=file> may be clicked from here.
bool request_open_file(const std::string& accept, OpenedFile done, OpenFailed failed) {
  g_pick_done = std::move(done);
  g_pick_failed = std::move(failed);
  ++g_pick_id;
  EM_ASM({ if (window.accordGlue) window.accordGlue.openFile(UTF8ToString($0), $1, $2); }, accept.c_str(),
         g_pick_id, double(kMaxUserFileBytes));
  return true;
}

std::vector<std::string> take_dropped_files() { return {}; }  // the page has no file paths
void queue_dropped_file(const std::string&) {}

std::string save_file_for_user(const std::string& filename, const std::string& mime, const std::string& bytes) {
  const int ok = EM_ASM_INT({
    return window.accordGlue ? window.accordGlue.download(UTF8ToString($0), UTF8ToString($1), HEAPU8.slice($2, $2 + $3)) : 0;
  }, filename.c_str(), mime.c_str(), bytes.data(), int(bytes.size()));
  return ok ? filename : "error: this browser refused the download of " + filename;
}

double millis_since_start() { return emscripten_get_now(); }  // since navigation start

bool g_loop_sleeping = false;

void sleep_main_loop() {
  if (g_loop_sleeping) return;
  g_loop_sleeping = true;
  emscripten_pause_main_loop();
}

void wake_main_loop() {
  if (!g_loop_sleeping) return;
  g_loop_sleeping = false;
  emscripten_resume_main_loop();
}

bool main_loop_sleeping() { return g_loop_sleeping; }

void run_main_loop(const std::function<bool(bool)>& step) {
  g_step = step;
  // 0 fps: follow requestAnimationFrame. Never returns (the C stack unwinds).
  emscripten_set_main_loop(animation_frame, 0, 1);
}

void open_url(const std::string& url) { SDL_OpenURL(url.c_str()); }
bool browser_handles_back_and_forward() { return true; }
bool can_run_in_background() { return false; }  // one thread: BackgroundLoad works in slices
bool has_file_picker() { return true; }

// --- The user's store: IndexedDB through Emscripten's IDBFS -----------------

namespace {
bool g_store_ready = false;  // IndexedDB has been read into the store's folder
}  // namespace

// The store's folder, which names its IndexedDB database (IDBFS names a
// database after its mount point): one per deployment, keyed by the page's
// path, so two deployments on one site (/atlas/ and /atlas2/) never share
// or overwrite each other's data.
EM_JS(void, js_web_store_dir, (char* out, int size), {
  const path = location.pathname.replace(/[^/]*$/, "");
  stringToUTF8('/user-' + encodeURIComponent(path.slice(1, -1)), out, size);
});

// Mounts the store's folder and reads IndexedDB into it; then
// accord_store_ready. Data kept before stores had a folder per deployment
// (one "/user" database for the whole site) is copied into a store that is
// still empty, so nobody loses what they had: each deployment starts from it.
EM_JS(void, js_open_web_store, (const char* dir_utf8), {
  const dir = UTF8ToString(dir_utf8);
  const legacy = '/user';
  const store = { inFlight: 0, again: false, error: "", pulling: false };
  // The tabs' shared stamp of the last save (see js_store_saved_elsewhere).
  store.stampKey = 'accord-atlas store ' + dir;
  store.stamp = () => { try { return localStorage.getItem(store.stampKey) || ""; } catch (e) { return ""; } };
  store.setStamp = (value) => { try { localStorage.setItem(store.stampKey, value); } catch (e) { /* private mode */ } };
  store.known = store.stamp();  // read before IndexedDB: a save meanwhile is seen as another tab's
  // True when another tab saved since this one last read or wrote; once its
  // write has ended (or stalled for 10 s), IndexedDB is read into memory
  // again. A save stamps "writing TIME" before copying to IndexedDB and a
  // new stamp after, so a tab never reads a half-written store.
  store.check = () => {
    const now = store.stamp();
    if (now === store.known) return store.pulledUnseen ? 2 : 0;
    const writing = now.startsWith('writing ');
    const stalled = writing && Date.now() - Number(now.split(' ')[1]) > 10000;
    if ((!writing || stalled) && !store.pulling && !store.inFlight) {
      store.pulling = true;
      FS.syncfs(true, (err) => {
        store.pulling = false;
        if (err) store.error = 'reading IndexedDB failed: ' + err;
        else store.known = now;
        store.pulledUnseen = !err;  // until the app has looked (store_change_taken)
        Module._accord_request_redraw();
      });
    }
    return 1;
  };
  // Another tab's stamp wakes this one, which reads the new data at once.
  window.addEventListener('storage', (e) => {
    if (e.key !== store.stampKey) return;
    store.check();
    Module._accord_request_redraw();
  });
  Module.accordStore = store;
  const ready = () => Module._accord_store_ready();
  try {
    FS.mkdirTree(dir);
    FS.mount(IDBFS, {}, dir);
    FS.mkdirTree(legacy);
    FS.mount(IDBFS, {}, legacy);
  } catch (e) {
    store.error = 'IndexedDB unavailable: ' + e;
    return ready();
  }
  FS.syncfs(true, (err) => {
    if (err) store.error = 'reading IndexedDB failed: ' + err;
    const exists = (p) => FS.analyzePath(p).exists;
    let copied = false;
    if (!err && !exists(dir + '/dataset.json') && exists(legacy + '/dataset.json')) {
      for (const name of FS.readdir(legacy)) {
        if (name === '.' || name === '..' || name.endsWith('.lock')) continue;
        const from = legacy + '/' + name;
        if (FS.isFile(FS.stat(from).mode)) FS.writeFile(dir + '/' + name, FS.readFile(from));
      }
      copied = true;
    }
    FS.unmount(legacy);  // never written again
    if (!copied) return ready();
    store.inFlight = 1;
    FS.syncfs(false, (writeErr) => {
      store.inFlight = 0;
      if (writeErr) store.error = 'writing IndexedDB failed: ' + writeErr;
      ready();
    });
  });
});

// Another tab saved since this one last read or wrote (see js_open_web_store):
// 0 no, 1 its data is being read, 2 read and not yet taken (OtherTabSave).
EM_JS(int, js_store_saved_elsewhere, (), {
  return Module.accordStore && Module.accordStore.check ? Module.accordStore.check() : 0;
});

static std::string web_store_dir() {
  static std::string dir;
  if (dir.empty()) {
    char buffer[1024] = "";
    js_web_store_dir(buffer, int(sizeof buffer));
    dir = buffer;
  }
  return dir;
}

std::string default_user_store_path() { return web_store_dir() + "/dataset.json"; }

std::string describe_user_store(const std::string&) {
  return "In this browser (IndexedDB), for this site and address only.";
}

// IndexedDB is asynchronous: the first read finishes in a later frame and
// calls accord_store_ready (below). A second tab sees the same database.
void start_user_store(const std::string&) { js_open_web_store(web_store_dir().c_str()); }

bool user_store_ready() { return g_store_ready; }

// One IndexedDB write at a time (IDBFS does not like overlapping ones): a
// save during a write asks for one more write when it ends. The tabs' stamp
// says "writing" meanwhile, then names this save.
EM_JS(void, js_sync_user_store, (), {
  const store = Module.accordStore;
  const stamp = (what) => what + ' ' + Date.now() + ' ' + Math.random().toString(36).slice(2);
  function run() {
    store.inFlight = 1;
    store.again = false;
    store.known = stamp('writing');
    store.setStamp(store.known);
    FS.syncfs(false, (err) => {
      store.error = err ? 'writing IndexedDB failed: ' + err : "";
      if (err) console.error(store.error);
      store.known = stamp('saved');
      store.setStamp(store.known);
      if (store.again) run(); else store.inFlight = 0;
      Module._accord_request_redraw();  // the saving status, or its error, shows at once
    });
  }
  if (store.inFlight) store.again = true; else run();
});

void sync_user_store() { js_sync_user_store(); }

OtherTabSave store_saved_by_another_tab() { return OtherTabSave(js_store_saved_elsewhere()); }
void store_change_taken() {
  EM_ASM({ if (Module.accordStore) Module.accordStore.pulledUnseen = false; });
}
const char* other_store_writers() { return "in another tab"; }

int user_store_syncs_in_flight() {
  return EM_ASM_INT({ return Module.accordStore ? Module.accordStore.inFlight + (Module.accordStore.again ? 1 : 0) : 0; });
}

std::string user_store_sync_error() {
  char buffer[512] = "";
  EM_ASM({ stringToUTF8(Module.accordStore ? Module.accordStore.error : "", $0, $1); }, buffer, int(sizeof buffer));
  return buffer;
}

}  // namespace atlas

// Called from web/glue.js.
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_store_ready() { atlas::g_store_ready = true; }

// The web app's own files, fetched for "Publish…" (request_web_bundle).
EMSCRIPTEN_KEEPALIVE void accord_web_bundle_file(int request, const char* name, const char* bytes, int size) {
  if (request != atlas::g_bundle_request || !name) return;
  atlas::g_bundle_files[name] = std::string(bytes ? bytes : "", size_t(size > 0 ? size : 0));
}
EMSCRIPTEN_KEEPALIVE void accord_web_bundle_done(int request, const char* error) {
  if (request != atlas::g_bundle_request || !atlas::g_bundle_done) return;
  atlas::WebBundleDone done = std::move(atlas::g_bundle_done);
  atlas::g_bundle_done = nullptr;
  done(std::move(atlas::g_bundle_files), error ? error : "");
  atlas::g_bundle_files.clear();
  if (atlas::g_state) atlas::g_state->request_redraw();
}

// A link with records (web/glue.js copyRecordsLink): copied, too long, or failed.
EMSCRIPTEN_KEEPALIVE void accord_records_link_made(const char* link, int length, const char* error) {
  atlas::g_records_link = {link ? link : "", size_t(length > 0 ? length : 0), error ? error : ""};
  atlas::g_records_link_ready = true;
  if (atlas::g_state) atlas::g_state->request_redraw();
}
// Records a link carried (#/...&rec=...), decompressed, with the link's place without them.
EMSCRIPTEN_KEEPALIVE void accord_records_link_loaded(const char* hash, const char* bytes, int size) {
  atlas::DataLinkArrival arrival{"", std::string(bytes ? bytes : "", size_t(size > 0 ? size : 0)), ""};
  arrival.records = true;
  arrival.hash = hash ? hash : "";
  atlas::deliver_data_link(std::move(arrival));
  if (atlas::g_state) atlas::g_state->request_redraw();
}
EMSCRIPTEN_KEEPALIVE void accord_records_link_failed(const char* hash, const char* message) {
  atlas::DataLinkArrival arrival{"", "", message ? message : "the records could not be read"};
  arrival.records = true;
  arrival.hash = hash ? hash : "";
  atlas::deliver_data_link(std::move(arrival));
  if (atlas::g_state) atlas::g_state->request_redraw();
}

// The page's data link (?data=URL): its bytes, or why there are none.
EMSCRIPTEN_KEEPALIVE void accord_data_link_loaded(const char* url, const char* bytes, int size) {
  atlas::deliver_data_link({url ? url : "", std::string(bytes ? bytes : "", size_t(size > 0 ? size : 0)), ""});
}
EMSCRIPTEN_KEEPALIVE void accord_data_link_failed(const char* url, const char* message) {
  atlas::deliver_data_link({url ? url : "", "", message ? message : "the data link could not be read"});
}

// The page's paste event: the clipboard's text (copied into wasm memory by
// the caller, which frees it after the call).
EMSCRIPTEN_KEEPALIVE void accord_paste_text(const char* utf8) {
  // Only the Import view reads a paste that no text field took (an
  // article); kept for later, it would turn up there as a surprise.
  if (!utf8 || !atlas::g_state || atlas::g_state->view() != atlas::View::Import) return;
  atlas::g_pasted = utf8;
  atlas::g_has_pasted = true;
  if (atlas::g_state) atlas::g_state->request_redraw();
}

EMSCRIPTEN_KEEPALIVE const char* accord_state_json() {
  static std::string json;
  json = atlas::g_state ? atlas::g_state->state_json() : std::string("{\"ready\":false}");
  return json.c_str();
}

// The browser moved to a hash by itself (Back, Forward, an edited address).
EMSCRIPTEN_KEEPALIVE void accord_open_hash(const char* hash) {
  if (!atlas::g_state || !hash) return;
  // The address already shows it (an alias of it is rewritten by after_frame).
  atlas::g_state->apply_hash_from_history(hash);
  atlas::g_state->request_redraw();
}

EMSCRIPTEN_KEEPALIVE void accord_set_system_dark(int dark) {
  atlas::g_system_dark = dark != 0;
  if (atlas::g_state) atlas::g_state->request_redraw();
}

EMSCRIPTEN_KEEPALIVE void accord_request_redraw() {
  if (atlas::g_state) atlas::g_state->request_redraw();
}

// Input reached the page (web/glue.js listens before SDL sees it).
EMSCRIPTEN_KEEPALIVE void accord_wake() { atlas::wake_main_loop(); }

EMSCRIPTEN_KEEPALIVE void accord_select_event(const char* event_id) {
  if (!atlas::g_state) return;
  if (event_id && *event_id)
    atlas::g_state->select(event_id);
  else
    atlas::g_state->clear_selection();
  atlas::g_state->request_redraw();
}

// The text field under a point in CSS pixels: its index + 1, or 0.
EMSCRIPTEN_KEEPALIVE int accord_text_field_at(float x, float y) {
  for (size_t i = 0; i < atlas::g_text_fields.size(); ++i) {
    const auto& f = atlas::g_text_fields[i];
    if (x >= f.min_x && x < f.max_x && y >= f.min_y && y < f.max_y) return int(i) + 1;
  }
  return 0;
}

EMSCRIPTEN_KEEPALIVE const char* accord_text_field_text(int field) {
  if (field < 1 || size_t(field) > atlas::g_text_fields.size()) return "";
  return atlas::g_text_fields[size_t(field) - 1].text.c_str();
}

// The hidden text box's whole text and selection (UTF-8 byte offsets)
// after an edit there; the active field takes it next frame.
EMSCRIPTEN_KEEPALIVE void accord_text_edit(unsigned field, const char* utf8, int selection_start, int selection_end,
                                           int edit_number) {
  atlas::g_browser_edit = {utf8 ? utf8 : "", selection_start, selection_end, field};
  atlas::g_browser_edit_pending = true;
  atlas::g_browser_edit_number = edit_number;
  if (atlas::g_state) atlas::g_state->request_redraw();
}

// A key pressed in the hidden input (Enter, Escape, Tab) as a press and a
// release; the main loop delivers the release a frame later.
EMSCRIPTEN_KEEPALIVE void accord_key(int scancode) {
  atlas::push_key(SDL_Scancode(scancode), SDL_KEYDOWN);
  atlas::push_key(SDL_Scancode(scancode), SDL_KEYUP);
}

// A picked file's bytes (web/glue.js copied them into wasm memory).
EMSCRIPTEN_KEEPALIVE void accord_file_opened(int pick_id, const char* name, const char* bytes, int size) {
  if (pick_id != atlas::g_pick_id || !atlas::g_pick_done) return;  // an older pick
  atlas::OpenedFile done = std::move(atlas::g_pick_done);
  atlas::g_pick_done = nullptr;
  atlas::g_pick_failed = nullptr;
  done(name ? name : "", std::string(bytes ? bytes : "", size_t(size > 0 ? size : 0)));
  if (atlas::g_state) atlas::g_state->request_redraw();
}

// A picked file that was not read: too large (refused before reading) or unreadable.
EMSCRIPTEN_KEEPALIVE void accord_file_failed(int pick_id, const char* message) {
  if (pick_id != atlas::g_pick_id) return;
  atlas::OpenFailed failed = std::move(atlas::g_pick_failed);
  atlas::g_pick_done = nullptr;
  atlas::g_pick_failed = nullptr;
  if (failed) failed(message ? message : "the file could not be read");
  if (atlas::g_state) atlas::g_state->request_redraw();
}

}  // extern "C"
