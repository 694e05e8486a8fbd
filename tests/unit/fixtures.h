// Helpers for tests that read the fixtures and the shipped dataset.
#pragma once
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "dataset_json.h"
#include "extract.h"

inline std::string fixture_path(const std::string& name) { return std::string(ACCORD_TEST_FIXTURES) + "/" + name; }

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The small fixture every unit test can read (tests/fixtures/small.json:
// 3 events, 2 agreements, 1 person), and the shipped dataset.
inline accord::Dataset small_fixture() {
  accord::LoadResult r = accord::load_dataset_file(fixture_path("small.json"));
  if (!r.ok()) throw std::runtime_error("tests/fixtures/small.json does not load: " + r.problems[0].to_string());
  return std::move(r.dataset);
}
inline accord::Dataset shipped_dataset() {
  accord::LoadResult r = accord::load_dataset_file(ACCORD_DEFAULT_DATASET);
  if (!r.ok()) throw std::runtime_error("the shipped dataset does not load: " + r.problems[0].to_string());
  return std::move(r.dataset);
}

// A plain event of the small fixture's world (it cites src-a).
inline accord::Event test_event(const std::string& id) {
  accord::Event e;
  e.id = id;
  e.title = "Talks on drug couriers";
  e.type = accord::EventType::Talks;
  e.date = *accord::Date::parse("2024-05-20");
  e.countries = {"VNM", "LAO"};
  e.sources = {"src-a"};
  return e;
}

// A country the extractor found as a party to the event.
inline accord::DraftCountry draft_party(const std::string& id, const std::string& name) {
  accord::DraftCountry c;
  c.id = id;
  c.name = name;
  c.party = true;
  return c;
}

// True when some problem has exactly this path and its message contains the words.
inline bool has_problem(const std::vector<accord::Problem>& problems, const std::string& path,
                        const std::string& words) {
  for (const auto& p : problems)
    if (p.path == path && p.message.find(words) != std::string::npos) return true;
  return false;
}

// A fresh directory per test, removed at the end.
struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/accord-test-XXXXXX";
    if (::mkdtemp(name) == nullptr) throw std::runtime_error("cannot make a temporary directory");
    path = name;
  }
  ~TempDir() {
    ::chmod(path.c_str(), 0755);
    const std::string command = "rm -rf '" + path + "'";
    if (std::system(command.c_str()) != 0) { /* left in /tmp */
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return path + "/" + name; }
};
