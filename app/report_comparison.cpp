#include "report_comparison.h"

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {

namespace {

std::string place_text(const accord::Dataset& d, const accord::Location& l) {
  std::string place = l.city;
  if (!l.country.empty()) place += (place.empty() ? "" : ", ") + country_name(d, l.country);
  if (l.is_virtual) place += place.empty() ? std::string(tr("Online")) : " (" + std::string(tr("online")) + ")";
  return place.empty() ? "\u2014" : place;
}

std::string partners_text(const accord::Dataset& d, const accord::Event& e) {
  std::vector<std::string> partners;
  for (const std::string& c : e.countries)
    if (c != d.home_country) partners.push_back(c);
  return partners.empty() ? "\u2014" : country_names(d, partners);
}

// The participants by name: the dataset's people, or the draft's new ones.
std::string people_text(const accord::Dataset& d, const accord::Event& e,
                        const std::vector<accord::Person>& new_people) {
  std::string text;
  for (const accord::Participation& p : e.participants) {
    const accord::Person* person = d.find_person(p.person);
    for (const accord::Person& n : new_people)
      if (!person && n.id == p.person) person = &n;
    text += (text.empty() ? "" : ", ") + (person ? person_name(*person) : p.person);
  }
  return text.empty() ? "\u2014" : text;
}

}  // namespace

std::vector<ComparedFact> compare_with_draft(const accord::Dataset& d, const accord::Event& ours,
                                             const accord::DraftRecords& draft) {
  const accord::Event& theirs = draft.event;
  std::vector<ComparedFact> rows = {
      {tr_key("Date"), event_date_text(ours), draft.has_date() ? event_date_text(theirs) : "\u2014"},
      {tr_key("Type"), event_type_text(ours.type), event_type_text(theirs.type)},
      {tr_key("Place"), place_text(d, ours.location), place_text(d, theirs.location)},
      {tr_key("Partners"), partners_text(d, ours), partners_text(d, theirs)},
      {tr_key("People"), people_text(d, ours, {}), people_text(d, theirs, draft.new_people)},
  };
  for (ComparedFact& r : rows) r.same = r.ours == r.theirs;
  return rows;
}

void draw_comparison(AppState& state, const Fonts& fonts, const std::vector<ComparedFact>& rows) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const auto value = [](const ComparedFact& r, const std::string& text) {
    if (r.same)
      text_wrapped(text);
    else
      text_wrapped_colored(palette::kInferred, text);  // where they differ
  };
  if (state.stats().wide_layout) {
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("##compare", 3, flags)) {
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.5f);
      ImGui::TableSetupColumn(tr("You have"));
      ImGui::TableSetupColumn(tr("This article"));
      ImGui::TableHeadersRow();
      for (const ComparedFact& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_wrapped_colored(palette::kMutedText, tr(r.label.c_str()));
        ImGui::TableNextColumn();
        text_wrapped(r.ours);
        ImGui::TableNextColumn();
        value(r, r.theirs);
      }
      ImGui::EndTable();
    }
  } else {
    // A phone: the event, then the article, each fact on its own line.
    for (const bool article : {false, true}) {
      ImGui::PushFont(fonts.bold);
      ImGui::TextUnformatted(article ? tr("This article") : tr("You have"));
      ImGui::PopFont();
      for (const ComparedFact& r : rows) {
        text_wrapped_colored(palette::kMutedText, tr(r.label.c_str()));
        ImGui::SameLine();
        if (article)
          value(r, r.theirs);
        else
          text_wrapped(r.ours);
      }
    }
  }
  note_rect(state, "import:same:compare", top,
            ImVec2(top.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y));
}

}  // namespace atlas
