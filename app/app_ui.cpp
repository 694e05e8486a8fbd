#include "app_ui.h"

#include <string>

#include "app_state.h"
#include "fonts.h"
#include "imgui.h"
#include "theme.h"
#include "view_timeline.h"
#include "widgets.h"

namespace atlas {
namespace {

void draw_header(AppState& state, const Fonts& fonts) {
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Accord Atlas");
  ImGui::PopFont();

  const std::string& title = state.dataset().title;
  if (state.stats().wide_layout && !title.empty()) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                         (fonts.title->FontSize - ImGui::GetFontSize()) * 0.5f);
    ImGui::TextColored(palette::kMutedText, "%s", title.c_str());
  }

  const auto& problems = state.load_problems();
  if (!problems.empty()) {
    const std::string label = std::to_string(problems.size()) +
                              (problems.size() == 1 ? " data problem" : " data problems");
    ImGui::SameLine();
    const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
    if (ImGui::SmallButton(label.c_str())) ImGui::OpenPopup("##problems");
    ImGui::PopStyleColor();
  }
  if (ImGui::BeginPopup("##problems")) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    ImGui::TextColored(palette::kMutedText, "%s", state.dataset_path().c_str());
    for (const auto& problem : problems) ImGui::BulletText("%s", problem.to_string().c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
  }
}

}  // namespace

void draw_app(AppState& state, Views& views, const Fonts& fonts) {
  state.stats().wide_layout = state.stats().logical_width >= kWideLayoutMinWidth;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Accord Atlas", nullptr, flags);
  draw_header(state, fonts);
  switch (state.view()) {
    case View::Timeline:
    case View::Event:
    default:  // views not built yet show the timeline
      views.timeline->draw(state, fonts);
      break;
  }
  ImGui::End();
}

}  // namespace atlas
