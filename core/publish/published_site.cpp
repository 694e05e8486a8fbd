#include "published_site.h"

#include <cstdio>
#include <utility>

#include <nlohmann/json.hpp>

#include "dataset_json.h"
#include "markup_escape.h"
#include "sha256.h"
#include "validate.h"

namespace accord {
namespace {

constexpr const char* kReleaseStart = "/*ACCORD_RELEASE*/";
constexpr const char* kReleaseEnd = "/*END_ACCORD_RELEASE*/";

bool replace_once(std::string& text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  return true;
}

Problem web_problem(const std::string& file, const std::string& message) { return Problem{file, message}; }

// Replaces what lies between `open` and the next `close` (both kept).
bool replace_between(std::string& text, const std::string& open, const std::string& close, const std::string& with) {
  const size_t start = text.find(open);
  if (start == std::string::npos) return false;
  const size_t end = text.find(close, start + open.size());
  if (end == std::string::npos) return false;
  text.replace(start + open.size(), end - start - open.size(), with);
  return true;
}

// index.html with the site's title and the line that makes glue.js load
// the site's dataset (and fetch it early). A page already published (the
// app's "Publish…" on a published site) is published again the same way.
bool site_index(std::string& html, const std::string& title) {
  const std::string t = markup_escaped(title);
  if (!replace_between(html, "<title>", "</title>", t) ||
      !replace_between(html, "name=\"apple-mobile-web-app-title\" content=\"", "\"", t))
    return false;
  if (html.find("name=\"accord-site\"") != std::string::npos) return true;
  const std::string site = std::string("<meta charset=\"utf-8\">\n  <meta name=\"accord-site\" content=\"") +
                           kSiteInfoFile + "\">\n  <link rel=\"preload\" href=\"" + kSiteDatasetFile +
                           "\" as=\"fetch\" crossorigin>";
  return replace_once(html, "<meta charset=\"utf-8\">", site);
}

bool site_manifest(std::string& text, const std::string& title) {
  nlohmann::json m = nlohmann::json::parse(text, nullptr, false);
  if (!m.is_object()) return false;
  m["name"] = title;
  if (title.size() <= 30) m["short_name"] = title;  // launchers cut longer ones
  text = m.dump(2) + "\n";
  return true;
}

// sw.js with a release naming every other file of the site and its SHA-256.
bool site_worker(std::string& text, const std::vector<SiteFile>& files, std::string& release_id) {
  const size_t start = text.find(kReleaseStart);
  const size_t end = start == std::string::npos ? start : text.find(kReleaseEnd, start);
  if (end == std::string::npos) return false;
  std::string all;
  for (const SiteFile& f : files) all += f.bytes;
  release_id = sha256_hex(all).substr(0, 16);
  std::string release = std::string(kReleaseStart) + " { id: '" + release_id + "', files: {";
  for (size_t i = 0; i < files.size(); ++i)
    release += std::string(i ? "," : "") + " '" + files[i].name + "': '" + sha256_hex(files[i].bytes) + "'";
  release += " } } ";
  text.replace(start, end - start, release);
  return true;
}

std::string megabytes(uint64_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
  return buffer;
}

}  // namespace

const std::vector<std::string>& web_bundle_files() {
  static const std::vector<std::string> files = {
      "index.html",      "glue.js",           "manifest.webmanifest", "icon-192.png",  "icon-512.png",
      "accord-atlas.js", "accord-atlas.wasm", "accord-atlas.data",    "fonts-OFL.txt", "sw.js"};
  return files;
}

std::vector<Problem> load_publishable(const std::string& path, Dataset& out) {
  LoadResult loaded = load_dataset_file(path);
  std::vector<Problem> problems = loaded.problems;
  if (loaded.ok()) {
    for (Problem& p : validate(loaded.dataset)) {
      p.path = path + ": " + p.path;
      problems.push_back(std::move(p));
    }
  }
  if (problems.empty()) out = std::move(loaded.dataset);
  return problems;
}

PublishedSite build_site(Dataset d, const std::map<std::string, std::string>& web, const SiteOptions& options) {
  PublishedSite site;
  site.title = !options.title.empty() ? options.title : !d.title.empty() ? d.title : "Accord Atlas";
  site.home = options.home.empty() ? d.home_country : options.home;
  if (!site.home.empty() && !d.find_country(site.home))
    site.problems.push_back(
        {"--home", "\"" + site.home + "\" is not a country id of the dataset (its countries list, e.g. \"VNM\")"});
  std::vector<std::string> missing;
  for (const std::string& name : web_bundle_files())
    if (!web.count(name)) missing.push_back(name);
  if (!missing.empty()) {
    std::string names;
    for (const std::string& m : missing) names += (names.empty() ? "" : ", ") + m;
    site.problems.push_back(web_problem("web bundle", "missing " + names + " (./build-wasm.sh builds dist/web)"));
    return site;
  }
  d.title = site.title;
  d.home_country = site.home;
  site.events = d.events.size();
  site.agreements = d.agreements.size();
  site.people = d.people.size();
  site.sources = d.sources.size();
  std::string dataset = dataset_to_json(d);
  if (dataset.size() > kMaxSiteDatasetBytes)
    site.problems.push_back({kSiteDatasetFile, "the dataset is " + megabytes(dataset.size()) +
                                                   " as JSON; a published atlas ships at most " +
                                                   megabytes(kMaxSiteDatasetBytes)});
  for (const std::string& name : web_bundle_files()) {
    if (name == "sw.js") continue;
    std::string bytes = web.at(name);
    if (name == "index.html" && !site_index(bytes, site.title))
      site.problems.push_back(web_problem(name, "is not the app's page (its <title> or charset line was not found)"));
    if (name == "manifest.webmanifest" && !site_manifest(bytes, site.title))
      site.problems.push_back(web_problem(name, "is not a JSON object"));
    site.files.push_back({name, std::move(bytes)});
  }
  nlohmann::json info = {
      {"title", site.title}, {"home", site.home}, {"dataset", kSiteDatasetFile}, {"events", site.events}};
  site.files.push_back({kSiteDatasetFile, std::move(dataset)});
  site.files.push_back({kSiteInfoFile, info.dump(2) + "\n"});
  std::string worker = web.at("sw.js");
  if (!site_worker(worker, site.files, site.release))
    site.problems.push_back(
        web_problem("sw.js", "has no release markers (/*ACCORD_RELEASE*/ ... /*END_ACCORD_RELEASE*/)"));
  site.files.push_back({"sw.js", std::move(worker)});
  for (const SiteFile& f : site.files) site.total_bytes += f.bytes.size();
  if (!site.ok()) site.files.clear();
  return site;
}

std::string site_report(const PublishedSite& site) {
  std::string out;
  char line[160];
  for (const SiteFile& f : site.files) {
    std::snprintf(line, sizeof line, "  %-22s %12zu bytes\n", f.name.c_str(), f.bytes.size());
    out += line;
  }
  out += "\"" + site.title + "\"" + (site.home.empty() ? "" : " (home " + site.home + ")") + ": " +
         std::to_string(site.files.size()) + " files, " + std::to_string(site.total_bytes) + " bytes (" +
         megabytes(site.total_bytes) + "); " + std::to_string(site.events) +
         (site.events == 1 ? " event, " : " events, ") + std::to_string(site.agreements) + " agreements, " +
         std::to_string(site.people) + (site.people == 1 ? " person, " : " people, ") + std::to_string(site.sources) +
         " sources; release " + site.release + "\n";
  return out;
}

}  // namespace accord
