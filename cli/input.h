// Reading what the commands are given: files and standard input with a
// size limit, the gazetteer folder, the article date options.
#pragma once
#include <istream>
#include <ostream>
#include <string>

#include "args.h"
#include "extract.h"

namespace accord::cli {

// --gazetteer, else $ACCORD_GAZETTEER, else the shipped assets/gazetteer.
std::string gazetteer_dir(const Args& args);

// Reads at most limit + 1 bytes, so that an over-size input is refused
// without reading all of it. False when reading failed.
bool read_limited(std::istream& in, size_t limit, std::string& text);

// Reads an article from FILE or "-" (standard input) and checks it can be
// extracted from. False after printing why not to `err`.
bool read_article(const std::string& path, std::istream& in, std::string& text, std::ostream& err);

// --published and --today into the options. False after printing why not.
bool read_date_options(const Args& args, ExtractOptions& options, std::ostream& err);

}  // namespace accord::cli
