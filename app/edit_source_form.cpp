// The source form: the article or document facts are taken from. Opened
// from an event's Sources section.
#include "app_state.h"
#include "edit_fields.h"
#include "edit_forms.h"
#include "text_field.h"

namespace atlas {
namespace {
const std::vector<std::string> kLanguages = {"en", "fr", "vi"};
}

void draw_source_form(AppState& state, EditDraft& draft) {
  accord::Source& s = draft.source;
  draft.problem.clear();
  form_label("Title");
  text_field(state, "edit:field:title", s.title, "The article's headline");
  form_label("Publisher");
  text_field(state, "edit:field:publisher", s.publisher, "Vietnam News Agency");
  form_label("Address (URL)");
  text_field(state, "edit:field:url", s.url, "https://...");
  form_label("Language");
  choice_combo(state, "edit:field:language", s.language, kLanguages);
  form_label("Published (YYYY-MM-DD, YYYY-MM or YYYY)");
  date_field(state, "edit:field:published", s.published, "Published", draft.problem);
  form_label("Note");
  text_area(state, "edit:field:note", s.note, ImVec2(0, ImGui::GetTextLineHeight() * 4));
  if (s.title.empty() && draft.problem.empty()) draft.problem = "Title: a source needs a title";
}

}  // namespace atlas
