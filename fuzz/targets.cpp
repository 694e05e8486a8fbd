#include "targets.h"

#include "fuzz_check.h"

namespace accord::fuzz {

const Dataset& shipped_dataset() {
  static const Dataset dataset = [] {
    LoadResult loaded = load_dataset_file(ACCORD_DEFAULT_DATASET);
    check(loaded.ok(), "the shipped dataset loads");
    return std::move(loaded.dataset);
  }();
  return dataset;
}

const Gazetteer& shipped_gazetteer() {
  static const Gazetteer g = [] {
    GazetteerLoad loaded = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
    check(loaded.ok(), "the gazetteer loads");
    add_dataset_entries(loaded.gazetteer, shipped_dataset());
    return std::move(loaded.gazetteer);
  }();
  return g;
}

const std::vector<Target>& all_targets() {
  static const std::vector<Target> targets = {
      {"dataset_json", dataset_json},       {"extract", extract},         {"url_hash", url_hash},
      {"events_csv", events_csv},           {"article_add", article_add}, {"data_link", data_link},
      {"exchange_import", exchange_import}, {"snapshot", snapshot},
  };
  return targets;
}

}  // namespace accord::fuzz
