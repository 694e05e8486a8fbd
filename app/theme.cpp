#include "theme.h"

namespace atlas {
namespace {

Theme g_theme = Theme::Light;

void light_colors(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  palette::kMutedText = ImVec4(0.38f, 0.41f, 0.46f, 1.0f);
  palette::kAccent = ImVec4(0.10f, 0.36f, 0.69f, 1.0f);
  palette::kInferred = ImVec4(0.70f, 0.42f, 0.05f, 1.0f);
  palette::kWarning = ImVec4(0.72f, 0.16f, 0.12f, 1.0f);
  palette::kNoticeBg = ImVec4(1.00f, 0.96f, 0.85f, 1.0f);
  palette::kNoticeText = ImVec4(0.40f, 0.27f, 0.02f, 1.0f);
  palette::kBackground = ImVec4(1.00f, 1.00f, 1.00f, 1.0f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = palette::kBackground;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = ImVec4(1.00f, 1.00f, 1.00f, 0.98f);
  c[ImGuiCol_Text] = ImVec4(0.11f, 0.12f, 0.14f, 1.00f);
  c[ImGuiCol_TextDisabled] = palette::kMutedText;
  c[ImGuiCol_Border] = ImVec4(0.85f, 0.87f, 0.90f, 1.00f);
  c[ImGuiCol_FrameBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.00f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.98f, 1.00f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.90f, 0.93f, 0.98f, 1.00f);
  c[ImGuiCol_Header] = ImVec4(0.85f, 0.91f, 0.98f, 1.00f);         // selected row
  c[ImGuiCol_HeaderHovered] = ImVec4(0.92f, 0.95f, 0.99f, 1.00f);  // hovered row
  c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.88f, 0.97f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.93f, 0.95f, 0.98f, 1.00f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.85f, 0.91f, 0.98f, 1.00f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.86f, 0.97f, 1.00f);
  c[ImGuiCol_CheckMark] = palette::kAccent;
  c[ImGuiCol_SliderGrab] = palette::kAccent;
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.95f, 0.96f, 0.98f, 1.00f);
  c[ImGuiCol_TableBorderLight] = c[ImGuiCol_Border];
}

// Not inverted light: a calm slate background, text a little off white,
// accents lightened so links and headings keep their contrast.
void dark_colors(ImGuiStyle& style) {
  ImGui::StyleColorsDark(&style);
  palette::kMutedText = ImVec4(0.62f, 0.66f, 0.72f, 1.0f);
  palette::kAccent = ImVec4(0.49f, 0.70f, 0.98f, 1.0f);
  palette::kInferred = ImVec4(0.95f, 0.69f, 0.32f, 1.0f);
  palette::kWarning = ImVec4(0.98f, 0.50f, 0.45f, 1.0f);
  palette::kNoticeBg = ImVec4(0.27f, 0.22f, 0.10f, 1.0f);
  palette::kNoticeText = ImVec4(0.98f, 0.86f, 0.58f, 1.0f);
  palette::kBackground = ImVec4(0.09f, 0.10f, 0.12f, 1.0f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = palette::kBackground;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = ImVec4(0.13f, 0.14f, 0.17f, 0.98f);
  c[ImGuiCol_Text] = ImVec4(0.90f, 0.92f, 0.94f, 1.00f);
  c[ImGuiCol_TextDisabled] = palette::kMutedText;
  c[ImGuiCol_Border] = ImVec4(0.22f, 0.24f, 0.28f, 1.00f);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = ImVec4(0.14f, 0.15f, 0.18f, 1.00f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.18f, 0.20f, 0.24f, 1.00f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.21f, 0.24f, 0.29f, 1.00f);
  c[ImGuiCol_Header] = ImVec4(0.17f, 0.27f, 0.42f, 1.00f);         // selected row
  c[ImGuiCol_HeaderHovered] = ImVec4(0.15f, 0.18f, 0.24f, 1.00f);  // hovered row
  c[ImGuiCol_HeaderActive] = ImVec4(0.20f, 0.31f, 0.48f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.16f, 0.18f, 0.22f, 1.00f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.21f, 0.25f, 0.32f, 1.00f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.24f, 0.32f, 0.44f, 1.00f);
  c[ImGuiCol_CheckMark] = palette::kAccent;
  c[ImGuiCol_SliderGrab] = palette::kAccent;
  c[ImGuiCol_SliderGrabActive] = palette::kAccent;
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = ImVec4(0.30f, 0.33f, 0.38f, 1.00f);
  c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0.38f, 0.42f, 0.48f, 1.00f);
  c[ImGuiCol_ScrollbarGrabActive] = ImVec4(0.45f, 0.50f, 0.57f, 1.00f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.14f, 0.15f, 0.18f, 1.00f);
  c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_Border];
  c[ImGuiCol_TableBorderLight] = c[ImGuiCol_Border];
  c[ImGuiCol_TableRowBgAlt] = ImVec4(1, 1, 1, 0.03f);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.26f, 0.42f, 0.66f, 0.55f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.55f);
}

}  // namespace

Theme current_theme() { return g_theme; }

void apply_theme(float scale, bool touch, Theme theme) {
  g_theme = theme;
  ImGuiStyle style;  // fresh defaults, so repeated calls never compound scaling
  if (theme == Theme::Dark)
    dark_colors(style);
  else
    light_colors(style);

  style.WindowPadding = ImVec2(12, 10);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.ScrollbarSize = 12;
  style.WindowRounding = 0;
  style.ChildRounding = 0;
  style.PopupRounding = 6;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.PopupBorderSize = 1;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;

  if (touch) {
    // Fingers are less precise than a pointer. Lists scroll by dragging
    // their contents, so the scrollbar is only a thin position indicator.
    style.TouchExtraPadding = ImVec2(4, 4);
    style.ScrollbarSize = 6;
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace atlas
