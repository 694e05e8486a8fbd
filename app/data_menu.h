// The user's data in the app: the "Data" window (export as JSON or CSV,
// import a .json or .csv and see the merge report, publish a site), the start-up read of
// the user's store (user_store.h) with its notice when the store is
// damaged, and "not your data" (a dataset from a data link or --data FILE,
// shown beside the user's own, which nothing changes until they choose).
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "data_import.h"
#include "data_link.h"
#include "merge.h"
#include "site_publish.h"
#include "user_store.h"

namespace atlas {

class AppState;
struct Fonts;

class DataMenu {
 public:
  DataMenu();
  // Starts reading the user's store. `command_line_data`: the dataset
  // already shown came from --data FILE, so it is not the user's.
  void start(const std::string& command_line_data);
  // False while the store is still being read (browser: IndexedDB). The
  // first call that finds it read shows the user's data, sets the state's
  // persister, and from then on takes data links as they arrive.
  bool ready(AppState& state);

  // A file picked, dropped or typed: .json and .csv are imported, .txt and
  // .html go to the Import view (AppState::offer_article).
  void open_file(AppState& state, const std::string& name, const std::string& bytes);
  // A file that could not be read (too large, unreadable): shown as an error.
  void show_error(AppState& state, const std::string& message);

  void draw_button(AppState& state);
  float button_width() const;
  void draw_banners(AppState& state);
  void draw_window(AppState& state, const Fonts& fonts);
  void add_state(nlohmann::json& j) const;

 private:
  enum class Status { Loading, Missing, Ok, Corrupted };
  std::string persist(const accord::Dataset& d, const accord::EditHistory* history = nullptr,
                      const accord::ChangeLogEntry* entry = nullptr);
  // The undo history and change log kept beside the stored data, once it is shown.
  void take_kept_history(AppState& state);
  // After the Data window saved a dataset itself: its undo history and a
  // log entry beside it, so a reload neither drops nor misapplies them.
  void keep_saved(AppState& state, const std::string& label);
  void import_incoming(AppState& state, const std::string& name, IncomingData in);
  void take_data_link(AppState& state);
  void take_records_link(AppState& state, const DataLinkArrival& link);
  void note_store_load(const accord::StoreLoad& loaded);  // status, corruption, backup
  void show_foreign(AppState& state, accord::Dataset d, const std::string& origin);
  void keep_mine(AppState& state);
  void merge_foreign(AppState& state);
  void replace_with_foreign(AppState& state);
  void restore_backup(AppState& state);
  void download_damaged();
  void poll_disk_change();
  void reload_from_disk(AppState& state);
  void merge_into_disk(AppState& state);
  void start_fresh(AppState& state);
  void export_json(const AppState& state);
  void export_csv(const AppState& state);
  // One of accord::exchange_formats() (GDELT, PLOVER, ACLED, TimelineJS, GEXF, GraphML).
  void export_for_tool(const AppState& state, const std::string& format);
  void import_from_path(AppState& state);
  void set_message(const std::string& text, bool is_error);
  void draw_report();

  UserStore store_;
  SitePublish publish_;  // "Publish…": the web app with the data shown, as a zip
  Status status_ = Status::Loading;
  bool applied_ = false;
  bool store_loading_ = false;    // the stored dataset is being read (AppState's loader)
  bool history_pending_ = false;  // the stored dataset was read: its kept history next
  std::string command_line_data_;
  bool backup_available_ = false;
  std::string corruption_;  // what is wrong with the stored file

  // "Not your data": the shown dataset came from `foreign_origin_`; the
  // user's own waits in `mine_`.
  bool foreign_ = false;
  std::string foreign_origin_;
  std::string copied_with_data_;  // the last "Copy link with this data"
  accord::Dataset mine_;

  bool window_open_ = false;
  bool confirm_replace_ = false;
  bool confirm_restore_ = false;
  bool confirm_fresh_ = false;
  bool disk_changed_ = false;      // the stored file was written by another program
  double last_disk_check_ = -1e9;  // ImGui time of the last look
  std::string message_;
  bool message_is_error_ = false;
  bool has_report_ = false;
  std::string report_name_;
  accord::MergeReport report_;
  std::string save_error_;   // the last failed save, shown until dismissed
  std::string last_export_;  // where the last export went
  char path_[1024] = "";     // desktop: the path typed into the import field
};

// The DataMenu of the running app (null before start), for the header and
// AppState::state_json ("data": the store, links, the last import).
DataMenu* active_data_menu();
void add_data_state(nlohmann::json& j);

}  // namespace atlas
