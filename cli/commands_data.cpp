// validate, stats and export.
#include <sys/stat.h>

#include <cctype>
#include <fstream>

#include "commands.h"
#include "dataset_json.h"
#include "exchange_export.h"
#include "export.h"
#include "file_safety.h"
#include "output_file.h"
#include "query.h"
#include "recovery.h"
#include "stats.h"
#include "table.h"
#include "validate.h"

namespace accord::cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string path = args.get("--data");
  LoadResult loaded = load_dataset_file(path);
  std::vector<Problem> problems = loaded.problems;
  if (loaded.ok()) {
    for (Problem& p : validate(loaded.dataset)) {
      p.path = path + ": " + p.path;
      problems.push_back(p);
    }
  }
  for (const Problem& p : problems) err << "error: " << p.to_string() << "\n";
  if (!problems.empty()) {
    err << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " in " << path << "\n";
    explain_recovery(path, err);
    return 1;
  }
  const Dataset& d = loaded.dataset;
  out << path << ": valid (" << d.events.size() << " events, " << d.agreements.size() << " agreements, "
      << d.people.size() << (d.people.size() == 1 ? " person, " : " people, ") << d.sources.size() << " sources)\n";
  return 0;
}

int cmd_stats(const Dataset& d, const Args&, std::ostream& out) {
  const DatasetStats s = compute_stats(d);
  out << "events        " << s.events << " (" << s.first_date << " to " << s.last_date << ", " << s.inferred_dates
      << " with an inferred date)\n"
      << "agreements    " << s.agreements << "\n"
      << "people        " << s.people << "\n"
      << "organizations " << s.organizations << "\n"
      << "mechanisms    " << s.mechanisms << "\n"
      << "countries     " << s.countries << "\n"
      << "sources       " << s.sources << "\n";
  auto section = [&](const char* title, const std::vector<std::pair<std::string, size_t>>& rows) {
    out << "\n";
    Table t({title, "events"});
    for (const auto& [key, count] : rows) t.add({key, std::to_string(count)});
    t.print(out);
  };
  section("partner", s.events_by_partner);
  section("topic", s.events_by_topic);
  section("type", s.events_by_type);
  section("year", s.events_by_year);
  return 0;
}

namespace {

bool has_extension(const std::string& path, const char* ext) {
  const std::string e = ext;
  if (path.size() < e.size()) return false;
  for (size_t i = 0; i < e.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(path[path.size() - e.size() + i])) != e[i]) return false;
  return true;
}

}  // namespace

int cmd_export(const Dataset& d, const Args& args, std::ostream& out, std::ostream& err) {
  const std::string path = args.get("--out");
  // --format wins; otherwise the file's extension says (x.csv is CSV).
  std::string format = args.has("--format") ? args.get("--format") : "json";
  if (!args.has("--format"))
    for (const char* ext : {"csv", "gexf", "graphml"})
      if (has_extension(path, (std::string(".") + ext).c_str())) format = ext;
  if (args.has("--header") && format != "gdelt") {
    err << "accord: export --header is for --format gdelt (its rows have no header otherwise)\n";
    return 2;
  }
  const std::vector<size_t> events = query_events(d, EventFilter{});
  std::string text;
  if (format == "json") {
    text = dataset_to_json(d);
  } else if (format == "csv") {
    text = events_to_csv(d, events);
  } else if (std::optional<std::string> exchange = export_exchange(d, format, events, args.has("--header"))) {
    text = std::move(*exchange);
  } else {
    err << "accord: export --format takes json, csv";
    for (const ExchangeFormat& f : exchange_formats())
      err << (&f == &exchange_formats().back() ? " or " : ", ") << f.name;
    err << ", not \"" << format << "\"\n";
    return 2;
  }
  if (!args.has("--out")) {
    out << text;
    return 0;
  }
  return write_command_output("export", path, text, args.has("--force"), err);
}

}  // namespace accord::cli
