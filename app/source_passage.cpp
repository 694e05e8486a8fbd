#include "source_passage.h"

#include <memory>

#include "app_state.h"
#include "gazetteer.h"
#include "highlight_kinds.h"
#include "highlighted_text.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// One passage open at a time, laid out once (HighlightedText keeps the layout).
struct OpenPassage {
  std::string source_id;
  std::string laid_out;  // the passage text the highlights were found in
  HighlightedText text;
  size_t highlights = 0;
  std::unique_ptr<accord::GazetteerLoad> gazetteer;  // read when a passage is first opened
};

OpenPassage& open_passage() {
  static OpenPassage open;
  return open;
}

// The extractor run again on the kept text: the same spans the Import view
// highlighted, found with the shipped word lists.
void lay_out(OpenPassage& open, const std::string& passage) {
  if (!open.gazetteer)
    open.gazetteer = std::make_unique<accord::GazetteerLoad>(accord::load_gazetteer(gazetteer_dir()));
  std::vector<KindedSpan> spans;
  if (open.gazetteer->ok()) spans = draft_spans(accord::extract_article(passage, open.gazetteer->gazetteer));
  std::vector<Highlight> highlights = to_highlights(spans);
  open.highlights = highlights.size();
  open.text.set(passage, std::move(highlights));
  open.laid_out = passage;
}

}  // namespace

void draw_source_passage(AppState& state, const accord::Source& source) {
  if (source.passage.empty()) return;
  OpenPassage& open = open_passage();
  const bool shown = open.source_id == source.id;
  if (link(state, shown ? tr("Hide passage") : tr("Show passage"), "passage:" + source.id)) {
    open.source_id = shown ? "" : source.id;
    open.laid_out.clear();
    state.request_redraw();
    return;
  }
  if (!shown) return;
  if (open.laid_out != source.passage) lay_out(open, source.passage);
  text_wrapped_colored(palette::kMutedText,
                       tr("The article as it was imported; what was taken from it is highlighted."));
  open.text.draw(ImGui::GetContentRegionAvail().x);
  note_widget(state, "passage:text:" + source.id);
}

ShownPassage shown_passage() {
  const OpenPassage& open = open_passage();
  if (open.source_id.empty() || open.laid_out.empty()) return {};
  return {open.source_id, open.highlights};
}

}  // namespace atlas
