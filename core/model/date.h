// Dates with a precision, and whether they were stated or inferred.
#pragma once
#include <optional>
#include <string>

namespace accord {

enum class DatePrecision { Year, Month, Day };

// How a date was obtained. Articles often omit the year, so the dataset
// records why it believes the year it chose.
enum class DateBasis {
  Stated,           // the source gives the date in full
  Weekday,          // "Monday 20 May": the year whose 20 May is a Monday
  PublicationDate,  // no year given: taken from the article's date/dateline
  Role,             // a person's role at the time fixes the year
  Context,          // other facts in the source (a plan's year, a visit)
};

struct Date {
  int year = 0;
  int month = 0;  // 0 when precision is Year
  int day = 0;    // 0 when precision is Year or Month
  DatePrecision precision = DatePrecision::Day;
  DateBasis basis = DateBasis::Stated;
  std::string reason;  // why, when basis is not Stated

  bool inferred() const { return basis != DateBasis::Stated; }
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  std::string iso() const;
  // A sortable key: missing parts count as the start of the period.
  int sort_key() const { return year * 10000 + month * 100 + day; }
  // The year a sort key falls in, and the first key of a year.
  static int year_of_sort_key(int key) { return key >= 0 ? key / 10000 : -((-key + 9999) / 10000); }
  static int first_sort_key_of_year(int year) { return year * 10000; }
  // The last day the date may denote, for range filters.
  int sort_key_end() const;

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" and checks the calendar.
  static std::optional<Date> parse(const std::string& text);
};

bool operator==(const Date& a, const Date& b);
inline bool operator!=(const Date& a, const Date& b) { return !(a == b); }

int days_in_month(int year, int month);
// 0 = Monday ... 6 = Sunday (ISO), for weekday-based year inference.
int weekday(int year, int month, int day);

const char* to_string(DatePrecision p);
const char* to_string(DateBasis b);
std::optional<DateBasis> date_basis_from_string(const std::string& s);

}  // namespace accord
