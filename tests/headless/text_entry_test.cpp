// The active field takes the browser text box's edits whole: the text and
// the selection, in UTF-8 byte offsets (platform.h, BrowserTextEdit). The
// browser then does the typing, deleting, correcting and composing, and
// these tests check that what it hands over lands exactly.
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;
namespace headless = atlas::headless;

namespace {

// Taps the search field so it is active, as a user's tap would.
void focus_search(HeadlessApp& app) {
  headless::forget_active_text_field();
  REQUIRE(app.tap("search"));
  app.frames(2);
  REQUIRE(headless::active_text_field().field != 0);
}

}  // namespace

TEST_CASE("a composed Vietnamese name lands whole in the search field", "[text-entry]") {
  for (Screen screen : {kPhone, kDesktop}) {
    HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
    app.frames(4);
    focus_search(app);
    // The IME's composition as the browser's box shows it, then committed.
    headless::edit_as_browser("T\u00f4 L", 4, 4);
    app.frames(2);
    CHECK(headless::active_text_field().text == "T\u00f4 L");
    headless::edit_as_browser("T\u00f4 L\u00e2m", 7, 7);
    app.frames(2);
    CHECK(app.state().filter().text == "T\u00f4 L\u00e2m");
    CHECK(headless::active_text_field().text == "T\u00f4 L\u00e2m");
    CHECK(headless::active_text_field().selection_start == 7);
    CHECK(app.hook()["filter"] == "T\u00f4 L\u00e2m");
  }
}

TEST_CASE("deleting, replacing a selection and autocorrection take exactly what the box holds", "[text-entry]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(4);
  focus_search(app);
  headless::edit_as_browser("extradtion", 10, 10);
  app.frames(2);
  // Six fast Backspaces arrive as one edit: nothing is lost between frames.
  headless::edit_as_browser("extr", 4, 4);
  app.frames(2);
  CHECK(app.state().filter().text == "extr");
  // A correction in the middle of the word, caret after it.
  headless::edit_as_browser("extradtion", 10, 10);
  app.frames(2);
  headless::edit_as_browser("extradition", 7, 7);
  app.frames(2);
  CHECK(app.state().filter().text == "extradition");
  CHECK(headless::active_text_field().selection_end == 7);
  // Select all (the box reports the selection), then typing replaces it.
  headless::edit_as_browser("extradition", 0, 11);
  app.frames(2);
  CHECK(headless::active_text_field().selection_start == 0);
  CHECK(headless::active_text_field().selection_end == 11);
  headless::edit_as_browser("d", 1, 1);
  app.frames(2);
  CHECK(app.state().filter().text == "d");
  // Everything deleted.
  headless::edit_as_browser("", 0, 0);
  app.frames(2);
  CHECK(app.state().filter().text.empty());
}

TEST_CASE("an edit made for another field is not applied to this one", "[text-entry]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(4);
  focus_search(app);
  const unsigned search = headless::active_text_field().field;
  headless::edit_as_browser("laos", 4, 4, search + 1);
  app.frames(2);
  CHECK(app.state().filter().text.empty());
  headless::edit_as_browser("laos", 4, 4, search);
  app.frames(2);
  CHECK(app.state().filter().text == "laos");
}

TEST_CASE("a selection past the text is held inside it", "[text-entry]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(4);
  focus_search(app);
  headless::edit_as_browser("hue", 40, 90);
  app.frames(2);
  CHECK(app.state().filter().text == "hue");
  CHECK(headless::active_text_field().selection_start == 3);
  CHECK(headless::active_text_field().selection_end == 3);
}
