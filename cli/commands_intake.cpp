// add, import, delete: read the target through DatasetStore (refusing a
// damaged one), change a copy in memory, save atomically.
#include "commands_intake.h"

#include <fstream>
#include <optional>

#include "acled_csv.h"
#include "article_intake.h"
#include "commands_resolve.h"
#include "dataset_store.h"
#include "draft_resolve.h"
#include "edit_history.h"
#include "edit_history_json.h"
#include "events_csv.h"
#include "input.h"
#include "merge.h"
#include "record_fields.h"
#include "recovery.h"
#include "saved_change.h"
#include "timeline_json.h"
#include "validate.h"

namespace accord::cli {

namespace {

// "file:4:9: field date: ..." when the place is known, else "file: path: ...".
std::string located(const std::string& file, const Problem& p) {
  if (p.line == 0) return p.to_string();
  std::string where = file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
  if (!p.field.empty()) where += "field " + p.field + ": ";
  return where + p.message;
}

}  // namespace

bool open_store(DatasetStore& store, const std::string& command, Dataset& d, std::ostream& err) {
  if (std::string busy = store.lock("accord " + command); !busy.empty()) {
    err << "accord: " << busy << "; nothing was changed\n";
    return false;
  }
  const StoreLoad loaded = store.load();
  if (loaded.state == StoreState::Missing) {
    err << "accord: " << store.path() << " does not exist (start from a copy: accord export --out " << store.path()
        << ")\n";
    return false;
  }
  if (loaded.state == StoreState::Corrupted) {
    const size_t shown = std::min<size_t>(loaded.loaded.problems.size(), 10);
    for (size_t i = 0; i < shown; ++i) err << "error: " << located(store.path(), loaded.loaded.problems[i]) << "\n";
    if (loaded.loaded.problems.size() > shown)
      err << "... and " << loaded.loaded.problems.size() - shown << " more (accord --data " << store.path()
          << " validate lists them all)\n";
    err << "accord: " << store.path() << " does not load; nothing was changed\n";
    explain_recovery(store.path(), err);
    return false;
  }
  d = loaded.loaded.dataset;
  return true;
}

std::string required(const Args& args, const char* option, const char* command, std::ostream& err) {
  if (args.has(option) && !args.get(option).empty()) return args.get(option);
  err << "accord: " << command << " needs " << option << " DATASET\n";
  return {};
}

namespace {

size_t records_in(const Dataset& d) {
  size_t n = 0;
  for_each_table(d, [&](const char*, const auto& table) { n += table.size(); });
  return n;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

bool save_or_explain(DatasetStore& store, const Dataset& d, std::ostream& err) {
  const std::string saved = store.save(d);
  if (saved.empty()) return true;
  const std::vector<Problem>& problems = store.refused_problems();
  const size_t shown = std::min<size_t>(problems.size(), 20);
  for (size_t i = 0; i < shown; ++i) err << "error: " << problems[i].to_string() << "\n";
  if (problems.size() > shown) err << "... and " << problems.size() - shown << " more\n";
  err << "accord: " << saved << "\n";
  return false;
}

void print_records(const DraftRecords& r, std::ostream& out) {
  out << "event " << r.event.id << ": " << r.event.title << " (" << (r.has_date() ? r.event.date.iso() : "no date")
      << (r.event.location.city.empty() ? "" : ", " + r.event.location.city) << ")\n";
  out << "source " << r.source.id << "\n";
  for (const ResolvedPerson& p : r.people)
    out << (p.is_new ? "new person " : "person ") << p.id << " (" << p.draft_name << ")\n";
  for (const Organization& o : r.new_organizations) out << "new organization " << o.id << " (" << o.name << ")\n";
  for (const Mechanism& m : r.new_mechanisms) out << "new mechanism " << m.id << " (" << m.name << ")\n";
  for (const Country& c : r.new_countries) out << "new country " << c.id << " (" << c.name << ")\n";
  for (const Agreement& a : r.new_agreements) out << "new agreement " << a.id << " (" << a.title << ")\n";
  for (const Agreement& a : r.updated_agreements) out << "agreement " << a.id << " gets a new step\n";
  for (const std::string& n : r.notes) out << "note: " << n << "\n";
}

int cmd_add(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.has("--jsonl")) return cmd_add_batch(args, in, out, err);
  if (args.positionals.size() != 1) {
    err << "accord: add needs one ARTICLE file (or - for standard input)\n";
    return 2;
  }
  const std::string into = required(args, "--into", "add", err);
  if (into.empty()) return 2;
  ExtractOptions options;
  if (!read_date_options(args, options, err)) return 2;
  ReportChoice choice;  // a usage error is said before the dataset is opened (and locked)
  if (!read_report_choice(args, choice, err)) return 2;

  DatasetStore store(into);
  Dataset d;
  if (!open_store(store, "add", d, err)) return 1;
  std::string text;
  if (!read_article(args.positionals[0], in, text, err)) return 1;
  GazetteerLoad g = load_gazetteer(gazetteer_dir(args));
  if (!g.ok()) {
    for (const std::string& e : g.errors) err << "error: " << e << "\n";
    return 1;
  }
  add_dataset_entries(g.gazetteer, d);

  SourceInfo info;
  info.title = args.get("--title");
  info.publisher = args.get("--publisher");
  info.url = args.get("--url");

  EditHistory history = open_kept_history(store, d, err);
  const size_t steps_before = history.undo_steps().size();
  const ArticleAdd added = add_article(d, history, text, g.gazetteer, options, info, choice);
  print_records(added.records, out);
  if (added.needs_decision) {
    print_candidates(added.resolution, out);
    out << added.refused << "\n";
    err << "accord: nothing was added; " << into << " is unchanged\n";
    return 1;
  }
  if (!added.added()) {
    err << "accord: " << added.refused << "\n";
    err << "accord: nothing was added; " << into << " is unchanged\n";
    return 1;
  }
  if (!added.merged_into.empty()) {
    const EventMatch* m = added.resolution.best();
    out << "report of " << added.merged_into;
    if (m && m->event_id == added.merged_into)
      out << " (" << score_text(m->score) << "; " << m->reasons_text() << ")";
    else
      out << " (--same)";
    out << "\n";
  }
  if (args.has("--dry-run")) {
    out << "dry run: " << into << " not changed\n";
    return 0;
  }
  if (!save_or_explain(store, d, err)) return 1;
  keep_saved_change(store, history, steps_before, "accord add", err);
  if (added.merged_into.empty())
    out << "added " << added.records.event.id << " to " << into << "\n";
  else
    out << "added source " << added.records.source.id << " to " << added.merged_into << " in " << into << "\n";
  return 0;
}

int cmd_import(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: import needs one FILE (.json, .csv, TimelineJS or ACLED-style CSV)\n";
    return 2;
  }
  const std::string into = required(args, "--into", "import", err);
  if (into.empty()) return 2;
  const std::string file = args.positionals[0];
  const std::string format = args.get("--format");
  if (!format.empty() && format != "json" && format != "csv" && format != "timeline" && format != "acled") {
    err << "accord: import --format takes json, csv, timeline or acled, not \"" << format << "\"\n";
    return 2;
  }
  DatasetStore store(into);
  Dataset d;
  if (!open_store(store, "import", d, err)) return 1;
  EditHistory history = open_kept_history(store, d, err);
  const size_t steps_before = history.undo_steps().size();
  // The import is one whole-dataset step, undoable in the app, unless the
  // dataset is too large for the kept history to hold it (edit_history_json.h).
  std::optional<Dataset> before;
  if (2 * records_in(d) <= HistoryBounds{}.max_whole_records) before = d;

  // The format: --format, else the content (a TimelineJS file, an
  // ACLED-style header), else the extension (.csv), else a dataset.
  Dataset incoming;
  std::vector<Problem> problems;
  bool skippable = false;  // problems of single records, which --skip-bad may leave out
  std::string text;
  const bool is_csv = ends_with(file, ".csv") || ends_with(file, ".CSV");
  const bool read_text = format != "json" || is_csv;
  if (read_text) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
      problems.push_back({file, "cannot open the file"});
    else if (!read_limited(in, kMaxDatasetBytes, text))
      problems.push_back({file, "cannot read the file"});
    else if (text.size() > kMaxDatasetBytes)
      problems.push_back({file, "is larger than a dataset may be; not read"});
  }
  std::string kind = format;
  if (kind.empty() && problems.empty())
    kind = looks_like_acled_csv(text) ? "acled" : is_csv ? "csv" : looks_like_timeline_json(text) ? "timeline" : "json";
  auto take = [&](auto parsed) {
    for (const std::string& note : parsed.notes) out << file << ": note: " << note << "\n";
    problems = std::move(parsed.problems);
    incoming = std::move(parsed.dataset);
  };
  if (!problems.empty()) {
    // already said why
  } else if (kind == "csv") {
    take(csv_import_dataset(text, file, d));
  } else if (kind == "timeline") {
    take(exchange_import_dataset(parse_timeline_json(text, d), "timeline", file, d));
  } else if (kind == "acled") {
    take(exchange_import_dataset(parse_acled_csv(text, d), "acled", file, d));
  } else {
    std::string().swap(text);  // the loader reads the file itself
    LoadResult loaded = load_dataset_file(file);
    problems = std::move(loaded.problems);
    incoming = std::move(loaded.dataset);
    // The file is checked as `accord validate` checks it, so no door
    // takes what validate refuses. --skip-bad may leave out the records
    // at fault, but not a file whose ids are broken: which record is
    // which is not known then.
    if (problems.empty()) {
      problems = validate(incoming);
      skippable = !problems.empty() && validate_ids(incoming).empty();
      for (Problem& p : problems) p.path = file + ": " + p.path;
    }
  }
  if (kind == "timeline" || kind == "acled")  // a JSON path without the file
    for (Problem& p : problems)
      if (p.line == 0) p.path = p.path.empty() ? file : file + ": " + p.path;
  if (!problems.empty() && !(skippable && args.has("--skip-bad"))) {
    const size_t shown = std::min<size_t>(problems.size(), 20);
    for (size_t i = 0; i < shown; ++i) err << "error: " << located(file, problems[i]) << "\n";
    if (problems.size() > shown) err << "... and " << problems.size() - shown << " more\n";
    err << "accord: " << file << " has problems; nothing was imported and " << into << " is unchanged"
        << (skippable ? " (--skip-bad imports the records that are not at fault)" : "") << "\n";
    return 1;
  }

  const MergeReport report = merge_dataset(d, incoming);
  out << report.summary() << "\n";
  for (const MergeConflict& c : report.conflicts) {
    out << "conflict: " << c.kind << " " << c.id;
    if (c.incoming_id != c.id) out << " (theirs: " << c.incoming_id << ")";
    out << ": " << c.field << " differs, ours kept: \"" << c.ours << "\", theirs: \"" << c.theirs << "\"\n";
  }
  for (const std::string& p : report.problems) out << "not added: " << p << "\n";
  for (const std::string& m : report.merged_reports) out << "another report: " << m << "\n";
  for (const std::string& m : report.same_people) out << "same person: " << m << "\n";
  for (const std::string& m : report.same_agreements) out << "same agreement: " << m << "\n";
  for (const std::string& p : report.possible_same)
    out << "possible same event: " << p << "; added as its own (accord delete removes it)\n";
  // All or nothing: a file with a refused record changes nothing, unless asked.
  if (!report.problems.empty() && !args.has("--skip-bad")) {
    err << "accord: " << report.problems.size() << (report.problems.size() == 1 ? " record" : " records") << " of "
        << file << " would not be added; nothing was imported and " << into
        << " is unchanged (--skip-bad imports the rest)\n";
    return 1;
  }
  if (!report.problems.empty())
    out << "skipped " << report.problems.size() << " refused " << (report.problems.size() == 1 ? "record" : "records")
        << " (--skip-bad)\n";
  if (!report.changed()) {
    out << "nothing to add: " << into << " not changed\n";
    return 0;
  }
  if (args.has("--dry-run")) {
    out << "dry run: " << into << " not changed\n";
    return 0;
  }
  DatasetChange change;
  change.label = "Import " + file;
  change.article = file;
  change.whole = std::make_shared<const Dataset>(d);
  const bool undoable = before && history.apply(*before, change).empty();
  if (!undoable) history.clear();  // the steps before name records of the dataset as it was
  if (!save_or_explain(store, d, err)) return 1;
  keep_saved_change(store, history, undoable ? steps_before : 0, "accord import", err);
  if (!undoable) log_saved_change(store, change, "accord import", err);
  out << "saved " << into << "\n";
  return 0;
}

int cmd_delete(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: delete needs one ID (an event, agreement or person)\n";
    return 2;
  }
  // --from is also the events date filter; here it names the dataset.
  const std::string from = required(args, "--from", "delete", err);
  if (from.empty()) return 2;
  const std::string id = args.positionals[0];
  DatasetStore store(from);
  Dataset d;
  if (!open_store(store, "delete", d, err)) return 1;

  DatasetChange change;
  std::string kind;
  if (d.find_event(id))
    kind = "event", change.delete_events = {id};
  else if (d.find_agreement(id))
    kind = "agreement", change.delete_agreements = {id};
  else if (d.find_person(id))
    kind = "person", change.delete_people = {id};
  else {
    err << "accord: no event, agreement or person in " << from << " has the id \"" << id << "\"\n";
    return 1;
  }
  change.label = "Delete " + kind + " " + id;
  EditHistory history = open_kept_history(store, d, err);
  const size_t steps_before = history.undo_steps().size();
  const std::string problem = history.apply(d, change);
  if (!problem.empty()) {
    err << "accord: " << problem << "\n";
    return 1;
  }
  if (!save_or_explain(store, d, err)) return 1;
  keep_saved_change(store, history, steps_before, "accord delete", err);
  out << "deleted " << kind << " " << id << " from " << from << "\n";
  return 0;
}

}  // namespace accord::cli

namespace accord::cli {

int cmd_restore(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: restore needs one DATASET file (its backup DATASET.bak replaces it)\n";
    return 2;
  }
  const std::string path = args.positionals[0];
  DatasetStore store(path);
  if (std::string busy = store.lock("accord restore"); !busy.empty()) {
    err << "accord: " << busy << "; nothing was changed\n";
    return 1;
  }
  const StoreLoad loaded = store.load();
  if (loaded.state == StoreState::Ok) {
    err << "accord: " << path << " loads; restore only replaces a file that does not (nothing was changed)\n";
    return 1;
  }
  const bool had_file = loaded.state == StoreState::Corrupted;
  const std::string error = store.restore_backup();
  if (!error.empty()) {
    err << "accord: " << error << "\n";
    return 1;
  }
  keep_restore(store, err);
  out << "restored " << path << " from " << store.backup_path();
  if (had_file) out << "; the damaged version is kept as " << path << ".corrupt";
  out << "\n";
  return 0;
}

}  // namespace accord::cli
