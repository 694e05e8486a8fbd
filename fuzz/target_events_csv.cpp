#include "events_csv.h"
#include "export.h"
#include "fuzz_check.h"
#include "targets.h"

namespace accord::fuzz {

int events_csv(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const Dataset& context = shipped_dataset();
  const CsvImport first = parse_events_csv(text, context);
  for (const Problem& p : first.problems) check(!p.message.empty(), "every CSV problem says what is wrong");
  for (const Event& e : first.events) {
    for (const std::string& country : e.countries)
      check(context.find_country(country) != nullptr, "an imported partner resolves to a known country: " + country);
  }

  // Rows that were read export to CSV that reads back to the same CSV.
  Dataset with_rows = context;
  with_rows.events = first.events;
  std::vector<size_t> all(with_rows.events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::string exported = events_to_csv(with_rows, all);
  const CsvImport second = parse_events_csv(exported, context);
  check(second.problems.empty(), "exported rows read back without problems: " +
                                     (second.problems.empty() ? std::string() : second.problems[0].message));
  check(second.events.size() == first.events.size(), "exported rows read back to as many events");
  with_rows.events = second.events;
  check(events_to_csv(with_rows, all) == exported, "exported rows read back to the same CSV");
  return 0;
}

}  // namespace accord::fuzz
