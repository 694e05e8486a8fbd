#include "commands_publish.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "published_site.h"
#include "zip_writer.h"

namespace accord::cli {
namespace {

bool is_dir(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// Creates `path` and its missing parents; "" or why not.
std::string make_dirs(const std::string& path) {
  std::string at;
  std::stringstream parts(path);
  std::string part;
  if (!path.empty() && path[0] == '/') at = "/";
  while (std::getline(parts, part, '/')) {
    if (part.empty()) continue;
    at += part + "/";
    if (is_dir(at)) continue;
    if (mkdir(at.c_str(), 0755) != 0 && errno != EEXIST) return at + ": " + std::strerror(errno);
  }
  return is_dir(path) ? "" : path + ": not a folder";
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

// PATH.tmp then a rename: a site being replaced never has half a file.
std::string write_file(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return tmp + ": " + std::strerror(errno);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return tmp + ": the write failed";
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return path + ": " + std::strerror(errno);
  return "";
}

std::string default_web_dir() {
#ifdef ACCORD_DEFAULT_WEB_DIR
  return ACCORD_DEFAULT_WEB_DIR;
#else
  return "dist/web";
#endif
}

}  // namespace

int cmd_publish(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() != 1 || !args.has("--out")) {
    err << "accord: usage: accord publish DATA.json --out DIR [--title T] [--home ID] [--web DIR]\n";
    return 2;
  }
  const std::string data = args.positionals[0];
  const std::string dir = args.get("--out");
  const std::string web_dir = args.get("--web", default_web_dir());

  Dataset d;
  const std::vector<Problem> problems = load_publishable(data, d);
  if (!problems.empty()) {
    for (const Problem& p : problems) err << "error: " << p.to_string() << "\n";
    err << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " in " << data
        << "; nothing was published\n";
    return 1;
  }
  if (!is_dir(web_dir) || !std::ifstream(web_dir + "/index.html")) {
    err << "error: the web app is not built: " << web_dir
        << " has no index.html. Run ./build-wasm.sh in the Accord Atlas checkout (it builds dist/web), or give"
           " the built bundle's folder with --web DIR\n";
    return 1;
  }
  std::map<std::string, std::string> web;
  for (const std::string& name : web_bundle_files()) {
    std::string bytes;
    if (read_file(web_dir + "/" + name, bytes)) web[name] = std::move(bytes);
  }
  SiteOptions options;
  options.title = args.get("--title");
  options.home = args.get("--home");
  const PublishedSite site = build_site(std::move(d), web, options);
  if (!site.ok()) {
    for (const Problem& p : site.problems) err << "error: " << p.to_string() << "\n";
    err << "nothing was published\n";
    return 1;
  }
  if (dir.size() > 4 && dir.compare(dir.size() - 4, 4, ".zip") == 0) {  // one file to hand over
    std::vector<ZipEntry> entries;
    for (const SiteFile& f : site.files) entries.push_back({f.name, f.bytes});
    std::string error;
    const std::string zip = zip_store(entries, error);
    if (const std::string e = error.empty() ? write_file(dir, zip) : error; !e.empty()) {
      err << "error: " << e << "\n";
      return 1;
    }
    out << "published " << data << " to " << dir << " (" << zip.size() << " bytes)\n" << site_report(site);
    return 0;
  }
  if (const std::string e = make_dirs(dir); !e.empty()) {
    err << "error: " << e << "\n";
    return 1;
  }
  for (const SiteFile& f : site.files) {
    if (const std::string e = write_file(dir + "/" + f.name, f.bytes); !e.empty()) {
      err << "error: " << e << "\n";
      return 1;
    }
  }
  out << "published " << data << " to " << dir << "/\n" << site_report(site);
  out << "serve it from any static host, e.g.: python3 -m http.server -d " << dir << " 8000\n";
  return 0;
}

}  // namespace accord::cli
