#include <nlohmann/json.hpp>

#include "data_link_read.h"
#include "fuzz_check.h"
#include "targets.h"
#include "utf8.h"
#include "validate.h"

namespace accord::fuzz {
namespace {

// What the app's state hook would write: nlohmann's strict dump throws on
// bytes that are not UTF-8, as the page's JSON.parse would choke on them.
void check_dumps(const std::string& what, const std::string& text) {
  check(is_valid_utf8(text), what + " is valid UTF-8");
  nlohmann::json state;
  state["data"]["message"] = text;
  state["notices"] = {text};
  try {
    (void)state.dump();
  } catch (const nlohmann::json::exception& e) {
    fail(what + " does not dump as JSON: " + e.what());
  }
}

}  // namespace

int data_link(const uint8_t* data, size_t size) {
  // The first line is the address (any bytes); a leading '!' makes it a
  // failed fetch whose error is the rest of the line. The rest is the body.
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  std::string url = input.substr(0, newline);
  const std::string body = newline == std::string::npos ? "" : input.substr(newline + 1);
  std::string fetch_error;
  if (!url.empty() && url[0] == '!') {
    fetch_error = url.substr(1);
    url = "https://example.org/failed.json";
  }

  DataLinkRead link = read_data_link(url, body, fetch_error, shipped_dataset());
  if (!link.ok) {
    check(link.refusal.rfind("Data link refused: ", 0) == 0, "a refusal says what was refused");
    check_dumps("the refusal", link.refusal);
  } else {
    check(fetch_error.empty(), "a failed fetch is refused");
    check_dumps("the origin", link.origin);
    const std::vector<Problem> problems = validate(link.dataset);
    check(problems.empty(), "an accepted dataset validates: " + (problems.empty() ? "" : problems[0].to_string()));
    (void)dataset_to_json(link.dataset);  // throws (and fails) on bytes that are not UTF-8
  }

  // The same bytes as a picked events table (the import door).
  IncomingData csv = read_incoming(url, body, IncomingKind::EventsCsv, shipped_dataset());
  if (!csv.ok) check_dumps("the CSV refusal", csv.error);
  for (const std::string& note : csv.notes) check_dumps("a CSV note", note);
  if (csv.ok) (void)dataset_to_json(csv.dataset);
  return 0;
}

}  // namespace accord::fuzz
