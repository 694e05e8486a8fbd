#include "data_import.h"

#include <cstring>

#include "dataset_json.h"
#include "events_csv.h"
#include "text_encoding.h"
#include "validate.h"

namespace atlas {
namespace {

constexpr size_t kProblemsShown = 5;  // the rest are counted, not listed

// Bytes that no text file holds: NUL, or a known binary signature.
bool looks_binary(const std::string& bytes) {
  static const char kPng[] = "\x89PNG";
  if (bytes.compare(0, 4, kPng) == 0) return true;
  const size_t head = bytes.size() < 4096 ? bytes.size() : 4096;
  return std::memchr(bytes.data(), '\0', head) != nullptr;
}

std::string list_problems(const std::string& name, const std::vector<accord::Problem>& problems) {
  std::string text = name + ": " + std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems") +
                     "; nothing was imported.";
  for (size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) text += "\n" + problems[i].to_string();
  if (problems.size() > kProblemsShown) text += "\n(" + std::to_string(problems.size() - kProblemsShown) + " more)";
  return text;
}

}  // namespace

IncomingData read_incoming(const std::string& name, const std::string& bytes, UserFileKind kind,
                           const accord::Dataset& context) {
  IncomingData in;
  if (kind != UserFileKind::Dataset && kind != UserFileKind::EventsCsv) {
    in.error = name + " is not a dataset (.json) or an events table (.csv).";
    return in;
  }
  if (bytes.size() > kMaxUserFileBytes) {
    in.error = too_large_message(name, double(bytes.size()));
    return in;
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    in.error = name + " is empty.";
    return in;
  }
  // UTF-16 (Excel's "Unicode text") has NUL bytes too: name it, not "binary".
  if (accord::is_wide_unicode(bytes)) {
    in.error = name + " " + accord::encoding_problem(bytes) + ".";
    return in;
  }
  if (looks_binary(bytes)) {
    in.error = name + " is not a text file (it holds binary data, like an image).";
    return in;
  }
  if (kind == UserFileKind::EventsCsv) {
    // Rows that are our events keep the fields CSV does not carry, so an
    // export re-imports as "already present" (core/events_csv.h).
    accord::CsvDataset csv = accord::csv_import_dataset(bytes, name, context);
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
  accord::LoadResult loaded = accord::parse_dataset(bytes);
  if (loaded.ok()) loaded.problems = accord::validate(loaded.dataset);
  if (!loaded.ok()) {
    in.error = list_problems(name, loaded.problems);
    return in;
  }
  in.dataset = std::move(loaded.dataset);
  in.ok = true;
  return in;
}

}  // namespace atlas
