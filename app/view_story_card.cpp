// One event as a story card: when and where, the headline, what happened,
// who took part, what they agreed, the figures, and the sources to read.
// Names lead to their pages; Back returns to the same card.
#include <string>
#include <vector>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "query.h"
#include "theme.h"
#include "view_story.h"
#include "widgets.h"

namespace atlas {
namespace {

// "Thu 5 Sep 2024 · Hanoi, Vietnam · Talks".
std::string when_and_where(const accord::Dataset& d, const accord::Event& e) {
  std::string out = event_date_text(e);
  std::string place = e.location.city;
  if (!e.location.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, e.location.country);
  if (e.location.is_virtual)
    place += place.empty() ? std::string(tr("Online")) : " (" + std::string(tr("online")) + ")";
  if (!place.empty()) out += " \u00b7 " + place;
  return out + " \u00b7 " + event_type_text(e.type);
}

void draw_participants(AppState& state, const Fonts& fonts, const accord::Event& e) {
  section_heading(tr("Who took part"), fonts);
  for (const accord::Participation& p : e.participants) {
    const accord::Person* person = state.find_person(p.person);
    ImGui::PushID(p.person.c_str());
    ImGui::PushFont(fonts.bold);
    if (!person)
      text_wrapped(p.person);
    else if (link(state, person_name(*person), "story:person:" + person->id))
      state.navigate_to(View::Person, person->id);
    ImGui::PopFont();
    ImGui::PopID();
    std::string role = p.role;
    if (role.empty() && person) role = accord::role_on(*person, e.date);
    if (person && !person->country.empty())
      role += (role.empty() ? "" : " \u00b7 ") + country_name(state.dataset(), person->country);
    if (!role.empty()) text_wrapped_colored(palette::kMutedText, role);
  }
}

void draw_agreements(AppState& state, const Fonts& fonts, const accord::Event& e) {
  section_heading(tr("Agreements"), fonts);
  for (const accord::AgreementAct& act : e.agreements) {
    const accord::Agreement* a = state.find_agreement(act.agreement);
    ImGui::PushID(act.agreement.c_str());
    if (!a)
      text_wrapped(act.agreement);
    else if (link(state, a->title, "story:agreement:" + a->id))
      state.navigate_to(View::Agreement, a->id);
    ImGui::PopID();
    std::string details = action_text(act.action);
    if (a) details += " \u00b7 " + agreement_kind_text(a->kind);
    text_wrapped_colored(palette::kMutedText, details);
  }
}

void draw_figures(const Fonts& fonts, const accord::Event& e) {
  section_heading(tr("Figures"), fonts);
  for (const accord::Figure& f : e.figures) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted((quantity_text(f.quantity) + " " + f.unit).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    text_wrapped(f.what + (f.period.empty() ? "" : " \u00b7 " + f.period));
  }
}

// Each source: its headline (opens the article when it has an address),
// then the outlet and the day it was published.
void draw_sources(AppState& state, const Fonts& fonts, const accord::Event& e) {
  section_heading(e.sources.size() == 1 ? tr("Source") : tr("Sources"), fonts);
  for (const std::string& id : e.sources) {
    const accord::Source* s = state.find_source(id);
    ImGui::PushID(id.c_str());
    if (!s) {
      text_wrapped(id);
    } else {
      const std::string headline = s->title.empty() ? s->publisher : s->title;
      if (s->url.empty())
        text_wrapped(headline);
      else if (link(state, headline, "story:source:" + id))
        open_url(s->url);
      std::string about = s->publisher;
      if (s->published) about += (about.empty() ? "" : " \u00b7 ") + date_text(*s->published);
      if (!about.empty()) text_wrapped_colored(palette::kMutedText, about);
    }
    ImGui::PopID();
  }
}

}  // namespace

void StoryView::draw_card(AppState& state, const Fonts& fonts, const accord::Event& e) {
  const accord::Dataset& d = state.dataset();
  ImGui::PushFont(fonts.bold);
  text_wrapped_colored(palette::kAccent, when_and_where(d, e));
  ImGui::PopFont();
  const std::vector<std::string> partners = accord::event_partners(d, e);
  if (!partners.empty())
    text_wrapped_colored(palette::kMutedText, trf("With {countries}", {{"countries", country_names(d, partners)}}));
  ImGui::PushFont(fonts.title);
  text_wrapped(e.title);
  ImGui::PopFont();
  note_widget(state, "story:event:" + e.id);
  if (e.date.inferred()) text_wrapped_colored(palette::kInferred, "\u2248 " + date_inference_text(e.date));
  if (!e.summary.empty()) {
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    text_wrapped(e.summary);
  }
  if (!e.participants.empty()) draw_participants(state, fonts, e);
  if (!e.agreements.empty()) draw_agreements(state, fonts, e);
  if (!e.figures.empty()) draw_figures(fonts, e);
  if (!e.commitments.empty()) {
    section_heading(tr("Commitments"), fonts);
    for (const accord::Commitment& c : e.commitments) {
      ImGui::Bullet();
      ImGui::SameLine();
      text_wrapped(c.text);
    }
  }
  if (!e.sources.empty()) draw_sources(state, fonts, e);
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  if (link(state, tr("Open the event's page \u2192"), "story:open_event")) state.navigate_to(View::Event, e.id);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
