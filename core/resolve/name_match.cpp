#include "name_match.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

#include "text_fold.h"

namespace accord {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::vector<std::string> folded_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : fold(text)) {
    if (is_word_byte(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Honorifics and ranks written before a name in the three languages.
const std::unordered_set<std::string>& name_prefixes() {
  static const std::unordered_set<std::string> kWords = {"mr", "mrs", "ms",      "m",  "mme", "dr",  "ong",
                                                         "ba", "gen", "general", "lt", "col", "maj", "senior"};
  return kWords;
}

const std::unordered_set<std::string>& small_words() {
  static const std::unordered_set<std::string> kWords = {
      "a",   "an",   "the", "of",  "and", "in",  "on", "at",  "to",    "for",   "with", "by",  "from", "de",
      "du",  "des",  "la",  "le",  "les", "et",  "en", "au",  "aux",   "l",     "d",    "un",  "une",  "sur",
      "par", "pour", "va",  "cua", "voi", "tai", "ve", "cac", "nhung", "trong", "is",   "are", "s"};
  return kWords;
}

// A crude stem: the first five letters of a word, enough for
// "cooperation"/"cooperent", "drug"/"drogue" stays apart (and that is fine).
std::string stem(const std::string& w) { return w.size() > 5 ? w.substr(0, 5) : w; }

}  // namespace

std::string name_key(const std::string& name) {
  std::vector<std::string> words = folded_words(name);
  words.erase(
      std::remove_if(words.begin(), words.end(), [](const std::string& w) { return name_prefixes().count(w) > 0; }),
      words.end());
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

std::vector<std::string> name_keys(const Person& p) {
  std::vector<std::string> keys;
  for (const std::string* n : {&p.name, &p.native_name}) {
    std::string k = name_key(*n);
    if (!k.empty()) keys.push_back(std::move(k));
  }
  for (const std::string& a : p.aliases) {
    std::string k = name_key(a);
    if (!k.empty()) keys.push_back(std::move(k));
  }
  return keys;
}

bool same_person(const Person& a, const Person& b) {
  if (!a.id.empty() && a.id == b.id) return true;
  const std::vector<std::string> ka = name_keys(a), kb = name_keys(b);
  for (const std::string& x : ka)
    if (std::find(kb.begin(), kb.end(), x) != kb.end()) return true;
  return false;
}

std::vector<std::string> title_stems(const std::string& title) {
  std::vector<std::string> stems;
  for (const std::string& w : folded_words(title))
    if (!small_words().count(w)) stems.push_back(stem(w));
  return stems;
}

double stem_similarity(const std::string& a, const std::string& b) {
  const std::vector<std::string> wa = title_stems(a), wb = title_stems(b);
  const std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  if (sa.empty() || sb.empty()) return 0.0;
  size_t shared = 0;
  for (const std::string& w : sa) shared += sb.count(w);
  return 2.0 * static_cast<double>(shared) / static_cast<double>(sa.size() + sb.size());
}

}  // namespace accord
