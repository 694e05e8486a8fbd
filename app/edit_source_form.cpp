// The source form: the article or document facts are taken from. Opened
// from an event's Sources section.
#include "app_state.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "i18n.h"
#include "text_field.h"

namespace atlas {
namespace {
const std::vector<std::string> kLanguages = {"en", "fr", "vi"};
}

void draw_source_form(AppState& state, EditDraft& draft) {
  accord::Source& s = draft.source;
  draft.problem.clear();
  form_label(tr("Title"));
  text_field(state, "edit:field:title", s.title, tr("The article's headline"));
  form_label(tr("Publisher"));
  text_field(state, "edit:field:publisher", s.publisher, tr("Vietnam News Agency"));
  form_label(tr("Address (URL)"));
  text_field(state, "edit:field:url", s.url, tr("https://..."));
  form_label(tr("Language"));
  choice_combo(state, "edit:field:language", s.language, kLanguages);
  form_label(tr("Published (YYYY-MM-DD, YYYY-MM or YYYY)"));
  date_field(state, "edit:field:published", s.published, tr("Published"), draft.problem);
  form_label(tr("Note"));
  text_area(state, "edit:field:note", s.note, ImVec2(0, ImGui::GetTextLineHeight() * 4));
  if (s.title.empty() && draft.problem.empty()) draft.problem = "Title: a source needs a title";
}

}  // namespace atlas
