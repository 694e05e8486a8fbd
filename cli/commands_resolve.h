// One event, many reports, on the command line: the choice add takes
// (--same ID, --new), add --jsonl over many articles with its summary,
// and split, which takes a wrongly merged report back out of an event.
#pragma once
#include <istream>
#include <ostream>
#include <string>

#include "args.h"
#include "article_intake.h"
#include "dataset_store.h"

namespace accord::cli {

// Shared with the other commands that change a dataset (commands_intake.cpp).
bool open_store(DatasetStore& store, const std::string& command, Dataset& d, std::ostream& err);
bool save_or_explain(DatasetStore& store, const Dataset& d, std::ostream& err);
std::string required(const Args& args, const char* option, const char* command, std::ostream& err);
void print_records(const DraftRecords& r, std::ostream& out);

// --same ID and --new; false (after saying why) when both are given.
bool read_report_choice(const Args& args, ReportChoice& choice, std::ostream& err);
// "possible report of ev-... (score 4.5; same day ...)" for each candidate worth asking about.
void print_candidates(const EventResolution& r, std::ostream& out);

int cmd_add_batch(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
int cmd_split(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace accord::cli
