#include "user_file.h"

#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "text_encoding.h"

namespace atlas {

std::string read_user_file(const std::string& path, std::string& bytes, size_t max_bytes) {
  const std::string name = file_base_name(path);
  const std::string shown = accord::valid_utf8_or_replaced(path);  // a path may hold any bytes
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "cannot open " + shown + ": " + std::strerror(errno);
  if (S_ISDIR(info.st_mode)) return shown + " is a folder, not a file.";
  if (size_t(info.st_size) > max_bytes) return too_large_message(name, double(info.st_size));
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "cannot open " + shown + ": " + std::strerror(errno);
  bytes.clear();
  char buffer[65536];
  size_t n;
  // The file may grow after stat: stop at the limit either way.
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    bytes.append(buffer, n);
    if (bytes.size() > max_bytes) {
      std::fclose(f);
      bytes.clear();
      return too_large_message(name, double(max_bytes) + 1);
    }
  }
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    bytes.clear();
    return "cannot read " + shown;
  }
  return "";
}

UserFileKind user_file_kind(const std::string& name) {
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos) return UserFileKind::Unknown;
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "json") return UserFileKind::Dataset;
  if (ext == "csv") return UserFileKind::EventsCsv;
  if (ext == "txt" || ext == "html" || ext == "htm") return UserFileKind::Article;
  return UserFileKind::Unknown;
}

std::string file_base_name(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace atlas
