#include "input.h"

#include <cstdlib>
#include <fstream>

namespace accord::cli {

std::string gazetteer_dir(const Args& args) {
  if (args.has("--gazetteer")) return args.get("--gazetteer");
  if (const char* env = std::getenv("ACCORD_GAZETTEER")) return env;
  return ACCORD_DEFAULT_GAZETTEER;
}

bool read_limited(std::istream& in, size_t limit, std::string& text) {
  text.clear();
  char buf[65536];
  while (in && text.size() <= limit) {
    in.read(buf, sizeof buf);
    text.append(buf, static_cast<size_t>(in.gcount()));
  }
  return !in.bad();
}

bool read_article(const std::string& path, std::istream& in, std::string& text, std::ostream& err) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      err << "accord: " << path << ": cannot open the file\n";
      return false;
    }
  }
  const std::string name = path == "-" ? "standard input" : path;
  if (!read_limited(path == "-" ? in : file, kMaxArticleBytes, text)) {
    err << "accord: " << name << ": cannot read\n";
    return false;
  }
  const std::string problem = check_article_text(text);
  if (!problem.empty()) {
    err << "accord: " << name << ": refused: " << problem << "\n";
    return false;
  }
  return true;
}

bool read_date_options(const Args& args, ExtractOptions& options, std::ostream& err) {
  for (const char* key : {"--published", "--today"}) {
    if (!args.has(key)) continue;
    const auto d = Date::parse(args.get(key));
    if (!d) {
      err << "accord: " << key << " \"" << args.get(key) << "\" is not a date (YYYY-MM-DD)\n";
      return false;
    }
    (std::string(key) == "--published" ? options.published : options.today) = d;
  }
  return true;
}

}  // namespace accord::cli
