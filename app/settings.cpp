#include "settings.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "i18n.h"
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

const char* language_setting_name(LanguageChoice l) {
  switch (l) {
    case LanguageChoice::En:
      return "en";
    case LanguageChoice::Vi:
      return "vi";
    case LanguageChoice::Fr:
      return "fr";
    case LanguageChoice::System:
      break;
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
  // At least as wide as its words: some languages' run longer.
  const float fits = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  const bool pressed = ImGui::Button(label, ImVec2(std::max(width, fits), height));
  if (on) ImGui::PopStyleColor(2);
  return pressed;
}

// Two rows of two: "System" and each language in its own name (a reader
// lost in a language they cannot read finds theirs).
void draw_language_choice(AppState& state, Settings& s, float width, float height) {
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.3f));
  ImGui::TextDisabled("%s", tr("Language"));
  struct Option {
    LanguageChoice choice;
    const char* label;
    const char* widget;
  };
  const Option options[] = {
      {LanguageChoice::System, tr("System"), "settings:language:system"},
      {LanguageChoice::En, accord::language_endonym(accord::Language::En), "settings:language:en"},
      {LanguageChoice::Vi, accord::language_endonym(accord::Language::Vi), "settings:language:vi"},
      {LanguageChoice::Fr, accord::language_endonym(accord::Language::Fr), "settings:language:fr"}};
  for (int i = 0; i < 4; ++i) {
    if (i % 2 == 1) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 0.5f);
    const std::string label = std::string(options[i].label) + "##" + options[i].widget;
    if (segment(label.c_str(), s.language == options[i].choice, width, height)) s.language = options[i].choice;
    note_widget(state, options[i].widget);
  }
}

}  // namespace

const Settings& settings() { return g_settings; }

void set_settings(const Settings& s) {
  Settings next = s;
  next.ui_scale_percent = std::clamp(next.ui_scale_percent, kMinUiScalePercent, kMaxUiScalePercent);
  const bool changed = next.theme != g_settings.theme || next.ui_scale_percent != g_settings.ui_scale_percent ||
                       next.language != g_settings.language;
  g_settings = next;
  if (changed) write_settings_text(settings_to_text(g_settings));
  use_ui_language(effective_language());
}

void load_settings() {
  g_settings = settings_from_text(read_settings_text());
  use_ui_language(effective_language());
}

accord::Language effective_language() {
  switch (g_settings.language) {
    case LanguageChoice::En:
      return accord::Language::En;
    case LanguageChoice::Vi:
      return accord::Language::Vi;
    case LanguageChoice::Fr:
      return accord::Language::Fr;
    case LanguageChoice::System:
      break;
  }
  return accord::language_from_tags(system_language_tags());
}

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
  j["language"] = language_setting_name(s.language);
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
    if (auto it = j.find("language"); it != j.end() && it->is_string()) {
      const std::string l = it->get<std::string>();
      if (l == "en") s.language = LanguageChoice::En;
      if (l == "vi") s.language = LanguageChoice::Vi;
      if (l == "fr") s.language = LanguageChoice::Fr;
    }
  } catch (const nlohmann::json::exception&) {
    // A damaged file gives the defaults; the next change rewrites it.
  }
  return s;
}

void add_settings_state(nlohmann::json& j) {
  j["theme"] = effective_theme() == Theme::Dark ? "dark" : "light";
  j["theme_setting"] = theme_name(g_settings.theme);
  j["ui_scale"] = ui_scale();
  j["language"] = accord::language_code(ui_language());
  j["language_setting"] = language_setting_name(g_settings.language);
}

void draw_settings_button(AppState& state, float size) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Button("##settings", ImVec2(size, size));
  note_widget(state, "settings");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Settings: theme, text size and language"));
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

  ImGui::TextDisabled("%s", tr("Theme"));
  const bool with_system = platform_follows_system_theme();
  const int segments = with_system ? 3 : 2;
  const float seg_width = font * 4.6f;
  const float button = std::max(ImGui::GetFrameHeight() * 1.15f, target_height(state));  // a finger tall on a phone
  struct Option {
    ThemeChoice choice;
    const char* label;
    const char* widget;
  };
  const Option options[] = {{ThemeChoice::Light, tr_key("Light"), "settings:theme:light"},
                            {ThemeChoice::Dark, tr_key("Dark"), "settings:theme:dark"},
                            {ThemeChoice::System, tr_key("System"), "settings:theme:system"}};
  for (int i = 0; i < segments; ++i) {
    if (i > 0) ImGui::SameLine(0, spacing * 0.5f);
    // Natively "System" is not offered; a saved "system" shows as light.
    const bool on = s.theme == options[i].choice ||
                    (!with_system && s.theme == ThemeChoice::System && options[i].choice == ThemeChoice::Light);
    if (segment(tr_id(options[i].label, options[i].widget).c_str(), on, seg_width, button)) s.theme = options[i].choice;
    note_widget(state, options[i].widget);
  }

  ImGui::Dummy(ImVec2(0, font * 0.3f));
  ImGui::TextDisabled("%s", tr("Text size"));
  ImGui::BeginDisabled(s.ui_scale_percent <= kMinUiScalePercent);
  if (ImGui::Button("\u2013##scale-down", ImVec2(button * 1.3f, button)))
    s.ui_scale_percent = next_step(s.ui_scale_percent, -1);
  ImGui::EndDisabled();
  note_widget(state, "settings:scale:down");
  ImGui::SameLine(0, spacing * 0.5f);
  const std::string label = std::to_string(s.ui_scale_percent) + "%##scale-reset";
  if (ImGui::Button(label.c_str(), ImVec2(font * 4.6f, button))) s.ui_scale_percent = 100;
  note_widget(state, "settings:scale:reset");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Back to 100%"));
  ImGui::SameLine(0, spacing * 0.5f);
  ImGui::BeginDisabled(s.ui_scale_percent >= kMaxUiScalePercent);
  if (ImGui::Button("+##scale-up", ImVec2(button * 1.3f, button)))
    s.ui_scale_percent = next_step(s.ui_scale_percent, +1);
  ImGui::EndDisabled();
  note_widget(state, "settings:scale:up");
  draw_language_choice(state, s, seg_width * 1.5f + spacing * 0.25f, button);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();

  if (s.theme != g_settings.theme || s.ui_scale_percent != g_settings.ui_scale_percent ||
      s.language != g_settings.language) {
    set_settings(s);
    state.request_redraw();
  }
}

}  // namespace atlas
