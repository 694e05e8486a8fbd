#include "edit_history_json.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "dataset_json.h"
#include "record_fields.h"

namespace accord {

using json = nlohmann::json;

namespace {

constexpr const char* kFormat = "accord-edit-history";
constexpr int kVersion = 1;

// ---------------------------------------------------------------- writing

// Records go through the dataset's own writer, as a dataset holding only them.
json records_json(const Dataset& records) { return json::parse(dataset_to_json(records)); }

Dataset upserts_of(const DatasetChange& c) {
  Dataset d;
  d.sources = c.upsert_sources;
  d.countries = c.upsert_countries;
  d.organizations = c.upsert_organizations;
  d.mechanisms = c.upsert_mechanisms;
  d.people = c.upsert_people;
  d.agreements = c.upsert_agreements;
  d.events = c.upsert_events;
  return d;
}

json change_json(const DatasetChange& c) {
  json o;
  o["label"] = c.label;
  if (!c.article.empty()) o["article"] = c.article;
  if (c.whole) {
    o["whole"] = records_json(*c.whole);
    return o;
  }
  o["upserts"] = records_json(upserts_of(c));
  if (!c.delete_events.empty()) o["delete_events"] = c.delete_events;
  if (!c.delete_agreements.empty()) o["delete_agreements"] = c.delete_agreements;
  if (!c.delete_people.empty()) o["delete_people"] = c.delete_people;
  return o;
}

const char* edit_kind(bool erased, bool has_before) { return erased ? "erased" : has_before ? "replaced" : "appended"; }

json step_json(const EditHistory::Step& step) {
  json o;
  o["label"] = step.label;
  o["change"] = change_json(step.change);
  if (step.whole_before) {
    o["whole_before"] = records_json(*step.whole_before);
    return o;
  }
  // The records as they were, in edit order, and each edit's index and kind.
  Dataset before;
  json edits = json::object();
  for_each_table_of(
      [&](const char* table, auto& records, const auto& log) {
        json rows = json::array();
        for (const auto& e : log.edits) {
          rows.push_back(json::array({e.index, edit_kind(e.erased, e.before.has_value())}));
          if (e.before) records.push_back(*e.before);
        }
        if (!rows.empty()) edits[table] = std::move(rows);
      },
      before, step);
  o["before"] = {{"records", records_json(before)}, {"edits", std::move(edits)}};
  return o;
}

size_t records_in(const Dataset& d) {
  size_t n = 0;
  for_each_table(d, [&](const char*, const auto& table) { n += table.size(); });
  return n;
}

std::string hex(uint64_t v) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
  return buffer;
}

// ---------------------------------------------------------------- reading

struct ReadError {
  std::string where, what;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) { throw ReadError{where, what}; }

const json& member(const json& o, const std::string& where, const char* key) {
  const auto it = o.find(key);
  if (it == o.end()) fail(where, std::string(key) + " is missing");
  return *it;
}

std::string text(const json& o, const std::string& where, const char* key) {
  const json& v = member(o, where, key);
  if (!v.is_string()) fail(where + "." + key, "expected a string");
  return v.get<std::string>();
}

std::vector<std::string> ids(const json& o, const std::string& where, const char* key) {
  std::vector<std::string> out;
  const auto it = o.find(key);
  if (it == o.end()) return out;
  if (!it->is_array()) fail(where + "." + key, "expected a list of ids");
  for (const json& v : *it) {
    if (!v.is_string()) fail(where + "." + key, "expected a list of ids");
    out.push_back(v.get<std::string>());
  }
  return out;
}

Dataset records_from(const json& v, const std::string& where) {
  if (!v.is_object()) fail(where, "expected an object");
  LoadResult read = parse_dataset(v.dump());
  if (!read.ok())
    fail(where + (read.problems.front().path.empty() ? "" : "." + read.problems.front().path),
         read.problems.front().message);
  return std::move(read.dataset);
}

DatasetChange change_from(const json& o, const std::string& where) {
  if (!o.is_object()) fail(where, "expected an object");
  DatasetChange c;
  c.label = text(o, where, "label");
  if (o.contains("article")) c.article = text(o, where, "article");
  if (o.contains("whole")) {
    c.whole = std::make_shared<const Dataset>(records_from(o["whole"], where + ".whole"));
    return c;
  }
  Dataset up = records_from(member(o, where, "upserts"), where + ".upserts");
  c.upsert_sources = std::move(up.sources);
  c.upsert_countries = std::move(up.countries);
  c.upsert_organizations = std::move(up.organizations);
  c.upsert_mechanisms = std::move(up.mechanisms);
  c.upsert_people = std::move(up.people);
  c.upsert_agreements = std::move(up.agreements);
  c.upsert_events = std::move(up.events);
  c.delete_events = ids(o, where, "delete_events");
  c.delete_agreements = ids(o, where, "delete_agreements");
  c.delete_people = ids(o, where, "delete_people");
  return c;
}

EditHistory::Step step_from(const json& o, const std::string& where) {
  if (!o.is_object()) fail(where, "expected an object");
  EditHistory::Step step;
  step.label = text(o, where, "label");
  step.change = change_from(member(o, where, "change"), where + ".change");
  if (o.contains("whole_before")) {
    step.whole_before = std::make_shared<const Dataset>(records_from(o["whole_before"], where + ".whole_before"));
    return step;
  }
  const json& before = member(o, where, "before");
  const std::string at = where + ".before";
  if (!before.is_object()) fail(at, "expected an object");
  Dataset records = records_from(member(before, at, "records"), at + ".records");
  const json& edits = member(before, at, "edits");
  if (!edits.is_object()) fail(at + ".edits", "expected an object");
  for_each_table_of(
      [&](const char* table, auto& list, auto& log) {
        const std::string path = at + ".edits." + table;
        size_t used = 0;
        const auto rows = edits.find(table);
        if (rows != edits.end()) {
          if (!rows->is_array()) fail(path, "expected a list");
          for (const json& row : *rows) {
            if (!row.is_array() || row.size() != 2 || !row[0].is_number_unsigned() || !row[1].is_string())
              fail(path, "expected [index, \"replaced\" | \"erased\" | \"appended\"]");
            const std::string kind = row[1].get<std::string>();
            if (kind != "replaced" && kind != "erased" && kind != "appended") fail(path, "unknown edit " + kind);
            typename std::decay_t<decltype(log.edits)>::value_type e;
            e.index = row[0].get<size_t>();
            e.erased = kind == "erased";
            if (kind != "appended") {
              if (used >= list.size()) fail(path, "more edits than records before them");
              e.before = std::move(list[used++]);
            }
            log.edits.push_back(std::move(e));
          }
        }
        if (used != list.size()) fail(at + ".records." + table, "records no edit names");
      },
      records, step);
  return step;
}

DatasetStamp stamp_from(const json& o) {
  if (!o.is_object()) fail("dataset", "expected an object");
  const json& bytes = member(o, "dataset", "bytes");
  if (!bytes.is_number_unsigned()) fail("dataset.bytes", "expected a whole number");
  const std::string sum = text(o, "dataset", "checksum");
  char* end = nullptr;
  const unsigned long long value = std::strtoull(sum.c_str(), &end, 16);
  if (sum.size() != 16 || !end || *end) fail("dataset.checksum", "expected 16 hex digits");
  return {bytes.get<uint64_t>(), value};
}

}  // namespace

std::string edit_history_to_json(const EditHistory& h, const DatasetStamp& dataset, const HistoryBounds& bounds) {
  const auto& steps = h.undo_steps();
  // Newest first, until a bound: what undo reaches first is what is kept.
  std::vector<json> kept;
  size_t bytes = 0, wholes = 0;
  for (auto it = steps.rbegin(); it != steps.rend() && kept.size() < bounds.max_steps; ++it) {
    if (it->whole_before && ++wholes > bounds.max_whole_steps) break;
    if (it->whole_before && records_in(*it->whole_before) + records_in(*it->change.whole) > bounds.max_whole_records)
      break;
    json step = step_json(*it);
    bytes += step.dump().size();
    if (bytes > bounds.max_bytes) break;
    kept.push_back(std::move(step));
  }
  json root;
  root["format"] = kFormat;
  root["version"] = kVersion;
  root["dataset"] = {{"bytes", dataset.bytes}, {"checksum", hex(dataset.checksum)}};
  root["left_out"] = steps.size() - kept.size();
  root["undo"] = json::array();
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) root["undo"].push_back(std::move(*it));
  // Redo changes are few (undone since the last change) and small unless
  // whole; past the bounds they are left out, the next one first to stay.
  root["redo"] = json::array();
  const auto& redo = h.redo_changes();
  size_t redo_bytes = 0;
  for (auto it = redo.rbegin(); it != redo.rend(); ++it) {
    json change = change_json(*it);
    redo_bytes += change.dump().size();
    if (redo_bytes > bounds.max_bytes || root["redo"].size() >= bounds.max_steps) break;
    root["redo"].insert(root["redo"].begin(), std::move(change));
  }
  return root.dump() + "\n";
}

HistoryRead parse_edit_history(const std::string& json_text) {
  HistoryRead out;
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::exception& e) {
    out.problem = std::string("not valid JSON: ") + e.what();
    return out;
  }
  try {
    if (!root.is_object()) fail("(top level)", "expected an object");
    if (text(root, "(top level)", "format") != kFormat) fail("format", "is not " + std::string(kFormat));
    const json& version = member(root, "(top level)", "version");
    if (!version.is_number_integer() || version.get<int>() != kVersion)
      fail("version", "is not supported (this build reads " + std::to_string(kVersion) + ")");
    out.dataset = stamp_from(member(root, "(top level)", "dataset"));
    if (root.contains("left_out") && root["left_out"].is_number_unsigned())
      out.left_out = root["left_out"].get<size_t>();
    const json& undo = member(root, "(top level)", "undo");
    const json& redo = member(root, "(top level)", "redo");
    if (!undo.is_array()) fail("undo", "expected a list");
    if (!redo.is_array()) fail("redo", "expected a list");
    for (size_t i = 0; i < undo.size(); ++i) out.undo.push_back(step_from(undo[i], "undo[" + std::to_string(i) + "]"));
    for (size_t i = 0; i < redo.size(); ++i)
      out.redo.push_back(change_from(redo[i], "redo[" + std::to_string(i) + "]"));
  } catch (const ReadError& e) {
    out = HistoryRead{};
    out.problem = e.where + ": " + e.what;
  } catch (const json::exception& e) {
    out = HistoryRead{};
    out.problem = std::string("unexpected value: ") + e.what();
  }
  return out;
}

std::string history_fits(const std::vector<EditHistory::Step>& undo, const Dataset& d) {
  size_t sizes[kTableCount];
  const auto count = [](const Dataset& of, size_t* out) {
    size_t i = 0;
    for_each_table(of, [&](const char*, const auto& table) { out[i++] = table.size(); });
  };
  count(d, sizes);
  for (size_t s = undo.size(); s-- > 0;) {
    const EditHistory::Step& step = undo[s];
    if (step.whole_before) {
      count(*step.whole_before, sizes);
      continue;
    }
    size_t t = 0;
    bool fits = true;
    for_each_table_of(
        [&](const char*, const auto& log) {
          size_t& size = sizes[t++];
          for (auto e = log.edits.rbegin(); e != log.edits.rend(); ++e) {
            if (e->erased) {
              fits = fits && e->index <= size;
              ++size;
            } else {
              fits = fits && e->index < size;
              if (!e->before && size > 0) --size;
            }
          }
        },
        step);
    if (!fits) return "undo[" + std::to_string(s) + "] (" + step.label + ") does not fit the dataset";
  }
  return "";
}

std::string history_path_for(const std::string& dataset_path) {
  const std::string ext = ".json";
  const bool json_name =
      dataset_path.size() > ext.size() && dataset_path.compare(dataset_path.size() - ext.size(), ext.size(), ext) == 0;
  return (json_name ? dataset_path.substr(0, dataset_path.size() - ext.size()) : dataset_path) + ".history.json";
}

}  // namespace accord
