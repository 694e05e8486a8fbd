// Every view in Vietnamese and French (and English), on a desktop and a
// phone: the hook reports the language, every character drawn has a glyph
// in the font (none falls back to the font's "?"), and the named widgets
// lie inside the display, unclipped and apart, as layout_test.cpp asks of
// the English views. French labels run longer: a layout that breaks here
// is fixed in the app, not shortened away.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "drawn_views.h"
#include "i18n.h"
#include "imgui.h"
#include "layout_checks.h"
#include "platform_headless.h"
#include "settings.h"
#include "views_to_visit.h"

using namespace atlas::testing;
using namespace atlas::testing::layout;

namespace {

constexpr int kFramesToSettle = 4;  // as drawn_views.cpp
// A fallback glyph no real glyph shares: its texture coordinates are off
// the atlas (a headless frame samples nothing), so a quad with them in the
// draw lists is a character the font could not draw.
constexpr float kMissingGlyphUv = 42.0f;

// Chooses the language for the apps made while it lives; back to the
// default (the system's, which is English here) after.
struct LanguageChosen {
  explicit LanguageChosen(atlas::LanguageChoice l) {
    atlas::Settings s = atlas::settings();
    s.language = l;
    atlas::set_settings(s);
  }
  ~LanguageChosen() { atlas::set_settings(atlas::Settings{}); }
};

// Points every font's fallback at a marked copy of it. Fonts are built in
// the first frame (and again only when the scale changes).
void mark_missing_glyphs() {
  static std::vector<ImFontGlyph> marked;  // kept alive for the fonts
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  marked.clear();
  marked.reserve(size_t(atlas->Fonts.Size));
  for (ImFont* font : atlas->Fonts) {
    ImFontGlyph g = font->FallbackGlyph ? *font->FallbackGlyph : ImFontGlyph{};
    g.Visible = 1;
    if (g.X1 <= g.X0) g.X1 = g.X0 + 4;
    if (g.Y1 <= g.Y0) g.Y1 = g.Y0 + 4;
    g.U0 = g.U1 = g.V0 = g.V1 = kMissingGlyphUv;
    marked.push_back(g);
    font->FallbackGlyph = &marked.back();
  }
}

// Quads drawn with the marked fallback in the last frame.
int missing_glyphs_drawn() {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  if (!data) return n;
  for (int i = 0; i < data->CmdListsCount; ++i)
    for (const ImDrawVert& v : data->CmdLists[i]->VtxBuffer)
      if (v.uv.x == kMissingGlyphUv && v.uv.y == kMissingGlyphUv) ++n;
  return n / 4;
}

struct Language {
  atlas::LanguageChoice choice;
  const char* code;
};
constexpr Language kLanguages[] = {
    {atlas::LanguageChoice::Vi, "vi"}, {atlas::LanguageChoice::Fr, "fr"}, {atlas::LanguageChoice::En, "en"}};

}  // namespace

TEST_CASE("every view in every language draws only characters the font has, inside the display", "[i18n][layout]") {
  for (const Language& language : kLanguages) {
    LanguageChosen chosen(language.choice);
    for (const std::string& dataset : datasets_to_draw()) {
      for (const Screen& screen : {kDesktop, kPhone}) {
        for (const ViewToVisit& visit : views_to_visit()) {
          HeadlessApp app(dataset, screen);
          app.frames(1);
          mark_missing_glyphs();
          visit.open(app.state());
          app.frames(kFramesToSettle);
          const DrawnView v{dataset, screen, visit.name, app.hook(), app.state().stats().widgets};
          INFO(language.code << " " << v.where());
          CHECK(v.hook["language"] == language.code);
          CHECK(v.hook["view"] == visit.name);
          CHECK(missing_glyphs_drawn() == 0);
          for (const char* tab : {"tab:timeline", "tab:agreements", "tab:people", "tab:partners", "tab:outcomes",
                                  "tab:trends", "tab:network", "settings"})
            CHECK(v.widgets.count(tab) == 1);
          for (const auto& [name, r] : v.widgets) {
            INFO(name << " " << rect_text(r) << (r.clipped ? " clipped" : ""));
            CHECK(r.x + r.width <= screen.width + kSlack);
            CHECK(r.y + r.height <= screen.height + kSlack);
            CHECK_FALSE(cut_off_by_display(r, screen));
          }
          for (auto a = v.widgets.begin(); a != v.widgets.end(); ++a) {
            if (matches_any(a->first, kNotTapTargets)) continue;
            for (auto b = std::next(a); b != v.widgets.end(); ++b) {
              if (matches_any(b->first, kNotTapTargets) || known_overlap(a->first, b->first)) continue;
              INFO(a->first << " " << rect_text(a->second) << " and " << b->first << " " << rect_text(b->second));
              CHECK_FALSE(overlap(a->second, b->second));
            }
          }
        }
      }
    }
  }
}

// Draws `text` in a window of its own (twice: a new window is measured,
// not drawn, in its first frame).
void draw_probe(const char* text) {
  for (int i = 0; i < 2; ++i) {
    ImGui::NewFrame();
    ImGui::Begin("probe");
    ImGui::TextUnformatted(text);
    ImGui::End();
    ImGui::Render();
  }
}

TEST_CASE("the missing-glyph check sees a character the font lacks", "[i18n]") {
  HeadlessApp app(datasets_to_draw().front(), kDesktop);
  app.frames(1);
  mark_missing_glyphs();
  draw_probe("\xe4\xb8\xad");  // a Han character: not in the app's ranges
  CHECK(missing_glyphs_drawn() == 1);
  draw_probe("Ti\u1ebfng Vi\u1ec7t \u00ab Fran\u00e7ais \u00bb 1\u202f200 l\u2019\u00e9t\u00e9 \u0153");
  CHECK(missing_glyphs_drawn() == 0);
}

TEST_CASE("the language follows the system's and the settings' choice", "[i18n]") {
  atlas::headless::set_system_languages({"fr-FR", "en"});
  {
    HeadlessApp app(datasets_to_draw().front(), kPhone);
    app.frames(2);
    CHECK(app.hook()["language"] == "fr");
    CHECK(app.hook()["language_setting"] == "system");
    CHECK(std::string(atlas::tr("Timeline")) == "Chronologie");
    // The settings' choice wins over the system's, and is saved.
    REQUIRE(app.tap("settings"));
    REQUIRE(app.tap("settings:language:vi"));
    CHECK(app.hook()["language"] == "vi");
    CHECK(app.hook()["language_setting"] == "vi");
    CHECK(atlas::settings_from_text(atlas::settings_to_text(atlas::settings())).language == atlas::LanguageChoice::Vi);
    CHECK(std::string(atlas::tr("Timeline")) == "Dòng thời gian");
  }
  atlas::set_settings(atlas::Settings{});
  atlas::headless::set_system_languages({"de-DE"});  // not offered: English
  {
    HeadlessApp app(datasets_to_draw().front(), kDesktop);
    app.frames(2);
    CHECK(app.hook()["language"] == "en");
  }
  atlas::headless::set_system_languages({});
}

TEST_CASE("the Settings popup, the Data window and the Edit sheet fit in every language", "[i18n][layout]") {
  for (const Language& language : kLanguages) {
    LanguageChosen chosen(language.choice);
    for (const Screen& screen : {kDesktop, kPhone}) {
      for (const std::string opener : {"settings", "data", "edit"}) {
        HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
        app.frames(1);
        mark_missing_glyphs();
        if (opener == "edit") app.state().navigate_to(atlas::View::Event, app.state().dataset().events.front().id);
        app.frames(3);
        REQUIRE(app.tap(opener));
        const auto& widgets = app.state().stats().widgets;
        INFO(language.code << " " << screen.width << "x" << screen.height << " " << opener);
        CHECK(widgets.count(opener == "settings" ? "settings:language:fr"
                            : opener == "data"   ? "data:close"
                                                 : "edit:save") == 1);
        CHECK(missing_glyphs_drawn() == 0);
        for (const auto& [name, r] : widgets) {
          INFO(name << " " << rect_text(r));
          CHECK(r.x + r.width <= screen.width + kSlack);
          CHECK_FALSE(cut_off_by_display(r, screen));
        }
      }
    }
  }
}
