// Accord Atlas, the Dear ImGui app: opens an SDL window with an OpenGL
// (native) or WebGL2 (browser) context, loads the dataset and draws
// frames only when something changed.
#include <SDL.h>
#include <sys/stat.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "app_frame.h"
#include "app_state.h"
#include "app_ui.h"
#include "data_menu.h"
#include "dropped_files.h"
#include "fonts.h"
#include "frame_pacer.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "input_batch.h"
#include "pinch_gesture.h"
#include "platform.h"
#include "settings.h"
#include "theme.h"
#include "view_timeline.h"

#if defined(IMGUI_IMPL_OPENGL_ES3)
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace atlas {
namespace {

// Work per step on the views' tallies after a change of data (a million
// events: ~1-2 s in all); the rest of a 60 Hz frame draws.
constexpr double kTallySliceMs = 10.0;
// Files up to this size load before the first frame (well under a second);
// larger ones in the background with a progress bar.
constexpr std::uintmax_t kLoadAtOnceBytes = 8u << 20;

// What a frame of work was spent on, for FrameStats' slowest frames: the
// load's phase, the views' tallies, else the view shown.
const char* frame_phase(const AppState& state) {
  if (state.loading()) return state.load_progress().phase;
  if (!state.tallies_current()) return "tallying events";
  if (!state.network_current()) return "gathering the network";
  static std::map<View, std::string> names;
  std::string& name = names[state.view()];
  if (name.empty()) name = std::string("showing ") + accord::to_string(state.view());
  return name.c_str();
}

class StepTimer;

class App {
 public:
  explicit App(const LaunchOptions& options) : options_(options) {}
  bool start();
  bool step(bool may_wait);
  void shut_down();

 private:
  size_t take_input(bool may_wait, StepTimer& timer);
  void handle(const SDL_Event& event);
  void follow_fingers(const SDL_Event& event);
  void apply_start_place();
  void advance_loading(StepTimer& timer);
  void after_load();
  void update_scale();
  void draw_frame();
  bool handle_history_keys(const SDL_Event& event);

  LaunchOptions options_;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  AppState state_;
  TimelineView timeline_;
  Views views_{&timeline_};
  DataMenu data_menu_;  // the user's store, imports, exports, data links
  Fonts fonts_;
  Theme applied_theme_ = Theme::Light;
  std::vector<SDL_Event> held_events_;   // input for the next frame (see take_input)
  int frames_since_finger_lifted_ = -1;  // -1: the pointer is not a lifted finger
  PinchGesture pinch_;                   // two fingers: the network's zoom
  FramePacer pacer_{options_.quit_after_frames > 0};
  bool quit_ = false;
  bool start_place_pending_ = false;  // after_load ran; the link's place is not applied yet
};

// stat(), not std::filesystem: the latter fails on Emscripten's in-memory files.
std::uintmax_t file_size_or_zero(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 ? std::uintmax_t(info.st_size) : 0;
}

// The selection and the link's view apply once the data is there: the
// loaded file and, when it is the user's own, their stored copy (see step).
void App::after_load() {
  start_place_pending_ = true;
  if (!state_.load_problems().empty())
    std::fprintf(stderr, "accord-atlas: %zu problem(s) loading %s\n", state_.load_problems().size(),
                 state_.dataset_path().c_str());
}

bool App::start() {
  platform_before_sdl_init();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "accord-atlas: SDL_Init failed: %s\n", SDL_GetError());
    return false;
  }
#if defined(IMGUI_IMPL_OPENGL_ES3)
  const char* glsl_version = "#version 300 es";  // WebGL2
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  const Uint32 window_flags = SDL_WINDOW_OPENGL;  // the canvas is sized by platform_web
#else
  const char* glsl_version = "#version 130";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  const Uint32 window_flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE;
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // ImGui needs neither depth nor stencil; a plain colour buffer is cheaper.
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

  // The window works in physical pixels; the UI scales itself.
  load_settings();
  const float scale = options_.user_scale > 0 ? options_.user_scale : display_pixel_ratio(nullptr);
  window_ = SDL_CreateWindow("Accord Atlas", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             int(options_.window_width * scale), int(options_.window_height * scale), window_flags);
  if (!window_) {
    std::fprintf(stderr, "accord-atlas: cannot create a window: %s\n", SDL_GetError());
    return false;
  }
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
    std::fprintf(stderr, "accord-atlas: cannot create an OpenGL context: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);
  sync_canvas_size(window_);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;               // nothing worth persisting yet
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the app drawing
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init(glsl_version);

  // A small dataset opens before the first frame; a large one loads in the
  // background while a progress bar draws (see after_load).
  const std::string path = dataset_path(options_);
  if (file_size_or_zero(path) <= kLoadAtOnceBytes) {
    state_.load(path);
    after_load();
  } else {
    state_.begin_load(path);
  }
  // The shipped dataset (or --data FILE) is shown until the user's store
  // is read: at once natively, a few frames later from IndexedDB.
  data_menu_.start(options_.data_path);
  update_scale();
  platform_attach(window_, &state_);
  return true;
}

// Rebuilds fonts and style when the pixel ratio changes (start-up, or the
// window moved to another screen, or the browser zoomed).
// Also applies the settings' theme and UI scale when they change.
void App::update_scale() {
  const float pixel_ratio = options_.user_scale > 0 ? options_.user_scale : display_pixel_ratio(window_);
  const LookChange change = apply_look(state_, fonts_, applied_theme_, pixel_ratio);
  if (change == LookChange::None) return;
  if (change == LookChange::Fonts) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  pacer_.settle();
}

// Desktop Back and Forward: Alt+Left / Alt+Right and the mouse's side
// buttons. (In a browser the browser itself does this, through history.)
bool App::handle_history_keys(const SDL_Event& event) {
  if (browser_handles_back_and_forward()) return false;
  int step = 0;
  if (event.type == SDL_KEYDOWN && (event.key.keysym.mod & KMOD_ALT) && !event.key.repeat) {
    if (event.key.keysym.sym == SDLK_LEFT) step = -1;
    if (event.key.keysym.sym == SDLK_RIGHT) step = 1;
  } else if (event.type == SDL_MOUSEBUTTONDOWN) {
    if (event.button.button == SDL_BUTTON_X1) step = -1;
    if (event.button.button == SDL_BUTTON_X2) step = 1;
  }
  if (step == 0) return false;
  if (step < 0)
    state_.back();
  else
    state_.forward();
  pacer_.settle();
  return true;
}

void App::handle(const SDL_Event& event) {
  if (handle_history_keys(event)) return;
  ImGui_ImplSDL2_ProcessEvent(&event);
  pacer_.settle();
  follow_fingers(event);
  if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID)
    frames_since_finger_lifted_ = 0;
  else if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEMOTION)
    frames_since_finger_lifted_ = -1;
  if (event.type == SDL_DROPFILE && event.drop.file) {
    queue_dropped_file(event.drop.file);
    SDL_free(event.drop.file);  // SDL hands the path over to us
  }
  if (event.type == SDL_QUIT) quit_ = true;  // also sent on SIGTERM and SIGINT
  if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
      event.window.windowID == SDL_GetWindowID(window_))
    quit_ = true;
}

// Times a step's work (natively, less the wait for input) for FrameStats'
// slowest steps, under the phase it was spent on.
class StepTimer {
 public:
  explicit StepTimer(AppState& state)
      : state_(state), phase_(state.loading() ? state.load_progress().phase : nullptr) {}
  ~StepTimer() {
    if (!phase_) phase_ = frame_phase(state_);  // the view shown after this step's input
    const double ms =
        double(SDL_GetPerformanceCounter() - start_ - waited_) * 1000.0 / double(SDL_GetPerformanceFrequency());
    FrameStats& stats = state_.stats();
    double& in_phase = stats.slowest_step_by_phase[phase_];
    in_phase = std::max(in_phase, ms);
    if (ms > stats.slowest_step_ms) {
      stats.slowest_step_ms = ms;
      stats.slowest_step_phase = phase_;
    }
  }
  // Runs `wait` without counting its time.
  template <class Wait>
  void not_counting(Wait wait) {
    const Uint64 wait_start = SDL_GetPerformanceCounter();
    wait();
    waited_ += SDL_GetPerformanceCounter() - wait_start;
  }

 private:
  AppState& state_;
  const char* phase_;  // the load's phase, set at the start; else decided at the end
  Uint64 start_ = SDL_GetPerformanceCounter();
  Uint64 waited_ = 0;
};

// One turn of the main loop: input, the start's place, dropped files,
// loading, tallies, then a frame if one is due. Returns false to quit.
bool App::step(bool may_wait) {
  StepTimer timer(state_);
  const size_t handled = take_input(may_wait, timer);
  if (quit_) return false;
  // Browser: nothing is drawn until IndexedDB has been read, so the
  // user's data never flashes the shipped one, nor is saved over unread.
  if (!data_menu_.ready(state_)) return true;
  apply_start_place();
  // A file dropped while a load runs waits for it (the load would replace it).
  if (!state_.loading())
    for (const std::string& path : take_dropped_files()) open_dropped_file(state_, path);
  if (state_.loading()) advance_loading(timer);
  // The views' tallies (and the network) after a change of data, a slice per frame.
  if (!state_.loading()) state_.poll_tallies(kTallySliceMs);

  if (sync_canvas_size(window_)) pacer_.settle();
  update_scale();
  if (state_.take_redraw_request()) pacer_.settle();
  if (state_.take_frame_request()) pacer_.one_frame();
  if (state_.take_due_wake(millis_since_start())) pacer_.settle();
  const bool drew = pacer_.take_frame();
  if (drew) {
    draw_frame();
    after_frame(state_);  // the browser's address follows the view
  }
  // Nothing to do for a while: the browser stops calling us until woken.
  const bool quiet = !drew && handled == 0 && held_events_.empty() && !state_.loading() && state_.background_done() &&
                     !start_place_pending_ && !state_.wake_pending();
  if (pacer_.may_sleep_after(quiet)) sleep_main_loop();
  return options_.quit_after_frames == 0 || state_.stats().frames < options_.quit_after_frames;
}

// Input held back last step goes first; then what arrived. Idle (nothing
// to draw or tally), waits for input natively: the timeout only bounds the
// wait, and waking without input draws nothing. Returns the events handled.
size_t App::take_input(bool may_wait, StepTimer& timer) {
  std::vector<SDL_Event> events;
  events.swap(held_events_);
  SDL_Event event;
  if (may_wait && events.empty() && pacer_.nothing_to_draw() && state_.background_done())
    timer.not_counting([&] {
      const double until_wake = state_.millis_until_wake(millis_since_start());
      const int timeout_ms = int(std::clamp(until_wake, 1.0, 500.0));
      if (SDL_WaitEventTimeout(&event, timeout_ms)) events.push_back(event);
    });
  while (SDL_PollEvent(&event)) events.push_back(event);

  std::vector<KeyStroke> strokes(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].type == SDL_KEYDOWN) strokes[i] = {KeyMotion::Down, int(events[i].key.keysym.scancode)};
    if (events[i].type == SDL_KEYUP) strokes[i] = {KeyMotion::Up, int(events[i].key.keysym.scancode)};
  }
  const size_t now = events_for_this_frame(strokes);
  held_events_.assign(events.begin() + long(now), events.end());
  for (size_t i = 0; i < now; ++i) handle(events[i]);
  return now;
}

// The selection and the link's view apply once the data is there: the
// loaded file and, when it is the user's own, their stored copy.
void App::apply_start_place() {
  if (!start_place_pending_ || state_.loading()) return;
  start_place_pending_ = false;
  if (!options_.event_id.empty()) state_.select(options_.event_id);
  // A link's view (web: the page's address; native: --hash). The start is
  // not a history step: Back leaves the page, as after any link.
  if (!options_.hash.empty()) state_.apply_hash_from_history(options_.hash, /*at_start=*/true);
}

void App::advance_loading(StepTimer& timer) {
  const Uint32 started = SDL_GetTicks();
  if (state_.poll_load()) {
    std::printf("accord-atlas: %zu events loaded in %u ms\n", state_.dataset().events.size(),
                unsigned(millis_since_start()));
    std::fflush(stdout);
    after_load();
  }
  // A worker does the loading: the progress bar needs no more than ~30
  // frames a second. (In slices, the frames are the loading.)
  const Uint32 spent = SDL_GetTicks() - started;
  if (can_run_in_background() && spent < 33) timer.not_counting([&] { SDL_Delay(33 - spent); });
}

// Fingers for the pinch (SDL also sends the first one as the mouse).
void App::follow_fingers(const SDL_Event& event) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;  // finger positions are 0..1 of the window
  const SDL_TouchFingerEvent& f = event.tfinger;
  if (event.type == SDL_FINGERDOWN) pinch_.finger_down(f.fingerId, f.x * size.x, f.y * size.y);
  if (event.type == SDL_FINGERMOTION) pinch_.finger_move(f.fingerId, f.x * size.x, f.y * size.y);
  if (event.type == SDL_FINGERUP) pinch_.finger_up(f.fingerId);
}

void App::draw_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // A lifted finger is not a hovering pointer: once ImGui has seen the
  // tap's release (a frame with the button up), hover highlights and
  // tooltips must not stick where the finger was.
  ImGuiIO& input = ImGui::GetIO();
  if (frames_since_finger_lifted_ >= 0 && !input.MouseDown[0] && frames_since_finger_lifted_++ >= 1)
    input.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  state_.stats().pinch = pinch_.take_step();
  ImGui::NewFrame();
  draw_frame_ui(state_, views_, data_menu_, fonts_);
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, int(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             int(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(palette::kBackground.x, palette::kBackground.y, palette::kBackground.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);

  FrameStats& stats = state_.stats();
  if (++stats.frames == 1) {
    stats.first_frame_ms = millis_since_start();
    std::printf("accord-atlas: %zu events, first frame after %.0f ms\n", state_.dataset().events.size(),
                stats.first_frame_ms);
    std::fflush(stdout);
  }
}

void App::shut_down() {
  if (ImGui::GetCurrentContext()) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
  }
  if (gl_) SDL_GL_DeleteContext(gl_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

}  // namespace
}  // namespace atlas

int main(int argc, char** argv) {
  atlas::LaunchOptions options;
  if (!atlas::parse_launch_options(argc, argv, options)) return 2;

  // Static: on the web main() returns into the browser's frame loop and
  // the app must outlive it.
  static atlas::App app(options);
  if (!app.start()) {
    app.shut_down();
    return 1;
  }
  atlas::run_main_loop([](bool may_wait) { return app.step(may_wait); });
  app.shut_down();
  return 0;
}
