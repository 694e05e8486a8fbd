#include "display_text.h"

#include "i18n.h"

namespace atlas {

std::string date_text_short(const accord::Date& d) {
  switch (d.precision) {
    case accord::DatePrecision::Year:
      return std::to_string(d.year);
    case accord::DatePrecision::Month:
      return accord::format_month(ui_language(), d.year, d.month);
    case accord::DatePrecision::Day:
      break;
  }
  return accord::format_day(ui_language(), d.year, d.month, d.day);
}

std::string date_text(const accord::Date& d) {
  if (d.precision != accord::DatePrecision::Day) return date_text_short(d);
  return accord::format_day_with_weekday(ui_language(), d.year, d.month, d.day,
                                         accord::weekday(d.year, d.month, d.day));
}

std::string event_date_text(const accord::Event& e) {
  if (!e.end_date || *e.end_date == e.date) return date_text(e.date);
  const accord::Date& a = e.date;
  const accord::Date& b = *e.end_date;
  const bool both_days = a.precision == accord::DatePrecision::Day && b.precision == accord::DatePrecision::Day;
  if (both_days && a.year == b.year && a.month == b.month)
    return accord::format_day_span(ui_language(), b.year, b.month, a.day, b.day);  // "20–22 May 2024"
  return date_text_short(a) + " \u2013 " + date_text_short(b);
}

std::string date_inference_text(const accord::Date& d) {
  const char* basis = "";
  switch (d.basis) {
    case accord::DateBasis::Stated:
      return tr("Stated by the source");
    case accord::DateBasis::Weekday:
      basis = tr("Inferred from the weekday");
      break;
    case accord::DateBasis::PublicationDate:
      basis = tr("Inferred from the publication date");
      break;
    case accord::DateBasis::Role:
      basis = tr("Inferred from a person's role at the time");
      break;
    case accord::DateBasis::Context:
      basis = tr("Inferred from the context");
      break;
  }
  return d.reason.empty() ? std::string(basis) : trf("{basis}: {reason}", {{"basis", basis}, {"reason", d.reason}});
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

std::string quantity_text(double q) { return number_text(q, 6); }

std::string language_name(const std::string& code) {
  if (code == "en") return tr("English");
  if (code == "fr") return tr("French");
  if (code == "vi") return tr("Vietnamese");
  return code;
}

std::string capitalized(std::string s) {
  for (char& ch : s)
    if (ch == '_') ch = ' ';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

std::string action_text(accord::AgreementAction a) {
  if (a == accord::AgreementAction::Negotiating) return tr("Under negotiation");
  return tr(capitalized(accord::to_string(a)).c_str());
}

std::string agreement_kind_text(accord::AgreementKind k) { return tr(capitalized(accord::to_string(k)).c_str()); }

std::string topic_text(const std::string& topic) { return tr(accord::topic_label(topic).c_str()); }

std::string event_type_text(accord::EventType t) { return tr(accord::event_type_label(t).c_str()); }

std::string role_period_text(const accord::Role& r) {
  if (r.from && r.to) return date_text_short(*r.from) + " \u2013 " + date_text_short(*r.to);
  if (r.from) return trf("since {date}", {{"date", date_text_short(*r.from)}});
  if (r.to) return trf("until {date}", {{"date", date_text_short(*r.to)}});
  return tr("dates unknown");
}

std::string filter_summary(const accord::Dataset& d, const accord::EventFilter& f) {
  std::vector<std::string> parts;
  for (const std::string& p : f.partners) parts.push_back(country_name(d, p));
  for (const std::string& t : f.topics) parts.push_back(topic_text(t));
  for (accord::EventType t : f.types) parts.push_back(event_type_text(t));
  if (f.from || f.to)
    parts.push_back((f.from ? f.from->iso() : std::string()) + "\u2013" + (f.to ? f.to->iso() : std::string()));
  if (!f.text.empty()) parts.push_back("\u201c" + f.text + "\u201d");
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " \u00b7 ") + p;
  return out;
}

}  // namespace atlas
