#include "view_import.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "article_text.h"
#include "display_text.h"
#include "draft_form.h"
#include "fonts.h"
#include "highlight_kinds.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "report_comparison.h"
#include "report_merge.h"
#include "text_encoding.h"
#include "text_field.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// What the view last showed, for the test hook (see add_import_state).
nlohmann::json g_import_state = nlohmann::json::object();

// A paste this short into a focused field is typed at the cursor; a longer
// one (an article) replaces the article box.
constexpr size_t kTypedPasteLimit = 16 * 1024;
// The name of text that came from no file (the core's messages say it; the
// notice shows it translated).
constexpr const char* kPastedText = "pasted text";

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void draw_messages(const std::string& error, const std::vector<std::string>& warnings) {
  if (!error.empty()) text_wrapped_colored(palette::kWarning, error);
  for (const std::string& w : warnings) text_wrapped_colored(palette::kInferred, w);
}

}  // namespace

void add_import_state(nlohmann::json& j) { j["import"] = g_import_state; }

const accord::Gazetteer* ImportView::gazetteer(const AppState& state) {
  if (!base_gazetteer_)
    base_gazetteer_ = std::make_unique<accord::GazetteerLoad>(accord::load_gazetteer(gazetteer_dir()));
  if (!base_gazetteer_->ok()) return nullptr;
  if (!gazetteer_ || gazetteer_version_ != state.data_version()) {
    gazetteer_ = std::make_unique<accord::Gazetteer>(base_gazetteer_->gazetteer);
    accord::add_dataset_entries(*gazetteer_, state.dataset());  // people added by earlier imports
    gazetteer_version_ = state.data_version();
  }
  return gazetteer_.get();
}

void ImportView::set_article(const std::string& raw_name, const std::string& bytes) {
  const std::string name = accord::valid_utf8_or_replaced(raw_name);  // a file name may hold any bytes
  const accord::PreparedArticle a = accord::prepare_article(bytes, name);
  pasted_notice_.clear();
  if (!a.error.empty()) {
    error_ = trf("{error} (the text box is unchanged)", {{"error", a.error}});
    return;
  }
  error_.clear();
  warnings_ = a.warnings;
  article_ = a.text;
  source_name_ = name;
  headline_from_html_ = a.headline;
  ++box_generation_;  // a new box: ImGui forgets what the old one was editing
  reviewing_ = false;
  const std::string shown = raw_name == kPastedText ? std::string(tr("pasted text")) : name;
  const accord::MessageArgs args = {{"name", shown}, {"bytes", std::to_string(article_.size())}};
  pasted_notice_ =
      a.from_html ? trf("{name}: {bytes} bytes of text from HTML", args) : trf("{name}: {bytes} bytes of text", args);
}

void ImportView::open_path(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    error_ = trf("{path}: cannot be read ({reason})",
                 {{"path", accord::valid_utf8_or_replaced(path)}, {"reason", std::strerror(errno)}});
    return;
  }
  const std::streamoff size = in.tellg();
  if (size < 0 || size_t(size) > accord::kMaxImportHtmlBytes) {
    error_ = trf("{path}: {mb} MB is more than one article may be",
                 {{"path", accord::valid_utf8_or_replaced(path)}, {"mb", std::to_string(size / (1024 * 1024))}});
    return;
  }
  std::string bytes(size_t(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  set_article(base_name(path), bytes);
}

void ImportView::take_input(AppState& state) {
  std::string name, bytes;
  // Native drops and picked files arrive here through main.cpp's routing
  // (dropped_files.cpp): articles are offered, datasets go to the Data window.
  if (state.take_offered_article(name, bytes)) set_article(name, bytes);
  std::string pasted;
  if (!take_pasted_text(pasted)) return;
  if (ImGui::GetIO().WantTextInput && pasted.size() <= kTypedPasteLimit) {
    ImGui::GetIO().AddInputCharactersUTF8(pasted.c_str());  // at the focused field's cursor
  } else if (!reviewing_) {
    set_article(kPastedText, pasted);
  }
}

void ImportView::extract(AppState& state) {
  const accord::PreparedArticle a = accord::prepare_article(article_, source_name_);
  error_ = a.error;
  warnings_ = a.warnings;
  pasted_notice_.clear();
  if (!error_.empty()) return;
  const accord::Gazetteer* g = gazetteer(state);
  if (!g) {
    error_ =
        trf("the extraction word lists could not be read: {reason}", {{"reason", base_gazetteer_->errors.front()}});
    return;
  }
  draft_ = accord::extract_article(a.text, *g);
  if (draft_.headline.empty()) draft_.headline = headline_from_html_;
  const std::vector<KindedSpan> spans = draft_spans(draft_);
  std::fill(std::begin(kind_counts_), std::end(kind_counts_), 0);
  for (const KindedSpan& s : spans) ++kind_counts_[int(s.kind)];
  highlighted_.set(a.text, to_highlights(spans));
  date_text_ = draft_.date.date ? draft_.date.date->iso() : "";
  date_error_ = draft_.date.date ? std::string() : std::string(tr("no date found in the article; type it"));
  source_ = {};
  source_.text = a.text;  // kept on the source: its page shows the passage again
  resolve(state);
  reviewing_ = true;
}

void ImportView::resolve(const AppState& state) {
  preview_ = accord::resolve_draft(draft_, state.dataset(), source_);
  find_same_event(state);
}

// One event, many reports: the same answer accord add gives (core/resolve).
void ImportView::find_same_event(const AppState& state) {
  same_as_.reset();
  if (!preview_.has_date()) return;
  if (!candidates_ || candidates_version_ != state.data_version()) {
    candidates_ = std::make_unique<accord::EventCandidateIndex>(state.dataset());
    candidates_version_ = state.data_version();
  }
  const accord::EventResolution r = accord::resolve_records(preview_, state.dataset(), *candidates_);
  if (r.decision != accord::ResolutionDecision::New && r.best()) same_as_ = *r.best();
  compared_.clear();
  if (same_as_)
    compared_ = compare_with_draft(state.dataset(), state.dataset().events[same_as_->event_index], preview_);
}

// The report becomes another source of the event it tells (its new facts
// added, disagreements kept), as one undoable change.
void ImportView::save_as_report(AppState& state) {
  if (!same_as_ || same_as_->event_index >= state.dataset().events.size()) return;
  const accord::Event target = state.dataset().events[same_as_->event_index];
  if (target.id != same_as_->event_id) return;  // the data changed under the match; find_same_event runs again
  const std::string refused = state.apply_change(accord::merge_records_change(preview_, state.dataset(), target));
  if (!refused.empty()) {
    error_ = trf("Not saved: {reason}", {{"reason", refused}});
    return;
  }
  *this = ImportView{std::move(base_gazetteer_), std::move(gazetteer_), gazetteer_version_};
  state.navigate_to(View::Event, target.id);
}

void ImportView::draw_same_event(AppState& state, const Fonts& fonts) {
  if (!same_as_) return;
  if (same_as_->event_index >= state.dataset().events.size() ||
      state.dataset().events[same_as_->event_index].id != same_as_->event_id) {
    find_same_event(state);
    if (!same_as_) return;
  }
  const accord::Event& e = state.dataset().events[same_as_->event_index];
  const bool sure = same_as_->decision == accord::ResolutionDecision::Same;
  const float h = target_height(state);
  const ImGuiStyle& style = ImGui::GetStyle();
  // A box of its own colour (drawn behind once its height is known), not a
  // child window: it takes the height its content needs.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorScreenPos(ImVec2(top.x + style.WindowPadding.x, top.y + style.WindowPadding.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - style.WindowPadding.x * 2);
  text_wrapped(sure ? tr("This article reports an event you already have:")
                    : tr("This may report an event you already have:"));
  ImGui::PushFont(fonts.bold);
  if (link(state, e.title, "import:same:event")) state.navigate_to(View::Event, e.id);
  ImGui::PopFont();
  text_wrapped_colored(palette::kMutedText, same_as_->reasons_text());
  draw_comparison(state, fonts, compared_);
  if (ImGui::Button(tr("Add as another source of it"), ImVec2(0, h)) && !pointer_was_dragged()) save_as_report(state);
  note_widget(state, "import:same:merge");
  if (ImGui::GetContentRegionAvail().x >
      ImGui::CalcTextSize((std::string(tr("Add as another source of it")) + " " + tr("Keep separate")).c_str()).x +
          style.FramePadding.x * 4 + style.ItemSpacing.x * 2)
    ImGui::SameLine();
  if (ImGui::Button(tr("Keep separate"), ImVec2(0, h)) && !pointer_was_dragged()) save(state);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Save the article as a new event"));
  note_widget(state, "import:same:separate");
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float bottom = ImGui::GetItemRectMax().y + style.WindowPadding.y;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(top, ImVec2(top.x + width, bottom), ImGui::GetColorU32(ImGuiCol_TableHeaderBg),
                    style.ChildRounding);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

void ImportView::save(AppState& state) {
  if (!date_error_.empty() || !draft_.date.date) {
    error_ = trf("Not saved. Date: {problem}",
                 {{"problem", date_error_.empty() ? std::string(tr("missing")) : date_error_}});
    return;
  }
  const bool has_partner =
      std::any_of(draft_.countries.begin(), draft_.countries.end(),
                  [&](const accord::DraftCountry& c) { return c.party && c.id != state.dataset().home_country; });
  if (!has_partner) {
    error_ = tr("Not saved. Partners: choose at least one partner country");
    return;
  }
  resolve(state);
  if (!preview_.has_date()) {
    error_ = trf("Not saved. Date: {problem}", {{"problem", tr("missing")}});
    return;
  }
  accord::DraftRecords records = preview_;
  if (!draft_.headline.empty()) records.event.title = draft_.headline;
  const std::string refused = state.apply_change(records.to_change());
  if (!refused.empty()) {
    error_ = trf("Not saved: {reason}", {{"reason", refused}});
    return;
  }
  // Saved: a fresh box for the next article, and the new event on the timeline.
  *this = ImportView{std::move(base_gazetteer_), std::move(gazetteer_), gazetteer_version_};
  state.navigate_to(View::Event, records.event.id);
}

ImportView::ImportView(std::unique_ptr<accord::GazetteerLoad> base, std::unique_ptr<accord::Gazetteer> g,
                       unsigned version)
    : base_gazetteer_(std::move(base)), gazetteer_(std::move(g)), gazetteer_version_(version) {}

void ImportView::draw(AppState& state, const Fonts& fonts) {
  take_input(state);
  ImGui::BeginChild("##import", ImVec2(0, 0), false, reviewing_ ? ImGuiWindowFlags_NoScrollbar : 0);
  if (reviewing_)
    draw_review(state, fonts);
  else
    draw_input(state, fonts);
  ImGui::EndChild();
  publish_state(state);
}

void ImportView::draw_input(AppState& state, const Fonts& fonts) {
  drag_to_scroll();
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted(tr("Import an article"));
  ImGui::PopFont();
  text_wrapped_colored(palette::kMutedText,
                       tr("Paste a news article in English, French or Vietnamese (Ctrl+V), or open a .txt or .html "
                          "file. Extract makes a draft event; you check and correct it before saving."));
  const float h = target_height(state);
  const ImGuiStyle& style = ImGui::GetStyle();
  // The box takes what the buttons and messages leave, at least ten lines.
  const float reserve = h * 2 + style.ItemSpacing.y * 4 + ImGui::GetTextLineHeightWithSpacing() * 3;
  const float box_h = std::max(ImGui::GetTextLineHeight() * 10, ImGui::GetContentRegionAvail().y - reserve);
  ImGui::PushID(box_generation_);
  text_area(state, "import:text", article_, ImVec2(0, box_h));
  ImGui::PopID();

  if (ImGui::Button(tr("Extract"), ImVec2(0, h)) && !pointer_was_dragged()) extract(state);
  note_widget(state, "import:extract");
  ImGui::SameLine();
  if (ImGui::Button(tr("Open file\u2026"), ImVec2(0, h)) && !pointer_was_dragged()) {
    // Web: the browser's picker, answered on a later frame. Native: a path.
    const bool picker = request_open_file(
        ".txt,.html,.htm", [this](const std::string& name, const std::string& bytes) { set_article(name, bytes); },
        [this](const std::string& message) { error_ = message; });
    show_path_ = show_path_ || !picker;
  }
  note_widget(state, "import:open");
  if (!article_.empty()) {
    ImGui::SameLine();
    if (ImGui::Button(tr("Clear"), ImVec2(0, h)) && !pointer_was_dragged()) {
      article_.clear();
      ++box_generation_;
      error_.clear();
      warnings_.clear();
      pasted_notice_.clear();
      source_name_ = kPastedText;
    }
    note_widget(state, "import:clear");
  }
  if (show_path_) {
    const float open_w = ImGui::CalcTextSize(tr("Open")).x + style.FramePadding.x * 2;
    text_field(state, "import:path", path_, "/path/to/article.html",
               ImGui::GetContentRegionAvail().x - open_w - style.ItemSpacing.x);
    ImGui::SameLine();
    if (ImGui::Button(tr("Open"), ImVec2(0, h)) && !path_.empty()) open_path(path_);
    note_widget(state, "import:path:open");
  }
  if (!pasted_notice_.empty()) text_wrapped_colored(palette::kMutedText, pasted_notice_);
  draw_messages(error_, warnings_);
}

void ImportView::draw_legend(AppState& state) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float box = ImGui::GetFontSize() * 0.8f;
  bool any = false;
  for (int k = 0; k < kSpanKinds; ++k) {
    if (kind_counts_[k] == 0) continue;
    const std::string text = std::string(span_kind_label(SpanKind(k))) + " " + std::to_string(kind_counts_[k]);
    const float w = box + 4 + ImGui::CalcTextSize(text.c_str()).x;
    if (any) {
      ImGui::SameLine(0, ImGui::GetFontSize());
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float dy = (ImGui::GetTextLineHeight() - box) * 0.5f;
    dl->AddRectFilled(ImVec2(at.x, at.y + dy), ImVec2(at.x + box, at.y + dy + box), span_kind_color(SpanKind(k)), 2.0f);
    ImGui::Dummy(ImVec2(box + 4, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(text.c_str());
    note_widget(state, std::string("import:legend:") + span_kind_label(SpanKind(k)));
    any = true;
  }
  if (!any) text_wrapped_colored(palette::kMutedText, tr("Nothing was recognised in this text."));
}

void ImportView::draw_review(AppState& state, const Fonts& fonts) {
  const float h = target_height(state);
  if (ImGui::Button(tr("\u2190 Text"), ImVec2(0, h)) && !pointer_was_dragged()) reviewing_ = false;
  note_widget(state, "import:back-to-text");
  ImGui::SameLine();
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(tr("Check the draft, then save"));
  ImGui::PopFont();
  const float save_w = ImGui::CalcTextSize(tr("Save event")).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - save_w));
  ImGui::PushStyleColor(ImGuiCol_Button, palette::kAccent);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button(tr("Save event"), ImVec2(save_w, h)) && !pointer_was_dragged()) save(state);
  ImGui::PopStyleColor(2);
  note_widget(state, "import:save");
  draw_messages(error_, warnings_);
  if (state.stats().wide_layout) draw_same_event(state, fonts);

  auto draw_form = [&]() {
    if (draw_draft_form(state, draft_, preview_, source_, date_text_, date_error_)) resolve(state);
    std::vector<std::string> notes = draft_.notes;
    notes.insert(notes.end(), preview_.notes.begin(), preview_.notes.end());
    if (!notes.empty()) {
      ImGui::Spacing();
      ImGui::TextUnformatted(tr("To check"));
      ImGui::Separator();
      for (const std::string& n : notes) text_wrapped_colored(palette::kMutedText, "\u2022 " + n);
    }
    ImGui::Dummy(ImVec2(0, h));
  };
  if (state.stats().wide_layout) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float left_w = (ImGui::GetContentRegionAvail().x - gap) * 0.55f;
    ImGui::BeginChild("##import-article", ImVec2(left_w, 0), true);
    drag_to_scroll();
    draw_legend(state);
    ImGui::Separator();
    highlighted_.draw(ImGui::GetContentRegionAvail().x);
    note_widget(state, "import:highlighted");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##import-form", ImVec2(0, 0), true);
    drag_to_scroll();
    draw_form();
    ImGui::EndChild();
  } else {
    // Phones: the article with its highlights, then the form, one column.
    ImGui::BeginChild("##import-column", ImVec2(0, 0), false);
    drag_to_scroll();
    draw_same_event(state, fonts);
    draw_legend(state);
    highlighted_.draw(ImGui::GetContentRegionAvail().x);
    note_widget(state, "import:highlighted");
    draw_form();
    ImGui::EndChild();
  }
}

void ImportView::publish_state(const AppState& state) const {
  nlohmann::json j;
  j["stage"] = reviewing_ ? "review" : "input";
  j["error"] = error_;
  j["warnings"] = warnings_;
  j["text_bytes"] = article_.size();
  j["source_name"] = source_name_;
  if (reviewing_) {
    nlohmann::json spans = nlohmann::json::object();
    for (int k = 0; k < kSpanKinds; ++k)
      if (kind_counts_[k]) spans[span_kind_label(SpanKind(k))] = kind_counts_[k];
    j["spans"] = spans;
    j["language"] = draft_.language;
    j["title"] = draft_.headline;
    j["date"] = date_text_;
    j["date_inferred"] = draft_.date.date && draft_.date.date->inferred();
    j["type"] = accord::to_string(draft_.type);
    j["city"] = draft_.location.city;
    j["place_country"] = draft_.location.country_id;
    nlohmann::json partners = nlohmann::json::array();
    for (const auto& c : draft_.countries)
      if (c.party && c.id != state.dataset().home_country) partners.push_back(c.id);
    j["partners"] = partners;
    nlohmann::json people = nlohmann::json::array();
    for (size_t i = 0; i < draft_.people.size(); ++i) {
      nlohmann::json p = {{"name", draft_.people[i].name}, {"title", draft_.people[i].title}};
      if (i < preview_.people.size()) {
        p["id"] = preview_.people[i].id;
        p["is_new"] = preview_.people[i].is_new;
      }
      people.push_back(p);
    }
    j["people"] = people;
    nlohmann::json names = nlohmann::json::array();
    for (const auto& o : draft_.organizations) names.push_back(o.name);
    j["organizations"] = names;
    names = nlohmann::json::array();
    for (const auto& m : draft_.mechanisms) names.push_back(m.name);
    j["mechanisms"] = names;
    nlohmann::json agreements = nlohmann::json::array();
    for (const auto& a : draft_.agreements)
      agreements.push_back({{"title", a.title}, {"action", accord::to_string(a.action)}});
    j["agreements"] = agreements;
    names = nlohmann::json::array();
    for (const auto& t : draft_.topics) names.push_back(t.topic);
    j["topics"] = names;
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& f : draft_.figures)
      figures.push_back({{"quantity", f.quantity}, {"unit", f.unit}, {"what", f.what}});
    j["figures"] = figures;
    j["event_id"] = preview_.event.id;
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& a : preview_.new_agreements) ids.push_back(a.id);
    for (const auto& a : preview_.updated_agreements) ids.push_back(a.id);
    j["agreement_ids"] = ids;  // what saving adds to or changes in the register
    if (same_as_) {
      nlohmann::json compared = nlohmann::json::array();
      for (const ComparedFact& f : compared_)
        compared.push_back({{"label", f.label}, {"ours", f.ours}, {"theirs", f.theirs}, {"same", f.same}});
      j["same_event"] = {{"id", same_as_->event_id},
                         {"decision", accord::to_string(same_as_->decision)},
                         {"reasons", same_as_->reasons},
                         {"compared", compared}};
    }
  }
  g_import_state = std::move(j);
}

}  // namespace atlas
