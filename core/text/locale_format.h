// The interface's languages and how they write dates, numbers and counted
// phrases. Pure functions (no locale of the C library, no UI): the app
// picks the language, these say how it reads.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord {

enum class Language { En, Vi, Fr };

// "en", "vi", "fr".
const char* language_code(Language l);
// The language's own name: "English", "Tiếng Việt", "Français".
const char* language_endonym(Language l);
// A language tag or a POSIX locale: "vi", "vi-VN", "fr_CA.UTF-8",
// "en_US@euro". Anything else (including "C" and "POSIX"): nullopt.
std::optional<Language> language_from_tag(std::string_view tag);
// The first supported language in a preference list (navigator.languages,
// LANGUAGE's entries), else English.
Language language_from_tags(const std::vector<std::string>& tags);
// The preference list the C library would use for messages: LC_ALL, else
// LC_MESSAGES, else LANG names the locale; LANGUAGE (a colon-separated
// list) comes first unless that locale is "C"/"POSIX". Values as read from
// the environment ("" when unset).
std::vector<std::string> posix_language_tags(std::string_view language, std::string_view lc_all,
                                             std::string_view lc_messages, std::string_view lang);

// Dates: "5 September 2024", "5 septembre 2024" ("1er" for the first),
// "5 tháng 9 năm 2024".
std::string format_day(Language l, int year, int month, int day);
// "September 2024", "septembre 2024", "tháng 9 năm 2024".
std::string format_month(Language l, int year, int month);
// "20–22 May 2024": two days of one month.
std::string format_day_span(Language l, int year, int month, int first_day, int last_day);
// The weekday's short name, weekday 0 = Monday: "Mon", "lun.", "T2".
std::string weekday_short(Language l, int weekday);
// A day with its weekday: "Mon 20 May 2024", "lun. 20 mai 2024",
// "T2, 20 tháng 5 năm 2024".
std::string format_day_with_weekday(Language l, int year, int month, int day, int weekday);

// Numbers: whole numbers grouped by thousands ("1,200", "1 200" with
// U+202F, "1.200"); fractions with up to `decimals` digits, trailing zeros
// dropped ("1.5", "1,5").
std::string format_number(Language l, double value, int decimals = 2);

// Counted phrases: which form a count takes. French treats 0 and 1 as
// singular; Vietnamese nouns do not inflect.
enum class PluralForm { One, Other };
PluralForm plural_form(Language l, long long n);

// "{n} events" with {name} placeholders filled from `args`; a placeholder
// without a value stays as written.
using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;
std::string format_message(std::string_view pattern, const MessageArgs& args);
// The placeholder names in a pattern, sorted, without repeats.
std::vector<std::string> message_placeholders(std::string_view pattern);

}  // namespace accord
