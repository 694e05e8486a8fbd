// Loading and saving a Dataset as JSON (see docs/data-format.md).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model.h"
#include "problem.h"

namespace accord {

// Parses JSON text. Shape errors (wrong types, bad dates, unknown enum
// values) are all collected; a syntax error stops with its line and column.
LoadResult parse_dataset(const std::string& json_text);
// Dataset files are refused before reading above these sizes, so a wrong
// or hostile file cannot exhaust memory: parsing JSON takes about 6 times
// the file's size, reading a snapshot about 4 times. A 1,000,000-event
// dataset is ~1.4 GB as JSON and ~750 MB as a snapshot: keep it as one.
inline constexpr size_t kMaxDatasetBytes = 256u * 1024 * 1024;           // JSON
inline constexpr size_t kMaxSnapshotBytes = 1024u * 1024 * 1024;         // dataset_snapshot.h
inline constexpr size_t kMaxIndexedSnapshotBytes = 2048u * 1024 * 1024;  // one with its index (format 4)
// "" or why a dataset file of `size` bytes that starts with `head` (its
// first bytes, enough to tell a snapshot) is refused.
std::string dataset_size_problem(unsigned long long size, const std::string& head,
                                 size_t max_json_bytes = kMaxDatasetBytes);

// Reads a file; a missing or unreadable file is a problem, not an exception.
// A binary snapshot (dataset_snapshot.h, found by its first bytes) is read
// as such, so everything that opens JSON also opens snapshots.
// A file larger than max_bytes is refused before reading.
LoadResult load_dataset_file(const std::string& path, size_t max_bytes = kMaxDatasetBytes);

// Canonical JSON text: loading it gives the same Dataset back.
std::string dataset_to_json(const Dataset& d);
// Writes to PATH.tmp then renames over PATH, so a failed save never
// damages the file already there. Returns an error message, empty on success.
std::string save_dataset_file(const Dataset& d, const std::string& path);

}  // namespace accord
