// validate, stats and export.
#include <sys/stat.h>

#include <cctype>
#include <fstream>

#include "commands.h"
#include "dataset_json.h"
#include "export.h"
#include "file_safety.h"
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
  const std::string format = args.has("--format") ? args.get("--format") : has_extension(path, ".csv") ? "csv" : "json";
  std::string text;
  if (format == "json") {
    text = dataset_to_json(d);
  } else if (format == "csv") {
    text = events_to_csv(d, query_events(d, EventFilter{}));
  } else {
    err << "accord: export --format takes json or csv, not \"" << format << "\"\n";
    return 2;
  }
  if (!args.has("--out")) {
    out << text;
    return 0;
  }
  const std::string target = resolve_symlinks(path);
  struct stat st;
  const bool exists = ::stat(target.c_str(), &st) == 0;
  const bool force = args.has("--force");
  if (exists && !force) {
    err << "accord: " << path << " exists; export never replaces a file unless given --force (the old one is then "
        << "kept as " << target << ".bak). Nothing was written.\n";
    return 1;
  }
  // Replacing a file someone may be writing: take its writers' lock.
  FileLock lock;
  if (exists) {
    if (std::string busy = lock.acquire(target + ".lock", "accord export", 5000); !busy.empty()) {
      err << "accord: " << path << " is " << busy << "; nothing was written\n";
      return 1;
    }
  }
  // Written beside the target, then renamed: a failure leaves no half file.
  if (std::string error = replace_file(path, text, exists ? target + ".bak" : ""); !error.empty()) {
    err << "accord: not written: " << error << "\n";
    return 1;
  }
  if (exists) err << "accord: replaced " << path << "; the previous version is " << target << ".bak\n";
  return 0;
}

}  // namespace accord::cli
