#include "dataset_json.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dataset_snapshot.h"
#include "record_fields.h"
#include "text_encoding.h"
#include "text_excerpt.h"

namespace accord {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------- reading

// Walks the JSON tree, converting it into the model and recording every
// problem with its path, so one load reports all of them at once.
class Reader {
 public:
  explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  // Reports keys the format does not know: dropping them would lose data.
  void check_keys(const json& obj, const std::string& path, const std::vector<const char*>& known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool found = false;
      for (const char* k : known) found = found || it.key() == k;
      if (!found) problem(join(path, it.key()), "unknown key");
    }
  }

  bool is_object(const json& v, const std::string& path) {
    if (v.is_object()) return true;
    problem(path, "expected an object, found " + describe(v));
    return false;
  }

  std::string text(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(join(path, key), "is missing");
      return {};
    }
    if (!it->is_string()) {
      problem(join(path, key), "expected a string, found " + describe(*it));
      return {};
    }
    const std::string s = it->get<std::string>();
    if (required && s.empty()) problem(join(path, key), "must not be empty");
    return s;
  }

  std::vector<std::string> texts(const json& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
      problem(join(path, key), "expected a list of strings, found " + describe(*it));
      return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      if (v.is_string())
        out.push_back(v.get<std::string>());
      else
        problem(index(join(path, key), i), "expected a string, found " + describe(v));
    }
    return out;
  }

  bool boolean(const json& obj, const std::string& path, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return false;
    if (!it->is_boolean()) {
      problem(join(path, key), "expected true or false, found " + describe(*it));
      return false;
    }
    return it->get<bool>();
  }

  double number(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(join(path, key), "is missing");
      return 0;
    }
    if (!it->is_number()) {
      problem(join(path, key), "expected a number, found " + describe(*it));
      return 0;
    }
    return it->get<double>();
  }

  std::optional<Date> date(const json& obj, const std::string& path, const char* key, bool required = false) {
    const auto it = obj.find(key);
    const std::string where = join(path, key);
    if (it == obj.end() || it->is_null()) {
      if (required) problem(where, "is missing");
      return std::nullopt;
    }
    if (it->is_string()) return date_value(it->get<std::string>(), where);
    if (!it->is_object()) {
      problem(where, "expected a date string or {value, basis, reason}, found " + describe(*it));
      return std::nullopt;
    }
    static const std::vector<const char*> kDateKeys = {"value", "basis", "reason"};
    check_keys(*it, where, kDateKeys);
    auto d = date_value(text(*it, where, "value", true), join(where, "value"));
    const std::string basis_text = text(*it, where, "basis", true);
    const auto basis = date_basis_from_string(basis_text);
    if (!basis_text.empty() && (!basis || *basis == DateBasis::Stated))
      problem(join(where, "basis"),
              quoted_for_message(basis_text) + " is not one of weekday, publication_date, role, context");
    const std::string reason = text(*it, where, "reason", true);
    if (!d) return std::nullopt;
    d->basis = basis.value_or(DateBasis::Context);
    d->reason = reason;
    return d;
  }

  template <typename T, typename Fn>
  std::vector<T> list(const json& obj, const std::string& path, const char* key, Fn read_item) {
    std::vector<T> out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
      problem(join(path, key), "expected a list, found " + describe(*it));
      return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string item_path = index(join(path, key), i);
      if (is_object((*it)[i], item_path)) out.push_back(read_item((*it)[i], item_path));
    }
    return out;
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }
  static std::string index(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

 private:
  std::optional<Date> date_value(const std::string& s, const std::string& where) {
    if (s.empty()) return std::nullopt;
    auto d = Date::parse(s);
    if (!d) problem(where, quoted_for_message(s) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return d;
  }

  static std::string describe(const json& v) {
    switch (v.type()) {
      case json::value_t::null:
        return "null";
      case json::value_t::boolean:
        return v.get<bool>() ? "true" : "false";
      case json::value_t::string:
        return "the string \"" + v.get<std::string>().substr(0, 40) + "\"";
      case json::value_t::array:
        return "a list";
      case json::value_t::object:
        return "an object";
      default:
        return "the number " + v.dump();
    }
  }

  std::vector<Problem>& problems_;
};

template <typename Record>
void read_record(Reader& r, const json& o, const std::string& path, Record& out);

// Reads a record's fields from a JSON object, each through the Reader's
// checks, so every problem carries the field's path.
struct JsonFieldReader {
  Reader& r;
  const json& o;
  const std::string& path;

  void text(FieldKey k, std::string& v) {
    v = r.text(o, path, k.name, k.required);
    if (k.default_text && v.empty()) v = k.default_text;
  }
  void texts(FieldKey k, std::vector<std::string>& v) { v = r.texts(o, path, k.name); }
  template <typename Enum>
  void enumeration(FieldKey k, Enum& v) {
    const std::string s = r.text(o, path, k.name, k.required);
    if (s.empty()) return;
    if (const auto parsed = EnumInfo<Enum>::parse(s))
      v = *parsed;
    else
      r.problem(Reader::join(path, k.name), quoted_for_message(s) + " is not one of " + enum_names<Enum>());
  }
  void date(FieldKey k, Date& d) {
    if (auto read = r.date(o, path, k.name, k.required)) d = *read;
  }
  void date(FieldKey k, std::optional<Date>& d) { d = r.date(o, path, k.name, k.required); }
  void number(FieldKey k, int& v) { v = static_cast<int>(r.number(o, path, k.name, k.required)); }
  void number(FieldKey k, double& v) { v = r.number(o, path, k.name, k.required); }
  void flag(FieldKey k, bool& v) { v = r.boolean(o, path, k.name); }
  template <typename Record>
  void record(FieldKey k, Record& nested) {
    const auto it = o.find(k.name);
    const std::string where = Reader::join(path, k.name);
    if (it == o.end() || it->is_null()) {
      if (k.required) r.problem(where, "is missing");
      return;
    }
    if (r.is_object(*it, where)) read_record(r, *it, where, nested);
  }
  template <typename Record>
  void records(FieldKey k, std::vector<Record>& list) {
    list = r.list<Record>(o, path, k.name, [&](const json& item, const std::string& where) {
      Record row;
      read_record(r, item, where, row);
      return row;
    });
  }
};

// Refuses keys the record does not have, then reads its fields in order.
template <typename Record>
void read_record(Reader& r, const json& o, const std::string& path, Record& out) {
  r.check_keys(o, path, field_keys<Record>());
  JsonFieldReader fields{r, o, path};
  visit_fields(out, fields);
}

const std::vector<const char*>& dataset_keys() {
  static const std::vector<const char*> keys = [] {
    std::vector<const char*> out = {"schema_version"};
    for (const char* k : field_keys<Dataset>()) out.push_back(k);
    Dataset blank;
    for_each_table(blank, [&](const char* table, const auto&) { out.push_back(table); });
    return out;
  }();
  return keys;
}

// Line and column (1-based) of a byte offset, for syntax errors.
void locate(const std::string& text, size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count code points, not bytes
    }
  }
}

// ---------------------------------------------------------------- writing

ordered_json date_json(const Date& d) {
  if (!d.inferred()) return d.iso();
  ordered_json o;
  o["value"] = d.iso();
  o["basis"] = to_string(d.basis);
  o["reason"] = d.reason;
  return o;
}

// Writes a record's fields into a JSON object; an optional field is left
// out when empty (or equal to its default).
struct JsonFieldWriter {
  ordered_json& o;

  void text(FieldKey k, const std::string& v) {
    if (k.required || (k.default_text ? v != k.default_text : !v.empty())) o[k.name] = v;
  }
  void texts(FieldKey k, const std::vector<std::string>& v) {
    if (k.required || !v.empty()) o[k.name] = v;
  }
  template <typename Enum>
  void enumeration(FieldKey k, Enum v) {
    o[k.name] = to_string(v);
  }
  void date(FieldKey k, const Date& d) { o[k.name] = date_json(d); }
  void date(FieldKey k, const std::optional<Date>& d) {
    if (d) o[k.name] = date_json(*d);
  }
  void number(FieldKey k, int v) {
    if (k.required || v) o[k.name] = v;
  }
  void number(FieldKey k, double v) {
    if (!k.required && v == 0) return;
    // Whole numbers stay integers in the file ("210", not "210.0").
    if (v == static_cast<double>(static_cast<long long>(v)))
      o[k.name] = static_cast<long long>(v);
    else
      o[k.name] = v;
  }
  void flag(FieldKey k, bool v) {
    if (k.required || v) o[k.name] = v;
  }
  template <typename Record>
  void record(FieldKey k, const Record& r) {
    ordered_json nested = record_json(r);
    if (k.required || !nested.empty()) o[k.name] = std::move(nested);
  }
  template <typename Record>
  void records(FieldKey k, const std::vector<Record>& list) {
    if (!k.required && list.empty()) return;
    ordered_json rows = ordered_json::array();
    for (const Record& r : list) rows.push_back(record_json(r));
    o[k.name] = std::move(rows);
  }

  template <typename Record>
  static ordered_json record_json(const Record& r) {
    ordered_json out = ordered_json::object();
    JsonFieldWriter writer{out};
    visit_fields(r, writer);
    return out;
  }
};

// A JSON value nlohmann could not represent; where the message quotes the
// text ("number overflow parsing '1e999'"), its first occurrence is located.
Problem json_value_problem(const std::string& json_text, const std::string& what) {
  Problem p;
  const size_t open = what.find('\'');
  const size_t close = open == std::string::npos ? std::string::npos : what.find('\'', open + 1);
  const std::string quoted = close == std::string::npos ? "" : what.substr(open + 1, close - open - 1);
  const std::string shown = quoted.size() > 40 ? quoted.substr(0, 40) + "..." : quoted;
  p.message = "not valid JSON: " + (quoted.empty() ? what : "number out of range: " + shown);
  const size_t at = quoted.empty() ? std::string::npos : json_text.find(quoted);
  if (at != std::string::npos) locate(json_text, at, p.line, p.column);
  return p;
}

}  // namespace

LoadResult parse_dataset(const std::string& json_text) {
  LoadResult result;
  // Name the encoding rather than let the JSON parser quote bytes nobody can read.
  if (std::string problem = encoding_problem(json_text); !problem.empty()) {
    result.problems.push_back({"", problem});
    return result;
  }
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::parse_error& e) {
    Problem p;
    p.message = "not valid JSON: ";
    const std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column 2: "
    const size_t colon = what.find(": ", what.find("parse error"));
    p.message += colon == std::string::npos ? what : what.substr(colon + 2);
    locate(json_text, e.byte == 0 ? 0 : e.byte - 1, p.line, p.column);
    result.problems.push_back(p);
    return result;
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") is not a parse_error and
    // carries no position: find the number the message quotes.
    result.problems.push_back(json_value_problem(json_text, e.what()));
    return result;
  }
  Reader r(result.problems);
  if (!r.is_object(root, "(top level)")) return result;
  r.check_keys(root, "", dataset_keys());
  Dataset& d = result.dataset;
  const auto version = root.find("schema_version");
  if (version == root.end()) {
    r.problem("schema_version", "is missing");
  } else if (!version->is_number_integer()) {
    r.problem("schema_version", "expected a whole number");
  } else {
    d.schema_version = version->get<int>();
    if (d.schema_version != kSchemaVersion)
      r.problem("schema_version", std::to_string(d.schema_version) + " is not supported (this build reads " +
                                      std::to_string(kSchemaVersion) + ")");
  }
  const std::string top_level;  // the root's fields have bare paths ("title")
  JsonFieldReader fields{r, root, top_level};
  visit_fields(d, fields);
  for_each_table(d, [&](const char* key, auto& table) { fields.records(key::optional(key), table); });
  d.events.reserve(event_capacity_for(d.events.size()));
  return result;
}

std::string dataset_size_problem(unsigned long long size, const std::string& head, size_t max_json_bytes) {
  const bool snapshot = looks_like_snapshot(head);
  // The index stored after the dataset adds about half (format 4, bytes 8-11).
  const bool indexed = snapshot && head.size() >= 12 && static_cast<uint8_t>(head[8]) == kSnapshotVersion &&
                       head[9] == 0 && head[10] == 0 && head[11] == 0;
  const unsigned long long limit = indexed ? kMaxIndexedSnapshotBytes : snapshot ? kMaxSnapshotBytes : max_json_bytes;
  if (size <= limit) return "";
  const auto shown = [](unsigned long long bytes) {
    return bytes < 1048576 ? std::to_string(bytes) + " bytes" : std::to_string((bytes + 1048575) / 1048576) + " MB";
  };
  return "is " + shown(size) + ", more than the " + shown(limit) + " a dataset " +
         (snapshot ? "snapshot" : "JSON file") + " may have; it was not read" +
         (snapshot ? "" : " (keep large datasets as snapshots: accord synth --format snapshot)");
}

LoadResult load_dataset_file(const std::string& path, size_t max_bytes) {
  LoadResult refused;
  struct stat st {};
  const bool found = ::stat(path.c_str(), &st) == 0;
  if (found && S_ISDIR(st.st_mode)) {
    refused.problems.push_back({path, "is a directory, not a dataset file"});
    return refused;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    refused.problems.push_back({path, "cannot open the file"});
    return refused;
  }
  std::string head(16, '\0');
  in.read(&head[0], static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  const std::string too_large = found ? dataset_size_problem(st.st_size, head, max_bytes) : "";
  if (!too_large.empty()) {
    refused.problems.push_back({path, too_large});
    return refused;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string bytes = text.str();
  // A binary snapshot (dataset_snapshot.h) opens wherever JSON does.
  if (looks_like_snapshot(bytes)) return read_snapshot(std::move(bytes), path);
  LoadResult result = parse_dataset(bytes);
  for (Problem& p : result.problems) p.path = path + (p.path.empty() ? "" : ": " + p.path);
  return result;
}

std::string dataset_to_json(const Dataset& d) {
  ordered_json root;
  root["schema_version"] = d.schema_version;
  JsonFieldWriter head{root};
  visit_fields(d, head);
  for_each_table(d, [&](const char* key, const auto& table) {
    ordered_json rows = ordered_json::array();
    for (const auto& row : table) rows.push_back(JsonFieldWriter::record_json(row));
    root[key] = std::move(rows);
  });
  return root.dump(2) + "\n";
}

std::string save_dataset_file(const Dataset& d, const std::string& path) {
  const std::string text = dataset_to_json(d);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + tmp;
    out << text;
    out.flush();
    if (!out) {
      out.close();
      std::remove(tmp.c_str());
      return "writing " + tmp + " failed (disk full?)";
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot replace " + path;
  }
  return {};
}

}  // namespace accord
