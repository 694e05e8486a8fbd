#include "dataset_load.h"
#include "dataset_snapshot.h"
#include "event_index.h"
#include "fuzz_check.h"
#include "targets.h"

namespace accord::fuzz {

int snapshot(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // Re-sealed (size and checksum), so that mutations reach the checks
  // behind the checksum: the dataset's fields and the stored index.
  if (looks_like_snapshot(bytes) && bytes.size() >= kSnapshotHeaderSize) {
    const uint64_t payload = bytes.size() - kSnapshotHeaderSize;
    const uint64_t sum = snapshot_checksum(bytes.data() + kSnapshotHeaderSize, payload);
    for (int k = 0; k < 8; ++k) {
      bytes[16 + k] = static_cast<char>((payload >> (8 * k)) & 0xFF);
      bytes[24 + k] = static_cast<char>((sum >> (8 * k)) & 0xFF);
    }
  }
  DatasetLoad load = DatasetLoad::from_bytes(std::move(bytes), "fuzz.snap");
  while (!load.step()) {
  }
  Dataset d;
  std::vector<Problem> problems;
  const std::unique_ptr<EventIndex> index = load.take(d, problems);
  for (const Problem& p : problems) check(!p.message.empty(), "a problem has a message");
  check(index != nullptr && index->size() == d.events.size(), "the index holds every event");

  // Adopted or rebuilt, the index answers as a fresh build on what the
  // stored index is fully checked for (dates and facets); text must not
  // crash (the text is checked for structure, and sampled against the events).
  const EventIndex fresh(d);
  EventFilter all, some;
  some.types = {EventType::Talks};
  some.from = Date::parse("2015");
  if (!fresh.partner_ids().empty()) some.partners = {fresh.partner_ids().front()};
  if (!fresh.topics().empty()) some.topics = {fresh.topics().back()};
  for (const EventFilter* f : {&all, &some}) {
    const QueryResult a = index->query(*f), b = fresh.query(*f);
    check(a.events == b.events && a.partner_counts == b.partner_counts && a.topic_counts == b.topic_counts &&
              a.type_counts == b.type_counts,
          "a stored index answers as a fresh build");
  }
  for (const char* text : {"a", "hanoi", "e c", "2019."}) {
    EventFilter f;
    f.text = text;
    (void)index->query(f);
  }
  return 0;
}

}  // namespace accord::fuzz
