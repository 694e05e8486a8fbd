#include "share_button.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "imgui.h"
#include "platform.h"
#include "settings.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

constexpr double kToastMs = 1600;  // shown, then fading over the last kFadeMs
constexpr double kFadeMs = 300;

std::string g_copied;         // the last link copied
double g_toast_started = -1;  // millis_since_start() when copied; -1: none

// Two chain links, side by side and overlapping: "link".
void draw_link_icon(ImDrawList* dl, ImVec2 centre, float size, ImU32 col) {
  const float w = size * 0.52f, h = size * 0.30f, t = std::max(1.0f, size * 0.085f);
  const float shift = size * 0.17f;
  for (float dx : {-shift, shift}) {
    const ImVec2 min(centre.x + dx - w * 0.5f, centre.y - h * 0.5f);
    dl->AddRect(min, ImVec2(min.x + w, min.y + h), col, h * 0.5f, ImDrawFlags_None, t);
  }
}

const char* kLabel = "Copy link";

}  // namespace

float share_button_width(float height, bool with_label) {
  if (!with_label) return height;
  return height * 1.1f + ImGui::CalcTextSize(kLabel).x + ImGui::GetStyle().FramePadding.x;
}

void draw_share_button(AppState& state, float height, bool with_label) {
  const float width = share_button_width(height, with_label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Button("##share", ImVec2(width, height));
  note_widget(state, "share");
  if (ImGui::IsItemHovered() && !with_label) ImGui::SetTooltip("Copy a link to this view");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  const float icon = std::min(height, ImGui::GetFrameHeight() * 1.2f) * 0.9f;  // a 44 px button keeps its icon size
  draw_link_icon(dl, ImVec2(pos.x + (with_label ? icon * 0.5f + height * 0.1f : width * 0.5f), pos.y + height * 0.5f),
                 icon * 0.85f, col);
  if (with_label)
    dl->AddText(ImVec2(pos.x + icon + height * 0.2f, pos.y + (height - ImGui::GetFontSize()) * 0.5f), col, kLabel);
  if (pressed) {
    g_copied = copy_link_to_clipboard(state.current_hash());
    g_toast_started = millis_since_start();
    state.request_redraw();
  }
}

void draw_share_toast(AppState& state) {
  if (g_toast_started < 0) return;
  const double age = millis_since_start() - g_toast_started;
  if (age >= kToastMs) {
    g_toast_started = -1;  // gone: no more frames for it
    return;
  }
  state.request_redraw();  // keeps frames coming until it has faded
  const float alpha = age > kToastMs - kFadeMs ? float((kToastMs - age) / kFadeMs) : 1.0f;

  const char* text = "Link copied";
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 text_size = ImGui::CalcTextSize(text);
  const ImVec2 pad(style.FramePadding.x * 2.0f, style.FramePadding.y * 2.0f);
  const ImVec2 size(text_size.x + pad.x * 2, text_size.y + pad.y * 2);
  const ImVec2 min(vp->WorkPos.x + (vp->WorkSize.x - size.x) * 0.5f,
                   vp->WorkPos.y + vp->WorkSize.y - size.y - ImGui::GetFontSize() * 2.5f);
  const ImVec2 max(min.x + size.x, min.y + size.y);
  // Inverted colours stand out in both themes.
  const bool dark = current_theme() == Theme::Dark;
  const ImVec4 bg = dark ? ImVec4(0.90f, 0.92f, 0.94f, 0.96f * alpha) : ImVec4(0.13f, 0.15f, 0.18f, 0.94f * alpha);
  const ImVec4 fg = dark ? ImVec4(0.09f, 0.10f, 0.12f, alpha) : ImVec4(1, 1, 1, alpha);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRectFilled(min, max, ImGui::GetColorU32(bg), size.y * 0.5f);
  dl->AddText(ImVec2(min.x + pad.x, min.y + pad.y), ImGui::GetColorU32(fg), text);
  const float scale = state.stats().pixel_ratio;
  state.stats().widgets["toast"] = {min.x / scale, min.y / scale, size.x / scale, size.y / scale};
}

void add_share_state(nlohmann::json& j) {
  j["copied_link"] = g_copied.empty() ? nlohmann::json(nullptr) : nlohmann::json(g_copied);
}

float header_actions_width(const AppState& state) {
  const float height = target_height(state);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  return share_button_width(height, state.stats().wide_layout) + spacing * 2 + height;
}

void draw_header_actions(AppState& state) {
  const float height = target_height(state);  // 44 px on a phone
  const bool with_label = state.stats().wide_layout;
  const float width = header_actions_width(state) - ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  draw_share_button(state, height, with_label);
  ImGui::SameLine();
  draw_settings_button(state, height);
}

}  // namespace atlas
