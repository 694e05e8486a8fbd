#include "headless_app.h"

#include <cfloat>

#include "app_frame.h"
#include "imgui.h"
#include "platform.h"
#include "platform_headless.h"

namespace atlas::testing {
namespace {
constexpr float kFrameSeconds = 1.0f / 60.0f;
constexpr double kTallySliceMs = 10.0;  // as main.cpp
constexpr int kFramesToSettle = 3;      // as main.cpp's kFramesAfterInput
}  // namespace

HeadlessApp::HeadlessApp(const std::string& dataset_path, Screen screen) {
  headless::set_touch_screen(screen.touch);
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigInputTextCursorBlink = false;
  io.DisplaySize = ImVec2(screen.width, screen.height);
  io.DeltaTime = kFrameSeconds;
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;  // press() sets KeysDown[key]
  state_.load(dataset_path);
  data_menu_.start("");
}

HeadlessApp::~HeadlessApp() { ImGui::DestroyContext(context_); }

void HeadlessApp::frame() {
  if (!data_menu_.ready(state_)) return;
  if (state_.loading()) state_.poll_load();
  if (!state_.loading()) state_.poll_tallies(kTallySliceMs);
  if (apply_look(state_, fonts_, applied_theme_, display_pixel_ratio(nullptr)) == LookChange::Fonts) {
    // What a renderer uploads; building it is all a headless frame needs.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ImGui::GetIO().DeltaTime = kFrameSeconds;
  state_.stats().pinch = fingers_.take_step();
  ImGui::NewFrame();
  draw_frame_ui(state_, views_, data_menu_, fonts_);
  ImGui::Render();
  after_frame(state_);
  ++state_.stats().frames;
}

void HeadlessApp::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

bool HeadlessApp::tap(const std::string& widget) {
  const auto found = state_.stats().widgets.find(widget);
  if (found == state_.stats().widgets.end()) return false;
  const WidgetRect r = found->second;
  const float ratio = state_.stats().pixel_ratio;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2((r.x + r.width * 0.5f) * ratio, (r.y + r.height * 0.5f) * ratio);
  frame();  // hover first, as a real pointer arrives before it presses
  io.MouseDown[0] = true;
  frame();
  io.MouseDown[0] = false;
  frame();
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers nothing
  frames(kFramesToSettle);
  return true;
}

void HeadlessApp::press(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[key] = true;
  frame();
  io.KeysDown[key] = false;
  frames(kFramesToSettle);
}

bool HeadlessApp::wheel(const std::string& widget, float notches) {
  const auto found = state_.stats().widgets.find(widget);
  if (found == state_.stats().widgets.end()) return false;
  const WidgetRect r = found->second;
  wheel_at(r.x + r.width * 0.5f, r.y + r.height * 0.5f, notches);
  return true;
}

void HeadlessApp::wheel_at(float x, float y, float notches) {
  const float ratio = state_.stats().pixel_ratio;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(x * ratio, y * ratio);
  frame();
  io.MouseWheel = notches;
  frame();
  io.MouseWheel = 0;
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  frames(kFramesToSettle);
}

bool HeadlessApp::drag(const std::string& widget, float dx, float dy) {
  const auto found = state_.stats().widgets.find(widget);
  if (found == state_.stats().widgets.end()) return false;
  const WidgetRect r = found->second;
  const float ratio = state_.stats().pixel_ratio;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 from((r.x + r.width * 0.5f) * ratio, (r.y + r.height * 0.5f) * ratio);
  io.MousePos = from;
  frame();
  io.MouseDown[0] = true;
  frame();
  constexpr int kSteps = 5;  // a finger moves over several frames
  for (int k = 1; k <= kSteps; ++k) {
    io.MousePos = ImVec2(from.x + dx * ratio * float(k) / kSteps, from.y + dy * ratio * float(k) / kSteps);
    frame();
  }
  io.MouseDown[0] = false;
  frame();
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  frames(kFramesToSettle);
  return true;
}

bool HeadlessApp::pinch(const std::string& widget, float factor) {
  const auto found = state_.stats().widgets.find(widget);
  if (found == state_.stats().widgets.end()) return false;
  const WidgetRect r = found->second;
  const float ratio = state_.stats().pixel_ratio;
  const float cx = (r.x + r.width * 0.5f) * ratio, cy = (r.y + r.height * 0.5f) * ratio;
  const float half = 40.0f * ratio;
  fingers_.finger_down(1, cx - half, cy);
  fingers_.finger_down(2, cx + half, cy);
  frame();
  constexpr int kSteps = 5;
  for (int k = 1; k <= kSteps; ++k) {
    const float spread = half * (1.0f + (factor - 1.0f) * float(k) / kSteps);
    fingers_.finger_move(1, cx - spread, cy);
    fingers_.finger_move(2, cx + spread, cy);
    frame();
  }
  fingers_.finger_up(1);
  fingers_.finger_up(2);
  frames(kFramesToSettle);
  return true;
}

}  // namespace atlas::testing
