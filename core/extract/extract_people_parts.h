// People, the titles around a name: the parts extract_people.cpp shares with
// extract_people_titles.cpp (a title before or after a name, with its
// complement, its ranks and the countries it names).
#pragma once

#include <string>
#include <vector>

#include "extract_internal.h"

namespace accord::detail::people {

struct TitleInfo {
  bool found = false;
  int b = 0, e = 0;  // the title words, with their complement
  std::string rank;
  std::vector<std::string> keys;
  std::vector<int> title_refs;  // title definitions
  std::vector<int> countries;   // countries named in the title (gazetteer indexes)
};

// A token that may sit in a title's complement ("of the Korea Coast Guard", "de la Sécurité publique").
bool complement_token_ok(const Work& w, int t);
// Ranks right before token j ("Thượng tướng", "Gen."), skipped back; the rank words go to rank.
int skip_ranks_back(const Work& w, int j, std::string& rank);
// The title that ends right before a name starting at token j.
TitleInfo title_before(const Work& w, int j);
// The title right after a name ending at token e (", Minister of ...").
TitleInfo title_after(const Work& w, int e);

}  // namespace accord::detail::people
