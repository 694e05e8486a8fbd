#include "dropped_files.h"

#include "app_state.h"
#include "data_menu.h"
#include "user_file.h"

namespace atlas {

void open_dropped_file(AppState& state, const std::string& path) {
  DataMenu* menu = active_data_menu();
  if (!menu) return;
  std::string bytes;
  const std::string error = read_user_file(path, bytes);
  if (!error.empty()) {
    menu->show_error(state, error);
    return;
  }
  menu->open_file(state, file_base_name(path), bytes);
}

}  // namespace atlas
