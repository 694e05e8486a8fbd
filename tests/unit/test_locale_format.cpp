#include <catch2/catch.hpp>

#include "locale_format.h"

using accord::Language;

TEST_CASE("language tags and POSIX locales name the interface's language", "[text][i18n]") {
  CHECK(accord::language_from_tag("vi-VN") == Language::Vi);
  CHECK(accord::language_from_tag("fr_CA.UTF-8") == Language::Fr);
  CHECK(accord::language_from_tag("EN-gb") == Language::En);
  CHECK(accord::language_from_tag("fr@euro") == Language::Fr);
  CHECK_FALSE(accord::language_from_tag("C").has_value());
  CHECK_FALSE(accord::language_from_tag("de-DE").has_value());
  CHECK_FALSE(accord::language_from_tag("").has_value());
  // The first supported language wins; none: English.
  CHECK(accord::language_from_tags({"de-DE", "fr-FR", "vi"}) == Language::Fr);
  CHECK(accord::language_from_tags({"ja"}) == Language::En);
  CHECK(accord::language_from_tags({}) == Language::En);
}

TEST_CASE("the environment's locale variables are read in the C library's order", "[text][i18n]") {
  using V = std::vector<std::string>;
  CHECK(accord::posix_language_tags("", "", "", "vi_VN.UTF-8") == V{"vi_VN.UTF-8"});
  CHECK(accord::posix_language_tags("", "fr_FR.UTF-8", "", "en_US.UTF-8") == V{"fr_FR.UTF-8"});
  CHECK(accord::posix_language_tags("", "", "fr_FR", "en_US") == V{"fr_FR"});
  CHECK(accord::posix_language_tags("de:vi", "", "", "en_US.UTF-8") == V{"de", "vi", "en_US.UTF-8"});
  // LANGUAGE is ignored under the C locale.
  CHECK(accord::posix_language_tags("vi", "", "", "C.UTF-8").empty());
  CHECK(accord::language_from_tags(accord::posix_language_tags("de:vi", "", "", "en_US")) == Language::Vi);
}

TEST_CASE("dates read the way each language writes them", "[text][i18n]") {
  CHECK(accord::format_day(Language::En, 2024, 9, 5) == "5 September 2024");
  CHECK(accord::format_day(Language::Fr, 2024, 9, 5) == "5 septembre 2024");
  CHECK(accord::format_day(Language::Vi, 2024, 9, 5) == "5 tháng 9 năm 2024");
  CHECK(accord::format_day(Language::Fr, 2024, 5, 1) == "1er mai 2024");
  CHECK(accord::format_month(Language::En, 2024, 8) == "August 2024");
  CHECK(accord::format_month(Language::Fr, 2024, 8) == "août 2024");
  CHECK(accord::format_month(Language::Vi, 2024, 12) == "tháng 12 năm 2024");
  CHECK(accord::format_month(Language::En, 2024, 13) == "2024");  // a bad month still shows the year
  CHECK(accord::format_day_span(Language::En, 2024, 5, 20, 22) == "20\u201322 May 2024");
  CHECK(accord::format_day_span(Language::Vi, 2024, 5, 20, 22) == "20\u201322 tháng 5 năm 2024");
  CHECK(accord::format_day_with_weekday(Language::En, 2024, 5, 20, 0) == "Mon 20 May 2024");
  CHECK(accord::format_day_with_weekday(Language::Fr, 2024, 5, 20, 0) == "lun. 20 mai 2024");
  CHECK(accord::format_day_with_weekday(Language::Vi, 2024, 5, 26, 6) == "CN, 26 tháng 5 năm 2024");
  CHECK(accord::weekday_short(Language::Vi, 7).empty());
}

TEST_CASE("numbers are grouped and pointed per language", "[text][i18n]") {
  CHECK(accord::format_number(Language::En, 1200) == "1,200");
  CHECK(accord::format_number(Language::Fr, 1200) == "1\u202f200");
  CHECK(accord::format_number(Language::Vi, 1200) == "1.200");
  CHECK(accord::format_number(Language::En, 1234567) == "1,234,567");
  CHECK(accord::format_number(Language::En, 999) == "999");
  CHECK(accord::format_number(Language::En, 1.5) == "1.5");
  CHECK(accord::format_number(Language::Fr, 1.5) == "1,5");
  CHECK(accord::format_number(Language::Vi, 12000.25) == "12.000,25");
  CHECK(accord::format_number(Language::En, -12000) == "-12,000");
  CHECK(accord::format_number(Language::En, -0.001) == "0");
  CHECK(accord::format_number(Language::En, 0.123, 1) == "0.1");
}

TEST_CASE("counted phrases take the language's plural form", "[text][i18n]") {
  using accord::PluralForm;
  CHECK(accord::plural_form(Language::En, 1) == PluralForm::One);
  CHECK(accord::plural_form(Language::En, 0) == PluralForm::Other);
  CHECK(accord::plural_form(Language::Fr, 0) == PluralForm::One);
  CHECK(accord::plural_form(Language::Fr, 1) == PluralForm::One);
  CHECK(accord::plural_form(Language::Fr, 2) == PluralForm::Other);
  CHECK(accord::plural_form(Language::Vi, 1) == PluralForm::Other);
}

TEST_CASE("messages fill their named placeholders", "[text][i18n]") {
  CHECK(accord::format_message("{n} events with {partner}", {{"n", "3"}, {"partner", "Japan"}}) ==
        "3 events with Japan");
  CHECK(accord::format_message("{n} sự kiện", {{"n", "1.200"}}) == "1.200 sự kiện");
  CHECK(accord::format_message("{missing} stays", {}) == "{missing} stays");
  CHECK(accord::format_message("no braces", {{"n", "1"}}) == "no braces");
  CHECK(accord::format_message("open { brace", {{"n", "1"}}) == "open { brace");
  CHECK(accord::message_placeholders("{b} and {a} and {b}") == std::vector<std::string>{"a", "b"});
  CHECK(accord::message_placeholders("none").empty());
}
