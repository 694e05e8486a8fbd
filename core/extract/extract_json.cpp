// The draft's JSON forms: the full draft (spans, cues, notes) for the review
// views, and the record shape of DESIGN.md that evaluation tools read.
#include <cmath>
#include <nlohmann/json.hpp>

#include "extract.h"

namespace accord {

using nlohmann::ordered_json;

namespace {

ordered_json spans_json(const std::vector<TextSpan>& spans) {
  ordered_json a = ordered_json::array();
  for (const TextSpan& s : spans) a.push_back({s.begin, s.end});
  return a;
}

ordered_json span_json(TextSpan s) { return ordered_json::array({s.begin, s.end}); }

ordered_json date_or_null(const std::optional<Date>& d) { return d ? ordered_json(d->iso()) : ordered_json(nullptr); }

ordered_json quantity_json(double q) {
  if (std::floor(q) == q && std::fabs(q) < 9e15) return ordered_json(static_cast<long long>(q));
  return ordered_json(q);
}

ordered_json str_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

}  // namespace

std::string draft_to_json(const ExtractedDraft& d, int indent) {
  ordered_json j;
  j["language"] = d.language;
  j["published"] = date_or_null(d.published);
  j["headline"] = d.headline;
  ordered_json date;
  date["value"] = date_or_null(d.date.date);
  if (d.date.date) {
    date["precision"] = to_string(d.date.date->precision);
    date["basis"] = to_string(d.date.date->basis);
    date["reason"] = d.date.date->reason;
  }
  date["text"] = d.date.text;
  date["spans"] = spans_json(d.date.spans);
  j["date"] = date;
  j["location"] = {{"city", str_or_null(d.location.city)},
                   {"country", str_or_null(d.location.country)},
                   {"country_id", str_or_null(d.location.country_id)},
                   {"virtual", d.location.is_virtual},
                   {"spans", spans_json(d.location.spans)}};
  j["event_type"] = {{"value", to_string(d.type)}, {"spans", spans_json(d.type_spans)}};
  ordered_json countries = ordered_json::array();
  for (const DraftCountry& c : d.countries)
    countries.push_back(
        {{"id", c.id}, {"name", c.name}, {"party", c.party}, {"mentions", c.mentions}, {"spans", spans_json(c.spans)}});
  j["countries"] = countries;
  ordered_json people = ordered_json::array();
  for (const DraftPerson& p : d.people)
    people.push_back({{"name", p.name},
                      {"native_name", p.native_name},
                      {"title", p.title},
                      {"title_keys", p.title_keys},
                      {"rank", p.rank},
                      {"country", p.country},
                      {"country_id", p.country_id},
                      {"known_id", p.known_id},
                      {"spans", spans_json(p.spans)}});
  j["people"] = people;
  ordered_json orgs = ordered_json::array();
  for (const DraftOrganization& o : d.organizations)
    orgs.push_back({{"name", o.name},
                    {"native_name", o.native_name},
                    {"id", o.id},
                    {"country_id", o.country_id},
                    {"spans", spans_json(o.spans)}});
  j["organizations"] = orgs;
  ordered_json mechs = ordered_json::array();
  for (const DraftMechanism& m : d.mechanisms) mechs.push_back({{"name", m.name}, {"spans", spans_json(m.spans)}});
  j["mechanisms"] = mechs;
  ordered_json agreements = ordered_json::array();
  for (const DraftAgreement& a : d.agreements)
    agreements.push_back({{"kind", to_string(a.kind)},
                          {"title", a.title},
                          {"title_original", a.title_original},
                          {"action", to_string(a.action)},
                          {"date", date_or_null(a.date)},
                          {"span", span_json(a.span)},
                          {"cue_spans", spans_json(a.cue_spans)}});
  j["agreements"] = agreements;
  ordered_json topics = ordered_json::array();
  for (const DraftTopic& t : d.topics) topics.push_back({{"topic", t.topic}, {"spans", spans_json(t.spans)}});
  j["topics"] = topics;
  ordered_json figures = ordered_json::array();
  for (const DraftFigure& f : d.figures)
    figures.push_back({{"quantity", quantity_json(f.quantity)},
                       {"unit", f.unit},
                       {"what", f.what},
                       {"period", str_or_null(f.period)},
                       {"span", span_json(f.span)}});
  j["figures"] = figures;
  j["notes"] = d.notes;
  return j.dump(indent < 0 ? -1 : indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string draft_to_record_json(const ExtractedDraft& d, int indent) {
  ordered_json j;
  j["event_date"] = date_or_null(d.date.date);
  j["event_date_basis"] = d.date.date ? ordered_json(to_string(d.date.date->basis)) : ordered_json(nullptr);
  j["event_date_reason"] =
      d.date.date && d.date.date->inferred() ? ordered_json(d.date.date->reason) : ordered_json(nullptr);
  j["location"] = {{"city", str_or_null(d.location.city)},
                   {"country", str_or_null(d.location.country)},
                   {"virtual", d.location.is_virtual}};
  ordered_json countries = ordered_json::array();
  for (const DraftCountry& c : d.countries)
    if (c.party) countries.push_back(c.name);
  j["countries"] = countries;
  j["event_type"] = to_string(d.type);
  ordered_json people = ordered_json::array();
  for (const DraftPerson& p : d.people)
    people.push_back({{"name", p.name}, {"title_or_role", p.title}, {"country", str_or_null(p.country)}});
  j["people"] = people;
  ordered_json orgs = ordered_json::array();
  // (the record gives names in English, the original wording in parentheses where it differs)
  for (const DraftOrganization& o : d.organizations)
    orgs.push_back(o.native_name.empty() ? o.name : o.name + " (" + o.native_name + ")");
  j["organizations"] = orgs;
  ordered_json agreements = ordered_json::array();
  for (const DraftAgreement& a : d.agreements)
    agreements.push_back({{"kind", to_string(a.kind)},
                          {"title", a.title},
                          {"action", to_string(a.action)},
                          {"date", date_or_null(a.date)}});
  j["agreements"] = agreements;
  ordered_json topics = ordered_json::array();
  for (const DraftTopic& t : d.topics) topics.push_back(t.topic);
  j["topics"] = topics;
  ordered_json mechs = ordered_json::array();
  for (const DraftMechanism& m : d.mechanisms) mechs.push_back(m.name);
  j["mechanisms"] = mechs;
  ordered_json figures = ordered_json::array();
  for (const DraftFigure& f : d.figures)
    figures.push_back({{"quantity", quantity_json(f.quantity)},
                       {"unit", f.unit},
                       {"what", f.what},
                       {"period", str_or_null(f.period)}});
  j["figures"] = figures;
  j["language"] = d.language;
  j["publication_date"] = date_or_null(d.published);
  j["headline"] = d.headline;
  return j.dump(indent < 0 ? -1 : indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace accord
