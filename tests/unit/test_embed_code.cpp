// Embedding a view: embed=1 survives the hash, the full-app link drops it,
// and the <iframe> snippet escapes what it quotes.
#include <catch2/catch.hpp>

#include "embed_code.h"
#include "navigation_history.h"

TEST_CASE("embed=1 survives the URL hash and marks a different place", "[url][embed]") {
  accord::ParsedHash parsed = accord::parse_hash("#/partners?partner=LAO&embed=1");
  REQUIRE(parsed.notices.empty());
  CHECK(parsed.state.embed);
  CHECK(parsed.state.view == accord::View::Partners);
  CHECK(accord::to_hash(parsed.state) == "#/partners?partner=LAO&embed=1");
  CHECK(accord::full_view_hash(parsed.state) == "#/partners?partner=LAO");
  accord::ViewState plain;
  CHECK(accord::embed_hash(plain) == "#/timeline?embed=1");
  CHECK_FALSE(accord::same_place(plain, accord::parse_hash("#/timeline?embed=1").state));
  CHECK_FALSE(accord::parse_hash("#/timeline?embed=0").state.embed);
  const accord::ParsedHash odd = accord::parse_hash("#/timeline?embed=yes");
  CHECK_FALSE(odd.state.embed);
  REQUIRE(odd.notices.size() == 1);
  CHECK(odd.notices[0] == "embed=\"yes\" ignored (1 or 0)");
}

TEST_CASE("the iframe snippet quotes the link and title safely", "[embed]") {
  const std::string code =
      accord::iframe_snippet("https://example.org/atlas/#/event?sel=ev-1&embed=1", "Border \"talks\" <atlas>");
  CHECK(code ==
        "<iframe src=\"https://example.org/atlas/#/event?sel=ev-1&amp;embed=1\" title=\"Border &quot;talks&quot; "
        "&lt;atlas&gt;\" width=\"100%\" height=\"520\" style=\"border:0;max-width:960px\" loading=\"lazy\"></iframe>");
}
