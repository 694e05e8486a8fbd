// A published atlas: the web app (the files ./build-wasm.sh puts in
// dist/web) with a dataset of the user's as its shipped data, its own title
// and home country, a web manifest named after it and a service-worker
// release that covers every file, the dataset included. `accord publish`
// writes it to a folder; the app's "Publish…" hands it over as a zip.
//
// The site's files beside the app's: atlas.json (the dataset, canonical
// JSON) and site.json ({"title", "home", "dataset", "events"}); index.html
// names site.json in <meta name="accord-site">, and web/glue.js then loads
// atlas.json in place of the dataset packaged in accord-atlas.data.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model.h"
#include "problem.h"

namespace accord {

// The web bundle's files a site is made from (sw.js last: its release
// names the others).
const std::vector<std::string>& web_bundle_files();
inline constexpr const char* kSiteDatasetFile = "atlas.json";
inline constexpr const char* kSiteInfoFile = "site.json";
// The largest dataset a site ships: what the app opens of any file a user
// brings (kMaxIncomingBytes), so every visitor's browser can hold it.
inline constexpr size_t kMaxSiteDatasetBytes = 16u * 1024 * 1024;

struct SiteOptions {
  std::string title;  // empty: the dataset's own title, else "Accord Atlas"
  std::string home;   // a country id of the dataset ("VNM"); empty: the dataset's home_country
};

struct SiteFile {
  std::string name;
  std::string bytes;
};

struct PublishedSite {
  std::vector<Problem> problems;  // not empty: nothing may be written
  std::vector<SiteFile> files;    // in web_bundle_files() order, then atlas.json and site.json before sw.js
  std::string title, home, release;
  size_t events = 0, agreements = 0, people = 0, sources = 0;
  uint64_t total_bytes = 0;
  bool ok() const { return problems.empty(); }
};

// Loads the dataset file and checks it as `accord validate` does: every
// problem with the file's name, line and column or field path. Empty when
// it may be published.
std::vector<Problem> load_publishable(const std::string& path, Dataset& out);

// The site from a valid dataset and the web bundle's files (name -> bytes,
// read from dist/web or fetched by the app). Problems: a web file missing
// or not of the expected shape, --home not a country of the dataset, the
// dataset over kMaxSiteDatasetBytes.
PublishedSite build_site(Dataset d, const std::map<std::string, std::string>& web, const SiteOptions& options);

// What went in, for the user: one line per file with its bytes, then the
// totals, the dataset's counts and the release.
std::string site_report(const PublishedSite& site);

}  // namespace accord
