// One event as a story card: when and where, the headline, what happened,
// who took part, what they agreed, the figures, and the sources to read.
// Names lead to their pages; Back returns to the same card.
#include <string>
#include <vector>

#include "app_state.h"
#include "display_text.h"
#include "event_sections.h"
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
  draw_event_participants(state, fonts, e);
  draw_event_agreements(state, fonts, e);
  draw_event_figures(fonts, e);
  draw_event_commitments(fonts, e);
  if (!e.sources.empty()) draw_sources(state, fonts, e);
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  if (link(state, tr("Open the event's page \u2192"), "story:open_event")) state.navigate_to(View::Event, e.id);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
