// Extraction throughput: builds a corpus of at least 10 MB of article text
// from the project's own fixture articles (varied: numbers, days and the
// order of sentences change from copy to copy), writes it as JSON lines for
// the npm comparison, extracts every article one by one on one core, and
// prints MB/s. Prints, never asserts.
//   extract_bench [--mb N] [--corpus OUT.jsonl]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract.h"

namespace fs = std::filesystem;

static std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

int main(int argc, char** argv) {
  double target_mb = 10.0;
  std::string corpus_path;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc)
      target_mb = std::atof(argv[++i]);
    else if (a == "--corpus" && i + 1 < argc)
      corpus_path = argv[++i];
  }
  std::vector<std::vector<std::string>> articles;
  for (const auto& e : fs::directory_iterator(ACCORD_ARTICLES)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    articles.push_back(lines_of(s.str()));
  }
  std::sort(articles.begin(), articles.end());
  if (articles.empty()) {
    std::fprintf(stderr, "no fixture articles in %s\n", ACCORD_ARTICLES);
    return 1;
  }
  // Vary copies: shuffle body sentences, change digits.
  std::mt19937 rng(42);
  std::vector<std::string> corpus;
  size_t bytes = 0;
  const size_t target = static_cast<size_t>(target_mb * 1024 * 1024);
  while (bytes < target) {
    const auto& base = articles[corpus.size() % articles.size()];
    std::vector<std::string> body(base.begin() + 1, base.end());
    std::shuffle(body.begin() + 1, body.end(), rng);
    std::string text = base[0] + "\n";
    for (const std::string& l : body) text += l + "\n";
    for (char& c : text)
      if (c >= '1' && c <= '8' && rng() % 3 == 0) c = static_cast<char>('1' + rng() % 8);
    bytes += text.size();
    corpus.push_back(std::move(text));
  }
  if (!corpus_path.empty()) {
    std::ofstream out(corpus_path, std::ios::binary);
    for (const std::string& t : corpus) out << nlohmann::json{{"text", t}}.dump() << "\n";
  }
  const auto load_start = std::chrono::steady_clock::now();
  accord::GazetteerLoad g = accord::load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  if (!g.ok()) {
    for (const auto& e : g.errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count();
  accord::ExtractOptions options;
  options.today = accord::Date::parse("2026-01-01");
  size_t items = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& t : corpus) {
    const accord::ExtractedDraft d = accord::extract_article(t, g.gazetteer, options);
    items += d.people.size() + d.organizations.size() + d.countries.size() + d.agreements.size() + d.figures.size();
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb = bytes / (1024.0 * 1024.0);
  std::printf(
      "accord extract (C++):  %.1f MB in %zu articles, %.2f s, %.2f MB/s (%zu items; gazetteer loaded in %.0f ms)\n",
      mb, corpus.size(), secs, mb / secs, items, load_ms);
  return 0;
}
