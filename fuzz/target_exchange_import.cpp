#include "acled_csv.h"
#include "fuzz_check.h"
#include "targets.h"
#include "timeline_json.h"

namespace accord::fuzz {

namespace {

void check_events(const ExchangeImport& r, const Dataset& context, const char* format) {
  for (const Problem& p : r.problems) check(!p.message.empty(), std::string("every ") + format + " problem says what");
  for (const Event& e : r.events) {
    check(!e.title.empty(), std::string(format) + ": an imported event has a title");
    check(e.countries.size() >= 2, std::string(format) + ": an imported event has a partner");
    for (const std::string& c : e.countries)
      check(context.find_country(c) != nullptr, std::string(format) + ": a partner resolves: " + c);
  }
}

std::vector<size_t> all_of(const Dataset& d) {
  std::vector<size_t> all(d.events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

}  // namespace

int exchange_import(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const Dataset& context = shipped_dataset();

  // TimelineJS: what was read exports and reads back to the same events.
  const ExchangeImport timeline = parse_timeline_json(text, context);
  check_events(timeline, context, "TimelineJS");
  Dataset with = context;
  with.events = timeline.events;
  const ExchangeImport again = parse_timeline_json(events_to_timeline(with, all_of(with)), context);
  check(again.problems.empty(), "exported slides read back without problems: " +
                                    (again.problems.empty() ? std::string() : again.problems[0].to_string()));
  check(again.events.size() == timeline.events.size(), "exported slides read back to as many events");
  for (size_t k = 0; k < again.events.size() && k < timeline.events.size(); ++k) {
    const Event& a = timeline.events[k];
    const Event& b = again.events[k];
    check(a.id == b.id && a.date == b.date && a.type == b.type && a.title == b.title && a.summary == b.summary &&
              a.countries == b.countries && a.topics == b.topics && a.location.city == b.location.city,
          "a slide reads back to the same event: " + a.id);
  }

  // ACLED-style CSV: what was read exports and reads back without problems.
  const ExchangeImport acled = parse_acled_csv(text, context);
  check_events(acled, context, "ACLED");
  with.events = acled.events;
  const ExchangeImport acled_again = parse_acled_csv(events_to_acled(with, all_of(with)), context);
  check(acled_again.problems.empty(),
        "exported ACLED rows read back without problems: " +
            (acled_again.problems.empty() ? std::string() : acled_again.problems[0].to_string()));
  check(acled_again.events.size() == acled.events.size(), "exported ACLED rows read back to as many events");
  for (size_t k = 0; k < acled.events.size() && k < acled_again.events.size(); ++k)
    check(
        acled.events[k].id == acled_again.events[k].id && acled.events[k].countries == acled_again.events[k].countries,
        "an ACLED row reads back with its id and partners: " + acled.events[k].id);
  return 0;
}

}  // namespace accord::fuzz
