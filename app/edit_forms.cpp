#include "edit_forms.h"

#include "app_state.h"
#include "imgui.h"
#include "text_field.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

void label(const char* text) { ImGui::TextColored(palette::kMutedText, "%s", text); }

template <typename T, size_t N>
void enum_combo(AppState& state, const std::string& name, T& value, const T (&values)[N], std::string (*text)(T)) {
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo(("##" + name).c_str(), text(value).c_str())) {
    for (T v : values)
      if (ImGui::Selectable(text(v).c_str(), v == value, 0, ImVec2(0, target_height(state) * 0.8f))) value = v;
    ImGui::EndCombo();
  }
  note_widget(state, name);
}

constexpr accord::EventType kEventTypes[] = {
    accord::EventType::Talks,          accord::EventType::Dialogue, accord::EventType::MinisterialMeeting,
    accord::EventType::Conference,     accord::EventType::Visit,    accord::EventType::Signing,
    accord::EventType::JointOperation, accord::EventType::Other};
constexpr accord::AgreementKind kKinds[] = {accord::AgreementKind::MoU,      accord::AgreementKind::Agreement,
                                            accord::AgreementKind::Protocol, accord::AgreementKind::Treaty,
                                            accord::AgreementKind::Plan,     accord::AgreementKind::Minutes,
                                            accord::AgreementKind::Other};
std::string kind_text(accord::AgreementKind k) { return accord::to_string(k); }

}  // namespace

void draw_event_form(AppState& state, accord::Event& e, std::string& date_text, std::string& problem) {
  problem.clear();
  label("Title");
  text_field(state, "edit:field:title", e.title, "What happened");
  label("Date (YYYY-MM-DD, YYYY-MM or YYYY)");
  if (text_field(state, "edit:field:date", date_text, "2024-05-20")) {
    if (std::optional<accord::Date> d = accord::Date::parse(date_text)) e.date = *d;  // typed: stated
  }
  if (!accord::Date::parse(date_text))
    problem = "Date: \"" + date_text + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
  else if (e.date.inferred())
    text_wrapped_colored(palette::kInferred, "\u2248 inferred: " + e.date.reason);
  label("Type");
  enum_combo(state, "edit:field:type", e.type, kEventTypes, accord::event_type_label);
  label("Place (city)");
  text_field(state, "edit:field:city", e.location.city, "City");
  label("Summary");
  text_area(state, "edit:field:summary", e.summary, ImVec2(0, ImGui::GetTextLineHeight() * 5));
  if (e.title.empty() && problem.empty()) problem = "Title: an event needs a title";
}

void draw_agreement_form(AppState& state, accord::Agreement& a, std::string& problem) {
  problem.clear();
  label("Title");
  text_field(state, "edit:field:title", a.title, "Agreement title");
  label("Kind");
  enum_combo(state, "edit:field:kind", a.kind, kKinds, kind_text);
  label("Note");
  text_area(state, "edit:field:note", a.note, ImVec2(0, ImGui::GetTextLineHeight() * 4));
  if (a.title.empty()) problem = "Title: an agreement needs a title";
}

void draw_person_form(AppState& state, accord::Person& p, std::string& problem) {
  problem.clear();
  label("Name (without diacritics)");
  text_field(state, "edit:field:name", p.name, "To Lam");
  label("Name as written in the person's language");
  text_field(state, "edit:field:native-name", p.native_name, "T\u00f4 L\u00e2m");
  if (p.name.empty()) problem = "Name: a person needs a name";
}

}  // namespace atlas
