// The fuzz targets: one function per parser that takes outside input.
// Each checks invariants beyond "does not crash" and aborts with a message
// when one breaks. The libFuzzer binaries (fuzzer_main.cpp) and the
// corpus-replay unit test (tests/unit/test_fuzz_corpus.cpp) call the same
// functions, so every saved input keeps being checked in CI.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace accord::fuzz {

// Dataset JSON: parse, validate; a parsed dataset saves to canonical JSON
// that parses back to the same canonical JSON.
int dataset_json(const uint8_t* data, size_t size);
// Article extraction: every span lies inside the text and on UTF-8
// boundaries; the draft and record JSON are valid JSON.
int extract(const uint8_t* data, size_t size);
// URL hash: parsing never fails; the hash written back parses to the same
// hash; the filter it holds gives the same events through EventIndex as
// through the reference query_events on the shipped dataset.
int url_hash(const uint8_t* data, size_t size);
// Events CSV import against the shipped dataset: rows read back are
// exported and re-read to the same fields.
int events_csv(const uint8_t* data, size_t size);
// Adding an article to the shipped dataset (the door `accord add` uses):
// either refused with a reason and nothing changed, or the dataset
// validates, writes JSON that loads back unchanged, and undo restores it.
int article_add(const uint8_t* data, size_t size);
// A data link (address, then body) and the same bytes as a picked CSV:
// refused with a message or read into a valid dataset; every message is
// valid UTF-8 and dumps as JSON (what the app's state hook writes).
int data_link(const uint8_t* data, size_t size);
// The same bytes as a TimelineJS file and as an ACLED-style CSV against the
// shipped dataset: problems say what; events read have a title and known
// partners, and export and read back to the same events (TimelineJS) or as
// many with the same ids and partners (ACLED).
int exchange_import(const uint8_t* data, size_t size);
// A binary snapshot, its size and checksum re-sealed so that mutations reach
// the checks behind them: refused with a message, or loaded with an index
// (adopted or rebuilt) that answers facet and date filters as a fresh build.
int snapshot(const uint8_t* data, size_t size);

struct Target {
  const char* name;  // also the corpus folder name
  int (*run)(const uint8_t*, size_t);
};
const std::vector<Target>& all_targets();

}  // namespace accord::fuzz
