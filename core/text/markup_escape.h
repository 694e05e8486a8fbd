// Text made safe inside HTML or XML, in an element or a quoted attribute:
// & < > " ' become entities (the published page's title, the iframe
// snippet, TimelineJS text, GEXF and GraphML labels).
#pragma once
#include <string>

namespace accord {

std::string markup_escaped(const std::string& text);

}  // namespace accord
