// An embedded view (#/...?embed=1, shown in another page's <iframe>): in
// place of the header, tabs and bottom bar, one slim line with the atlas's
// title and "Open in Accord Atlas", which opens the same view, not
// embedded, in a new tab.
#pragma once

namespace atlas {

class AppState;
struct Fonts;

void draw_embed_bar(AppState& state, const Fonts& fonts);

}  // namespace atlas
