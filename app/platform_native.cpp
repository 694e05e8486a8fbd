// Desktop: command-line options, data next to the source tree or the
// executable, DPI from the display, and a main loop that sleeps in
// SDL_WaitEventTimeout while nothing happens.
#include <SDL.h>

#include <sys/stat.h>
#include <unistd.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "locale_format.h"
#include "platform.h"
#include "text_encoding.h"

namespace atlas {
namespace {

const auto kProcessStart = std::chrono::steady_clock::now();
std::string g_state_file;  // --state-file

bool file_exists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return true;
  }
  return false;
}

std::string executable_dir() {
  char* base = SDL_GetBasePath();  // ends with a separator
  std::string dir = base ? base : "./";
  SDL_free(base);
  return dir;
}

void print_usage(const char* program) {
  std::fprintf(stderr,
               "usage: %s [--data FILE] [--event ID] [--hash LINK] [--window WxH] [--scale S]\n"
               "          [--quit-after-frames N] [--state-file PATH]\n"
               "  --data FILE            dataset to open (default: %s)\n"
               "  --event ID             open with this event selected\n"
               "  --hash LINK            open a shared link's view: '#/people', or a copied\n"
               "                         link (anything from its '#' on is used)\n"
               "  --window WxH           initial window size in logical pixels (default 1280x800)\n"
               "  --scale S              UI scale (default: from the display's DPI)\n"
               "  --quit-after-frames N  exit after N rendered frames (for tests)\n"
               "  --state-file PATH      write the app's state (JSON) there after every frame (for tests)\n",
               program, ACCORD_DEFAULT_DATASET);
}

}  // namespace

bool parse_launch_options(int argc, char** argv, LaunchOptions& out) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--data" && has_value) {
      out.data_path = argv[++i];
    } else if (arg == "--event" && has_value) {
      out.event_id = argv[++i];
    } else if (arg == "--hash" && has_value) {
      const std::string link = argv[++i];
      const size_t hash = link.find('#');
      out.hash = hash == std::string::npos ? "#" + link : link.substr(hash);
    } else if (arg == "--state-file" && has_value) {
      out.state_file = argv[++i];
      g_state_file = out.state_file;
    } else if (arg == "--quit-after-frames" && has_value) {
      out.quit_after_frames = std::atoi(argv[++i]);
      if (out.quit_after_frames <= 0) return print_usage(argv[0]), false;
    } else if (arg == "--window" && has_value) {
      if (std::sscanf(argv[++i], "%dx%d", &out.window_width, &out.window_height) != 2 || out.window_width < 200 ||
          out.window_height < 200)
        return print_usage(argv[0]), false;
    } else if (arg == "--scale" && has_value) {
      out.user_scale = float(std::atof(argv[++i]));
      if (out.user_scale < 0.5f || out.user_scale > 4.0f) return print_usage(argv[0]), false;
    } else {
      print_usage(argv[0]);
      return false;
    }
  }
  return true;
}

std::string dataset_path(const LaunchOptions& options) {
  if (!options.data_path.empty()) return options.data_path;
  if (file_exists(ACCORD_DEFAULT_DATASET)) return ACCORD_DEFAULT_DATASET;
  return executable_dir() + "assets/dataset.json";
}

std::string fonts_dir() {
  const std::string source_tree = ACCORD_ASSETS_DIR "/fonts";
  if (file_exists(source_tree + "/NotoSans-Regular.ttf")) return source_tree;
  return executable_dir() + "assets/fonts";
}

std::string gazetteer_dir() {
  const std::string source_tree = ACCORD_ASSETS_DIR "/gazetteer";
  if (file_exists(source_tree + "/people.json")) return source_tree;
  return executable_dir() + "assets/gazetteer";
}

std::string i18n_dir() {
  const std::string source_tree = ACCORD_ASSETS_DIR "/i18n";
  if (file_exists(source_tree + "/en.json")) return source_tree;
  return executable_dir() + "assets/i18n";
}

std::vector<std::string> system_language_tags() {
  const auto env = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string_view(v ? v : "");
  };
  return accord::posix_language_tags(env("LANGUAGE"), env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
}

void platform_before_sdl_init() {}
void platform_attach(SDL_Window*, AppState*) {}

float display_pixel_ratio(SDL_Window* window) {
  const int display = window ? SDL_GetWindowDisplayIndex(window) : 0;
  float dpi = 0;
  if (display < 0 || SDL_GetDisplayDPI(display, &dpi, nullptr, nullptr) != 0 || dpi <= 0) return 1.0f;
  // X servers often report odd DPIs: snap to quarter steps, never below 1.
  const float ratio = std::round(dpi / 96.0f * 4.0f) / 4.0f;
  return ratio < 1.0f ? 1.0f : (ratio > 4.0f ? 4.0f : ratio);
}

bool has_touch_screen() { return SDL_GetNumTouchDevices() > 0; }

bool sync_canvas_size(SDL_Window*) { return false; }

// Desktop keyboards reach SDL directly.
void begin_frame_text_fields() {}
void note_text_field(float, float, float, float, const char*) {}
void end_frame_text_input(bool) {}
bool take_browser_text_edit(BrowserTextEdit&) { return false; }  // SDL's own text events do it natively
void note_active_text_field(unsigned, const std::string&, int, int, bool) {}

double millis_since_start() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
}

std::string copy_link_to_clipboard(const std::string& hash, bool) {
  SDL_SetClipboardText(hash.c_str());
  return hash;
}

void request_web_bundle(const std::vector<std::string>& names, WebBundleDone done) {
  const char* env = std::getenv("ACCORD_WEB_DIR");
#ifdef ACCORD_DEFAULT_WEB_DIR
  const std::string dir = env && *env ? env : ACCORD_DEFAULT_WEB_DIR;
#else
  const std::string dir = env && *env ? env : executable_dir() + "web";
#endif
  std::map<std::string, std::string> files;
  for (const std::string& name : names) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) {
      done({}, "the web app is not built: " + dir + " has no " + name +
                   ". Run ./build-wasm.sh in the Accord Atlas checkout, or set ACCORD_WEB_DIR to the built bundle");
      return;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[name] = bytes.str();
  }
  done(std::move(files), "");
}

std::string link_for_hash(const std::string& hash) { return hash; }
bool copy_records_link(const std::string&, const std::string&) { return false; }
bool take_records_link(RecordsLinkMade&) { return false; }
void copy_text_to_clipboard(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

void forget_data_link_in_address() {}

namespace {

// $XDG_CONFIG_HOME/accord-atlas, else ~/.config/accord-atlas ("" if neither).
std::string config_dir() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/accord-atlas";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/accord-atlas";
  return "";
}

void make_dirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); ++i)
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0755);
}

std::string read_file(const std::string& path) {
  std::string text;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0 && text.size() < 65536) text.append(buffer, n);
    std::fclose(f);
  }
  return text;
}

// Writes to a temporary file, then renames it over `path`: a reader (or a
// crash) never sees half a file.
bool write_file_atomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (std::fclose(f) != 0 || !written || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace

std::string read_settings_text() {
  const std::string dir = config_dir();
  return dir.empty() ? "" : read_file(dir + "/settings.json");
}

void write_settings_text(const std::string& text) {
  const std::string dir = config_dir();
  if (dir.empty()) return;
  make_dirs(dir);
  if (!write_file_atomically(dir + "/settings.json", text + "\n"))
    std::fprintf(stderr, "accord-atlas: cannot save settings in %s\n", dir.c_str());
}

bool system_prefers_dark() { return false; }
bool platform_follows_system_theme() { return false; }

void after_frame(AppState& state) {
  state.take_history_moves();  // the app's own Back and Forward are the only history here
  if (!g_state_file.empty()) write_file_atomically(g_state_file, state.state_json() + "\n");
}

// --- Files the user hands over or takes away --------------------------------

namespace {
std::vector<std::string> g_dropped_files;  // SDL_DROPFILE paths, in order

bool is_dir(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// $XDG_DOWNLOAD_DIR, else ~/Downloads when it exists, else the working folder.
std::string downloads_dir() {
  const char* xdg = std::getenv("XDG_DOWNLOAD_DIR");
  if (xdg && *xdg && is_dir(xdg)) return xdg;
  const char* home = std::getenv("HOME");
  if (home && *home && is_dir(std::string(home) + "/Downloads")) return std::string(home) + "/Downloads";
  char cwd[4096];
  return ::getcwd(cwd, sizeof cwd) ? std::string(cwd) : std::string(".");
}

// "name.json", else "name (2).json", ...: a file already there is never replaced.
std::string free_name_in(const std::string& dir, const std::string& filename) {
  const size_t dot = filename.find_last_of('.');
  const std::string stem = dot == std::string::npos ? filename : filename.substr(0, dot);
  const std::string ext = dot == std::string::npos ? "" : filename.substr(dot);
  std::string candidate = dir + "/" + filename;
  for (int n = 2; file_exists(candidate) && n < 1000; ++n)
    candidate = dir + "/" + stem + " (" + std::to_string(n) + ")" + ext;
  return candidate;
}
}  // namespace

// Desktop has no picker: the caller offers a path field and drops.
bool request_open_file(const std::string&, OpenedFile, OpenFailed) { return false; }

std::vector<std::string> take_dropped_files() {
  std::vector<std::string> files;
  files.swap(g_dropped_files);
  return files;
}

void queue_dropped_file(const std::string& path) { g_dropped_files.push_back(path); }

std::string save_file_for_user(const std::string& filename, const std::string&, const std::string& bytes) {
  const std::string path = free_name_in(downloads_dir(), filename);
  if (!write_file_atomically(path, bytes)) return "error: cannot write " + path;
  return path;
}

void run_main_loop(const std::function<bool(bool)>& step) {
  while (step(true)) {
  }
}

void sleep_main_loop() {}
void wake_main_loop() {}
bool main_loop_sleeping() { return false; }

bool take_pasted_text(std::string&) { return false; }

void open_url(const std::string& url) { SDL_OpenURL(url.c_str()); }
bool browser_handles_back_and_forward() { return false; }
bool can_run_in_background() { return true; }
bool has_file_picker() { return false; }

// --- The user's store: a plain file ------------------------------------------

std::string default_user_store_path() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/accord-atlas/dataset.json";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.local/share/accord-atlas/dataset.json";
  return "accord-atlas-dataset.json";  // no home: the working folder
}

// $XDG_DATA_HOME or $HOME may hold any bytes; this is drawn and dumped.
std::string describe_user_store(const std::string& path) { return accord::valid_utf8_or_replaced(path); }

void start_user_store(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash != std::string::npos) make_dirs(path.substr(0, slash));
}

bool user_store_ready() { return true; }
void sync_user_store() {}
int user_store_syncs_in_flight() { return 0; }
std::string user_store_sync_error() { return ""; }
OtherTabSave store_saved_by_another_tab() { return OtherTabSave::None; }
void store_change_taken() {}
const char* other_store_writers() { return "by another program"; }

}  // namespace atlas
