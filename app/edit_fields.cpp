#include "edit_fields.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "app_state.h"
#include "display_text.h"
#include "i18n.h"
#include "text_field.h"
#include "theme.h"

namespace atlas {
namespace {

// What the user typed into each date or number field, by widget name.
std::map<std::string, std::string> g_typed;

std::string& typed_text(const std::string& name, const std::string& initial) {
  auto it = g_typed.find(name);
  if (it == g_typed.end()) it = g_typed.emplace(name, initial).first;
  return it->second;
}

void note_problem(std::string& problem, const std::string& text) {
  if (problem.empty()) problem = text;
}

const char* kDateForm = " (YYYY-MM-DD, YYYY-MM or YYYY)";

}  // namespace

void form_label(const char* text) { ImGui::TextColored(palette::kMutedText, "%s", text); }

void form_section(const char* text) {
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.4f));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::Separator();
}

bool combo_item(AppState& state, const std::string& text, bool selected) {
  return ImGui::Selectable(text.c_str(), selected, 0, ImVec2(0, target_height(state)));
}

bool choice_combo(AppState& state, const std::string& name, std::string& value,
                  const std::vector<std::string>& choices) {
  bool changed = false;
  const float h = target_height(state);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  ImGui::SetNextItemWidth(-1);
  const bool open = ImGui::BeginCombo(("##" + name).c_str(), value.c_str(), ImGuiComboFlags_HeightLargest);
  ImGui::PopStyleVar();
  note_widget(state, name);
  if (open) {
    for (const std::string& c : choices) {
      if (combo_item(state, c, c == value)) {
        changed = c != value;
        value = c;
      }
      note_widget(state, name + ":" + c);
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool date_field(AppState& state, const std::string& name, std::optional<accord::Date>& value, const char* what,
                std::string& problem) {
  std::string& text = typed_text(name, value ? value->iso() : "");
  bool changed = false;
  if (text_field(state, name, text, tr("YYYY-MM-DD"))) {
    if (text.empty()) {
      changed = value.has_value();
      value.reset();
    } else if (std::optional<accord::Date> d = accord::Date::parse(text); d && (!value || value->iso() != text)) {
      value = *d;  // typed: stated
      changed = true;
    }
  }
  if (!text.empty() && !accord::Date::parse(text))
    note_problem(problem, std::string(what) + ": \"" + text + "\" is not a date" + kDateForm);
  return changed;
}

bool required_date_field(AppState& state, const std::string& name, accord::Date& value, const char* what,
                         std::string& problem) {
  std::optional<accord::Date> d = value;
  const bool changed = date_field(state, name, d, what, problem);
  if (d)
    value = *d;
  else
    note_problem(problem, std::string(what) + ": a date is needed" + kDateForm);
  return changed;
}

// The whole text is a number ("12.5", "1e3"); nothing else after it.
static bool parse_number(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end && *end == '\0' && std::isfinite(out);  // no "inf" or "nan"
}

bool number_field(AppState& state, const std::string& name, double& value, const char* what, std::string& problem) {
  char initial[32];
  std::snprintf(initial, sizeof initial, "%.15g", value);  // every digit a figure has
  std::string& text = typed_text(name, initial);
  double parsed = 0;
  bool changed = false;
  if (text_field(state, name, text, "12.5") && parse_number(text, parsed)) {
    value = parsed;
    changed = true;
  }
  if (!parse_number(text, parsed)) note_problem(problem, std::string(what) + ": \"" + text + "\" is not a number");
  return changed;
}

bool suggest_field(AppState& state, const std::string& name, std::string& value,
                   const std::vector<std::string>& suggestions, const char* hint) {
  const float h = target_height(state);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool typed = text_field(state, name, value, hint, ImGui::GetContentRegionAvail().x - h - spacing);
  ImGui::SameLine(0, spacing);
  bool picked = false;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  ImGui::SetNextItemWidth(h);
  const bool open = ImGui::BeginCombo(("##suggest-" + name).c_str(), "", ImGuiComboFlags_NoPreview);
  ImGui::PopStyleVar();
  note_widget(state, name + ":choices");
  if (open) {
    for (const std::string& s : suggestions) {
      if (combo_item(state, s, s == value)) {
        value = s;
        picked = true;
      }
      note_widget(state, name + ":choice:" + s);
    }
    ImGui::EndCombo();
  }
  return typed || picked;
}

static std::string lines_of(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

// The non-blank lines, trimmed.
static std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

bool aliases_field(AppState& state, const std::string& name, std::vector<std::string>& aliases) {
  std::string& text = typed_text(name, lines_of(aliases));  // keeps a new empty line while typing
  if (!text_area(state, name, text, ImVec2(0, ImGui::GetTextLineHeight() * 3))) return false;
  aliases = split_lines(text);
  return true;
}

// Starts a new line when the chip would pass the right edge.
static void flow(float width, bool first) {
  if (first) return;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (ImGui::GetItemRectMax().x + spacing + width <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
    ImGui::SameLine(0, spacing);
}

static float chip_width(const std::string& text) {
  return ImGui::CalcTextSize(text.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.5f;
}

bool topic_chips(AppState& state, const std::string& name, std::vector<std::string>& topics) {
  const float h = target_height(state);
  bool changed = false;
  bool first = true;
  ImGui::PushID(name.c_str());
  for (const std::string& t : accord::topic_vocabulary()) {
    const std::string text = topic_text(t);
    flow(chip_width(text), first);
    first = false;
    const auto at = std::find(topics.begin(), topics.end(), t);
    const bool on = at != topics.end();
    if (chip_button(text + "##" + t, on, h)) {
      if (on)
        topics.erase(at);
      else
        topics.push_back(t);
      changed = true;
    }
    note_widget(state, name + ":" + t);
  }
  ImGui::PopID();
  return changed;
}

bool toggle_chip(AppState& state, const std::string& name, const char* text, bool& value) {
  const bool tapped = chip_button(std::string(text) + "##" + name, value, target_height(state));
  note_widget(state, name);
  if (tapped) value = !value;
  return tapped;
}

void forget_field_texts() { g_typed.clear(); }

void forget_field_texts(const std::string& name_prefix) {
  for (auto it = g_typed.lower_bound(name_prefix); it != g_typed.end() && it->first.rfind(name_prefix, 0) == 0;)
    it = g_typed.erase(it);
}

}  // namespace atlas
