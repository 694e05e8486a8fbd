#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "id_table.h"

using namespace accord;

namespace {

struct Record {
  std::string id;
};

// Every id finds its first record, and ids no record has find nothing.
void check_finds(const IdTable<Record>& table, const std::vector<Record>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    size_t first = 0;
    while (items[first].id != items[i].id) ++first;
    REQUIRE(table.find(items[i].id) == &items[first]);
  }
  CHECK(table.find("no-such-id") == nullptr);
  CHECK(table.find("") == nullptr);
}

}  // namespace

TEST_CASE("IdTable finds records by id, the first of a repeated id", "[id_table]") {
  std::vector<Record> items = {{"a"}, {"b"}, {"c"}, {"b"}};
  IdTable<Record> table;
  CHECK(table.find("a") == nullptr);  // not built yet
  table.build(items);
  CHECK(table.find("b") == &items[1]);
  check_finds(table, items);
}

// The ops EditHistory reports, made on the vector, then followed by the table
// (never rebuilt by the test), in batches that mix all four kinds.
TEST_CASE("IdTable follows replaced, appended, erased and inserted records", "[id_table]") {
  std::mt19937 rng(99);
  std::vector<Record> items;
  for (int i = 0; i < 300; ++i) items.push_back({"ev-" + std::to_string(i)});
  IdTable<Record> table;
  table.build(items);
  int next_id = 1000;
  for (int batch = 0; batch < 200; ++batch) {
    std::vector<ListOp> ops;
    for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k) {
      const size_t kind = rng() % 4;
      if (kind == 0 && !items.empty()) {
        const size_t at = rng() % items.size();
        items[at].id = "ev-" + std::to_string(next_id++);  // a replaced record may change id
        ops.push_back({ListOp::Kind::Replace, at});
      } else if (kind == 1) {
        ops.push_back({ListOp::Kind::Append, items.size()});
        items.push_back({"ev-" + std::to_string(next_id++)});
      } else if (kind == 2 && !items.empty()) {
        const size_t at = rng() % items.size();
        ops.push_back({ListOp::Kind::Erase, at});
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(at));
      } else {
        const size_t at = rng() % (items.size() + 1);
        ops.push_back({ListOp::Kind::Insert, at});
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), Record{"ev-" + std::to_string(next_id++)});
      }
    }
    // Appends may reallocate: the table keeps a pointer to the vector, not its records.
    table.follow(ops);
    INFO("batch " << batch);
    check_finds(table, items);
  }
}
