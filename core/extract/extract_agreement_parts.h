// Agreements, the parts shared by their files: the word classes that bound a
// title, the title's extent, the action and date the text gives a document.
// extract_agreement_title.cpp finds the title's words, extract_agreement_action.cpp
// the action and the date, extract_agreements.cpp puts each document in the draft.
#pragma once

#include <optional>
#include <vector>

#include "extract_internal.h"

namespace accord::detail::agree {

// A document found in the text, before it becomes a DraftAgreement.
struct Found {
  int kind = 0;        // index in c.agree_kinds
  int kb = 0, ke = 0;  // the kind words
  int tb = 0, te = 0;  // the title
  int action = -1;     // index in c.agree_actions
  std::vector<TextSpan> cue_spans;
  bool specific = false;
  int pb = -1, pe = -1;  // a shared head before the title ("protocoles d'accord sur" + one item of a list)
  int named_e = -1;      // a bare kind named by its signing: the title runs to the clause's end
};

// Word classes around a title.
bool left_stop(const Doc& d, int i);
bool right_stop(const Doc& d, int i);
bool connector(const Doc& d, int i);
bool determiner(const Doc& d, int i);
// The agreement phrase of category c that starts at token i, if any.
const Match* agree_at(const Work& w, int i, Cat c);
// A day or month date starts at token i (a bare year may be part of a title).
bool date_starts(const Work& w, int i);
// The end of a signing clause after a title ("signed by the two countries in 2018").
int signing_clause_end(const Work& w, int from);
int action_index(const Compiled& c, const char* name);

// The title's extent on each side of the kind words [kb, ke).
int right_extent(const Work& w, int ke, bool plan_kind, bool& specific);
int left_extent(const Work& w, int kb, bool& specific);

// The action the text takes on an agreement whose title is [tb, te), or -1.
int find_action(const Work& w, int tb, int te, std::vector<TextSpan>& cues);
// The signing or extension date the text gives the document.
std::optional<Date> agreement_date(const Work& w, const Found& f);

}  // namespace accord::detail::agree
