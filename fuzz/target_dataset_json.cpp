#include "dataset_json.h"
#include "fuzz_check.h"
#include "targets.h"
#include "validate.h"

namespace accord::fuzz {

int dataset_json(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  LoadResult loaded = parse_dataset(text);
  for (const Problem& p : loaded.problems) check(!p.message.empty(), "a problem has a message");
  if (!loaded.ok()) return 0;
  (void)validate(loaded.dataset);

  // Saving is lossless: the canonical text is a fixed point.
  const std::string canonical = dataset_to_json(loaded.dataset);
  LoadResult again = parse_dataset(canonical);
  if (!again.ok()) fail("canonical JSON does not load: " + again.problems.front().to_string());
  check(dataset_to_json(again.dataset) == canonical, "canonical JSON changes on a second save");
  return 0;
}

}  // namespace accord::fuzz
