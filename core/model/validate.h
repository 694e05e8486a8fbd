// Checks a loaded Dataset: ids unique, every reference resolves, topics
// come from the vocabulary, dates in order.
#pragma once
#include <cstddef>
#include <vector>

#include "model.h"
#include "problem.h"

namespace accord {

std::vector<Problem> validate(const Dataset& d);

// Only that every record has a well-formed id, unique in its list: what a
// file merged into another must hold by itself (its references may point
// into the dataset it joins).
std::vector<Problem> validate_ids(const Dataset& d);

// Indexes of the records to check, per list.
struct RecordSelection {
  std::vector<size_t> sources, countries, organizations, mechanisms, people, agreements, events;
};

// Checks only the selected records (their ids and their references into
// the whole dataset), not whether their ids are unique: cheap enough to
// run on every edit of a large dataset.
std::vector<Problem> validate_records(const Dataset& d, const RecordSelection& which);

}  // namespace accord
