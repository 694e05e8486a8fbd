#include "settings.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "imgui.h"
#include "platform.h"
#include "widgets.h"

namespace atlas {
namespace {

Settings g_settings;

// The scale steps the - and + buttons move through.
constexpr int kScaleSteps[] = {80, 90, 100, 110, 125, 150, 175, 200};

const char* theme_name(ThemeChoice t) {
  switch (t) {
    case ThemeChoice::Light:
      return "light";
    case ThemeChoice::Dark:
      return "dark";
    case ThemeChoice::System:
      return "system";
  }
  return "system";
}

int next_step(int percent, int direction) {
  if (direction > 0) {
    for (int s : kScaleSteps)
      if (s > percent) return s;
    return kMaxUiScalePercent;
  }
  for (auto it = std::rbegin(kScaleSteps); it != std::rend(kScaleSteps); ++it)
    if (*it < percent) return *it;
  return kMinUiScalePercent;
}

// A gear: a ring with eight teeth, in the text colour.
void draw_gear(ImDrawList* dl, ImVec2 centre, float radius, ImU32 col) {
  const float ring = radius * 0.62f;
  const float thickness = radius * 0.26f;
  for (int i = 0; i < 8; ++i) {
    const float a = float(i) * 3.14159265f / 4.0f;
    const ImVec2 dir(std::cos(a), std::sin(a));
    dl->AddLine(ImVec2(centre.x + dir.x * ring, centre.y + dir.y * ring),
                ImVec2(centre.x + dir.x * radius, centre.y + dir.y * radius), col, thickness * 1.25f);
  }
  dl->AddCircle(centre, ring, col, 24, thickness);
}

// One segment of a segmented control: highlighted when `on`.
bool segment(const char* label, bool on, float width, float height) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  }
  const bool pressed = ImGui::Button(label, ImVec2(width, height));
  if (on) ImGui::PopStyleColor(2);
  return pressed;
}

}  // namespace

const Settings& settings() { return g_settings; }

void set_settings(const Settings& s) {
  Settings next = s;
  next.ui_scale_percent = std::clamp(next.ui_scale_percent, kMinUiScalePercent, kMaxUiScalePercent);
  const bool changed = next.theme != g_settings.theme || next.ui_scale_percent != g_settings.ui_scale_percent;
  g_settings = next;
  if (changed) write_settings_text(settings_to_text(g_settings));
}

void load_settings() { g_settings = settings_from_text(read_settings_text()); }

Theme effective_theme() {
  switch (g_settings.theme) {
    case ThemeChoice::Light:
      return Theme::Light;
    case ThemeChoice::Dark:
      return Theme::Dark;
    case ThemeChoice::System:
      return system_prefers_dark() ? Theme::Dark : Theme::Light;
  }
  return Theme::Light;
}

float ui_scale() { return float(g_settings.ui_scale_percent) / 100.0f; }

std::string settings_to_text(const Settings& s) {
  nlohmann::json j;
  j["theme"] = theme_name(s.theme);
  j["ui_scale_percent"] = s.ui_scale_percent;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Settings settings_from_text(const std::string& text) {
  Settings s;
  if (text.empty()) return s;
  try {
    const nlohmann::json j = nlohmann::json::parse(text);
    if (!j.is_object()) return s;
    if (auto it = j.find("theme"); it != j.end() && it->is_string()) {
      const std::string t = it->get<std::string>();
      if (t == "light") s.theme = ThemeChoice::Light;
      if (t == "dark") s.theme = ThemeChoice::Dark;
    }
    if (auto it = j.find("ui_scale_percent"); it != j.end() && it->is_number())
      s.ui_scale_percent = std::clamp(int(std::lround(it->get<double>())), kMinUiScalePercent, kMaxUiScalePercent);
  } catch (const nlohmann::json::exception&) {
    // A damaged file gives the defaults; the next change rewrites it.
  }
  return s;
}

void add_settings_state(nlohmann::json& j) {
  j["theme"] = effective_theme() == Theme::Dark ? "dark" : "light";
  j["theme_setting"] = theme_name(g_settings.theme);
  j["ui_scale"] = ui_scale();
}

void draw_settings_button(AppState& state, float size) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Button("##settings", ImVec2(size, size));
  note_widget(state, "settings");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Settings: theme and text size");
  const float gear = std::min(size, ImGui::GetFrameHeight() * 1.2f) * 0.3f;  // a 44 px button keeps its icon size
  draw_gear(ImGui::GetWindowDrawList(), ImVec2(pos.x + size * 0.5f, pos.y + size * 0.5f), gear,
            ImGui::GetColorU32(ImGuiCol_Text));
  if (pressed) ImGui::OpenPopup("##settings-popup");

  // Below the button, right edges aligned.
  ImGui::SetNextWindowPos(ImVec2(pos.x + size, pos.y + size + ImGui::GetStyle().ItemSpacing.y), ImGuiCond_Appearing,
                          ImVec2(1.0f, 0.0f));
  if (!ImGui::BeginPopup("##settings-popup")) return;
  Settings s = g_settings;
  const float font = ImGui::GetFontSize();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;

  ImGui::TextDisabled("Theme");
  const bool with_system = platform_follows_system_theme();
  const int segments = with_system ? 3 : 2;
  const float seg_width = font * 4.6f;
  const float button = std::max(ImGui::GetFrameHeight() * 1.15f, target_height(state));  // a finger tall on a phone
  struct Option {
    ThemeChoice choice;
    const char* label;
    const char* widget;
  };
  const Option options[] = {{ThemeChoice::Light, "Light", "settings:theme:light"},
                            {ThemeChoice::Dark, "Dark", "settings:theme:dark"},
                            {ThemeChoice::System, "System", "settings:theme:system"}};
  for (int i = 0; i < segments; ++i) {
    if (i > 0) ImGui::SameLine(0, spacing * 0.5f);
    // Natively "System" is not offered; a saved "system" shows as light.
    const bool on = s.theme == options[i].choice ||
                    (!with_system && s.theme == ThemeChoice::System && options[i].choice == ThemeChoice::Light);
    if (segment(options[i].label, on, seg_width, button)) s.theme = options[i].choice;
    note_widget(state, options[i].widget);
  }

  ImGui::Dummy(ImVec2(0, font * 0.3f));
  ImGui::TextDisabled("Text size");
  ImGui::BeginDisabled(s.ui_scale_percent <= kMinUiScalePercent);
  if (ImGui::Button("\u2013##scale-down", ImVec2(button * 1.3f, button)))
    s.ui_scale_percent = next_step(s.ui_scale_percent, -1);
  ImGui::EndDisabled();
  note_widget(state, "settings:scale:down");
  ImGui::SameLine(0, spacing * 0.5f);
  const std::string label = std::to_string(s.ui_scale_percent) + "%##scale-reset";
  if (ImGui::Button(label.c_str(), ImVec2(font * 4.6f, button))) s.ui_scale_percent = 100;
  note_widget(state, "settings:scale:reset");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to 100%%");
  ImGui::SameLine(0, spacing * 0.5f);
  ImGui::BeginDisabled(s.ui_scale_percent >= kMaxUiScalePercent);
  if (ImGui::Button("+##scale-up", ImVec2(button * 1.3f, button)))
    s.ui_scale_percent = next_step(s.ui_scale_percent, +1);
  ImGui::EndDisabled();
  note_widget(state, "settings:scale:up");
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();

  if (s.theme != g_settings.theme || s.ui_scale_percent != g_settings.ui_scale_percent) {
    set_settings(s);
    state.request_redraw();
  }
}

}  // namespace atlas
