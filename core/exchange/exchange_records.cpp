#include "exchange_records.h"

#include <cstdio>
#include <set>

#include "lookups.h"
#include "merge.h"
#include "text_fold.h"

namespace accord {

namespace {

std::string day_iso(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

const Event* matching_event(const Dataset& d, const Event& e) {
  if (const Event* same_id = d.find_event(e.id)) return same_id;
  for (const Event& ours : d.events)
    if (is_same_event(ours, e)) return &ours;
  return nullptr;
}

}  // namespace

std::string first_day_iso(const Date& d) { return day_iso(d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day); }

std::string last_day_iso(const Date& d) {
  const int month = d.month == 0 ? 12 : d.month;
  return day_iso(d.year, month, d.day == 0 ? days_in_month(d.year, month) : d.day);
}

std::string country_name(const Dataset& d, const std::string& id) {
  const Country* c = d.find_country(id);
  return c ? c->name : id;
}

std::vector<std::string> partner_names(const Dataset& d, const Event& e) {
  std::vector<std::string> names;
  for (const std::string& id : event_partners(d, e)) names.push_back(country_name(d, id));
  return names;
}

const Source* first_source(const Dataset& d, const Event& e) {
  return e.sources.empty() ? nullptr : d.find_source(e.sources.front());
}

std::string id_from_file_name(const std::string& name) {
  const size_t slash = name.find_last_of("/\\");
  const std::string base = fold(slash == std::string::npos ? name : name.substr(slash + 1));
  std::string id;
  for (char c : base) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "file" : id;
}

ExchangeDataset exchange_import_dataset(ExchangeImport parsed, const std::string& kind, const std::string& file_name,
                                        const Dataset& context) {
  ExchangeDataset out;
  out.problems = std::move(parsed.problems);
  out.notes = std::move(parsed.notes);
  Source source;
  source.id = "src-" + kind + "-" + id_from_file_name(file_name);
  const size_t slash = file_name.find_last_of("/\\");
  source.title = slash == std::string::npos ? file_name : file_name.substr(slash + 1);
  source.note = "Events imported from the " + kind + " file " + source.title;
  bool cited = false;
  for (Event& e : parsed.events) {
    if (const Event* ours = matching_event(context, e)) {
      // Keep what the format cannot say; take what it says.
      Event merged = *ours;
      merged.id = e.id;
      if (ours->date.iso() != e.date.iso() || (parsed.carries_date_basis && ours->date.basis != e.date.basis))
        merged.date = e.date;
      if (ours->end_date.has_value() != e.end_date.has_value() ||
          (e.end_date && ours->end_date->iso() != e.end_date->iso()))
        merged.end_date = e.end_date;
      if (parsed.carries_type) merged.type = e.type;
      const std::set<std::string> our_set(ours->countries.begin(), ours->countries.end());
      if (our_set != std::set<std::string>(e.countries.begin(), e.countries.end())) merged.countries = e.countries;
      if (!e.location.city.empty()) merged.location.city = e.location.city;
      merged.title = e.title;
      if (!e.summary.empty()) merged.summary = e.summary;
      if (!e.topics.empty()) merged.topics = e.topics;
      out.dataset.events.push_back(std::move(merged));
    } else {
      e.sources = {source.id};
      cited = true;
      out.dataset.events.push_back(std::move(e));
    }
  }
  if (cited) out.dataset.sources.push_back(source);
  out.dataset.home_country = context.home_country;
  return out;
}

}  // namespace accord
