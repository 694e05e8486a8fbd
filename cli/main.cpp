// accord: the Accord Atlas command-line tool.
#include <cstdlib>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "commands_extract.h"
#include "commands_intake.h"
#include "commands_log.h"
#include "commands_publish.h"
#include "commands_resolve.h"
#include "commands_synth.h"
#include "dataset_json.h"
#include "recovery.h"
#include "validate.h"

namespace {

const char* const kUsage = R"(accord: query and check an Accord Atlas dataset

usage: accord [--data FILE] COMMAND [options]

commands:
  validate                 check the dataset; prints every problem with its path
  stats                    counts by partner, topic, type and year
  events                   list events (newest last)
      --partner NAME       country name, alias or id (repeat for any of several)
      --topic TOPIC        topic from the vocabulary (repeatable)
      --type TYPE          talks, dialogue, ministerial_meeting, conference,
                           visit, signing, joint_operation, other (repeatable)
      --from DATE --to DATE  YYYY, YYYY-MM or YYYY-MM-DD, inclusive
      --text WORDS         search ignoring case and diacritics ("to lam")
      --format FMT         table (default), json or csv
  show ID                  one event, agreement, person, organization,
                           mechanism, country or source
  agreements [--text W]    the agreements register
  people [--text W]        the people directory with their roles
  trends                   events per partner or topic per period, each
                           against the mean of the periods before it, banded
                           (large or moderate increase, limited change,
                           moderate or large decrease; docs/trends.md)
      --by ROWS            partner (default) or topic
      --period P           month, quarter (default) or year
      --periods N          how many recent periods to show (default 8)
      --format FMT         table (default), csv or json
  network                  the cooperation network (countries, organizations,
                           people, agreements, mechanisms; edges: took part
                           in, hosted, signed, acted under, amends), its
                           nodes ranked by a centrality measure
      --measure M          degree (default), weighted, betweenness or eigenvector
      --top N              how many to list (default 20)
      --as-of DATE         only what happened by DATE (YYYY, YYYY-MM, YYYY-MM-DD)
      --nodes N            keep the N heaviest nodes (default 300, as the app)
  export [--format FMT] [--out FILE] [--force]
                           the whole dataset as JSON, or the events as CSV;
                           the format follows FILE's extension (.csv, .gexf,
                           .graphml) unless --format says; an existing FILE
                           is replaced only with --force, kept as FILE.bak
      --format FMT         json (default), csv, or for other tools
                           (docs/exchange-formats.md): gdelt (GDELT 2.0
                           event rows, CAMEO coded; --header adds the column
                           names), plover (JSON lines), acled (ACLED-style
                           CSV), timeline (TimelineJS), gexf or graphml
                           (the actor-agreement-mechanism network)
  extract FILE|-           a draft event from an article (English, French or
                           Vietnamese; - reads standard input)
      --format FMT         draft (default: JSON with text spans), record or text
      --jsonl              FILE has one JSON object per line ({"text": ...,
                           "published": "YYYY-MM-DD"}): one record per line
      --published DATE     the article's publication date
      --today DATE         "now" for year inference (default: the clock)
      --gazetteer DIR      default: the shipped assets/gazetteer
  add ARTICLE|- --into DATASET
                           extract an article, resolve its names against
                           DATASET and add the event (and new people,
                           organizations, agreements, its source) to it
      --title T --publisher P --url U   the source's details
      --published DATE --today DATE     as for extract
      --dry-run            print the records; write nothing
                           an article of an event DATASET has (near date,
                           same partners, people, place, agreements...)
                           becomes another source of it, its new facts
                           added and disagreements kept; a possible one is
                           not added: it prints possible report of ID
                           (score; reasons); then say
      --same ID            add it as another source of event ID, or
      --new                add it as a new event
      --jsonl              ARTICLE has one JSON object per line ({"text",
                           "published", "title", "publisher", "url", "id"}):
                           every article added, each the same way, saved
                           once, with a summary (articles, events made,
                           reports merged, decisions left to the user)
  split EVENT-ID --source SOURCE-ID --from DATASET
                           take a wrongly merged report (its source and the
                           facts only it gave) out of an event into its own
  import FILE --into DATASET [--dry-run] [--skip-bad] [--format FMT]
                           merge a dataset (.json), events (.csv, the
                           columns export writes), a TimelineJS file or an
                           ACLED-style CSV (found by content, or --format
                           json, csv, timeline or acled) into DATASET: new
                           records added, conflicts reported (ours kept); a
                           file with any refused record changes nothing
                           unless --skip-bad; --dry-run prints what it would do
  delete ID --from DATASET an event, agreement or person, with the
                           references to it
  restore DATASET          put DATASET.bak (the version before the last
                           save) back in place of a DATASET that does not
                           load; the damaged file is kept as DATASET.corrupt
  log [ID]                 the change log kept beside --data DATASET
                           (NAME.log.json for NAME.json): when each saved
                           change was made (UTC), what it was, the records
                           it touched and where it came from (by hand in the
                           app, an accord command, an article); with ID
                           only the changes that touched that record. The app and
                           add, import, delete, split and restore write it;
                           they also keep the undo history beside it
                           (NAME.history.json) so the app can undo them
  synth N [--seed S]       a realistic synthetic dataset of N events (at most
      [--out FILE]         5,000,000) for tests and benchmarks: JSON to
                           standard output, or written atomically to FILE
      [--format snapshot]  a binary snapshot instead of JSON (needs --out),
                           with its built index (--no-index: without)
      [--force]            FILE may exist: it is replaced, kept as FILE.bak
  snapshot IN OUT [--force]  a binary snapshot of the dataset IN (JSON), which
                           opens much faster; --data and the app take either;
                           an existing OUT is replaced only with --force; it
      [--no-index]         stores the built index too (format 4), unless
                           --no-index (format 3, the dataset only)

  publish DATA.json --out DIR
                           a static site: the web app (dist/web, built by
                           ./build-wasm.sh) with DATA.json as its dataset,
                           checked as validate checks it (a bad file is
                           refused, nothing written); prints what went in;
                           --out SITE.zip writes the site as one zip file
      --title T            the site's title (default: the dataset's)
      --home ID            its home country id (default: the dataset's)
      --web DIR            the built web app (default: this checkout's dist/web)

--data FILE defaults to $ACCORD_DATA, else the shipped dataset.
exit codes: 0 ok, 1 bad data or nothing found, 2 usage error
)";

std::string dataset_path(const accord::cli::Args& args) {
  if (args.has("--data")) return args.get("--data");
  if (const char* env = std::getenv("ACCORD_DATA")) return env;
  return ACCORD_DEFAULT_DATASET;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace accord::cli;
  Args args;
  try {
    args = parse_args(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "accord: " << e.what() << "\n(accord --help lists the commands)\n";
    return 2;
  }
  if (args.help || args.command.empty() || args.command == "help") {
    (args.command.empty() && !args.help ? std::cerr : std::cout) << kUsage;
    return args.command.empty() && !args.help ? 2 : 0;
  }
  const std::string data_path = dataset_path(args);
  args.options["--data"] = {data_path};

  if (args.command == "validate") return cmd_validate(args, std::cout, std::cerr);
  if (args.command == "extract") return cmd_extract(args, std::cin, std::cout, std::cerr);
  if (args.command == "synth") return cmd_synth(args, std::cout, std::cerr);
  if (args.command == "add") return cmd_add(args, std::cin, std::cout, std::cerr);
  if (args.command == "import") return cmd_import(args, std::cout, std::cerr);
  if (args.command == "delete") return cmd_delete(args, std::cout, std::cerr);
  if (args.command == "restore") return cmd_restore(args, std::cout, std::cerr);
  if (args.command == "split") return cmd_split(args, std::cout, std::cerr);
  if (args.command == "snapshot") return cmd_snapshot(args, std::cout, std::cerr);
  if (args.command == "log") return cmd_log(args, std::cout, std::cerr);
  if (args.command == "publish") return cmd_publish(args, std::cout, std::cerr);

  static const char* const kDataCommands[] = {"stats",  "events", "show",    "agreements",
                                              "people", "trends", "network", "export"};
  bool known = false;
  for (const char* c : kDataCommands) known = known || args.command == c;
  if (!known) {
    std::cerr << "accord: unknown command \"" << args.command << "\"\n(accord --help lists the commands)\n";
    return 2;
  }

  // Other commands refuse a dataset that does not validate: answers from
  // broken data would mislead.
  accord::LoadResult loaded = accord::load_dataset_file(args.get("--data"));
  if (loaded.ok()) {
    for (accord::Problem& p : accord::validate(loaded.dataset)) {
      p.path = args.get("--data") + ": " + p.path;
      loaded.problems.push_back(p);
    }
  }
  if (!loaded.ok()) {
    const size_t shown = std::min<size_t>(loaded.problems.size(), 10);
    for (size_t i = 0; i < shown; ++i) std::cerr << "error: " << loaded.problems[i].to_string() << "\n";
    if (loaded.problems.size() > shown)
      std::cerr << "... and " << loaded.problems.size() - shown << " more (accord validate lists them all)\n";
    explain_recovery(args.get("--data"), std::cerr);
    return 1;
  }
  const accord::Dataset& d = loaded.dataset;
  if (args.command == "stats") return cmd_stats(d, args, std::cout);
  if (args.command == "events") return cmd_events(d, args, std::cout, std::cerr);
  if (args.command == "show") return cmd_show(d, args, std::cout, std::cerr);
  if (args.command == "agreements") return cmd_agreements(d, args, std::cout, std::cerr);
  if (args.command == "people") return cmd_people(d, args, std::cout, std::cerr);
  if (args.command == "trends") return cmd_trends(d, args, std::cout, std::cerr);
  if (args.command == "network") return cmd_network(d, args, std::cout, std::cerr);
  return cmd_export(d, args, std::cout, std::cerr);
}
