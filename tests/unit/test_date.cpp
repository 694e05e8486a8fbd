#include <catch2/catch.hpp>

#include "date.h"

using namespace accord;

TEST_CASE("dates parse with their precision", "[date]") {
  auto day = Date::parse("2024-05-20");
  REQUIRE(day);
  CHECK(day->precision == DatePrecision::Day);
  CHECK(day->iso() == "2024-05-20");
  CHECK_FALSE(day->inferred());

  auto month = Date::parse("2023-08");
  REQUIRE(month);
  CHECK(month->precision == DatePrecision::Month);
  CHECK(month->iso() == "2023-08");

  auto year = Date::parse("2021");
  REQUIRE(year);
  CHECK(year->precision == DatePrecision::Year);
  CHECK(year->iso() == "2021");
}

TEST_CASE("impossible dates are rejected", "[date]") {
  for (const char* bad : {"2024-13-01", "2024-00-10", "2023-02-29", "2024-04-31", "24-05-20", "2024/05/20", "2024-5-20",
                          "", "abcd", "2024-05-20T10:00", "0000"})
    CHECK_FALSE(Date::parse(bad));
  CHECK(Date::parse("2024-02-29"));  // a leap year
  CHECK_FALSE(Date::parse("1900-02-29"));
  CHECK(Date::parse("2000-02-29"));
}

TEST_CASE("a partial date spans its whole period", "[date]") {
  const Date month = *Date::parse("2023-08");
  CHECK(month.sort_key() == 20230800);
  CHECK(month.sort_key_end() == 20230831);
  const Date feb = *Date::parse("2024-02");
  CHECK(feb.sort_key_end() == 20240229);
  const Date year = *Date::parse("2021");
  CHECK(year.sort_key_end() == 20211231);
}

TEST_CASE("weekdays support year inference", "[date]") {
  // 0 = Monday. 20 May 2024 was a Monday; 9 March 2025 a Sunday.
  CHECK(weekday(2024, 5, 20) == 0);
  CHECK(weekday(2025, 3, 9) == 6);
  CHECK(weekday(2021, 8, 3) == 1);
  // Of the years 2020..2027, only 2024 has a Monday 20 May (2019 did too:
  // the weekday alone does not settle a year, a person's role must help).
  CHECK(weekday(2019, 5, 20) == 0);
  int mondays = 0, year_found = 0;
  for (int y = 2020; y <= 2027; ++y)
    if (weekday(y, 5, 20) == 0) ++mondays, year_found = y;
  CHECK(mondays == 1);
  CHECK(year_found == 2024);
}

TEST_CASE("date bases round-trip through their names", "[date]") {
  for (DateBasis b :
       {DateBasis::Stated, DateBasis::Weekday, DateBasis::PublicationDate, DateBasis::Role, DateBasis::Context})
    CHECK(date_basis_from_string(to_string(b)) == b);
  CHECK_FALSE(date_basis_from_string("guess"));
}
