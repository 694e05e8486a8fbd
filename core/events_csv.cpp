#include "events_csv.h"

#include <algorithm>
#include <map>
#include <set>

#include "merge.h"
#include "query.h"
#include "text_fold.h"

namespace accord {

namespace {

struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;
};

// Splits RFC 4180 text into records. A syntax problem (an unclosed quote,
// text after a closing quote) is reported where it is; an unclosed quote
// ends the reading, since everything after it belongs to that field.
std::vector<CsvRecord> split_records(const std::string& text, std::vector<Problem>& problems) {
  std::vector<CsvRecord> records;
  size_t i = 0;
  int line = 1;
  size_t line_start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = line_start = 3;  // the BOM is not part of column 1
  auto column_at = [&](size_t pos) { return static_cast<int>(pos - line_start) + 1; };
  auto problem = [&](int l, int c, const std::string& message) {
    Problem p;
    p.line = l;
    p.column = c;
    p.message = message;
    problems.push_back(p);
  };

  CsvRecord record;
  record.line = line;
  while (i <= text.size()) {
    CsvField field;
    field.line = line;
    field.column = column_at(i);
    if (i < text.size() && text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.text += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (c == '\n') {
          ++line;
          line_start = i + 1;
        }
        field.text += c;
        ++i;
      }
      if (!closed) {
        problem(field.line, field.column, "this quote is never closed");
        return records;
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        problem(line, column_at(i), "unexpected text after the closing quote (a quote inside a field is written \"\")");
        while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') ++i;
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') field.text += text[i++];
    }
    record.fields.push_back(field);
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    // End of the record: CRLF, LF or the end of the text.
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    const bool blank = record.fields.size() == 1 && record.fields[0].text.empty();
    if (!blank) records.push_back(record);
    ++line;
    line_start = i;
    record = CsvRecord();
    record.line = line;
    if (i >= text.size()) break;
  }
  return records;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&]() {
    const size_t b = item.find_first_not_of(" \t");
    const size_t e = item.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    item.clear();
  };
  for (char c : s) {
    if (c == ';')
      flush();
    else
      item += c;
  }
  flush();
  return out;
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

const std::vector<std::string>& known_columns() {
  static const std::vector<std::string> kColumns = {"id",       "date", "date_basis", "type",
                                                    "partners", "city", "title",      "topics"};
  return kColumns;
}

}  // namespace

CsvImport parse_events_csv(const std::string& text, const Dataset& context) {
  CsvImport out;
  const std::vector<CsvRecord> records = split_records(text, out.problems);
  if (records.empty()) {
    if (out.problems.empty()) {
      Problem p;
      p.line = 1;
      p.column = 1;
      p.message = "no header row: expected " + std::string("id,date,date_basis,type,partners,city,title,topics");
      out.problems.push_back(p);
    }
    return out;
  }

  // The header names the columns.
  std::map<std::string, size_t> column;
  const CsvRecord& header = records[0];
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const CsvField& f = header.fields[k];
    Problem p;
    p.line = f.line;
    p.column = f.column;
    bool known = false;
    for (const std::string& c : known_columns()) known = known || c == f.text;
    if (!known) {
      p.message = "unknown column " + quoted(f.text) + " (the columns are id,date,date_basis,type,partners,city,title,topics)";
      out.problems.push_back(p);
    } else if (!column.emplace(f.text, k).second) {
      p.message = "column " + quoted(f.text) + " appears twice";
      out.problems.push_back(p);
    }
  }
  for (const char* required : {"id", "date", "type", "partners", "title"}) {
    if (column.count(required)) continue;
    Problem p;
    p.line = header.line;
    p.column = 1;
    p.message = std::string("the header has no ") + required + " column";
    out.problems.push_back(p);
  }
  if (!out.problems.empty()) return out;

  for (size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& row = records[r];
    if (row.fields.size() != header.fields.size()) {
      Problem p;
      p.line = row.line;
      p.column = 1;
      p.message = std::to_string(row.fields.size()) + " fields, but the header has " +
                  std::to_string(header.fields.size());
      out.problems.push_back(p);
      continue;
    }
    const size_t problems_before = out.problems.size();
    auto cell = [&](const char* name) -> const CsvField* {
      const auto it = column.find(name);
      return it == column.end() ? nullptr : &row.fields[it->second];
    };
    auto problem = [&](const CsvField& f, const char* name, const std::string& message) {
      Problem p;
      p.line = f.line;
      p.column = f.column;
      p.field = name;
      p.message = message;
      out.problems.push_back(p);
    };

    Event e;
    const CsvField& id = *cell("id");
    e.id = id.text;
    if (e.id.empty()) problem(id, "id", "is empty");

    const CsvField& date = *cell("date");
    std::optional<Date> parsed = Date::parse(date.text);
    if (!parsed) problem(date, "date", quoted(date.text) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    else e.date = *parsed;
    if (const CsvField* basis = cell("date_basis"); basis && !basis->text.empty()) {
      if (const auto b = date_basis_from_string(basis->text)) e.date.basis = *b;
      else problem(*basis, "date_basis", quoted(basis->text) + " is not a date basis");
    }

    const CsvField& type = *cell("type");
    if (const auto t = event_type_from_string(type.text)) e.type = *t;
    else problem(type, "type", quoted(type.text) + " is not an event type");

    const CsvField& partners = *cell("partners");
    if (!context.home_country.empty()) e.countries.push_back(context.home_country);
    for (const std::string& name : split_list(partners.text)) {
      const Country* c = context.find_country(name);
      if (!c) c = find_country_by_name(context, name);
      if (!c) problem(partners, "partners", quoted(name) + " is not a known country (id, name or alias)");
      else if (std::find(e.countries.begin(), e.countries.end(), c->id) == e.countries.end())
        e.countries.push_back(c->id);
    }
    if (e.countries.empty()) problem(partners, "partners", "names no country");

    if (const CsvField* city = cell("city")) e.location.city = city->text;
    const CsvField& title = *cell("title");
    e.title = title.text;
    if (e.title.empty()) problem(title, "title", "is empty");
    if (const CsvField* topics = cell("topics")) {
      for (const std::string& t : split_list(topics->text)) {
        if (is_topic(t)) e.topics.push_back(t);
        else problem(*topics, "topics", quoted(t) + " is not in the topic vocabulary");
      }
    }
    if (out.problems.size() == problems_before) out.events.push_back(std::move(e));
  }
  return out;
}

namespace {

std::string id_from_name(const std::string& name) {
  const size_t slash = name.find_last_of("/\\");
  const std::string base = fold(slash == std::string::npos ? name : name.substr(slash + 1));
  std::string id;
  for (char c : base) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok) id += c;
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "file" : id;
}

const Event* matching_event(const Dataset& d, const Event& e) {
  if (const Event* same_id = d.find_event(e.id)) return same_id;
  for (const Event& ours : d.events)
    if (is_same_event(ours, e)) return &ours;
  return nullptr;
}

}  // namespace

CsvDataset csv_import_dataset(const std::string& text, const std::string& file_name, const Dataset& context) {
  CsvDataset out;
  CsvImport parsed = parse_events_csv(text, context);
  out.problems = std::move(parsed.problems);
  Source source;
  source.id = "src-csv-" + id_from_name(file_name);
  const size_t slash = file_name.find_last_of("/\\");
  source.title = slash == std::string::npos ? file_name : file_name.substr(slash + 1);
  source.note = "Events imported from the CSV file " + source.title;
  bool cited = false;

  for (Event& e : parsed.events) {
    if (const Event* ours = matching_event(context, e)) {
      // Keep what CSV cannot say; take what it says.
      Event merged = *ours;
      merged.id = e.id;
      if (ours->date.iso() != e.date.iso() || ours->date.basis != e.date.basis) merged.date = e.date;
      merged.type = e.type;
      const std::set<std::string> our_set(ours->countries.begin(), ours->countries.end());
      if (our_set != std::set<std::string>(e.countries.begin(), e.countries.end())) merged.countries = e.countries;
      merged.location.city = e.location.city;
      merged.title = e.title;
      merged.topics = e.topics;
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
