#include "events_csv.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "lookups.h"
#include "merge.h"
#include "text_encoding.h"
#include "text_excerpt.h"
#include "text_fold.h"

namespace accord {

namespace {

// Splits RFC 4180 text into records from `start` (after a BOM or a sep=
// line), whose line is `first_line`. A syntax problem (an unclosed quote,
// text after a closing quote) is reported where it is; an unclosed quote
// ends the reading, since everything after it belongs to that field.
std::vector<CsvRecord> split_records(const std::string& text, size_t start, int first_line, char separator,
                                     std::vector<Problem>& problems) {
  std::vector<CsvRecord> records;
  size_t i = start;
  int line = first_line;
  size_t line_start = start;  // a BOM is not part of column 1
  auto column_at = [&](size_t pos) { return static_cast<int>(pos - line_start) + 1; };
  auto problem = [&](int l, int c, const std::string& message) {
    Problem p;
    p.line = l;
    p.column = c;
    p.message = message;
    problems.push_back(p);
  };
  auto ends_field = [&](char c) { return c == separator || c == '\r' || c == '\n'; };

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
      if (i < text.size() && !ends_field(text[i])) {
        problem(line, column_at(i), "unexpected text after the closing quote (a quote inside a field is written \"\")");
        while (i < text.size() && !ends_field(text[i])) ++i;
      }
    } else {
      while (i < text.size() && !ends_field(text[i])) field.text += text[i++];
    }
    record.fields.push_back(field);
    if (i < text.size() && text[i] == separator) {
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

std::string quoted(const std::string& s) { return quoted_for_message(s); }

std::string trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

const std::vector<std::string>& known_columns() {
  static const std::vector<std::string> kColumns = {"id",       "date", "date_basis", "type",
                                                    "partners", "city", "title",      "topics"};
  return kColumns;
}
const char* const kColumnList = "id,date,date_basis,type,partners,city,title,topics";

// ---------------------------------------------------------------- separator

std::string separator_name(char separator) {
  return separator == '\t' ? "a tab" : "'" + std::string(1, separator) + "'";
}

struct SeparatorChoice {
  char separator = ',';
  size_t header_start = 0;  // after the BOM and a sep= line
  int header_line = 1;
};

// Excel's "sep=;" first line, or the most frequent candidate outside quotes
// in the header line (',' wins a tie: it is the format's own).
SeparatorChoice choose_separator(const std::string& text, size_t start, std::vector<std::string>& notes,
                                 std::vector<Problem>& problems) {
  SeparatorChoice choice;
  choice.header_start = start;
  const size_t line_end = std::min(text.find('\n', start), text.size());
  std::string first_line = text.substr(start, line_end - start);
  if (!first_line.empty() && first_line.back() == '\r') first_line.pop_back();
  std::string prefix = first_line.substr(0, 4);
  std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return std::tolower(c); });
  if (prefix == "sep=") {
    std::string value = first_line.substr(4);
    if (value == "\\t") value = "\t";  // written out by hand rather than as a tab
    // Some tools pad the line with separators up to the row width.
    const bool one_kind = !value.empty() && value.find_first_not_of(value[0]) == std::string::npos;
    if (one_kind && (value[0] == ',' || value[0] == ';' || value[0] == '\t')) {
      choice.separator = value[0];
      if (choice.separator != ',')
        notes.push_back("read with " + separator_name(choice.separator) + " as the separator (a sep=" +
                        (choice.separator == '\t' ? std::string("<tab>") : std::string(1, choice.separator)) +
                        " line)");
    } else {
      Problem p;
      p.line = 1;
      p.column = 5;
      p.message = quoted(first_line) + " names a separator this import does not read (',', ';' or a tab)";
      problems.push_back(p);
    }
    choice.header_start = line_end < text.size() ? line_end + 1 : text.size();
    choice.header_line = 2;
    return choice;
  }

  size_t commas = 0, semicolons = 0, tabs = 0;
  bool in_quotes = false;
  for (char c : first_line) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (semicolons > commas && semicolons >= tabs)
    choice.separator = ';';
  else if (tabs > commas && tabs > semicolons)
    choice.separator = '\t';
  if (choice.separator != ',')
    notes.push_back("read with " + separator_name(choice.separator) + " as the separator (detected from the header)");
  return choice;
}

// ---------------------------------------------------------------- dates

const char* const kDateForms = "YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or an Excel date serial";
constexpr int kFirstExcelSerial = 20000;  // 1954-10-03
constexpr int kLastExcelSerial = 80000;   // 2119-01-10

enum class DateForm { Iso, DayFirstSlash, DayFirstDot, ExcelSerial };

struct CsvDate {
  std::optional<Date> date;
  DateForm form = DateForm::Iso;
  std::string error;  // when no date
};

bool digits_only(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Excel counts days from 1900-01-01 as 1 and wrongly keeps 1900-02-29, so
// from serial 61 on a serial is the number of days since 1899-12-30.
Date date_of_excel_serial(int serial) {
  // Days since 1970-01-01 to the civil date (H. Hinnant's civil_from_days).
  const long z = static_cast<long>(serial) - 25569 + 719468;
  const long era = z / 146097;  // z > 0 in the accepted range
  const long day_of_era = z - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long shifted_month = (5 * day_of_year + 2) / 153;  // from March
  Date d;
  d.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  d.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
  d.precision = DatePrecision::Day;
  return d;
}

CsvDate read_csv_date(const std::string& cell) {
  const std::string s = trimmed(cell);
  CsvDate out;
  if ((out.date = Date::parse(s))) return out;

  const bool iso_shaped = (s.size() == 7 || s.size() == 10) && digits_only(s.substr(0, 4)) && s[4] == '-';
  if (iso_shaped) {
    const int month = digits_only(s.substr(5, 2)) ? std::stoi(s.substr(5, 2)) : 0;
    out.error = quoted(s) + " is not a date: no such " + (month >= 1 && month <= 12 ? "day" : "month") +
                " in the calendar (YYYY-MM-DD)";
    return out;
  }

  // Day first: D/M/YYYY, DD/MM/YYYY, DD.MM.YYYY.
  const size_t first = s.find_first_of("/.");
  if (first != std::string::npos) {
    const char separator = s[first];
    const size_t second = s.find(separator, first + 1);
    const std::string day = s.substr(0, first);
    const std::string month = second == std::string::npos ? "" : s.substr(first + 1, second - first - 1);
    const std::string year = second == std::string::npos ? "" : s.substr(second + 1);
    if (digits_only(day) && day.size() <= 2 && digits_only(month) && month.size() <= 2 && digits_only(year) &&
        year.size() == 4) {
      const std::string form =
          separator == '/' ? "day/month/year expected (DD/MM/YYYY)" : "day.month.year expected (DD.MM.YYYY)";
      Date d;
      d.day = std::stoi(day);
      d.month = std::stoi(month);
      d.year = std::stoi(year);
      d.precision = DatePrecision::Day;
      if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1) {
        out.error = quoted(s) + " is not a date: " + form + ", or YYYY-MM-DD";
      } else if (d.day > days_in_month(d.year, d.month)) {
        out.error = quoted(s) + " is not a date: " + year + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month) +
                    " has " + std::to_string(days_in_month(d.year, d.month)) + " days (" + form + ")";
      } else {
        out.date = d;
        out.form = separator == '/' ? DateForm::DayFirstSlash : DateForm::DayFirstDot;
      }
      return out;
    }
  }

  if (digits_only(s)) {
    const int serial = s.size() <= 6 ? std::stoi(s) : -1;
    if (serial >= kFirstExcelSerial && serial <= kLastExcelSerial) {
      out.date = date_of_excel_serial(serial);
      out.form = DateForm::ExcelSerial;
    } else {
      out.error = quoted(s) + " is not a date: a number is read as a year (YYYY) or as an Excel date serial from " +
                  std::to_string(kFirstExcelSerial) + " to " + std::to_string(kLastExcelSerial);
    }
    return out;
  }
  out.error = quoted(s) + " is not a date: expected " + kDateForms;
  return out;
}

std::string date_count(size_t n) { return std::to_string(n) + (n == 1 ? " date" : " dates"); }

}  // namespace

// ---------------------------------------------------------------- formula guard

namespace {
bool starts_formula(const std::string& cell) {
  const size_t first = cell.find_first_not_of('\'');
  if (first == std::string::npos) return false;
  const char c = cell[first];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
}  // namespace

std::string csv_formula_guarded(const std::string& cell) { return starts_formula(cell) ? "'" + cell : cell; }

std::string csv_field(const std::string& text) {
  const std::string s = csv_formula_guarded(text);
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_formula_unguarded(const std::string& cell) {
  return !cell.empty() && cell[0] == '\'' && starts_formula(cell) ? cell.substr(1) : cell;
}

// ---------------------------------------------------------------- parse

std::vector<CsvRecord> split_csv_records(const std::string& text, size_t start, int first_line, char separator,
                                         std::vector<Problem>& problems) {
  return split_records(text, start, first_line, separator, problems);
}

CsvImport parse_events_csv(const std::string& text, const Dataset& context) {
  CsvImport out;
  if (std::string encoding = encoding_problem(text); !encoding.empty()) {
    Problem p;
    p.message = "the file " + encoding;  // Excel's "Unicode text" is UTF-16
    out.problems.push_back(p);
    return out;
  }
  const size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const SeparatorChoice choice = choose_separator(text, start, out.notes, out.problems);
  if (!out.problems.empty()) return out;
  const std::vector<CsvRecord> records =
      split_records(text, choice.header_start, choice.header_line, choice.separator, out.problems);
  if (records.empty()) {
    if (out.problems.empty()) {
      Problem p;
      p.line = choice.header_line;
      p.column = 1;
      p.message = "no header row: expected " + std::string(kColumnList);
      out.problems.push_back(p);
    }
    return out;
  }

  // The header names the columns; others are ignored, with a note.
  std::map<std::string, size_t> column;
  const CsvRecord& header = records[0];
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const CsvField& f = header.fields[k];
    std::string name = trimmed(f.text);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::string position = "column " + std::to_string(k + 1);
    if (std::find(known_columns().begin(), known_columns().end(), name) == known_columns().end()) {
      if (name.empty())
        out.notes.push_back(position + " has no name: ignored");
      else
        out.notes.push_back("column " + quoted(f.text) + " (" + position + ") is not one of " + kColumnList +
                            ": ignored");
    } else if (!column.emplace(name, k).second) {
      Problem p;
      p.line = f.line;
      p.column = f.column;
      p.message = "column " + quoted(name) + " appears twice";
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

  std::map<std::string, int> line_of_id;
  std::map<DateForm, size_t> dates_by_form;
  for (size_t r = 1; r < records.size(); ++r) {
    CsvRecord row = records[r];
    if (row.fields.size() != header.fields.size()) {
      Problem p;
      p.line = row.line;
      p.column = 1;
      p.message =
          std::to_string(row.fields.size()) + " fields, but the header has " + std::to_string(header.fields.size());
      out.problems.push_back(p);
      continue;
    }
    for (CsvField& f : row.fields) f.text = csv_formula_unguarded(f.text);
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
    if (e.id.empty())
      problem(id, "id", "is empty");
    else if (const auto seen = line_of_id.emplace(e.id, id.line); !seen.second)
      problem(id, "id", quoted(e.id) + " is also on line " + std::to_string(seen.first->second));

    const CsvField& date = *cell("date");
    const CsvDate read = read_csv_date(date.text);
    if (!read.date) {
      problem(date, "date", read.error);
    } else {
      e.date = *read.date;
      ++dates_by_form[read.form];
    }
    if (const CsvField* basis = cell("date_basis"); basis && !basis->text.empty()) {
      if (const auto b = date_basis_from_string(basis->text))
        e.date.basis = *b;
      else
        problem(*basis, "date_basis", quoted(basis->text) + " is not a date basis");
    }

    const CsvField& type = *cell("type");
    if (const auto t = event_type_from_string(type.text))
      e.type = *t;
    else
      problem(type, "type", quoted(type.text) + " is not an event type");

    const CsvField& partners = *cell("partners");
    if (!context.home_country.empty()) e.countries.push_back(context.home_country);
    for (const std::string& name : split_list(partners.text)) {
      const Country* c = context.find_country(name);
      if (!c) c = find_country_by_name(context, name);
      if (!c)
        problem(partners, "partners", quoted(name) + " is not a known country (id, name or alias)");
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
        if (is_topic(t))
          e.topics.push_back(t);
        else
          problem(*topics, "topics", quoted(t) + " is not in the topic vocabulary");
      }
    }
    if (out.problems.size() == problems_before) out.events.push_back(std::move(e));
  }

  // One note per way of reading the date column, so the user can check it.
  const size_t slash = dates_by_form[DateForm::DayFirstSlash];
  const size_t dot = dates_by_form[DateForm::DayFirstDot];
  if (slash + dot > 0) {
    const std::string forms = slash && dot ? "DD/MM/YYYY or DD.MM.YYYY" : slash ? "DD/MM/YYYY" : "DD.MM.YYYY";
    out.notes.push_back("column date: " + date_count(slash + dot) + " read as " + forms + " (day first)");
  }
  if (const size_t serials = dates_by_form[DateForm::ExcelSerial])
    out.notes.push_back("column date: " + date_count(serials) + " read as Excel date serials (days since 1899-12-30)");
  return out;
}

namespace {

std::string id_from_name(const std::string& name) {
  const size_t slash = name.find_last_of("/\\");
  const std::string base = fold(slash == std::string::npos ? name : name.substr(slash + 1));
  std::string id;
  for (char c : base) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok)
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
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
  out.notes = std::move(parsed.notes);
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
