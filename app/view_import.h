// The Import view (#/import): paste or open a news article, extract a
// draft event, review it beside the article with every extracted item
// highlighted, correct it, save it (one undoable change).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "draft_resolve.h"
#include "event_resolution.h"
#include "extract.h"
#include "gazetteer.h"
#include "highlighted_text.h"
#include "report_comparison.h"

namespace atlas {

class AppState;
struct Fonts;

class ImportView {
 public:
  ImportView() = default;
  void draw(AppState& state, const Fonts& fonts);

 private:
  void take_input(AppState& state);
  void set_article(const std::string& name, const std::string& bytes);
  void open_path(const std::string& path);
  void extract(AppState& state);
  void resolve(const AppState& state);
  void save(AppState& state);
  // A fresh view that keeps the loaded word lists (after a save).
  ImportView(std::unique_ptr<accord::GazetteerLoad> base, std::unique_ptr<accord::Gazetteer> g, unsigned version);
  void publish_state(const AppState& state) const;  // for the test hook (add_import_state)
  void draw_input(AppState& state, const Fonts& fonts);
  void draw_review(AppState& state, const Fonts& fonts);
  void draw_legend(AppState& state);
  const accord::Gazetteer* gazetteer(const AppState& state);

  // Input
  std::string article_;                      // the text box
  std::string source_name_ = "pasted text";  // where article_ came from, for messages
  std::string path_;                         // native: a file path to open
  std::string headline_from_html_;
  std::string error_;  // why nothing was extracted or saved
  std::vector<std::string> warnings_;
  std::string pasted_notice_;
  bool show_path_ = false;  // no picker here (native): a path field instead
  int box_generation_ = 0;  // bumped when the box's text is replaced

  // Review
  bool reviewing_ = false;
  accord::ExtractedDraft draft_;
  accord::DraftRecords preview_;  // draft_ resolved against the dataset
  // The dataset's event this report may be (core/resolve): shown before
  // saving, beside the draft, with "Add as another source" and "Keep separate".
  std::optional<accord::EventMatch> same_as_;
  std::vector<ComparedFact> compared_;                       // that event beside the draft, made with same_as_
  std::unique_ptr<accord::EventCandidateIndex> candidates_;  // over the dataset of candidates_version_
  unsigned candidates_version_ = ~0u;
  accord::SourceInfo source_;
  std::string date_text_, date_error_;
  HighlightedText highlighted_;
  int kind_counts_[10] = {};

  // The word lists, with the dataset's own people and organizations added.
  std::unique_ptr<accord::GazetteerLoad> base_gazetteer_;
  std::unique_ptr<accord::Gazetteer> gazetteer_;
  unsigned gazetteer_version_ = ~0u;

  void find_same_event(const AppState& state);
  void draw_same_event(AppState& state, const Fonts& fonts);
  void save_as_report(AppState& state);
};

// For AppState::state_json: "import" (stage, message, draft fields).
void add_import_state(nlohmann::json& j);

}  // namespace atlas
