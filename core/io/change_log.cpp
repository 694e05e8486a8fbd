#include "change_log.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "file_safety.h"

namespace accord {

using json = nlohmann::json;

namespace {

constexpr const char* kFormat = "accord-change-log";

std::string with_extension(const std::string& path, const std::string& tail) {
  const std::string ext = ".json";
  const bool json_name = path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  return (json_name ? path.substr(0, path.size() - ext.size()) : path) + tail;
}

template <typename T>
void add_ids(const std::vector<T>& records, std::vector<std::string>& out) {
  for (const T& r : records) out.push_back(r.id);
}

template <typename T>
void add_before_ids(const RecordEdits<T>& log, std::vector<std::string>& out) {
  for (const auto& e : log.edits)
    if (e.before) out.push_back(e.before->id);
}

std::string string_at(const json& o, const char* key) {
  const auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::string utc_now_text() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::vector<std::string> touched_records(const DatasetChange& c, const EditHistory::Step* step) {
  std::vector<std::string> ids;
  add_ids(c.upsert_events, ids);
  add_ids(c.upsert_agreements, ids);
  add_ids(c.upsert_people, ids);
  add_ids(c.upsert_sources, ids);
  add_ids(c.upsert_organizations, ids);
  add_ids(c.upsert_mechanisms, ids);
  add_ids(c.upsert_countries, ids);
  ids.insert(ids.end(), c.delete_events.begin(), c.delete_events.end());
  ids.insert(ids.end(), c.delete_agreements.begin(), c.delete_agreements.end());
  ids.insert(ids.end(), c.delete_people.begin(), c.delete_people.end());
  if (step) {
    add_before_ids(step->events, ids);
    add_before_ids(step->agreements, ids);
    add_before_ids(step->people, ids);
  }
  // First mention kept, in order.
  std::unordered_set<std::string> seen;
  std::vector<std::string> out;
  for (std::string& id : ids)
    if (seen.insert(id).second) out.push_back(std::move(id));
  return out;
}

std::string change_log_to_json(const std::vector<ChangeLogEntry>& entries) {
  json rows = json::array();
  for (const ChangeLogEntry& e : entries) {
    json o;
    o["time"] = e.time;
    o["label"] = e.label;
    o["records"] = e.records;
    o["by"] = e.by;
    if (!e.article.empty()) o["article"] = e.article;
    rows.push_back(std::move(o));
  }
  // One entry a line: small, and readable with any text tool.
  std::string out = "{\"format\": \"" + std::string(kFormat) + "\", \"version\": 1, \"entries\": [\n";
  for (size_t i = 0; i < rows.size(); ++i) out += "  " + rows[i].dump() + (i + 1 < rows.size() ? ",\n" : "\n");
  return out + "]}\n";
}

ChangeLogRead parse_change_log(const std::string& json_text) {
  ChangeLogRead out;
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::exception& e) {
    out.problem = std::string("not valid JSON: ") + e.what();
    return out;
  }
  if (!root.is_object() || string_at(root, "format") != kFormat) {
    out.problem = "format: is not " + std::string(kFormat);
    return out;
  }
  const auto entries = root.find("entries");
  if (entries == root.end() || !entries->is_array()) {
    out.problem = "entries: expected a list";
    return out;
  }
  for (size_t i = 0; i < entries->size(); ++i) {
    const json& o = (*entries)[i];
    const std::string where = "entries[" + std::to_string(i) + "]";
    if (!o.is_object() || string_at(o, "time").empty() || string_at(o, "label").empty()) {
      out.problem = where + ": expected an object with a time and a label";
      out.entries.clear();
      return out;
    }
    ChangeLogEntry e;
    e.time = string_at(o, "time");
    e.label = string_at(o, "label");
    e.by = string_at(o, "by");
    e.article = string_at(o, "article");
    if (const auto ids = o.find("records"); ids != o.end() && ids->is_array())
      for (const json& id : *ids)
        if (id.is_string()) e.records.push_back(id.get<std::string>());
    out.entries.push_back(std::move(e));
  }
  return out;
}

ChangeLogRead read_change_log(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  std::string text;
  if (std::string error = read_whole_file(path, text); !error.empty()) return {{}, error};
  ChangeLogRead read = parse_change_log(text);
  if (!read.ok()) read.problem = path + ": " + read.problem;
  return read;
}

std::string append_change_log(const std::string& path, const ChangeLogEntry& entry, size_t max_entries) {
  ChangeLogRead read = read_change_log(path);
  if (!read.ok()) {
    // Kept for the user to look at; the log goes on without it.
    const std::string aside = path + ".corrupt";
    if (std::rename(path.c_str(), aside.c_str()) != 0)
      return "the change log " + path + " does not read and could not be set aside";
    read.entries.clear();
  }
  read.entries.push_back(entry);
  if (read.entries.size() > max_entries)
    read.entries.erase(read.entries.begin(),
                       read.entries.begin() + static_cast<std::ptrdiff_t>(read.entries.size() - max_entries));
  return replace_file(path, change_log_to_json(read.entries));
}

std::vector<ChangeLogEntry> entries_for(const std::vector<ChangeLogEntry>& entries, const std::string& record_id) {
  if (record_id.empty()) return entries;
  std::vector<ChangeLogEntry> out;
  for (const ChangeLogEntry& e : entries)
    if (std::find(e.records.begin(), e.records.end(), record_id) != e.records.end()) out.push_back(e);
  return out;
}

std::string change_log_path_for(const std::string& dataset_path) { return with_extension(dataset_path, ".log.json"); }

}  // namespace accord
