// A short banner under the header for notices about a link that did not
// make sense (an unknown view, a removed id): the reasons and a dismiss
// button. Nothing is drawn while there are no notices.
#pragma once

namespace atlas {

class AppState;

// Widgets: "notice" (the banner) and "notice:dismiss".
void draw_notice_banner(AppState& state);

}  // namespace atlas
