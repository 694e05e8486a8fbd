#include "notice_banner.h"

#include <algorithm>
#include <string>

#include "app_state.h"
#include "i18n.h"
#include "imgui.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {

void draw_notice_banner(AppState& state) {
  const auto& notices = state.notices();
  if (notices.empty()) return;
  std::string text =
      notices.size() == 1 ? std::string(tr("This link:")) + " " : std::string(tr("This link had problems:"));
  if (notices.size() == 1) {
    text += notices[0];
  } else {
    for (const std::string& n : notices) text += "\n\u2022 " + n;
  }

  const ImGuiStyle& style = ImGui::GetStyle();
  const float close = ImGui::GetFrameHeight();
  const float width = ImGui::GetContentRegionAvail().x;
  const float text_width = width - close - style.FramePadding.x * 3;
  const float text_height = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_width).y;
  const float height = std::max(text_height, close) + style.FramePadding.y * 2;

  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, ImGui::GetColorU32(palette::kNoticeBg), style.FrameRounding);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
              ImVec2(min.x + style.FramePadding.x, min.y + (height - text_height) * 0.5f),
              ImGui::GetColorU32(palette::kNoticeText), text.c_str(), nullptr, text_width);
  ImGui::Dummy(ImVec2(width, height));
  note_widget(state, "notice");

  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(max.x - close - style.FramePadding.x * 0.5f, min.y + (height - close) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kNoticeText);
  if (ImGui::Button("\u00d7##dismiss-notice", ImVec2(close, close))) state.dismiss_notices();
  ImGui::PopStyleColor(3);
  note_widget(state, "notice:dismiss");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Dismiss"));
  ImGui::SetCursorScreenPos(after);
}

}  // namespace atlas
