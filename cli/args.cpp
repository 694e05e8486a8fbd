#include "args.h"

#include <set>

namespace accord::cli {

namespace {
const std::set<std::string> kValueOptions = {
    "--data",   "--by",        "--period",    "--periods",   "--measure", "--top",  "--as-of",
    "--nodes",  "--partner",   "--topic",     "--type",      "--from",    "--to",   "--text",
    "--format", "--out",       "--gazetteer", "--published", "--today",   "--seed", "--into",
    "--title",  "--publisher", "--url",       "--same",      "--source",  "--home", "--web"};
// Options without a value: present or not.
const std::set<std::string> kFlagOptions = {"--jsonl", "--dry-run", "--force",   "--skip-bad",
                                            "--new",   "--header",  "--no-index"};
}  // namespace

std::string Args::get(const std::string& name, const std::string& fallback) const {
  const auto it = options.find(name);
  return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::all(const std::string& name) const {
  static const std::vector<std::string> kNone;
  const auto it = options.find(name);
  return it == options.end() ? kNone : it->second;
}

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      args.help = true;
    } else if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      std::string value;
      const size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
        if (kFlagOptions.count(arg)) throw UsageError(arg + " takes no value");
      } else if (kValueOptions.count(arg)) {
        if (i + 1 >= argc) throw UsageError(arg + " needs a value");
        value = argv[++i];
      }
      if (!kValueOptions.count(arg) && !kFlagOptions.count(arg)) throw UsageError("unknown option " + arg);
      args.options[arg].push_back(value);
    } else if (args.command.empty()) {
      args.command = arg;
    } else {
      args.positionals.push_back(arg);
    }
  }
  return args;
}

}  // namespace accord::cli
