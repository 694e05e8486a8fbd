#include "commands_resolve.h"

#include <nlohmann/json.hpp>

#include <fstream>

#include "edit_history.h"
#include "gazetteer.h"
#include "input.h"
#include "report_split.h"
#include "saved_change.h"

namespace accord::cli {

bool read_report_choice(const Args& args, ReportChoice& choice, std::ostream& err) {
  choice.same_as = args.get("--same");
  choice.as_new = args.has("--new");
  if (!choice.same_as.empty() && choice.as_new) {
    err << "accord: add takes --same ID or --new, not both\n";
    return false;
  }
  if (args.has("--same") && choice.same_as.empty()) {
    err << "accord: --same needs the id of the event the article reports\n";
    return false;
  }
  return true;
}

void print_candidates(const EventResolution& r, std::ostream& out) {
  for (const EventMatch& m : r.candidates)
    if (m.decision != ResolutionDecision::New)
      out << "possible report of " << m.event_id << " (" << score_text(m.score) << "; " << m.reasons_text() << ")\n";
}

namespace {

struct BatchCounts {
  size_t articles = 0, made = 0, merged = 0, decisions = 0, refused = 0;
};

}  // namespace

int cmd_add_batch(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: add --jsonl needs one FILE (or - for standard input)\n";
    return 2;
  }
  if (args.has("--same") || args.has("--new")) {
    err << "accord: add --jsonl decides each article itself; --same and --new are for one article\n";
    return 2;
  }
  const std::string into = required(args, "--into", "add", err);
  if (into.empty()) return 2;
  ExtractOptions options;
  if (!read_date_options(args, options, err)) return 2;
  DatasetStore store(into);
  Dataset d;
  if (!open_store(store, "add", d, err)) return 1;
  const std::string path = args.positionals[0];
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      err << "accord: " << path << ": cannot open the file\n";
      return 1;
    }
  }
  std::istream& input = path == "-" ? in : file;
  GazetteerLoad g = load_gazetteer(gazetteer_dir(args));
  if (!g.ok()) {
    for (const std::string& e : g.errors) err << "error: " << e << "\n";
    return 1;
  }
  add_dataset_entries(g.gazetteer, d);

  // One index for the whole batch: each new event joins it, so a later
  // article of the same event finds it.
  EventCandidateIndex index(d);
  EditHistory history = open_kept_history(store, d, err);
  const size_t steps_before = history.undo_steps().size();
  BatchCounts n;
  std::string line;
  size_t line_no = 0;
  while (std::getline(input, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++n.articles;
    const std::string at = "line " + std::to_string(line_no);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception&) {
      ++n.refused;
      out << at << ": not added: not a JSON object\n";
      continue;
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      ++n.refused;
      out << at << ": not added: needs a \"text\" string\n";
      continue;
    }
    auto text_of = [&](const char* key) {
      return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
    };
    ExtractOptions o = options;
    if (!text_of("published").empty()) {
      const auto date = Date::parse(text_of("published"));
      if (!date) {
        ++n.refused;
        out << at << ": not added: \"published\" is not a date (YYYY-MM-DD)\n";
        continue;
      }
      o.published = date;
    }
    if (!text_of("language").empty()) o.language = text_of("language");
    SourceInfo info{text_of("title"), text_of("publisher"), text_of("url"), {}};  // add_article keeps the text
    ReportChoice choice;
    choice.index = &index;
    const size_t before = d.events.size();
    const ArticleAdd added = add_article(d, history, j["text"].get<std::string>(), g.gazetteer, o, info, choice);
    const std::string name = text_of("id").empty() ? at : at + " (" + text_of("id") + ")";
    // People and organizations the batch added are names the next articles may use.
    if (added.added() && (!added.records.new_people.empty() || !added.records.new_organizations.empty())) {
      Dataset names;
      for (const Person& p : added.records.new_people)
        if (d.find_person(p.id)) names.people.push_back(p);
      for (const Organization& org : added.records.new_organizations)
        if (d.find_organization(org.id)) names.organizations.push_back(org);
      add_dataset_entries(g.gazetteer, names);
    }
    if (added.needs_decision) {
      ++n.decisions;
      const EventMatch& m = *added.resolution.best();
      out << name << ": possible report of " << m.event_id << " (" << score_text(m.score) << "; " << m.reasons_text()
          << "): not added; add it alone with --same " << m.event_id << " or --new\n";
    } else if (!added.added()) {
      ++n.refused;
      out << name << ": not added: " << added.refused << "\n";
    } else if (!added.merged_into.empty()) {
      ++n.merged;
      const EventMatch& m = *added.resolution.best();
      out << name << ": report of " << added.merged_into << " (" << score_text(m.score) << "; " << m.reasons_text()
          << ")\n";
    } else {
      ++n.made;
      out << name << ": new event " << added.records.event.id;
      if (const EventMatch* m = added.resolution.best())
        out << " (closest: " << m->event_id << ", " << score_text(m->score) << ")";
      out << "\n";
      for (size_t i = before; i < d.events.size(); ++i) index.add(d, i);
    }
  }
  if (input.bad()) {
    err << "accord: " << path << ": cannot read\n";
    return 1;
  }
  out << n.articles << (n.articles == 1 ? " article: " : " articles: ") << n.made
      << (n.made == 1 ? " event made, " : " events made, ") << n.merged
      << (n.merged == 1 ? " report merged, " : " reports merged, ") << n.decisions
      << (n.decisions == 1 ? " decision left to the user, " : " decisions left to the user, ") << n.refused
      << " not added\n";
  if (n.made + n.merged == 0) {
    out << "nothing to add: " << into << " not changed\n";
    return n.articles == 0 || n.refused > 0 ? 1 : 0;
  }
  if (args.has("--dry-run")) {
    out << "dry run: " << into << " not changed\n";
    return 0;
  }
  if (!save_or_explain(store, d, err)) return 1;
  keep_saved_change(store, history, steps_before, "accord add", err);
  out << "saved " << into << "\n";
  return 0;
}

int cmd_split(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1 || args.get("--source").empty()) {
    err << "accord: split needs one EVENT-ID and --source SOURCE-ID\n";
    return 2;
  }
  const std::string from = required(args, "--from", "split", err);
  if (from.empty()) return 2;
  DatasetStore store(from);
  Dataset d;
  if (!open_store(store, "split", d, err)) return 1;
  const Event* event = d.find_event(args.positionals[0]);
  if (!event) {
    err << "accord: no event in " << from << " has the id \"" << args.positionals[0] << "\"\n";
    return 1;
  }
  const std::string source_id = args.get("--source");
  const ReportSplit split = split_report_change(d, event->id, source_id);
  if (!split.ok()) {
    err << "accord: " << split.why << "; nothing was changed\n";
    return 1;
  }
  EditHistory history = open_kept_history(store, d, err);
  const size_t steps_before = history.undo_steps().size();
  if (const std::string problem = history.apply(d, split.change); !problem.empty()) {
    err << "accord: " << problem << "; nothing was changed\n";
    return 1;
  }
  if (!save_or_explain(store, d, err)) return 1;
  keep_saved_change(store, history, steps_before, "accord split", err);
  out << "split source " << source_id << " from " << args.positionals[0] << " into " << split.new_event_id << " in "
      << from << "\n";
  return 0;
}

}  // namespace accord::cli
