#include "record_history_panel.h"

#include "app_state.h"
#include "display_text.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// A page is about the record, not its history: the last few changes.
constexpr size_t kShownChanges = 5;

// "2026-12-07T18:48:44Z" -> "2026-12-07 18:48 UTC".
std::string when_text(const std::string& time) {
  if (time.size() < 16 || time[10] != 'T') return time;
  return time.substr(0, 10) + " " + time.substr(11, 5) + " UTC";
}

}  // namespace

void draw_record_history(AppState& state, const Fonts& fonts, const std::string& record_id) {
  const std::vector<accord::ChangeLogEntry> entries = accord::entries_for(state.change_log(), record_id);
  if (entries.empty()) return;
  section_heading(tr("Edit history"), fonts);
  size_t shown = 0;
  for (auto it = entries.rbegin(); it != entries.rend() && shown < kShownChanges; ++it, ++shown) {
    ImGui::PushID(int(shown));
    text_wrapped(it->label);
    note_widget(state, "history:" + it->label);
    std::string how = when_text(it->time) + " \u00b7 " + (it->by.empty() ? std::string(tr("edited by hand")) : it->by);
    if (!it->article.empty()) how += " \u00b7 " + trf("from {article}", {{"article", it->article}});
    text_wrapped_colored(palette::kMutedText, how);
    ImGui::PopID();
  }
  if (entries.size() > shown)
    text_wrapped_colored(palette::kMutedText, tr_count("\u2026 and {n} earlier changes (accord log {id}).",
                                                       (long long)(entries.size() - shown), {{"id", record_id}}));
}

}  // namespace atlas
