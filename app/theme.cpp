#include "theme.h"

namespace atlas {

void apply_theme(float scale, bool touch) {
  ImGuiStyle style;  // fresh defaults, so repeated calls never compound scaling
  ImGui::StyleColorsLight(&style);

  style.WindowPadding = ImVec2(12, 10);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.ScrollbarSize = 12;
  style.WindowRounding = 0;
  style.ChildRounding = 0;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = ImVec4(0.11f, 0.12f, 0.14f, 1.00f);
  c[ImGuiCol_TextDisabled] = palette::kMutedText;
  c[ImGuiCol_Border] = ImVec4(0.85f, 0.87f, 0.90f, 1.00f);
  c[ImGuiCol_FrameBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.00f);
  c[ImGuiCol_Header] = ImVec4(0.85f, 0.91f, 0.98f, 1.00f);         // selected row
  c[ImGuiCol_HeaderHovered] = ImVec4(0.92f, 0.95f, 0.99f, 1.00f);  // hovered row
  c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.88f, 0.97f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.93f, 0.95f, 0.98f, 1.00f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.85f, 0.91f, 0.98f, 1.00f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.86f, 0.97f, 1.00f);
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);

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
