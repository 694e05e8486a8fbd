#include "view_agreements.h"

#include <algorithm>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "record_editor.h"
#include "record_history_panel.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

using accord::AgreementColumn;
const std::vector<uint32_t> kNoEvents;

struct Column {
  const char* label;  // a catalogue key
  const char* name;   // "sort:<name>"
  AgreementColumn column;
};
constexpr Column kColumns[] = {
    {tr_key("Kind"), "kind", AgreementColumn::Kind},          {tr_key("Title"), "title", AgreementColumn::Title},
    {tr_key("Parties"), "parties", AgreementColumn::Parties}, {tr_key("Signed"), "signed", AgreementColumn::Signed},
    {tr_key("Status"), "status", AgreementColumn::Status},
};

std::string signed_text(const accord::AgreementRow& r) {
  return r.signed_date ? (r.signed_date->inferred() ? "\u2248 " : "") + date_text_short(*r.signed_date)
                       : std::string("\u2014");
}
std::string status_text(const accord::AgreementRow& r) {
  if (!r.has_status) return "\u2014";
  std::string s = action_text(r.status);
  if (r.status_date) s += " " + std::to_string(r.status_date->year);
  return s;
}
// Parties less the home country: the partner is what tells rows apart.
std::string partner_text(const accord::Dataset& d, const accord::Agreement& a) {
  std::vector<std::string> others;
  for (const std::string& p : a.parties)
    if (p != d.home_country) others.push_back(p);
  return country_names(d, others.empty() ? a.parties : others);
}

}  // namespace

void AgreementsView::refresh(const AppState& state) {
  if (state.data_version() == data_version_ && state.tallies_version() == tallies_version_) return;
  data_version_ = state.data_version();
  tallies_version_ = state.tallies_version();
  rows_ = accord::agreement_register(state.dataset(), state.tallies());
  accord::sort_agreement_register(state.dataset(), rows_, column_, ascending_);
  lineage_of_.clear();
}

void AgreementsView::sort(const AppState& state, AgreementColumn column, bool ascending) {
  if (column == column_ && ascending == ascending_) return;
  column_ = column;
  ascending_ = ascending;
  accord::sort_agreement_register(state.dataset(), rows_, column_, ascending_);
}

void AgreementsView::draw(AppState& state, const Fonts& fonts) {
  refresh(state);
  tallies_updating_note(state);
  const bool wide = state.stats().wide_layout;
  const accord::Agreement* selected =
      state.view() == View::Agreement ? state.find_agreement(state.selected_id()) : nullptr;

  if (!wide) {
    if (selected) {
      if (back_button(state, View::Agreements)) return;
      ImGui::BeginChild("##agreement", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
      drag_to_scroll();
      draw_detail(state, fonts);
      ImGui::EndChild();
    } else {
      draw_sort_chips(state);
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
      ImGui::BeginChild("##cards", ImVec2(0, 0), true);
      ImGui::PopStyleVar();
      draw_cards(state, fonts);
      ImGui::EndChild();
    }
    return;
  }

  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::BeginChild("##register", ImVec2(std::max(avail * 0.58f, 480.0f * ui_px()), 0), true);
  draw_table(state, fonts);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##agreement", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drag_to_scroll();
  if (selected)
    draw_detail(state, fonts);
  else
    draw_overview(state, fonts);
  ImGui::EndChild();
}

void AgreementsView::draw_table(AppState& state, const Fonts&) {
  const accord::Dataset& d = state.dataset();
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##agreements", 5, flags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  // As wide as the longest kind in the language ("Procès-verbal", "Nghị định thư").
  float kind_w = em * 5.0f;
  for (accord::AgreementKind k :
       {accord::AgreementKind::MoU, accord::AgreementKind::Agreement, accord::AgreementKind::Protocol,
        accord::AgreementKind::Treaty, accord::AgreementKind::Plan, accord::AgreementKind::Minutes,
        accord::AgreementKind::Other})
    kind_w = std::max(kind_w, ImGui::CalcTextSize(agreement_kind_text(k).c_str()).x + em * 0.5f);
  ImGui::TableSetupColumn(tr("Kind"), ImGuiTableColumnFlags_WidthFixed, kind_w, int(AgreementColumn::Kind));
  ImGui::TableSetupColumn(tr("Title"), ImGuiTableColumnFlags_WidthStretch, 1.0f, int(AgreementColumn::Title));
  ImGui::TableSetupColumn(tr("Parties"), ImGuiTableColumnFlags_WidthFixed, em * 6.0f, int(AgreementColumn::Parties));
  ImGui::TableSetupColumn(
      tr("Signed"),
      ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
      em * 7.0f, int(AgreementColumn::Signed));
  ImGui::TableSetupColumn(tr("Status"), ImGuiTableColumnFlags_WidthFixed, em * 9.5f, int(AgreementColumn::Status));

  // The header row by hand, so each sortable header is a named widget.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int i = 0; i < 5; ++i) {
    ImGui::TableSetColumnIndex(i);
    ImGui::TableHeader(tr(kColumns[i].label));
    note_widget(state, std::string("sort:") + kColumns[i].name);
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0)
      sort(state, AgreementColumn(specs->Specs[0].ColumnUserID),
           specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending);
    specs->SpecsDirty = false;
  }

  drag_to_scroll();
  const float row_h = ImGui::GetTextLineHeight() * 2.0f + ImGui::GetStyle().CellPadding.y * 2 + 4.0f * ui_px();
  // Up and Down move through the register, as in the timeline's list.
  if (const int step = arrow_key_step(); step != 0 && !rows_.empty()) {
    size_t current = rows_.size();
    for (size_t i = 0; i < rows_.size(); ++i)
      if (state.view() == View::Agreement && d.agreements[rows_[i].index].id == state.selected_id()) current = i;
    const size_t next = stepped_row(current, rows_.size(), step);
    state.navigate_to(View::Agreement, d.agreements[rows_[next].index].id);
    keep_row_in_view(next, row_h, ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2);
  }
  ImGuiListClipper clipper;
  clipper.Begin(int(rows_.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const accord::AgreementRow& r = rows_[size_t(i)];
      const accord::Agreement& a = d.agreements[r.index];
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(int(r.index));
      const bool selected = state.view() == View::Agreement && state.selected_id() == a.id;
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, row_h)) &&
          !pointer_was_dragged())
        state.navigate_to(View::Agreement, a.id);
      note_widget(state, "row:agreement:" + a.id);
      ImGui::PopID();
      ImGui::SameLine(0, 0);
      ImGui::TextColored(palette::kMutedText, "%s", agreement_kind_text(a.kind).c_str());
      ImGui::TableSetColumnIndex(1);
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float title_right = pos.x + ImGui::GetContentRegionAvail().x;
      if (draw_two_lines(ImGui::GetWindowDrawList(), pos, title_right, ImGui::GetColorU32(ImGuiCol_Text), a.title) &&
          ImGui::IsMouseHoveringRect(pos, ImVec2(title_right, pos.y + ImGui::GetTextLineHeight() * 2)) &&
          ImGui::IsWindowHovered()) {
        ImGui::BeginTooltip();  // the whole title, which the row cut
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
        ImGui::TextUnformatted(a.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::TableSetColumnIndex(2);
      ImGui::TextUnformatted(partner_text(d, a).c_str());
      ImGui::TableSetColumnIndex(3);
      ImGui::TextUnformatted(signed_text(r).c_str());
      if (r.signed_date && r.signed_date->inferred() && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", date_inference_text(*r.signed_date).c_str());
      ImGui::TableSetColumnIndex(4);
      ImGui::TextUnformatted(status_text(r).c_str());
    }
  clipper.End();
  ImGui::EndTable();
}

// Phones: sort by tapping a chip; the current one again flips the order.
void AgreementsView::draw_sort_chips(AppState& state) {
  const float h = target_height(state);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextColored(palette::kMutedText, "%s", tr("Sort"));
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (h - ImGui::GetTextLineHeight()) * 0.5f);
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (const Column& c : kColumns) {
    const bool on = c.column == column_;
    // Room for a drawn direction triangle (the font has no arrows up/down).
    const std::string label = std::string(tr(c.label)) + (on ? "     " : "");
    const float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2.5f;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    ImGui::PushID(c.name);
    if (chip_button(label, on, h)) sort(state, c.column, on ? !ascending_ : c.column != AgreementColumn::Signed);
    ImGui::PopID();
    note_widget(state, std::string("sort:") + c.name);
    if (on) {
      const ImVec2 max = ImGui::GetItemRectMax(), min = ImGui::GetItemRectMin();
      const float s = ImGui::GetFontSize() * 0.28f;
      const ImVec2 c0(max.x - ImGui::GetStyle().FramePadding.x * 1.25f - s, (min.y + max.y) * 0.5f);
      const ImU32 ink = ImGui::GetColorU32(palette::kBackground);
      if (ascending_)
        ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(c0.x, c0.y + s * 0.6f), ImVec2(c0.x - s, c0.y + s * 0.6f),
                                                      ImVec2(c0.x - s * 0.5f, c0.y - s * 0.6f), ink);
      else
        ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(c0.x - s, c0.y - s * 0.6f), ImVec2(c0.x, c0.y - s * 0.6f),
                                                      ImVec2(c0.x - s * 0.5f, c0.y + s * 0.6f), ink);
    }
  }
}

void AgreementsView::draw_cards(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const ImGuiStyle& style = ImGui::GetStyle();
  drag_to_scroll();
  const float line_h = ImGui::GetTextLineHeight();
  const float row_h = line_h * 3.0f + style.FramePadding.y * 4.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGuiListClipper clipper;
  clipper.Begin(int(rows_.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const accord::AgreementRow& r = rows_[size_t(i)];
      const accord::Agreement& a = d.agreements[r.index];
      ImGui::PushID(int(r.index));
      if (list_row("##row", false, row_h)) state.navigate_to(View::Agreement, a.id);
      ImGui::PopID();
      note_widget(state, "row:agreement:" + a.id);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const float left = min.x + style.FramePadding.x * 1.5f, right = max.x - style.FramePadding.x * 1.5f;
      ImVec2 pos(left, min.y + style.FramePadding.y * 1.5f);
      const std::string meta = agreement_kind_text(a.kind) + "  \u00b7  " + partner_text(d, a) + "  \u00b7  " +
                               signed_text(r) + "  \u00b7  " + status_text(r);
      draw_clipped_text(dl, pos, right, ImGui::GetColorU32(palette::kMutedText), meta.c_str(),
                        meta.c_str() + meta.size());
      pos.y += line_h + style.FramePadding.y;
      ImGui::PushFont(fonts.bold);
      draw_two_lines(dl, pos, right, ImGui::GetColorU32(ImGuiCol_Text), a.title);
      ImGui::PopFont();
      dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Separator));
    }
  clipper.End();
  ImGui::PopStyleVar();
}

void AgreementsView::draw_overview(AppState& state, const Fonts& fonts) {
  ImGui::PushFont(fonts.title);
  text_wrapped(tr("Agreements"));
  ImGui::PopFont();
  size_t amending = 0, signed_count = 0;
  for (const auto& r : rows_) {
    if (!state.dataset().agreements[r.index].amends.empty()) ++amending;
    if (r.signed_date) ++signed_count;
  }
  text_wrapped_colored(palette::kMutedText, tr_count("{n} agreements", (long long)rows_.size()) + " \u00b7 " +
                                                tr_count("{n} with a known signing", (long long)signed_count) +
                                                " \u00b7 " + tr_count("{n} amending another", (long long)amending));
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  text_wrapped_colored(palette::kMutedText,
                       tr("Select an agreement to see what it amends, what amends it, and every event that "
                          "signed, amended, reviewed or negotiated it. Click a column to sort."));
}

void AgreementsView::draw_detail(AppState& state, const Fonts& fonts) {
  const accord::Dataset& d = state.dataset();
  const accord::Agreement* a = state.find_agreement(state.selected_id());
  if (!a) return;
  if (lineage_of_ != a->id) {
    lineage_of_ = a->id;
    // The tallied acting events when they are of this data; else (for a
    // second after an edit) a pass over every event.
    const std::vector<uint32_t>* events =
        state.tallies_current() ? state.tallies().events_of_agreement(a->id) : nullptr;
    lineage_ = state.tallies_current() ? accord::agreement_lineage(d, a->id, events ? *events : kNoEvents)
                                       : accord::agreement_lineage(d, a->id);
  }
  if (detail_showing_ != a->id) {
    detail_showing_ = a->id;
    ImGui::SetScrollY(0);
  }
  const auto row =
      std::find_if(rows_.begin(), rows_.end(), [&](const auto& r) { return d.agreements[r.index].id == a->id; });

  ImGui::PushFont(fonts.title);
  text_wrapped(a->title);
  ImGui::PopFont();
  record_edit_buttons(state, RecordKind::Agreement, a->id);
  if (!a->note.empty()) text_wrapped_colored(palette::kMutedText, a->note);

  section_heading(tr("Agreement"), fonts);
  if (begin_fields("##facts", ImGui::GetFontSize() * 6.5f)) {
    field(tr("Kind"), agreement_kind_text(a->kind));
    if (!a->parties.empty()) {
      field_label(tr("Parties"));
      std::vector<std::string> labels, names, ids;
      for (const std::string& p : a->parties) {
        labels.push_back(country_name(d, p));
        names.push_back(p == d.home_country ? "" : "link:partner:" + p);
        ids.push_back(p);
      }
      const int tapped = inline_links(state, labels, names);
      if (tapped >= 0) {
        accord::EventFilter f;
        if (ids[size_t(tapped)] != d.home_country) f.partners = {ids[size_t(tapped)]};
        open_filtered_timeline(state, f);
      }
    }
    if (row != rows_.end()) {
      field(tr("Signed"), row->signed_date ? date_text_short(*row->signed_date) : std::string(tr("not known")));
      field(tr("Status"), status_text(*row));
    }
    std::string organizations;
    for (const std::string& id : a->organizations) {
      const accord::Organization* o = d.find_organization(id);
      organizations += (organizations.empty() ? "" : "\n") + (o ? o->name : id);
    }
    field(tr("Signatories"), organizations);
    end_fields();
  }

  if (!lineage_.amends.empty() || !lineage_.amended_by.empty()) {
    section_heading(tr("Lineage"), fonts);
    auto agreement_links = [&](const char* label, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      ImGui::TextColored(palette::kMutedText, "%s", label);
      for (const std::string& id : ids) {
        const accord::Agreement* other = state.find_agreement(id);
        ImGui::PushID(id.c_str());
        ImGui::Bullet();
        ImGui::SameLine();
        if (other && link(state, other->title, "link:agreement:" + id)) state.navigate_to(View::Agreement, id);
        if (!other) text_wrapped(id);
        ImGui::PopID();
      }
    };
    agreement_links(tr("Amends"), lineage_.amends);
    agreement_links(tr("Amended by"), lineage_.amended_by);
  }

  if (!lineage_.steps.empty()) {
    section_heading(tr("History"), fonts);
    if (begin_fields("##steps", ImGui::GetFontSize() * 7.5f)) {
      for (size_t i = 0; i < lineage_.steps.size(); ++i) {
        const accord::AgreementStep& s = lineage_.steps[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string when =
            s.date ? (s.date->inferred() ? "\u2248 " : "") + date_text_short(*s.date) : tr("undated");
        ImGui::TextColored(s.date && s.date->inferred() ? palette::kInferred : palette::kMutedText, "%s", when.c_str());
        if (s.date && s.date->inferred() && ImGui::IsItemHovered())
          ImGui::SetTooltip("%s", date_inference_text(*s.date).c_str());
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted(action_text(s.action).c_str());
        ImGui::PopFont();
        if (const accord::Event* e = state.find_event(s.event)) {
          ImGui::PushID(int(i));
          if (link(state, e->title, "link:event:" + e->id)) state.select(e->id);
          ImGui::PopID();
        }
        if (const accord::Source* src = state.find_source(s.source))
          text_wrapped_colored(palette::kMutedText, trf("Source: {title}", {{"title", src->title}}));
      }
      end_fields();
    }
  }

  section_heading(tr("Events acting on it"), fonts);
  if (lineage_.events.empty()) text_wrapped_colored(palette::kMutedText, tr("No event in the dataset acted on it."));
  // Thousands of rows would only be scrolled past: the list stops at kMaxListedEvents.
  const size_t listed = std::min(lineage_.events.size(), kMaxListedEvents);
  for (size_t k = 0; k < listed; ++k) {
    const size_t index = lineage_.events[k].first;
    const auto action = lineage_.events[k].second;
    const accord::Event& e = d.events[index];
    ImGui::PushID(int(index));
    text_wrapped_colored(palette::kMutedText, date_text_short(e.date) + " \u00b7 " + action_text(action));
    if (link(state, e.title, "link:event:" + e.id)) state.select(e.id);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  }
  if (lineage_.events.size() > listed)
    text_wrapped_colored(palette::kMutedText,
                         tr_count("\u2026 and {n} more events.", (long long)(lineage_.events.size() - listed)));
  draw_record_history(state, fonts, a->id);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

}  // namespace atlas
