#include "commands_synth.h"

#include <optional>
#include <string>

#include "dataset_json.h"
#include "dataset_snapshot.h"
#include "event_index.h"
#include "index_snapshot.h"
#include "output_file.h"
#include "synth.h"

namespace accord::cli {

namespace {

// A whole number made of digits only (no sign, no spaces), within 64 bits.
std::optional<uint64_t> parse_count(const std::string& text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  uint64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n;
}

// A snapshot with its built index (version 4), or without (--no-index:
// version 3, which older builds read).
std::string snapshot_of(const Dataset& d, const Args& args) {
  if (args.has("--no-index")) return snapshot_bytes(d);
  return snapshot_bytes(d, index_snapshot_block(EventIndex(d)));
}

}  // namespace

int cmd_synth(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1) {
    err << "accord: synth needs one N, the number of events (accord synth 1000 --seed 7)\n";
    return 2;
  }
  const std::optional<uint64_t> events = parse_count(args.positionals[0]);
  if (!events) {
    err << "accord: synth N must be a whole number of events, not \"" << args.positionals[0] << "\"\n";
    return 2;
  }
  if (*events > kSynthMaxEvents) {
    err << "accord: synth N is at most " << kSynthMaxEvents << " events (asked for " << *events << ")\n";
    return 2;
  }
  const std::string seed_text = args.get("--seed", "1");
  const std::optional<uint64_t> seed = parse_count(seed_text);
  if (!seed) {
    err << "accord: --seed takes a whole number, not \"" << seed_text << "\"\n";
    return 2;
  }

  const std::string format = args.get("--format", "json");
  if (format != "json" && format != "snapshot") {
    err << "accord: synth --format is json or snapshot, not \"" << format << "\"\n";
    return 2;
  }
  if (format == "snapshot" && !args.has("--out")) {
    err << "accord: synth --format snapshot needs --out FILE (a snapshot is binary)\n";
    return 2;
  }

  const Dataset d = synthesize(static_cast<size_t>(*events), *seed);
  if (!args.has("--out")) {
    out << dataset_to_json(d);
    return 0;
  }
  const std::string path = args.get("--out");
  const std::string bytes = format == "snapshot" ? snapshot_of(d, args) : dataset_to_json(d);
  if (write_command_output("synth", path, bytes, args.has("--force"), err) != 0) return 1;
  out << "wrote " << d.events.size() << " events (seed " << *seed << ") to " << path << "\n";
  return 0;
}

}  // namespace accord::cli

namespace accord::cli {

int cmd_snapshot(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 2) {
    err << "accord: snapshot needs IN.json and OUT.snap (accord snapshot data.json data.snap)\n";
    return 2;
  }
  const std::string& in_path = args.positionals[0];
  const std::string& out_path = args.positionals[1];
  LoadResult loaded = load_dataset_file(in_path);
  if (!loaded.ok()) {
    for (const Problem& p : loaded.problems) err << "error: " << p.to_string() << "\n";
    err << "accord: " << in_path << " was not read; no snapshot written\n";
    return 1;
  }
  if (write_command_output("snapshot", out_path, snapshot_of(loaded.dataset, args), args.has("--force"), err) != 0)
    return 1;
  out << "wrote a snapshot of " << loaded.dataset.events.size() << " events to " << out_path << "\n";
  return 0;
}

}  // namespace accord::cli
