#include <catch2/catch.hpp>

#include "markup_escape.h"

TEST_CASE("markup_escaped makes text safe in an element and in a quoted attribute", "[text]") {
  CHECK(accord::markup_escaped("Ties <&> \"quotes\" 'apostrophes'") ==
        "Ties &lt;&amp;&gt; &quot;quotes&quot; &apos;apostrophes&apos;");
  CHECK(accord::markup_escaped("Tô Lâm, Hà Nội") == "Tô Lâm, Hà Nội");  // UTF-8 passes as it is
  CHECK(accord::markup_escaped("").empty());
}
