// The user's settings: theme, UI scale and language. They survive a restart (web:
// localStorage; native: $XDG_CONFIG_HOME/accord-atlas/settings.json), and
// a gear button in the header opens a small popup to change them.
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "locale_format.h"
#include "theme.h"

namespace atlas {

class AppState;

enum class ThemeChoice { System, Light, Dark };
// System: the browser's or the OS's language (system_language_tags()).
enum class LanguageChoice { System, En, Vi, Fr };

struct Settings {
  ThemeChoice theme = ThemeChoice::System;
  int ui_scale_percent = 100;  // text and controls, on top of the display's pixel ratio
  LanguageChoice language = LanguageChoice::System;
};

inline constexpr int kMinUiScalePercent = 80;
inline constexpr int kMaxUiScalePercent = 200;

// The settings in effect. Changing them goes through set_settings, which
// saves them and asks for a redraw.
const Settings& settings();
void set_settings(const Settings& s);
// Reads saved settings (call once at start, after the platform is up).
void load_settings();

// "System" resolved: what apply_theme should draw now.
Theme effective_theme();
float ui_scale();  // ui_scale_percent / 100
// "System" resolved: the language the interface is drawn in.
accord::Language effective_language();

// JSON text as stored, and back. Bad or partial input keeps defaults.
std::string settings_to_text(const Settings& s);
Settings settings_from_text(const std::string& text);

// For AppState::state_json: "theme" (light or dark, in effect),
// "theme_setting" (system, light or dark), "ui_scale", "language" (en,
// vi or fr, in effect) and "language_setting" (system, en, vi or fr).
void add_settings_state(nlohmann::json& j);

// The gear button and its popup (widgets "settings", "settings:theme:light",
// "settings:theme:dark", "settings:theme:system", "settings:scale:down",
// "settings:scale:up", "settings:scale:reset", "settings:language:system",
// "settings:language:en", "settings:language:vi", "settings:language:fr"). `size` is the button's side.
void draw_settings_button(AppState& state, float size);

}  // namespace atlas
