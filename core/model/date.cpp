#include "date.h"

#include <cstdio>

namespace accord {

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool all_digits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t k = from; k < from + count; ++k)
    if (s[k] < '0' || s[k] > '9') return false;
  return true;
}
int number_at(const std::string& s, size_t from, size_t count) { return std::stoi(s.substr(from, count)); }
}  // namespace

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

int weekday(int year, int month, int day) {
  // Sakamoto's method gives 0 = Sunday; shift to ISO 0 = Monday.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  const int sunday_based = (year + year / 4 - year / 100 + year / 400 + t[month - 1] + day) % 7;
  return (sunday_based + 6) % 7;
}

std::string Date::iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::Year:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::Month:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::Day:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

int Date::sort_key_end() const {
  switch (precision) {
    case DatePrecision::Year:
      return year * 10000 + 1231;
    case DatePrecision::Month:
      return year * 10000 + month * 100 + days_in_month(year, month);
    case DatePrecision::Day:
      break;
  }
  return sort_key();
}

std::optional<Date> Date::parse(const std::string& text) {
  Date d;
  if (text.size() == 4 && all_digits(text, 0, 4)) {
    d.year = number_at(text, 0, 4);
    d.precision = DatePrecision::Year;
  } else if (text.size() == 7 && all_digits(text, 0, 4) && text[4] == '-' && all_digits(text, 5, 2)) {
    d.year = number_at(text, 0, 4);
    d.month = number_at(text, 5, 2);
    d.precision = DatePrecision::Month;
  } else if (text.size() == 10 && all_digits(text, 0, 4) && text[4] == '-' && all_digits(text, 5, 2) &&
             text[7] == '-' && all_digits(text, 8, 2)) {
    d.year = number_at(text, 0, 4);
    d.month = number_at(text, 5, 2);
    d.day = number_at(text, 8, 2);
    d.precision = DatePrecision::Day;
  } else {
    return std::nullopt;
  }
  if (d.year < 1 || (d.precision != DatePrecision::Year && (d.month < 1 || d.month > 12))) return std::nullopt;
  if (d.precision == DatePrecision::Day && (d.day < 1 || d.day > days_in_month(d.year, d.month))) return std::nullopt;
  return d;
}

bool operator==(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.precision == b.precision && a.basis == b.basis &&
         a.reason == b.reason;
}

const char* to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::Year:
      return "year";
    case DatePrecision::Month:
      return "month";
    case DatePrecision::Day:
      return "day";
  }
  return "day";
}

const char* to_string(DateBasis b) {
  switch (b) {
    case DateBasis::Stated:
      return "stated";
    case DateBasis::Weekday:
      return "weekday";
    case DateBasis::PublicationDate:
      return "publication_date";
    case DateBasis::Role:
      return "role";
    case DateBasis::Context:
      return "context";
  }
  return "stated";
}

std::optional<DateBasis> date_basis_from_string(const std::string& s) {
  for (DateBasis b :
       {DateBasis::Stated, DateBasis::Weekday, DateBasis::PublicationDate, DateBasis::Role, DateBasis::Context})
    if (s == to_string(b)) return b;
  return std::nullopt;
}

}  // namespace accord
