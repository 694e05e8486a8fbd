#include "event_sections.h"

#include <string>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {

void draw_event_participants(AppState& state, const Fonts& fonts, const accord::Event& e) {
  if (e.participants.empty()) return;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  section_heading(tr("Participants"), fonts);
  for (const accord::Participation& p : e.participants) {
    const accord::Person* person = state.find_person(p.person);
    ImGui::PushID(p.person.c_str());
    ImGui::PushFont(fonts.bold);
    if (!person)
      text_wrapped(p.person);
    else if (link(state, person_name(*person), "link:person:" + person->id))
      state.navigate_to(View::Person, person->id);
    ImGui::PopFont();
    ImGui::PopID();
    // The role held on the event's date: as the source states it, else
    // from the person's dated roles.
    std::string role = p.role;
    if (role.empty() && person) role = accord::role_on(*person, e.date);
    std::string details = role;
    if (!p.part.empty()) details += (details.empty() ? "" : " \u00b7 ") + std::string(tr(capitalized(p.part).c_str()));
    if (person && !person->country.empty())
      details += (details.empty() ? "" : " \u00b7 ") + country_name(state.dataset(), person->country);
    if (!details.empty()) text_wrapped_colored(palette::kMutedText, details);
    ImGui::Dummy(ImVec2(0, spacing));
  }
}

void draw_event_agreements(AppState& state, const Fonts& fonts, const accord::Event& e) {
  if (e.agreements.empty()) return;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  section_heading(tr("Agreements"), fonts);
  for (const accord::AgreementAct& act : e.agreements) {
    const accord::Agreement* a = state.find_agreement(act.agreement);
    ImGui::PushID(act.agreement.c_str());
    if (!a)
      text_wrapped(act.agreement);
    else if (link(state, a->title, "link:agreement:" + a->id))
      state.navigate_to(View::Agreement, a->id);
    ImGui::PopID();
    std::string details = action_text(act.action);
    if (a) details += " \u00b7 " + agreement_kind_text(a->kind);
    if (a && !a->parties.empty()) details += " \u00b7 " + country_names(state.dataset(), a->parties);
    text_wrapped_colored(palette::kMutedText, details);
    ImGui::Dummy(ImVec2(0, spacing));
  }
}

void draw_event_commitments(const Fonts& fonts, const accord::Event& e) {
  if (e.commitments.empty()) return;
  section_heading(tr("Commitments"), fonts);
  for (const accord::Commitment& c : e.commitments) {
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped(c.text);
  }
}

void draw_event_figures(const Fonts& fonts, const accord::Event& e) {
  if (e.figures.empty()) return;
  section_heading(tr("Figures"), fonts);
  for (const accord::Figure& f : e.figures) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted((quantity_text(f.quantity) + " " + f.unit).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    text_wrapped(f.what + (f.period.empty() ? "" : " \u00b7 " + f.period));
  }
}

}  // namespace atlas
