// Plain-text tables for the terminal, aligned by UTF-8 code points.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace accord::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Cells wider than max_width are cut with "…".
  void print(std::ostream& out, size_t max_width = 60) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace accord::cli
