// The Data window, the header's Data button and the banners over the view
// (a damaged store, a changed file, a data link, a failed save): drawing
// only; what each button does is in data_menu.cpp.
#include "data_menu.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "data_link.h"
#include "dataset_json.h"
#include "exchange_export.h"
#include "export.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "text_encoding.h"
#include "theme.h"
#include "user_file.h"
#include "widgets.h"

namespace atlas {
namespace {

constexpr size_t kConflictsShown = 50;  // the rest are counted

const char* status_name(int s) {
  static const char* const kNames[] = {"loading", "missing", "ok", "corrupted"};
  return kNames[s];
}

// A full-width banner row: coloured background, wrapped text; returns the
// text's right edge so buttons can follow on the next line.
void banner_text(const std::string& text, const ImVec4& bg, const ImVec4& ink) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float text_width = width - style.FramePadding.x * 2;
  const float text_height = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_width).y;
  const float height = text_height + style.FramePadding.y * 2;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + width, min.y + height), ImGui::GetColorU32(bg), style.FrameRounding);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
              ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), ImGui::GetColorU32(ink), text.c_str(),
              nullptr, text_width);
  ImGui::Dummy(ImVec2(width, height));
}

bool named_button(AppState& state, const char* label, const std::string& name, float height) {
  const bool pressed = ImGui::Button(label, ImVec2(0, height));
  note_widget(state, name);
  return pressed;
}

// Keeps the next button on this line when it fits (phones wrap them).
void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float last_right = ImGui::GetItemRectMax().x;
  const float needed =
      ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (last_right + needed <= right_edge) ImGui::SameLine();
}

}  // namespace

namespace {
// At least a finger wide: "Data" is a short word.
float data_button_inner_width() {
  return std::max(ImGui::CalcTextSize(tr("Data")).x + ImGui::GetStyle().FramePadding.x * 2, 44.0f * ui_px());
}
}  // namespace

float DataMenu::button_width() const { return data_button_inner_width() + ImGui::GetStyle().ItemSpacing.x; }

void DataMenu::draw_button(AppState& state) {
  if (ImGui::Button(tr_id("Data", "data").c_str(), ImVec2(data_button_inner_width(), target_height(state))))
    window_open_ = !window_open_;
  note_widget(state, "data");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Your data: import, export, where it is kept"));
}

void DataMenu::draw_banners(AppState& state) {
  const float h = ImGui::GetFrameHeight();
  if (status_ == Status::Corrupted) {
    banner_text(trf(backup_available_ ? "Your saved data could not be read: {reason}. The shipped dataset is shown "
                                        "meanwhile; your file is left as it is."
                                      : "Your saved data could not be read: {reason}. The shipped dataset is shown "
                                        "meanwhile; your file is left as it is, and there is no backup to restore.",
                    {{"reason", corruption_}}),
                palette::kNoticeBg, palette::kNoticeText);
    note_widget(state, "store:notice");
    if (confirm_fresh_) {
      ImGui::AlignTextToFramePadding();
      text_wrapped(tr("Set the damaged file aside (it is kept) and start from what is shown?"));
      if (named_button(state, tr("Yes, start fresh"), "store:fresh-confirm", h)) start_fresh(state);
      ImGui::SameLine();
      if (named_button(state, tr_id("Cancel", "fresh").c_str(), "store:fresh-cancel", h)) confirm_fresh_ = false;
    } else if (!confirm_restore_) {
      if (named_button(state, tr("Download damaged file"), "store:download-damaged", h)) download_damaged();
      same_line_if_fits(tr("Start fresh"));
      if (named_button(state, tr("Start fresh"), "store:fresh", h)) confirm_fresh_ = true;
    }
    if (backup_available_ && !confirm_fresh_) {
      if (!confirm_restore_) {
        same_line_if_fits(tr("Restore backup"));
        if (named_button(state, tr("Restore backup"), "store:restore", h)) confirm_restore_ = true;
      } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("Replace the damaged file with the backup?"));
        ImGui::SameLine();
        if (named_button(state, tr("Yes, restore"), "store:restore-confirm", h)) restore_backup(state);
        ImGui::SameLine();
        if (named_button(state, tr_id("Cancel", "restore").c_str(), "store:restore-cancel", h))
          confirm_restore_ = false;
      }
    }
  }
  if (disk_changed_) {
    banner_text(trf("Your data ({file}) was changed {by} since it was read here. Reload it, or merge what is shown "
                    "here into it; until then nothing is saved over it.",
                    {{"file", accord::valid_utf8_or_replaced(file_base_name(store_.path()))},
                     {"by", tr(other_store_writers())}}),
                palette::kNoticeBg, palette::kNoticeText);
    note_widget(state, "store:changed");
    if (store_.other_tab_save_arriving()) {
      // Reload or Merge before it is in would read the file as it was.
      text_wrapped_colored(palette::kMutedText, tr("Reading what the other tab saved\u2026"));
      state.request_redraw();  // frames keep coming until it is in
    } else {
      if (named_button(state, tr("Reload"), "store:reload", h)) reload_from_disk(state);
      same_line_if_fits(tr("Merge mine into it"));
      if (named_button(state, tr("Merge mine into it"), "store:merge", h)) merge_into_disk(state);
    }
  }
  if (foreign_) {
    banner_text(trf("Not your data: viewing a dataset from {origin}. Your own data is kept as it was until you choose.",
                    {{"origin", foreign_origin_}}),
                palette::kNoticeBg, palette::kNoticeText);
    note_widget(state, "link:banner");
    if (!confirm_replace_) {
      if (named_button(state, tr("Keep my data"), "link:keep", h)) keep_mine(state);
      same_line_if_fits(tr("Merge into my data"));
      if (named_button(state, tr("Merge into my data"), "link:merge", h)) merge_foreign(state);
      same_line_if_fits(tr("Replace my data"));
      if (named_button(state, tr("Replace my data"), "link:replace", h)) confirm_replace_ = true;
      // Copy link (the header) shares the user's place without this data;
      // this one shares the stranger's dataset, when that is what is meant.
      same_line_if_fits(tr("Copy link with this data"));
      if (named_button(state, tr("Copy link with this data"), "link:copy-with-data", h)) {
        copied_with_data_ = copy_link_to_clipboard(state.current_hash(), /*with_data_link=*/true);
        set_message(trf("Copied a link that opens the dataset from {origin}.", {{"origin", foreign_origin_}}), false);
      }
    } else {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(tr("Replace all your data with this dataset?"));
      if (named_button(state, tr("Yes, replace my data"), "link:replace-confirm", h)) replace_with_foreign(state);
      ImGui::SameLine();
      if (named_button(state, tr_id("Cancel", "replace").c_str(), "link:replace-cancel", h)) confirm_replace_ = false;
    }
  }
  if (!save_error_.empty()) {
    banner_text(save_error_ + " " + tr("Your changes are still shown."), palette::kNoticeBg, palette::kWarning);
    note_widget(state, "store:save-error");
    if (named_button(state, tr_id("Dismiss", "save-error").c_str(), "store:save-error-dismiss", h)) save_error_.clear();
  }
}

void DataMenu::draw_report() {
  const std::string summary = report_name_ + ": " + report_.summary();
  text_wrapped(summary);
  for (const std::string& problem : report_.problems) text_wrapped_colored(palette::kWarning, problem);
  for (const std::string& merged : report_.merged_reports) text_wrapped_colored(palette::kMutedText, merged);
  for (const std::string& same : report_.same_people)
    text_wrapped_colored(palette::kMutedText, trf("same person: {name}", {{"name", same}}));
  for (const std::string& same : report_.same_agreements)
    text_wrapped_colored(palette::kMutedText, trf("same agreement: {name}", {{"name", same}}));
  if (report_.conflicts.empty()) return;
  text_wrapped_colored(palette::kMutedText, tr("Conflicts (yours is kept):"));
  for (size_t i = 0; i < report_.conflicts.size() && i < kConflictsShown; ++i) {
    const accord::MergeConflict& c = report_.conflicts[i];
    std::string line = c.kind + " " + c.id;
    if (!c.incoming_id.empty() && c.incoming_id != c.id) line += " " + trf("(theirs: {id})", {{"id", c.incoming_id}});
    line += ", " + trf("{field}: yours \u201c{ours}\u201d, theirs \u201c{theirs}\u201d",
                       {{"field", c.field}, {"ours", c.ours}, {"theirs", c.theirs}});
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped(line);
  }
  if (report_.conflicts.size() > kConflictsShown)
    text_wrapped_colored(palette::kMutedText,
                         tr_count("({n} more conflicts)", (long long)(report_.conflicts.size() - kConflictsShown)));
}

void DataMenu::draw_window(AppState& state, const Fonts& fonts) {
  if (!window_open_) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const bool wide = state.stats().wide_layout;
  const ImVec2 size = wide ? ImVec2(std::min(viewport->WorkSize.x * 0.9f, 720.0f * ui_px()),
                                    std::min(viewport->WorkSize.y * 0.85f, 640.0f * ui_px()))
                           : viewport->WorkSize;
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - size.x) * 0.5f,
                                 viewport->WorkPos.y + (viewport->WorkSize.y - size.y) * 0.5f));
  ImGui::SetNextWindowSize(size);
  // A modal: the app behind is dimmed and waits until the window is closed.
  const std::string title = tr_id("Your data", "#data-window");  // "###": one id in every language
  const char* id = title.c_str();
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                 ImGuiWindowFlags_NoSavedSettings;
  // Opaque, over a dimmed app: the theme's popup colour lets text show through.
  ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  background.w = 1.0f;
  ImGui::PushStyleColor(ImGuiCol_PopupBg, background);
  ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, ImVec4(0.0f, 0.0f, 0.0f, 0.35f));
  const bool open = ImGui::BeginPopupModal(id, nullptr, flags);
  ImGui::PopStyleColor(2);
  if (!open) return;
  const bool was_typing = ImGui::IsAnyItemActive();  // Escape then cancels the typing, not the window
  note_widget(state, "data:window");
  const float h = target_height(state);

  section_heading(tr("Where it is kept"), fonts);
  text_wrapped(describe_user_store(store_.path()));
  std::string status;
  switch (status_) {
    case Status::Loading:
      status = tr("Reading\u2026");
      break;
    case Status::Missing:
      status = tr("Nothing saved yet: the shipped dataset is shown. Your first import saves it.");
      break;
    case Status::Ok:
      status = tr("Saved.");
      break;
    case Status::Corrupted:
      status = trf("Damaged: {reason}", {{"reason", corruption_}});
      break;
  }
  if (foreign_)
    status = trf("Not your data: the dataset from {origin} is shown; yours is kept as it was.",
                 {{"origin", foreign_origin_}});
  const size_t shown = state.dataset().events.size();
  text_wrapped_colored(palette::kMutedText, tr_count("{n} events shown.", (long long)shown) + " " + status);

  section_heading(tr("Export"), fonts);
  if (named_button(state, tr("Dataset as JSON"), "data:export-json", h)) export_json(state);
  ImGui::SameLine();
  if (named_button(state, tr("Events as CSV"), "data:export-csv", h)) export_csv(state);
  // Publish: the app with the data shown, as a zip for any static host
  // (site_publish.h); what happened goes to the message below.
  std::string published;
  bool publish_failed = false;
  if (publish_.take_outcome(published, publish_failed)) set_message(published, publish_failed);
  const char* publish_label = publish_.busy() ? tr("Publishing\u2026") : tr("Publish site\u2026");
  same_line_if_fits(publish_label);
  ImGui::BeginDisabled(publish_.busy());
  if (named_button(state, publish_label, "data:publish", h)) publish_.start(state.dataset());
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(
        tr("Your own atlas: the app with the data shown as its dataset, as a zip for any static web "
           "host. Links into it (views, filters, your events) open for anyone."));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (publish_.busy()) state.request_redraw();
  // For other tools (docs/exchange-formats.md); phones wrap the row.
  text_wrapped_colored(palette::kMutedText, tr("For other tools:"));
  bool first_tool = true;
  for (const accord::ExchangeFormat& f : accord::exchange_formats()) {
    if (!first_tool) same_line_if_fits(f.label);
    first_tool = false;
    if (named_button(state, f.label, std::string("data:export-") + f.name, h)) export_for_tool(state, f.name);
  }

  section_heading(tr("Import"), fonts);
  text_wrapped_colored(palette::kMutedText,
                       trf("A dataset (.json), events (.csv), TimelineJS or ACLED-style files, up to {mb} MB. New "
                           "records are added; yours are kept as they are.",
                           {{"mb", std::to_string(kMaxUserFileBytes / (1024 * 1024))}}));
  // Web: the browser's picker. Desktop: a path, or a file dropped on the window.
  const bool has_picker = has_file_picker();
  if (has_picker && named_button(state, tr("Choose a file\u2026"), "data:import", h)) {
    AppState* target = &state;
    request_open_file(
        ".json,.csv,application/json,text/csv",
        [this, target](const std::string& name, const std::string& bytes) { open_file(*target, name, bytes); },
        [this, target](const std::string& message) { show_error(*target, message); });
  }
  if (!has_picker) {
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 120.0f * ui_px()));
    const float field_h = target_height(state);  // a finger tall on a touch screen
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x,
                               std::max(ImGui::GetStyle().FramePadding.y, (field_h - ImGui::GetFontSize()) * 0.5f)));
    const bool entered =
        ImGui::InputTextWithHint("##import-path", "/path/to/file.json", path_, sizeof path_,
                                 ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    ImGui::PopStyleVar();
    note_widget(state, "data:path");
    ImGui::SameLine();
    if (named_button(state, tr("Import"), "data:import-path", field_h) || entered) import_from_path(state);
    text_wrapped_colored(palette::kMutedText, tr("Or drop a file on the window."));
  }

  if (!message_.empty()) {
    ImGui::Spacing();
    text_wrapped_colored(message_is_error_ ? palette::kWarning : palette::kAccent, message_);
    note_widget(state, "data:message");
  }
  if (has_report_) draw_report();

  ImGui::Spacing();
  if (named_button(state, tr("Close"), "data:close", h) ||
      (!was_typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
    window_open_ = false;
  if (!window_open_) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DataMenu::add_state(nlohmann::json& j) const {
  nlohmann::json d;
  d["store"] = status_name(int(status_));
  d["store_path"] = accord::valid_utf8_or_replaced(store_.path());
  d["disk_changed"] = disk_changed_;
  d["backup_available"] = backup_available_;
  d["corruption"] = corruption_;
  d["foreign"] = foreign_ ? nlohmann::json(foreign_origin_) : nlohmann::json(nullptr);
  d["copied_with_data"] = copied_with_data_;
  d["confirming_replace"] = confirm_replace_;
  d["message"] = message_;
  d["message_is_error"] = message_is_error_;
  if (has_report_)
    d["report"] = {{"name", report_name_},
                   {"added", report_.added},
                   {"added_events", report_.added_events},
                   {"unchanged", report_.unchanged},
                   {"conflicts", report_.conflicts.size()},
                   {"merged_events", report_.merged_events},
                   {"summary", report_.summary()}};
  else
    d["report"] = nullptr;
  d["save_error"] = save_error_;
  d["last_export"] = last_export_;
  d["window_open"] = window_open_;
  d["path"] = path_;  // desktop: the import path field
  d["syncs_in_flight"] = store_.syncs_in_flight();
  d["sync_error"] = store_.last_sync_error();
  j["data"] = d;
}

}  // namespace atlas
