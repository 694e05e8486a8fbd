// The user's data: the store read at start-up, saves, imports, data links,
// a damaged or changed store (what happens). data_menu_window.cpp draws it.
#include "data_menu.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "data_link.h"
#include "data_link_read.h"
#include "dataset_json.h"
#include "exchange_export.h"
#include "exchange_incoming.h"
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

DataMenu* g_active = nullptr;

}  // namespace

DataMenu* active_data_menu() { return g_active; }

void add_data_state(nlohmann::json& j) {
  if (g_active) g_active->add_state(j);
}

DataMenu::DataMenu() = default;

void DataMenu::start(const std::string& command_line_data) {
  g_active = this;
  command_line_data_ = command_line_data;
  store_.start();
}

bool DataMenu::ready(AppState& state) {
  if (applied_) {
    // A data link waits for the stored data: it must not be taken for the
    // user's own (show_foreign keeps what is shown as theirs).
    if (store_loading_) return true;
    if (history_pending_ && !state.loading()) take_kept_history(state);
    take_data_link(state);
    poll_disk_change();
    return true;
  }
  if (!store_.ready()) return false;
  applied_ = true;
  const std::string sync_error = store_.last_sync_error();
  if (!sync_error.empty())
    set_message(trf("Your data cannot be kept in this browser: {error}", {{"error", sync_error}}), true);
  state.set_persister([this](const AppState::SavedChange& c) { return persist(c.dataset, &c.history, &c.entry); });
  if (command_line_data_.empty() && store_.has_stored() && !state.loading()) {
    // The user's data, read and indexed off the frame loop like any large
    // file: until it is there only the progress bar draws (the shipped data
    // never flashes, nothing is saved). A damaged store is refused, so the
    // shipped dataset stays, as below.
    store_loading_ = true;
    state.begin_load(
        store_.path(),
        [this](accord::LoadResult& read) {
          store_loading_ = false;
          accord::StoreLoad loaded = store_.finish_load(std::move(read));
          note_store_load(loaded);
          read = std::move(loaded.loaded);
          history_pending_ = status_ == Status::Ok;
          return status_ == Status::Ok;
        },
        "your data");
    return true;
  }
  accord::StoreLoad loaded = store_.load();
  note_store_load(loaded);
  // The user's own data: what they stored, else the shipped dataset.
  if (!command_line_data_.empty()) {
    mine_ = status_ == Status::Ok ? std::move(loaded.loaded.dataset)
                                  : accord::load_dataset_file(dataset_path(LaunchOptions{})).dataset;
    foreign_ = true;
    foreign_origin_ = accord::valid_utf8_or_replaced(file_base_name(command_line_data_));
  } else if (status_ == Status::Ok) {
    state.set_dataset(std::move(loaded.loaded.dataset), "your data");
    take_kept_history(state);
  }
  take_data_link(state);
  return true;
}

void DataMenu::note_store_load(const accord::StoreLoad& loaded) {
  backup_available_ = loaded.backup_available;
  switch (loaded.state) {
    case accord::StoreState::Missing:
      status_ = Status::Missing;
      break;
    case accord::StoreState::Ok:
      status_ = Status::Ok;
      break;
    case accord::StoreState::Corrupted: {
      status_ = Status::Corrupted;
      corruption_ = loaded.loaded.problems.empty()
                        ? std::string(tr("it could not be read"))
                        : accord::valid_utf8_or_replaced(loaded.loaded.problems.front().to_string());
      if (loaded.loaded.problems.size() > 1)
        corruption_ += trf(" (and {n} more problems)", {{"n", std::to_string(loaded.loaded.problems.size() - 1)}});
      break;
    }
  }
}

void DataMenu::keep_saved(AppState& state, const std::string& label) {
  const accord::ChangeLogEntry entry{accord::utc_now_text(), label, {}, "the Data window", ""};
  store_.keep_beside(state.edit_history(), entry);
  if (!store_.side_error().empty())
    set_message(trf("Your data was saved, but {problem}.", {{"problem", store_.side_error()}}), true);
  state.add_to_change_log(entry);
}

void DataMenu::take_kept_history(AppState& state) {
  history_pending_ = false;
  accord::KeptHistory kept = store_.read_history(state.dataset());
  if (!kept.notice.empty()) state.add_notice(kept.notice);
  state.restore_history(std::move(kept.undo), std::move(kept.redo));
  accord::ChangeLogRead log = store_.read_log();
  if (!log.ok()) state.add_notice(trf("Your change log could not be read: {problem}", {{"problem", log.problem}}));
  state.set_change_log(std::move(log.entries));
}

std::string DataMenu::persist(const accord::Dataset& d, const accord::EditHistory* history,
                              const accord::ChangeLogEntry* entry) {
  if (store_loading_) {  // what is shown is not theirs yet: saving it would replace their data
    save_error_ = tr("Not saved: your stored data is still being read.");
    return save_error_;
  }
  if (foreign_) {
    save_error_ = trf("Not saved: this is a dataset from {origin}, not your data. Choose Keep, Merge or Replace first.",
                      {{"origin", foreign_origin_}});
    return save_error_;
  }
  const std::string error = store_.save(d, history, entry);
  if (error.empty()) {
    status_ = Status::Ok;
    save_error_.clear();
    if (!store_.side_error().empty())
      set_message(trf("Your data was saved, but {problem}.", {{"problem", store_.side_error()}}), true);
  } else {
    // The store's reasons start "not saved: " already (the core's in
    // English, the app's own in the user's language); the message may quote
    // its path.
    const std::string translated = trf("not saved: {reason}", {{"reason", ""}});
    std::string why = error;
    for (const std::string& already : {std::string("not saved: "), translated})
      if (why.rfind(already, 0) == 0) {
        why = why.substr(already.size());
        break;
      }
    save_error_ = trf("Not saved: {reason}", {{"reason", accord::valid_utf8_or_replaced(why)}});
  }
  return error.empty() ? "" : save_error_;
}

void DataMenu::set_message(const std::string& text, bool is_error) {
  // The doors quote outside text valid already; anything else (a picked file's
  // error from the page) is made so here, since a message is drawn and dumped as it is.
  message_ = accord::valid_utf8_or_replaced(text);
  message_is_error_ = is_error;
  if (is_error) has_report_ = false;
}

void DataMenu::show_error(AppState& state, const std::string& message) {
  set_message(message, true);
  window_open_ = true;
  state.request_redraw();
}

void DataMenu::open_file(AppState& state, const std::string& raw_name, const std::string& bytes) {
  const UserFileKind kind = user_file_kind(raw_name);
  const std::string name = accord::valid_utf8_or_replaced(raw_name);  // a file name may hold any bytes
  if (kind == UserFileKind::Article) {
    state.offer_article(name, bytes);  // the Import view takes it
    if (state.view() != View::Import) state.navigate_to(View::Import);
    return;
  }
  window_open_ = true;
  state.request_redraw();
  if (foreign_) {
    set_message(trf("You are viewing a dataset from {origin}. Choose Keep, Merge or Replace above before importing a "
                    "file.",
                    {{"origin", foreign_origin_}}),
                true);
    return;
  }
  // TimelineJS and ACLED-style files are found by their content, as accord import finds them.
  import_incoming(state, name, accord::read_incoming_file(name, bytes, incoming_kind(kind), state.dataset()));
}

void DataMenu::import_incoming(AppState& state, const std::string& name, IncomingData in) {
  if (!in.ok) {
    set_message(in.error, true);
    return;
  }
  accord::Dataset merged = state.dataset();
  accord::MergeReport report = accord::merge_dataset(merged, in.dataset);
  std::string notes;
  for (const std::string& note : in.notes) notes += "\n" + trf("Note: {note}", {{"note", note}});
  // All or nothing, like accord import: a file with a refused record changes nothing.
  if (!report.problems.empty()) {
    const accord::MessageArgs args = {
        {"file", name}, {"n", std::to_string(report.problems.size())}, {"problem", report.problems.front()}};
    set_message((report.problems.size() == 1
                     ? trf("Nothing was imported from {file}: {n} record would not be added ({problem}).", args)
                     : trf("Nothing was imported from {file}: {n} records would not be added ({problem}).", args)) +
                    notes,
                true);
    return;
  }
  if (report.changed()) {
    const std::string error = store_.save(merged);
    if (!error.empty()) {
      set_message(trf("Nothing was imported from {file}: your data could not be saved: {error}",
                      {{"file", name}, {"error", error}}),
                  true);
      return;
    }
    status_ = Status::Ok;
    state.set_dataset(std::move(merged), "your data");
    keep_saved(state, "Import " + name);
    set_message(trf("Imported {file}: {summary}.", {{"file", name}, {"summary", report.summary()}}) + notes, false);
  } else {
    set_message(trf("Nothing new in {file}: {summary}.", {{"file", name}, {"summary", report.summary()}}) + notes,
                false);
  }
  report_ = std::move(report);
  report_name_ = name;
  has_report_ = true;
}

void DataMenu::take_data_link(AppState& state) {
  DataLinkArrival link;
  if (!atlas::take_data_link(link)) return;
  if (link.records) return take_records_link(state, link);
  accord::DataLinkRead read = accord::read_data_link(link.url, link.bytes, link.error, state.dataset());
  if (!read.ok) {
    set_message(read.refusal, true);
    window_open_ = true;
    state.request_redraw();
    return;
  }
  show_foreign(state, std::move(read.dataset), read.origin);
}

// Records the link carried: read as an imported file is (the same
// validation), merged into a copy of the data shown, and shown as "not
// your data" until the user keeps, merges or replaces; then the link's
// place (its selected event is there now).
void DataMenu::take_records_link(AppState& state, const DataLinkArrival& link) {
  const auto refuse = [&](const std::string& why) {
    set_message(
        trf("The records in this link were refused: {reason}", {{"reason", accord::valid_utf8_or_replaced(why)}}) +
            "\n" + tr("Your data is shown."),
        true);
    window_open_ = true;
    state.request_redraw();
  };
  if (!link.error.empty()) return refuse(link.error);
  IncomingData in =
      accord::read_incoming("the link's records", link.bytes, accord::IncomingKind::Dataset, state.dataset());
  if (!in.ok) return refuse(in.error);
  accord::Dataset shown = state.dataset();
  const accord::MergeReport report = accord::merge_dataset(shown, in.dataset);
  if (!report.problems.empty()) return refuse(report.problems.front());
  if (report.changed())
    show_foreign(state, std::move(shown), tr("this link"));
  else
    state.add_notice(tr("The records in this link are already in the data shown."));
  state.open_hash(link.hash);
}

void DataMenu::show_foreign(AppState& state, accord::Dataset d, const std::string& origin) {
  if (!foreign_) mine_ = state.dataset();
  foreign_ = true;
  foreign_origin_ = origin;
  confirm_replace_ = false;
  state.set_dataset(std::move(d), origin);
}

void DataMenu::keep_mine(AppState& state) {
  forget_data_link_in_address();
  foreign_ = false;
  confirm_replace_ = false;
  state.set_dataset(std::move(mine_), "your data");
  mine_ = {};
  set_message(trf("The dataset from {origin} was closed; your data is unchanged.", {{"origin", foreign_origin_}}),
              false);
}

void DataMenu::merge_foreign(AppState& state) {
  accord::Dataset merged = mine_;
  accord::MergeReport report = accord::merge_dataset(merged, state.dataset());
  if (report.changed()) {
    const std::string error = store_.save(merged);
    if (!error.empty()) {
      set_message(trf("Nothing was merged: your data could not be saved: {error}", {{"error", error}}), true);
      window_open_ = true;
      return;
    }
    status_ = Status::Ok;
  }
  const std::string origin = foreign_origin_;
  forget_data_link_in_address();
  foreign_ = false;
  confirm_replace_ = false;
  // One change: Undo brings back the user's data as it was before the merge.
  state.replace_dataset(std::move(mine_), std::move(merged), "Merge the data from " + origin, "your data");
  if (report.added > 0) keep_saved(state, "Merge the data from " + origin);
  mine_ = {};
  set_message(trf("Merged the dataset from {origin} into your data: {summary}.",
                  {{"origin", origin}, {"summary", report.summary()}}),
              false);
  report_ = std::move(report);
  report_name_ = origin;
  has_report_ = true;
  window_open_ = true;
}

void DataMenu::replace_with_foreign(AppState& state) {
  confirm_replace_ = false;
  const std::string error = store_.save(state.dataset());
  if (!error.empty()) {
    set_message(trf("Your data was not replaced: {error}", {{"error", error}}), true);
    window_open_ = true;
    return;
  }
  status_ = Status::Ok;
  forget_data_link_in_address();
  foreign_ = false;
  state.replace_dataset(std::move(mine_), accord::Dataset(state.dataset()),
                        "Replace your data with the data from " + foreign_origin_, "your data");
  keep_saved(state, "Replace your data with the data from " + foreign_origin_);
  mine_ = {};
  set_message(trf("Your data was replaced by the dataset from {origin}.", {{"origin", foreign_origin_}}), false);
}

void DataMenu::restore_backup(AppState& state) {
  confirm_restore_ = false;
  const std::string error = store_.restore_backup();
  if (!error.empty()) {
    set_message(trf("The backup was not restored: {error}", {{"error", error}}), true);
    window_open_ = true;
    return;
  }
  accord::StoreLoad loaded = store_.load();
  if (loaded.state != accord::StoreState::Ok) {
    set_message(trf("The backup was restored but does not load: {problem}",
                    {{"problem", loaded.loaded.problems.empty() ? std::string(tr("unknown problem"))
                                                                : loaded.loaded.problems.front().to_string()}}),
                true);
    window_open_ = true;
    return;
  }
  status_ = Status::Ok;
  corruption_.clear();
  if (!foreign_) {
    state.set_dataset(std::move(loaded.loaded.dataset), "your data");
    keep_saved(state, "Restore the backup");
  } else {
    mine_ = std::move(loaded.loaded.dataset);
  }
  set_message(trf("Your data was restored from the backup; the damaged file was kept as {file}.",
                  {{"file", file_base_name(store_.path()) + ".corrupt"}}),
              false);
}

// The damaged file as it is, for the user to keep or mend: a download in
// the browser, a new file in Downloads on the desktop.
void DataMenu::download_damaged() {
  std::string bytes;
  if (const std::string error = store_.read_raw(bytes); !error.empty()) {
    set_message(trf("The damaged file could not be read: {error}", {{"error", error}}), true);
    return;
  }
  const std::string where = save_file_for_user("accord-atlas-damaged.json", "application/json", bytes);
  set_message(where.empty() ? std::string(tr("A copy of the damaged file was saved."))
                            : trf("A copy of the damaged file was saved as {file}.", {{"file", where}}),
              false);
}

// The damaged file is set aside (kept), and what is shown now becomes the
// user's data, so that changes are saved again.
void DataMenu::start_fresh(AppState& state) {
  confirm_fresh_ = false;
  std::string kept_as;
  if (const std::string error = store_.set_aside_damaged(&kept_as); !error.empty()) {
    set_message(trf("Could not start fresh: {error}", {{"error", error}}), true);
    window_open_ = true;
    return;
  }
  status_ = Status::Missing;
  corruption_.clear();
  backup_available_ = false;
  const std::string saved = foreign_ ? "" : persist(state.dataset());
  if (!foreign_ && saved.empty())
    keep_saved(state, "Start fresh (the damaged file kept as " + file_base_name(kept_as) + ")");
  set_message(saved.empty() ? trf("The damaged file was kept as {file}; what is shown is now your data, and changes "
                                  "are saved again.",
                                  {{"file", file_base_name(kept_as)}})
                            : trf("The damaged file was kept as {file}; {problem}",
                                  {{"file", file_base_name(kept_as)}, {"problem", saved}}),
              !saved.empty());
}

// Once a second while frames are drawn: did another program (the CLI,
// another window) write the stored file? Then saving here would undo its
// change, so the user is asked to reload or merge.
void DataMenu::poll_disk_change() {
  const bool readable = status_ == Status::Ok || status_ == Status::Missing;  // not a damaged store
  if (!readable || foreign_ || store_loading_ || disk_changed_) return;
  // A file's version is read once a second; another tab's save (browser)
  // is a cheap shared stamp, looked at every frame.
  const double now = ImGui::GetTime();
  if (now - last_disk_check_ < 1.0 && !store_.saved_by_another_tab()) return;
  last_disk_check_ = now;
  disk_changed_ = store_.changed_on_disk();
}

void DataMenu::reload_from_disk(AppState& state) {
  accord::StoreLoad loaded = store_.load();
  note_store_load(loaded);
  disk_changed_ = false;
  save_error_.clear();
  if (status_ != Status::Ok) return;  // now damaged: its banner says so
  state.set_dataset(std::move(loaded.loaded.dataset), "your data");
  take_kept_history(state);  // the other program (accord add) may have added its step
  set_message(trf("Your data was read again from {file}.", {{"file", file_base_name(store_.path())}}), false);
}

// What is on disk, plus what is shown here that it lacks, saved as one
// (where both changed a record, the file's version is kept, as any merge).
void DataMenu::merge_into_disk(AppState& state) {
  accord::StoreLoad loaded = store_.load();
  note_store_load(loaded);
  disk_changed_ = false;
  if (status_ != Status::Ok) return;
  accord::Dataset merged = std::move(loaded.loaded.dataset);
  const accord::MergeReport report = accord::merge_dataset(merged, state.dataset());
  const std::string error = store_.save(merged);
  if (!error.empty()) {
    set_message(trf("Not merged: {error}", {{"error", error}}), true);
    window_open_ = true;
    return;
  }
  save_error_.clear();
  state.set_dataset(std::move(merged), "your data");
  keep_saved(state, "Merge your changes into the file on disk");
  set_message(trf("Your changes were merged into the file on disk: {summary}.", {{"summary", report.summary()}}),
              false);
}

void DataMenu::export_json(const AppState& state) {
  const std::string where =
      save_file_for_user("accord-atlas-dataset.json", "application/json", accord::dataset_to_json(state.dataset()));
  last_export_ = accord::valid_utf8_or_replaced(where);  // a path may hold any bytes
  const bool failed = where.rfind("error: ", 0) == 0;
  set_message(failed ? where.substr(7) : trf("Dataset exported: {where}", {{"where", where}}), failed);
}

void DataMenu::export_csv(const AppState& state) {
  std::vector<size_t> all(state.dataset().events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::string where =
      save_file_for_user("accord-atlas-events.csv", "text/csv", accord::events_to_csv(state.dataset(), all));
  last_export_ = accord::valid_utf8_or_replaced(where);  // a path may hold any bytes
  const bool failed = where.rfind("error: ", 0) == 0;
  set_message(failed ? where.substr(7) : trf("Events exported: {where}", {{"where", where}}), failed);
}

void DataMenu::export_for_tool(const AppState& state, const std::string& format) {
  const accord::ExchangeFormat* f = accord::find_exchange_format(format);
  std::vector<size_t> all(state.dataset().events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::optional<std::string> text = accord::export_exchange(state.dataset(), format, all);
  if (!f || !text) return;
  const std::string where = save_file_for_user(f->file_name, f->mime_type, *text);
  last_export_ = accord::valid_utf8_or_replaced(where);  // a path may hold any bytes
  const bool failed = where.rfind("error: ", 0) == 0;
  set_message(failed ? where.substr(7) : trf("{format} exported: {where}", {{"format", f->label}, {"where", where}}),
              failed);
}

void DataMenu::import_from_path(AppState& state) {
  const std::string path = path_;
  if (path.empty()) {
    set_message(tr("Type the path of a .json or .csv file first."), true);
    return;
  }
  std::string bytes;
  const std::string error = read_user_file(path, bytes);
  if (!error.empty()) {
    set_message(error, true);
    return;
  }
  open_file(state, file_base_name(path), bytes);
}

}  // namespace atlas
