// accord log [ID]: the change log kept beside a dataset (change_log.h),
// every entry or those that touched one record.
#include "commands_log.h"

#include "change_log.h"
#include "file_safety.h"

namespace accord::cli {

int cmd_log(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() > 1) {
    err << "accord: log takes at most one ID\n";
    return 2;
  }
  const std::string dataset = args.get("--data");
  const std::string path = change_log_path_for(resolve_symlinks(dataset));
  const ChangeLogRead read = read_change_log(path);
  if (!read.ok()) {
    err << "accord: " << read.problem << "\n";
    return 1;
  }
  const std::string id = args.positionals.empty() ? "" : args.positionals[0];
  const std::vector<ChangeLogEntry> shown = entries_for(read.entries, id);
  if (shown.empty()) {
    if (id.empty())
      out << "no changes logged for " << dataset << "\n";
    else
      out << "no logged change of " << dataset << " touched " << id << "\n";
    return id.empty() ? 0 : 1;
  }
  for (const ChangeLogEntry& e : shown) {
    out << e.time << "  " << e.label << "  (" << (e.by.empty() ? "edited by hand" : e.by);
    if (!e.article.empty()) out << ", from " << e.article;
    out << ")";
    if (!e.records.empty()) {
      out << "  ";
      for (size_t i = 0; i < e.records.size(); ++i) out << (i ? ", " : "") << e.records[i];
    }
    out << "\n";
  }
  return 0;
}

}  // namespace accord::cli
