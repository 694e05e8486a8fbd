#include "draft_form.h"

#include <algorithm>

#include "app_state.h"
#include "display_text.h"
#include "draft_date_change.h"
#include "i18n.h"
#include "imgui.h"
#include "text_field.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

constexpr accord::EventType kEventTypes[] = {
    accord::EventType::Talks,          accord::EventType::Dialogue, accord::EventType::MinisterialMeeting,
    accord::EventType::Conference,     accord::EventType::Visit,    accord::EventType::Signing,
    accord::EventType::JointOperation, accord::EventType::Other};
constexpr accord::AgreementAction kActions[] = {accord::AgreementAction::Signed, accord::AgreementAction::Amended,
                                                accord::AgreementAction::Reviewed, accord::AgreementAction::Negotiating,
                                                accord::AgreementAction::Implemented};

void label(const char* text) { ImGui::TextColored(palette::kMutedText, "%s", text); }

// A "×" that removes a list item; true on a tap.
bool remove_button(AppState& state, const std::string& name) {
  const float h = target_height(state);
  const bool tapped = ImGui::Button(("\u00d7##" + name).c_str(), ImVec2(h, h)) && !pointer_was_dragged();
  note_widget(state, name);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Remove"));
  return tapped;
}

bool add_button(AppState& state, const char* text, const std::string& name) {
  const bool tapped = ImGui::Button(text, ImVec2(0, target_height(state))) && !pointer_was_dragged();
  note_widget(state, name);
  return tapped;
}

// A combo over `count` values; true when the choice changed.
template <typename T, size_t N>
bool enum_combo(AppState& state, const std::string& name, T& value, const T (&values)[N], std::string (*text)(T)) {
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo(("##" + name).c_str(), text(value).c_str())) {
    for (T v : values) {
      if (ImGui::Selectable(text(v).c_str(), v == value, 0, ImVec2(0, target_height(state)))) {
        changed = v != value;
        value = v;
      }
    }
    ImGui::EndCombo();
  }
  note_widget(state, name);
  return changed;
}

// The action's word as the model writes it ("signed"), in the user's language.
std::string action_text(accord::AgreementAction a) { return tr(accord::to_string(a)); }

// Remaining width minus one square button and the spacing before it.
float width_before_button(const AppState& state) {
  return ImGui::GetContentRegionAvail().x - target_height(state) - ImGui::GetStyle().ItemSpacing.x;
}

// The date's precision and how it was found, as the user's language says them.
const char* precision_word(accord::DatePrecision p) {
  switch (p) {
    case accord::DatePrecision::Year:
      return tr("year");
    case accord::DatePrecision::Month:
      return tr("month");
    case accord::DatePrecision::Day:
      break;
  }
  return tr("day");
}

const char* basis_word(accord::DateBasis b) {
  switch (b) {
    case accord::DateBasis::Stated:
      break;
    case accord::DateBasis::Weekday:
      return tr("weekday");
    case accord::DateBasis::PublicationDate:
      return tr("publication_date");
    case accord::DateBasis::Role:
      return tr("role");
    case accord::DateBasis::Context:
      return tr("context");
  }
  return tr("stated");
}

bool draw_date(AppState& state, accord::ExtractedDraft& draft, std::string& date_text, std::string& date_error) {
  bool changed = false;
  label(tr("Date (YYYY-MM-DD, YYYY-MM or YYYY)"));
  if (text_field(state, "import:field:date", date_text, tr("2024-05-20"))) {
    std::optional<accord::Date> parsed = accord::Date::parse(date_text);
    if (parsed) {
      // typed by the user: stated, no longer inferred; the acts dated with the event follow it
      accord::change_draft_date(draft, *parsed);
      date_error.clear();
    } else {
      date_error = date_text.empty()
                       ? std::string(tr("the date is empty"))
                       : trf("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", {{"text", date_text}});
    }
    changed = true;
  }
  if (!date_error.empty()) {
    text_wrapped_colored(palette::kWarning, trf("Date: {problem}", {{"problem", date_error}}));
  } else if (draft.date.date) {
    const accord::Date& d = *draft.date.date;
    const std::string about =
        d.inferred()
            ? trf("Precision: {precision}; inferred ({basis}): {reason}",
                  {{"precision", precision_word(d.precision)}, {"basis", basis_word(d.basis)}, {"reason", d.reason}})
            : trf("Precision: {precision}", {{"precision", precision_word(d.precision)}});
    text_wrapped_colored(d.inferred() ? palette::kInferred : palette::kMutedText, about);
    // The dates reviewed together: which acts carry this date and move with it.
    std::string acts;
    for (const accord::DraftAgreement& a : draft.agreements)
      if (a.date && a.date->iso() == d.iso())
        acts += (acts.empty() ? "" : "; ") + (a.title.empty() ? a.title_original : a.title);
    if (!acts.empty())
      text_wrapped_colored(palette::kMutedText,
                           trf("Dated with the event, and following it: {acts}", {{"acts", acts}}));
  }
  return changed;
}

bool draw_partners(AppState& state, accord::ExtractedDraft& draft) {
  bool changed = false;
  const accord::Dataset& d = state.dataset();
  label(tr("Partners"));
  // The countries the article names (a new one is added to the dataset on
  // save); a tap makes one a party or not.
  bool any = false;
  for (accord::DraftCountry& c : draft.countries) {
    if (c.id == d.home_country || c.id.empty()) continue;
    if (chip_button(c.name.empty() ? c.id : c.name, c.party, target_height(state))) {
      c.party = !c.party;
      changed = true;
    }
    note_widget(state, "import:partner:" + c.id);
    ImGui::SameLine();
    any = true;
  }
  if (any) ImGui::NewLine();
  // Any partner the dataset knows, by name.
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::BeginCombo("##add-partner", tr("Add a partner…"))) {
    for (const accord::Country& c : d.countries) {
      if (c.id == d.home_country) continue;
      auto it = std::find_if(draft.countries.begin(), draft.countries.end(),
                             [&](const accord::DraftCountry& dc) { return dc.id == c.id; });
      if (it != draft.countries.end() && it->party) continue;
      if (ImGui::Selectable(c.name.c_str(), false, 0, ImVec2(0, target_height(state)))) {
        if (it == draft.countries.end()) {
          accord::DraftCountry added;
          added.id = c.id;
          added.name = c.name;
          draft.countries.push_back(added);
          it = draft.countries.end() - 1;
        }
        it->party = true;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  note_widget(state, "import:add-partner");
  return changed;
}

bool draw_people(AppState& state, accord::ExtractedDraft& draft, const accord::DraftRecords& preview) {
  bool changed = false;
  for (size_t i = 0; i < draft.people.size(); ++i) {
    accord::DraftPerson& p = draft.people[i];
    ImGui::PushID(int(i));
    const std::string n = std::to_string(i);
    changed |= text_field(state, "import:person:" + n + ":name", p.name, tr("Name"), width_before_button(state));
    ImGui::SameLine();
    if (remove_button(state, "import:person:" + n + ":remove")) {
      draft.people.erase(draft.people.begin() + long(i));
      ImGui::PopID();
      return true;
    }
    changed |= text_field(state, "import:person:" + n + ":title", p.title, tr("Title or role in the article"));
    // What saving will do with this name.
    if (i < preview.people.size() && preview.people[i].draft_name == p.name) {
      const accord::ResolvedPerson& r = preview.people[i];
      const accord::Person* known = r.is_new ? nullptr : state.dataset().find_person(r.id);
      if (known)
        text_wrapped_colored(palette::kMutedText,
                             trf("\u2192 {name} (in the dataset)", {{"name", person_name(*known)}}));
      else
        text_wrapped_colored(palette::kInferred, trf("\u2192 new person {id}", {{"id", r.id}}));
    }
    ImGui::Spacing();
    ImGui::PopID();
  }
  if (add_button(state, tr("+ Person"), "import:person:add")) {
    draft.people.emplace_back();
    changed = true;
  }
  return changed;
}

// A list of names (organizations, mechanisms): edit, remove, add.
template <typename Item>
bool draw_name_list(AppState& state, const char* what, std::vector<Item>& items, const char* add_label) {
  bool changed = false;
  for (size_t i = 0; i < items.size(); ++i) {
    ImGui::PushID(int(i));
    const std::string base = std::string("import:") + what + ":" + std::to_string(i);
    changed |= text_field(state, base, items[i].name, tr("Name"), width_before_button(state));
    ImGui::SameLine();
    if (remove_button(state, base + ":remove")) {
      items.erase(items.begin() + long(i));
      ImGui::PopID();
      return true;
    }
    ImGui::PopID();
  }
  if (add_button(state, add_label, std::string("import:") + what + ":add")) {
    items.emplace_back();
    changed = true;
  }
  return changed;
}

bool draw_agreements(AppState& state, accord::ExtractedDraft& draft) {
  bool changed = false;
  for (size_t i = 0; i < draft.agreements.size(); ++i) {
    accord::DraftAgreement& a = draft.agreements[i];
    ImGui::PushID(int(i));
    const std::string base = "import:agreement:" + std::to_string(i);
    changed |= text_field(state, base + ":title", a.title, tr("Agreement title"), width_before_button(state));
    ImGui::SameLine();
    if (remove_button(state, base + ":remove")) {
      draft.agreements.erase(draft.agreements.begin() + long(i));
      ImGui::PopID();
      return true;
    }
    changed |= enum_combo(state, base + ":action", a.action, kActions, action_text);
    ImGui::Spacing();
    ImGui::PopID();
  }
  if (add_button(state, tr("+ Agreement"), "import:agreement:add")) {
    draft.agreements.emplace_back();
    changed = true;
  }
  return changed;
}

bool draw_topics(AppState& state, accord::ExtractedDraft& draft) {
  bool changed = false;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (const std::string& t : accord::topic_vocabulary()) {
    auto it = std::find_if(draft.topics.begin(), draft.topics.end(),
                           [&](const accord::DraftTopic& dt) { return dt.topic == t; });
    const bool on = it != draft.topics.end();
    const std::string text = topic_text(t);
    if (chip_button(text, on, target_height(state))) {
      if (on)
        draft.topics.erase(it);
      else
        draft.topics.push_back({t, {}});
      changed = true;
    }
    note_widget(state, "import:topic:" + t);
    // Flow the chips into lines.
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(text.c_str()).x + ImGui::GetFontSize() * 3 > right)
      ImGui::NewLine();
  }
  ImGui::NewLine();
  return changed;
}

bool draw_figures(AppState& state, accord::ExtractedDraft& draft) {
  bool changed = false;
  for (size_t i = 0; i < draft.figures.size(); ++i) {
    accord::DraftFigure& f = draft.figures[i];
    ImGui::PushID(int(i));
    const std::string base = "import:figure:" + std::to_string(i);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    changed |= ImGui::InputDouble("##quantity", &f.quantity, 0, 0, "%.10g");
    note_widget(state, base + ":quantity");
    ImGui::SameLine();
    changed |= text_field(state, base + ":unit", f.unit, tr("unit"), width_before_button(state));
    ImGui::SameLine();
    if (remove_button(state, base + ":remove")) {
      draft.figures.erase(draft.figures.begin() + long(i));
      ImGui::PopID();
      return true;
    }
    changed |= text_field(state, base + ":what", f.what, tr("what was counted"));
    changed |= text_field(state, base + ":period", f.period, tr("period (2024, 2024-01/2024-06)"));
    ImGui::Spacing();
    ImGui::PopID();
  }
  if (add_button(state, tr("+ Figure"), "import:figure:add")) {
    draft.figures.emplace_back();
    changed = true;
  }
  return changed;
}

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::TextUnformatted(text);
  ImGui::Separator();
}

}  // namespace

bool draw_draft_form(AppState& state, accord::ExtractedDraft& draft, const accord::DraftRecords& preview,
                     accord::SourceInfo& source, std::string& date_text, std::string& date_error) {
  bool changed = false;
  const accord::Dataset& d = state.dataset();

  heading(tr("Event"));
  label(tr("Title"));
  changed |= text_field(state, "import:field:title", draft.headline, tr("What happened"));
  changed |= draw_date(state, draft, date_text, date_error);
  label(tr("Type"));
  changed |= enum_combo(state, "import:field:type", draft.type, kEventTypes, event_type_text);
  label(tr("Place (city)"));
  changed |= text_field(state, "import:field:city", draft.location.city, tr("City"));
  label(tr("Country of the place"));
  ImGui::SetNextItemWidth(-1);
  // The dataset's countries and the ones the article names.
  std::vector<std::pair<std::string, std::string>> places;  // id, name
  for (const accord::Country& c : d.countries) places.emplace_back(c.id, c.name);
  for (const accord::DraftCountry& c : draft.countries)
    if (!d.find_country(c.id) && !c.id.empty()) places.emplace_back(c.id, c.name);
  const std::string shown = draft.location.country_id.empty() ? std::string(tr("(none)"))
                            : draft.location.country.empty()  ? draft.location.country_id
                                                              : draft.location.country;
  if (ImGui::BeginCombo("##place-country", shown.c_str())) {
    for (const auto& place : places) {
      if (ImGui::Selectable(place.second.c_str(), place.first == draft.location.country_id, 0,
                            ImVec2(0, target_height(state)))) {
        draft.location.country_id = place.first;
        draft.location.country = place.second;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  note_widget(state, "import:field:place-country");
  changed |= draw_partners(state, draft);

  heading(tr("People"));
  changed |= draw_people(state, draft, preview);
  heading(tr("Organizations"));
  changed |= draw_name_list(state, "organization", draft.organizations, tr("+ Organization"));
  heading(tr("Mechanisms"));
  changed |= draw_name_list(state, "mechanism", draft.mechanisms, tr("+ Mechanism"));
  heading(tr("Agreements"));
  changed |= draw_agreements(state, draft);
  heading(tr("Topics"));
  changed |= draw_topics(state, draft);
  heading(tr("Figures"));
  changed |= draw_figures(state, draft);

  heading(tr("Source"));
  label(tr("Title (the headline when empty)"));
  changed |= text_field(state, "import:source:title", source.title, tr("Article title"));
  label(tr("Publisher"));
  changed |= text_field(state, "import:source:publisher", source.publisher, tr("Newspaper or agency"));
  label(tr("Address (URL)"));
  changed |= text_field(state, "import:source:url", source.url, tr("https://"));
  return changed;
}

}  // namespace atlas
