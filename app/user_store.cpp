#include "user_store.h"

#include <sys/stat.h>

#include <cstdlib>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#endif

namespace atlas {
namespace {

#if defined(__EMSCRIPTEN__)
constexpr const char* kWebStoreDir = "/user";
bool g_web_ready = false;
#endif

void make_dirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); ++i)
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0755);
}

std::string default_store_path() {
#if defined(__EMSCRIPTEN__)
  return std::string(kWebStoreDir) + "/dataset.json";
#else
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/accord-atlas/dataset.json";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.local/share/accord-atlas/dataset.json";
  return "accord-atlas-dataset.json";  // no home: the working folder
#endif
}

std::string parent_dir(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

}  // namespace

UserStore::UserStore() : store_(default_store_path()) {}
UserStore::UserStore(std::string path) : store_(std::move(path)) {}

void UserStore::start() {
#if defined(__EMSCRIPTEN__)
  // IndexedDB is asynchronous: the first read finishes in a later frame and
  // calls accord_store_ready (below). A second tab sees the same database.
  EM_ASM({
    const dir = UTF8ToString($0);
    // (No commas outside parentheses here: EM_ASM would split its code at them.)
    Module.accordStore = {};
    Module.accordStore.inFlight = 0;
    Module.accordStore.again = false;
    Module.accordStore.error = "";
    try { FS.mkdir(dir); } catch (e) { /* already there */ }
    try {
      FS.mount(IDBFS, {}, dir);
    } catch (e) {
      Module.accordStore.error = 'IndexedDB unavailable: ' + e;
      Module._accord_store_ready();
      return;
    }
    FS.syncfs(true, function (err) {
      if (err) Module.accordStore.error = 'reading IndexedDB failed: ' + err;
      Module._accord_store_ready();
    });
  }, kWebStoreDir);
#else
  make_dirs(parent_dir(store_.path()));
#endif
}

bool UserStore::ready() const {
#if defined(__EMSCRIPTEN__)
  return g_web_ready;
#else
  return true;
#endif
}

std::string UserStore::save(const accord::Dataset& d) {
  make_dirs(parent_dir(store_.path()));
  const std::string error = store_.save(d);
  if (error.empty()) sync_to_disk();
  return error;
}

std::string UserStore::set_aside_damaged(std::string* kept_as) {
  const std::string error = store_.set_aside_damaged(kept_as);
  if (error.empty()) sync_to_disk();
  return error;
}

std::string UserStore::restore_backup() {
  const std::string error = store_.restore_backup();
  if (error.empty()) sync_to_disk();
  return error;
}

// One IndexedDB write at a time (IDBFS does not like overlapping ones): a
// save during a write asks for one more write when it ends.
void UserStore::sync_to_disk() {
#if defined(__EMSCRIPTEN__)
  EM_ASM({
    const store = Module.accordStore;
    function run() {
      store.inFlight = 1;
      store.again = false;
      FS.syncfs(false, function (err) {
        store.error = err ? "writing IndexedDB failed: " + err : "";
        if (err) console.error(store.error);
        if (store.again) run(); else store.inFlight = 0;
        Module._accord_request_redraw();  // the saving status, or its error, shows at once
      });
    }
    if (store.inFlight) store.again = true; else run();
  });
#endif
}

int UserStore::syncs_in_flight() const {
#if defined(__EMSCRIPTEN__)
  return EM_ASM_INT({ return Module.accordStore ? Module.accordStore.inFlight + (Module.accordStore.again ? 1 : 0) : 0; });
#else
  return 0;
#endif
}

std::string UserStore::last_sync_error() const {
#if defined(__EMSCRIPTEN__)
  char buffer[512] = "";
  EM_ASM({ stringToUTF8(Module.accordStore ? Module.accordStore.error : "", $0, $1); }, buffer, int(sizeof buffer));
  return buffer;
#else
  return "";
#endif
}

}  // namespace atlas

#if defined(__EMSCRIPTEN__)
extern "C" EMSCRIPTEN_KEEPALIVE void accord_store_ready() { atlas::g_web_ready = true; }
#endif
