#include <catch2/catch.hpp>

#include "article_text.h"
#include "extract.h"
#include "fixtures.h"
#include "gazetteer.h"

using namespace accord;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("an HTML page becomes the article's text with its headline", "[article_text]") {
  const std::string html = read_text(fixture_path("import/en_indonesia_page.html"));
  REQUIRE(looks_like_html(html));
  const HtmlText page = html_to_text(html);
  CHECK(page.headline == "Vietnam and Indonesia hold fifth security dialogue");
  // The headline is the first line, once (the <h1> repeats og:title).
  CHECK(page.text.rfind("Vietnam and Indonesia hold fifth security dialogue\n", 0) == 0);
  CHECK(page.text.find("fifth security dialogue", 60) == std::string::npos);
  // Entities: &nbsp; &#32; &amp; &#x20; &#8212;
  CHECK(contains(page.text, "in Hanoi on May 20, 2025."));
  CHECK(contains(page.text, "criminal matters & to step up"));
  CHECK(contains(page.text, "seized 75 kg of methamphetamine"));
  CHECK(contains(page.text, "since January \xE2\x80\x94 a record."));
  // Script, style, nav, aside and footer are not article text.
  for (const char* dropped :
       {"tracker", "font-family", "Home", "Sport", "Football", "rights reserved", "not article text"})
    CHECK_FALSE(contains(page.text, dropped));
  // Paragraphs stay apart.
  CHECK(contains(page.text, "2025.\n\nThe two sides"));
}

TEST_CASE("the title gives the headline without the site's name", "[article_text]") {
  const HtmlText page = html_to_text(
      "<html><head><title>Talks in Vientiane | Daily Paper</title></head>"
      "<body><p>First line.<br>Second line.</p></body></html>");
  CHECK(page.headline == "Talks in Vientiane");
  CHECK(page.text == "Talks in Vientiane\n\nFirst line.\nSecond line.");
}

TEST_CASE("entities decode, malformed ones stay as written", "[article_text]") {
  const HtmlText page = html_to_text("<p>Caf&eacute; &#233;t&#xE9; &#0; &#xD800; &bogus; AT&T &#12a; 3 &lt; 4</p>");
  CHECK(page.text == "Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xEF\xBF\xBD \xEF\xBF\xBD &bogus; AT&T &#12a; 3 < 4");
}

TEST_CASE("markup oddities do not break the text", "[article_text]") {
  // An unterminated comment, a lone '<', attributes holding '>', nested nav.
  CHECK(html_to_text("<p>a < b</p><p title=\"x>y\">c</p>").text == "a < b\n\nc");
  CHECK(html_to_text("<div><nav><nav>menu</nav>more menu</nav>body</div>").text == "body");
  CHECK(html_to_text("<p>kept</p><!-- never closed <p>lost").text == "kept");
  CHECK(html_to_text("<script>if (a < b) { x = '</p>'; }</script><p>after</p>").text == "after");
  CHECK(html_to_text("<p>unterminated <b").text == "unterminated");
}

TEST_CASE("plain text is not taken for HTML", "[article_text]") {
  CHECK_FALSE(looks_like_html(read_text(fixture_path("import/en_malaysia_talks.txt"))));
  CHECK_FALSE(looks_like_html("Prices rose 3 < 4 percent"));
  CHECK(looks_like_html("<p>One paragraph</p>"));
}

TEST_CASE("the three languages are recognised, German is not", "[article_text]") {
  CHECK(guess_language(read_text(fixture_path("import/en_malaysia_talks.txt"))).language == "en");
  CHECK(guess_language(read_text(fixture_path("import/fr_cambodge_rencontre.txt"))).language == "fr");
  CHECK(guess_language(read_text(fixture_path("import/vi_lao_hoiky.txt"))).language == "vi");
  // Vietnamese typed without diacritics is still Vietnamese.
  CHECK(
      guess_language("Hai Bo truong nhat tri duy tri duong day nong giua lanh dao hai Bo va tang cuong dao tao can bo")
          .language == "vi");
  const LanguageGuess german = guess_language(read_text(fixture_path("import/de_laos_treffen.txt")));
  CHECK(german.language.empty());
  CHECK(german.words > 50);
}

TEST_CASE("prepare_article refuses what cannot be an article", "[article_text]") {
  SECTION("empty") {
    const PreparedArticle a = prepare_article(" \n\t ", "pasted text");
    CHECK(a.error == "pasted text: the text is empty");
    CHECK(a.text.empty());
  }
  SECTION("too large") {
    const PreparedArticle a = prepare_article(std::string(20 * 1024 * 1024, 'a'), "big.txt");
    CHECK(contains(a.error, "big.txt: 20.0 MB of text is more than the 2.0 MB one article may be"));
    CHECK(a.text.empty());
  }
  SECTION("just over the limit, and just under") {
    CHECK_FALSE(prepare_article(std::string(kMaxImportTextBytes + 1, 'a'), "x").error.empty());
    CHECK(prepare_article(std::string(kMaxImportTextBytes, 'a'), "x").error.empty());
  }
  SECTION("binary junk") {
    std::string junk;
    for (int i = 0; i < 4000; ++i) junk += char((i * 37 + 11) % 256);
    const PreparedArticle a = prepare_article(junk, "photo.jpg");
    CHECK(contains(a.error, "photo.jpg: binary data"));
    CHECK(a.text.empty());
  }
  SECTION("a page with no text") {
    const PreparedArticle a =
        prepare_article("<html><body><script>x()</script><nav>menu</nav></body></html>", "p.html");
    CHECK(a.error == "p.html: the HTML page has no article text (only markup, scripts or menus)");
  }
}

TEST_CASE("prepare_article warns about another language but goes on", "[article_text]") {
  const PreparedArticle a = prepare_article(read_text(fixture_path("import/de_laos_treffen.txt")), "de.txt");
  CHECK(a.error.empty());
  REQUIRE(a.warnings.size() == 1);
  CHECK(contains(a.warnings[0], "de.txt: this does not read as English, French or Vietnamese"));
  CHECK_FALSE(a.text.empty());
}

TEST_CASE("prepared articles extract: text and HTML", "[article_text]") {
  const GazetteerLoad loaded = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(loaded.ok());
  const Gazetteer& gazetteer = loaded.gazetteer;
  SECTION("French text with Windows line ends and a byte-order mark") {
    std::string bytes = "\xEF\xBB\xBF" + read_text(fixture_path("import/fr_cambodge_rencontre.txt"));
    std::string crlf;
    for (char c : bytes) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const PreparedArticle a = prepare_article(crlf, "fr.txt");
    REQUIRE(a.error.empty());
    CHECK(a.warnings.empty());
    CHECK(a.text.find('\r') == std::string::npos);
    const ExtractedDraft d = extract_article(a.text, gazetteer);
    CHECK(d.language == "fr");
    REQUIRE(d.date.date);
    CHECK(d.date.date->iso() == "2024-09-05");
  }
  SECTION("HTML") {
    const PreparedArticle a = prepare_article(read_text(fixture_path("import/en_indonesia_page.html")), "page.html");
    REQUIRE(a.error.empty());
    CHECK(a.from_html);
    CHECK(a.headline == "Vietnam and Indonesia hold fifth security dialogue");
    const ExtractedDraft d = extract_article(a.text, gazetteer);
    CHECK(d.headline == a.headline);
    REQUIRE(d.date.date);
    CHECK(d.date.date->iso() == "2025-05-20");
    CHECK(d.location.city == "Hanoi");
  }
}
