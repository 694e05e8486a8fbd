#include "incoming_data.h"

#include <cstdio>
#include <cstring>

#include "dataset_json.h"
#include "events_csv.h"
#include "text_encoding.h"
#include "utf8.h"
#include "validate.h"

namespace accord {
namespace {

constexpr size_t kProblemsShown = 5;  // the rest are counted, not listed

// Bytes that no text file holds: NUL, or a known binary signature.
bool looks_binary(const std::string& bytes) {
  static const char kPng[] = "\x89PNG";
  if (bytes.compare(0, 4, kPng) == 0) return true;
  const size_t head = bytes.size() < 4096 ? bytes.size() : 4096;
  return std::memchr(bytes.data(), '\0', head) != nullptr;
}

std::string list_problems(const std::string& name, const std::vector<Problem>& problems) {
  std::string text = name + ": " + std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems") +
                     "; nothing was imported.";
  // A problem may quote the file's text (a wrong value): never its bad bytes.
  for (size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) text += "\n" + valid_utf8(problems[i].to_string());
  if (problems.size() > kProblemsShown) text += "\n(" + std::to_string(problems.size() - kProblemsShown) + " more)";
  return text;
}

}  // namespace

std::string too_large_message(const std::string& name, double bytes) {
  char text[160];
  std::snprintf(text, sizeof text, "is %.1f MB; files over %zu MB are refused.", bytes / (1024.0 * 1024.0),
                kMaxIncomingBytes / (1024 * 1024));
  return valid_utf8_or_replaced(name) + " " + text;
}

IncomingData read_incoming(const std::string& raw_name, const std::string& bytes, IncomingKind kind,
                           const Dataset& context) {
  IncomingData in;
  const std::string name = valid_utf8_or_replaced(raw_name);  // quoted in every message below
  if (kind == IncomingKind::Other) {
    in.error = name + " is not a dataset (.json) or an events table (.csv).";
    return in;
  }
  if (bytes.size() > kMaxIncomingBytes) {
    in.error = too_large_message(raw_name, double(bytes.size()));
    return in;
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    in.error = name + " is empty.";
    return in;
  }
  // UTF-16 (Excel's "Unicode text") has NUL bytes too: name it, not "binary".
  if (is_wide_unicode(bytes)) {
    in.error = name + " " + encoding_problem(bytes) + ".";
    return in;
  }
  if (looks_binary(bytes)) {
    in.error = name + " is not a text file (it holds binary data, like an image).";
    return in;
  }
  if (kind == IncomingKind::EventsCsv) {
    // Rows that are our events keep the fields CSV does not carry, so an
    // export re-imports as "already present" (core/events_csv.h).
    CsvDataset csv = csv_import_dataset(bytes, name, context);
    for (std::string& note : csv.notes) note = valid_utf8(note);
    in.notes = csv.notes;
    if (!csv.ok()) {
      in.error = list_problems(name, csv.problems);
      for (const std::string& note : csv.notes) in.error += "\nNote: " + note;
      return in;
    }
    if (csv.dataset.events.empty()) {
      in.error = name + " holds no events.";
      return in;
    }
    in.dataset = std::move(csv.dataset);
    in.ok = true;
    return in;
  }
  LoadResult loaded = parse_dataset(bytes);
  if (loaded.ok()) loaded.problems = validate(loaded.dataset);
  if (!loaded.ok()) {
    in.error = list_problems(name, loaded.problems);
    return in;
  }
  in.dataset = std::move(loaded.dataset);
  in.ok = true;
  return in;
}

}  // namespace accord
