#include "view_story.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app_state.h"
#include "display_text.h"
#include "fonts.h"
#include "i18n.h"
#include "imgui.h"
#include "platform.h"
#include "query.h"
#include "theme.h"
#include "widgets.h"

namespace atlas {
namespace {

// A sideways swipe that started inside [min, max] and just ended: -1 to
// the left (next card), +1 to the right (previous), else 0.
int swipe_direction(ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return 0;
  const ImVec2 start = io.MouseClickedPos[0];
  if (start.x < min.x || start.x > max.x || start.y < min.y || start.y > max.y) return 0;
  const float dx = io.MousePos.x - start.x, dy = io.MousePos.y - start.y;
  if (std::fabs(dx) < 60.0f * ui_px() || std::fabs(dx) < 1.5f * std::fabs(dy)) return 0;
  return dx < 0 ? -1 : 1;
}

}  // namespace

size_t story_step_in(size_t link_step, size_t count) {
  if (count == 0) return 0;
  return std::clamp<size_t>(link_step, 1, count);
}

void StoryView::go_to_step(AppState& state, size_t step) {
  accord::ViewState next = state.view_state();
  next.story_step = step;
  state.set_place(next);  // no history entry per card: Back leaves the story
}

void StoryView::set_playing(AppState& state, bool playing) {
  playing_ = playing;
  if (playing) {
    next_step_at_ = millis_since_start() + kPlayStepMillis;
    state.wake_at(next_step_at_);
  }
}

void StoryView::follow_play(AppState& state, size_t step, size_t count) {
  if (!playing_) return;
  if (step >= count) {  // the end: Play stops there
    playing_ = false;
    return;
  }
  const double now = millis_since_start();
  if (now < next_step_at_) {
    state.wake_at(next_step_at_);
    return;
  }
  go_to_step(state, step + 1);
  next_step_at_ = now + kPlayStepMillis;
  if (step + 1 < count)
    state.wake_at(next_step_at_);
  else
    playing_ = false;
}

void StoryView::handle_keys(AppState& state, size_t step, size_t count) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyAlt || io.KeyCtrl) return;  // Alt+Left is Back
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  size_t to = step;
  if (pressed(ImGuiKey_RightArrow) && step < count) to = step + 1;
  if (pressed(ImGuiKey_LeftArrow) && step > 1) to = step - 1;
  if (pressed(ImGuiKey_Home)) to = 1;
  if (pressed(ImGuiKey_End)) to = count;
  if (to != step) {
    playing_ = false;  // a hand on the story takes over from Play
    go_to_step(state, to);
  }
  if (pressed(ImGuiKey_Escape)) close(state, step, count);
}

void StoryView::close(AppState& state, size_t step, size_t count) {
  playing_ = false;
  // Back to the timeline with this card's event open: where the reader was.
  const accord::Event& e = state.dataset().events[state.visible_events()[count - step]];
  state.navigate_to(View::Event, e.id);
}

void StoryView::draw(AppState& state, const Fonts& fonts) {
  const std::vector<size_t>& visible = state.visible_events();  // newest first
  const size_t count = visible.size();
  const size_t link_step = state.view_state().story_step;
  if (count == 0) {
    playing_ = false;
    ImGui::PushFont(fonts.title);
    text_wrapped(tr("Story"));
    ImGui::PopFont();
    text_wrapped_colored(palette::kMutedText, tr("No events match this filter, so there is no story to tell."));
    if (ImGui::Button(tr("Back to the timeline"), ImVec2(0, target_height(state)))) state.navigate_to(View::Timeline);
    note_widget(state, "story:close");
    return;
  }
  const size_t step = story_step_in(link_step, count);
  if (link_step > count) {
    state.add_notice(tr_count("This story has {n} events; showing the last.", static_cast<long long>(count)));
    go_to_step(state, step);
  }
  handle_keys(state, step, count);
  follow_play(state, step, count);
  const size_t shown_step = story_step_in(state.view_state().story_step, count);
  if (state.view() != View::Story) return;  // Escape left the story
  const accord::Event& e = state.dataset().events[visible[count - shown_step]];

  const bool wide = state.stats().wide_layout;
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!wide) ImGui::Indent(style.WindowPadding.x);
  draw_top_row(state, fonts, shown_step, count);
  if (!wide) ImGui::Unindent(style.WindowPadding.x);

  // The card: a reading width on a desktop, the whole width on a phone,
  // above the row of controls.
  const float controls_h = target_height(state) + style.ItemSpacing.y * 2 + style.WindowPadding.y;
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float card_w = wide ? std::min(avail_w, ImGui::GetFontSize() * 42.0f) : avail_w;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail_w - card_w) * 0.5f);
  ImGui::BeginChild("##story_card", ImVec2(card_w, -controls_h), wide, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (card_showing_ != e.id) {
    card_showing_ = e.id;
    ImGui::SetScrollY(0);
  }
  drag_to_scroll();
  draw_card(state, fonts, e);
  const ImVec2 card_min = ImGui::GetWindowPos();
  const ImVec2 card_max(card_min.x + ImGui::GetWindowWidth(), card_min.y + ImGui::GetWindowHeight());
  ImGui::EndChild();
  note_widget(state, "story:card");
  const int swipe = swipe_direction(card_min, card_max);
  if (swipe < 0 && shown_step < count) go_to_step(state, shown_step + 1);
  if (swipe > 0 && shown_step > 1) go_to_step(state, shown_step - 1);
  if (swipe != 0) playing_ = false;  // a hand on the story takes over from Play

  if (!wide) ImGui::Indent(style.WindowPadding.x);
  draw_controls(state, shown_step, count);
  if (!wide) ImGui::Unindent(style.WindowPadding.x);
}

void StoryView::draw_top_row(AppState& state, const Fonts& fonts, size_t step, size_t count) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = target_height(state);
  const char* close_label = tr("Close story");
  const float close_w = ImGui::CalcTextSize(close_label).x + style.FramePadding.x * 2;
  const std::string position =
      trf("Story \u00b7 {step} of {count}", {{"step", std::to_string(step)}, {"count", std::to_string(count)}});
  ImGui::PushFont(fonts.bold);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextUnformatted(position.c_str());
  ImGui::PopFont();
  note_widget(state, "story:position");
  ImGui::SameLine();
  // What the story is of, cut to the room left beside the Close button.
  const float room = ImGui::GetContentRegionAvail().x - close_w - style.ItemSpacing.x;
  const std::string filtered = filter_summary(state.dataset(), state.filter());
  const std::string summary = filtered.empty() ? std::string(tr("All events")) : filtered;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(std::max(room, 1.0f), ImGui::GetTextLineHeight()));
  draw_clipped_text(ImGui::GetWindowDrawList(), at, at.x + room, ImGui::GetColorU32(palette::kMutedText),
                    summary.data(), summary.data() + summary.size());
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (h - ImGui::GetTextLineHeight()) * 0.5f);
  if (ImGui::Button(close_label, ImVec2(close_w, h)) && !pointer_was_dragged()) close(state, step, count);
  note_widget(state, "story:close");

  // How far along: a thin bar, the part told in the accent.
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, t = 3.0f * ui_px();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + w, min.y + t), ImGui::GetColorU32(ImGuiCol_Separator), t);
  dl->AddRectFilled(min, ImVec2(min.x + w * float(step) / float(count), min.y + t),
                    ImGui::GetColorU32(palette::kAccent), t);
  ImGui::Dummy(ImVec2(w, t + style.ItemSpacing.y));
}

void StoryView::draw_controls(AppState& state, size_t step, size_t count) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = target_height(state);
  const float gap = style.ItemSpacing.x;
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 0.5f));
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = std::min((avail - gap * 2) / 3.0f, ImGui::GetFontSize() * 10.0f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - (w * 3 + gap * 2)) * 0.5f);

  ImGui::BeginDisabled(step <= 1);
  if (ImGui::Button(tr("\u2190 Previous"), ImVec2(w, h)) && !pointer_was_dragged()) {
    playing_ = false;
    go_to_step(state, step - 1);
  }
  ImGui::EndDisabled();
  note_widget(state, "story:previous");
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(step >= count && !playing_);
  if (ImGui::Button(tr_id(playing_ ? "Pause" : "Play", "play").c_str(), ImVec2(w, h)) && !pointer_was_dragged())
    set_playing(state, !playing_);
  ImGui::EndDisabled();
  note_widget(state, playing_ ? "story:pause" : "story:play");
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(step >= count);
  if (ImGui::Button(tr("Next \u2192"), ImVec2(w, h)) && !pointer_was_dragged()) {
    playing_ = false;
    go_to_step(state, step + 1);
  }
  ImGui::EndDisabled();
  note_widget(state, "story:next");
}

}  // namespace atlas
