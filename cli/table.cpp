#include "table.h"

#include <algorithm>

namespace accord::cli {

namespace {
size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Cuts to at most width code points, ending in "…" when cut.
std::string cut(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points == width) break;
  }
  return s.substr(0, i) + "…";
}
}  // namespace

void Table::print(std::ostream& out, size_t max_width) const {
  std::vector<size_t> widths(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t k = 0; k < row.size() && k < widths.size(); ++k)
      widths[k] = std::max(widths[k], std::min(display_width(row[k]), max_width));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t k = 0; k < widths.size(); ++k) {
      const std::string cell = cut(k < row.size() ? row[k] : "", max_width);
      line += cell;
      if (k + 1 < widths.size()) line += std::string(widths[k] - display_width(cell) + 2, ' ');
    }
    out << line << "\n";
  };
  print_row(header_);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  print_row(rule);
  for (const auto& row : rows_) print_row(row);
}

}  // namespace accord::cli
