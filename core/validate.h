// Checks a loaded Dataset: ids unique, every reference resolves, topics
// come from the vocabulary, dates in order.
#pragma once
#include <vector>

#include "dataset_json.h"

namespace accord {

std::vector<Problem> validate(const Dataset& d);

}  // namespace accord
