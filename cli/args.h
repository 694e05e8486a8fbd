// Command-line parsing for `accord`: one command, positionals and --options.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace accord::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Args {
  std::string command;
  std::vector<std::string> positionals;
  std::map<std::string, std::vector<std::string>> options;  // "--partner" -> values
  bool help = false;

  bool has(const std::string& name) const { return options.count(name) > 0; }
  // The last value given for an option, or the fallback.
  std::string get(const std::string& name, const std::string& fallback = "") const;
  const std::vector<std::string>& all(const std::string& name) const;
};

// Options taking a value; anything else starting with "--" is an error.
Args parse_args(int argc, char** argv);

}  // namespace accord::cli
