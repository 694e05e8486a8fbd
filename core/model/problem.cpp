#include "problem.h"

namespace accord {

std::string Problem::to_string() const {
  std::string where = path;
  if (line > 0)
    where +=
        (where.empty() ? "" : " ") + std::string("line ") + std::to_string(line) + ", column " + std::to_string(column);
  if (!field.empty()) where += (where.empty() ? "" : ", ") + std::string("field ") + field;
  return where.empty() ? message : where + ": " + message;
}

}  // namespace accord
