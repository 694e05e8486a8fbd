#include "display_text.h"

#include <cmath>
#include <cstdio>

namespace atlas {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string("?"); }

}  // namespace

std::string date_text_short(const accord::Date& d) {
  switch (d.precision) {
    case accord::DatePrecision::Year:
      return std::to_string(d.year);
    case accord::DatePrecision::Month:
      return month_name(d.month) + " " + std::to_string(d.year);
    case accord::DatePrecision::Day:
      break;
  }
  return std::to_string(d.day) + " " + month_name(d.month) + " " + std::to_string(d.year);
}

std::string date_text(const accord::Date& d) {
  if (d.precision != accord::DatePrecision::Day) return date_text_short(d);
  return std::string(kWeekdays[accord::weekday(d.year, d.month, d.day)]) + " " + date_text_short(d);
}

std::string event_date_text(const accord::Event& e) {
  if (!e.end_date || *e.end_date == e.date) return date_text(e.date);
  const accord::Date& a = e.date;
  const accord::Date& b = *e.end_date;
  const bool both_days = a.precision == accord::DatePrecision::Day && b.precision == accord::DatePrecision::Day;
  if (both_days && a.year == b.year && a.month == b.month)
    return std::to_string(a.day) + "\u2013" + date_text_short(b);  // "20–22 May 2024"
  return date_text_short(a) + " \u2013 " + date_text_short(b);
}

std::string date_inference_text(const accord::Date& d) {
  std::string basis;
  switch (d.basis) {
    case accord::DateBasis::Stated:
      return "Stated by the source";
    case accord::DateBasis::Weekday:
      basis = "Inferred from the weekday";
      break;
    case accord::DateBasis::PublicationDate:
      basis = "Inferred from the publication date";
      break;
    case accord::DateBasis::Role:
      basis = "Inferred from a person's role at the time";
      break;
    case accord::DateBasis::Context:
      basis = "Inferred from the context";
      break;
  }
  return d.reason.empty() ? basis : basis + ": " + d.reason;
}

std::string country_name(const accord::Dataset& d, const std::string& id) {
  const accord::Country* c = d.find_country(id);
  return c ? c->name : id;
}

std::string country_names(const accord::Dataset& d, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += country_name(d, id);
  }
  return out;
}

std::string quantity_text(double q) {
  char buf[64];
  if (std::fabs(q - std::round(q)) > 1e-9) {
    std::snprintf(buf, sizeof buf, "%g", q);
    return buf;
  }
  // Whole numbers get thousands separators: "12,000".
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(q));
  std::string digits = buf, out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return q < 0 ? "-" + out : out;
}

std::string language_name(const std::string& code) {
  if (code == "en") return "English";
  if (code == "fr") return "French";
  if (code == "vi") return "Vietnamese";
  return code;
}

std::string capitalized(std::string s) {
  for (char& ch : s)
    if (ch == '_') ch = ' ';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

std::string action_text(accord::AgreementAction a) {
  if (a == accord::AgreementAction::Negotiating) return "Under negotiation";
  return capitalized(accord::to_string(a));
}

std::string agreement_kind_text(accord::AgreementKind k) { return capitalized(accord::to_string(k)); }

std::string role_period_text(const accord::Role& r) {
  if (r.from && r.to) return date_text_short(*r.from) + " \u2013 " + date_text_short(*r.to);
  if (r.from) return "since " + date_text_short(*r.from);
  if (r.to) return "until " + date_text_short(*r.to);
  return "dates unknown";
}

std::string count_text(size_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

}  // namespace atlas
