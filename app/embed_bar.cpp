#include "embed_bar.h"

#include <algorithm>
#include <string>

#include "app_state.h"
#include "embed_code.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {

void draw_embed_bar(AppState& state, const Fonts& fonts) {
  const char* label = tr("Open in Accord Atlas");
  const float height = target_height(state);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  const float right = ImGui::GetWindowContentRegionMax().x;
  const std::string& title = state.dataset().title;
  // The title, cut to the room the button leaves.
  ImGui::PushFont(fonts.bold);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float room = std::max(0.0f, right - button_w - style.ItemSpacing.x * 2 - ImGui::GetCursorPosX());
  const std::string shown = title.empty() ? "Accord Atlas" : title;
  draw_clipped_text(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + (height - ImGui::GetFontSize()) * 0.5f),
                    at.x + room, ImGui::GetColorU32(ImGuiCol_Text), shown.data(), shown.data() + shown.size());
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(room, height));
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - button_w));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kAccent);
  if (ImGui::Button(label, ImVec2(button_w, height)))
    open_url(link_for_hash(accord::full_view_hash(state.view_state())));
  ImGui::PopStyleColor();
  note_widget(state, "embed:open");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("This view, with the whole atlas, in a new tab"));
  ImGui::Separator();
}

}  // namespace atlas
