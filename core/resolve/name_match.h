// Names compared across languages and spellings: folded (no case, no
// diacritics) and taken as a set of words, so a Vietnamese name written
// family-first, or with the given and middle names swapped, is one name.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace accord {

// The folded words of a name, sorted: "Nguyễn Duy Ngọc" and "Ngoc Duy
// NGUYEN" both give "duy ngoc nguyen". Titles and punctuation are dropped.
std::string name_key(const std::string& name);
// Every key a person is known by: name, native name and aliases.
std::vector<std::string> name_keys(const Person& p);
// One person under two records: a key in common (keys of one word are too
// weak to decide, and must match whole).
bool same_person(const Person& a, const Person& b);

// The folded words of a title without the small words of English, French
// and Vietnamese, each reduced to a stem that the three languages often
// share ("drug"/"drogue", "cooperation"/"coopération").
std::vector<std::string> title_stems(const std::string& title);
// Twice the shared stems over the stems of both, 0 to 1.
double stem_similarity(const std::string& a, const std::string& b);

}  // namespace accord
