#include "locale_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace accord {
namespace {

const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthsFr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                 "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
const char* const kWeekdaysEn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kWeekdaysFr[] = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."};
const char* const kWeekdaysVi[] = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};

bool valid_month(int m) { return m >= 1 && m <= 12; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "1er" in French for the first of the month; the number elsewhere.
std::string day_number(Language l, int day) {
  if (l == Language::Fr && day == 1) return "1er";
  return std::to_string(day);
}

// The month and year after a day: " September 2024", " tháng 9 năm 2024".
std::string month_tail(Language l, int year, int month) { return " " + format_month(l, year, month); }

std::string grouped(std::string digits, const char* separator) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

const char* language_code(Language l) {
  switch (l) {
    case Language::Vi:
      return "vi";
    case Language::Fr:
      return "fr";
    case Language::En:
      break;
  }
  return "en";
}

const char* language_endonym(Language l) {
  switch (l) {
    case Language::Vi:
      return "Tiếng Việt";
    case Language::Fr:
      return "Français";
    case Language::En:
      break;
  }
  return "English";
}

std::optional<Language> language_from_tag(std::string_view tag) {
  // The primary subtag: up to '-', '_', '.' or '@'.
  const size_t end = tag.find_first_of("-_.@");
  const std::string primary = lower_ascii(tag.substr(0, end));
  if (primary == "en") return Language::En;
  if (primary == "vi") return Language::Vi;
  if (primary == "fr") return Language::Fr;
  return std::nullopt;
}

Language language_from_tags(const std::vector<std::string>& tags) {
  for (const std::string& t : tags)
    if (auto l = language_from_tag(t)) return *l;
  return Language::En;
}

std::vector<std::string> posix_language_tags(std::string_view language, std::string_view lc_all,
                                             std::string_view lc_messages, std::string_view lang) {
  const std::string_view locale = !lc_all.empty() ? lc_all : !lc_messages.empty() ? lc_messages : lang;
  std::vector<std::string> tags;
  const std::string base = std::string(locale.substr(0, locale.find_first_of(".@")));
  if (base == "C" || base == "POSIX") return tags;  // the C library ignores LANGUAGE then
  size_t start = 0;
  while (start <= language.size() && !language.empty()) {
    const size_t colon = std::min(language.find(':', start), language.size());
    if (colon > start) tags.emplace_back(language.substr(start, colon - start));
    start = colon + 1;
  }
  if (!locale.empty()) tags.emplace_back(locale);
  return tags;
}

std::string format_month(Language l, int year, int month) {
  const std::string y = std::to_string(year);
  if (!valid_month(month)) return y;
  switch (l) {
    case Language::Vi:
      return "tháng " + std::to_string(month) + " năm " + y;
    case Language::Fr:
      return std::string(kMonthsFr[month - 1]) + " " + y;
    case Language::En:
      break;
  }
  return std::string(kMonthsEn[month - 1]) + " " + y;
}

std::string format_day(Language l, int year, int month, int day) {
  return day_number(l, day) + month_tail(l, year, month);
}

std::string format_day_span(Language l, int year, int month, int first_day, int last_day) {
  return day_number(l, first_day) + "\u2013" + std::to_string(last_day) + month_tail(l, year, month);
}

std::string weekday_short(Language l, int weekday) {
  if (weekday < 0 || weekday > 6) return "";
  switch (l) {
    case Language::Vi:
      return kWeekdaysVi[weekday];
    case Language::Fr:
      return kWeekdaysFr[weekday];
    case Language::En:
      break;
  }
  return kWeekdaysEn[weekday];
}

std::string format_day_with_weekday(Language l, int year, int month, int day, int weekday) {
  const std::string wd = weekday_short(l, weekday);
  const std::string date = format_day(l, year, month, day);
  if (wd.empty()) return date;
  return wd + (l == Language::Vi ? ", " : " ") + date;
}

std::string format_number(Language l, double value, int decimals) {
  const char* group = l == Language::Fr ? "\u202f" : l == Language::Vi ? "." : ",";
  const char* point = l == Language::En ? "." : ",";
  if (!std::isfinite(value)) return value != value ? "NaN" : value > 0 ? "\u221e" : "-\u221e";
  decimals = std::clamp(decimals, 0, 9);
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(std::fabs(value) * scale) / scale;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string text = buf;
  std::string whole = text, fraction;
  if (const size_t dot = text.find('.'); dot != std::string::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = grouped(whole, group);
  if (!fraction.empty()) out += point + fraction;
  const bool negative = value < 0 && out.find_first_not_of("0,.") != std::string::npos;
  return negative ? "-" + out : out;
}

PluralForm plural_form(Language l, long long n) {
  switch (l) {
    case Language::Vi:
      return PluralForm::Other;
    case Language::Fr:
      return n == 0 || n == 1 ? PluralForm::One : PluralForm::Other;
    case Language::En:
      break;
  }
  return n == 1 ? PluralForm::One : PluralForm::Other;
}

std::string format_message(std::string_view pattern, const MessageArgs& args) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    const size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) break;
    const size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    auto it = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
    if (it != args.end())
      out += it->second;
    else
      out.append(pattern.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(pattern.substr(std::min(i, pattern.size())));
  return out;
}

std::vector<std::string> message_placeholders(std::string_view pattern) {
  std::vector<std::string> names;
  size_t i = 0;
  while ((i = pattern.find('{', i)) != std::string_view::npos) {
    const size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) break;
    names.emplace_back(pattern.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace accord
