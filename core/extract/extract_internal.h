// Internals shared by the extraction files (not part of the public API).
// The text is folded once (lower case, no diacritics) with a map back to
// the original bytes, cut into word tokens, and matched against phrase
// layers compiled from the gazetteer. Every later step works on tokens and
// matches, never on regular expressions.
#pragma once
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "utf8.h"

#include "extract.h"
#include "gazetteer.h"

namespace accord::detail {

// Languages as bits, so that a phrase can belong to several.
enum LangBit : uint8_t { kEn = 1, kFr = 2, kVi = 4, kAnyLang = 7 };
uint8_t lang_bit(const std::string& code);  // "en" -> kEn, "*" -> kAnyLang
const char* lang_code(uint8_t bit);

enum class Cat : uint8_t {
  // entity layer
  Country,
  Demonym,
  Place,
  Person,
  Org,
  OrgType,
  OrgTypePlural,
  Mechanism,
  NotEntity,
  // title layer
  Title,
  Rank,
  Honorific,
  // lexical layer
  Month,
  Weekday,
  Number,
  Multiplier,
  Unit,
  DateWord,
  FigureAction,
  // topic layer
  Topic,
  TopicBlock,
  // event-type layer
  EventCue,
  // agreement layer
  AgreeKind,
  AgreePlural,
  AgreeAction,
  // glossary layer
  Gloss,
};

enum Layer : int { kEntity, kTitle, kLex, kTopic, kEvent, kAgree, kGloss, kLayerCount };

// Gap flags: what separates a token from the one before it.
enum Gap : uint16_t {
  G_SPACE = 1,
  G_NEWLINE = 2,
  G_PERIOD = 4,
  G_COMMA = 8,
  G_HARD = 16,
  G_OPEN = 32,
  G_CLOSE = 64,
  G_QUOTE = 128,
  G_HYPHEN = 256,
  G_APOS = 512,
  G_SLASH = 1024,
  G_OTHER = 2048,
  G_END = 4096,
};
constexpr uint16_t kBlockingGap =
    G_NEWLINE | G_PERIOD | G_COMMA | G_HARD | G_OPEN | G_CLOSE | G_QUOTE | G_OTHER | G_END;

enum Shape : uint8_t {
  S_CAP = 1,
  S_ALLCAPS = 2,
  S_DIGITS = 4,
  S_DIACRITIC = 8,
  S_HAS_DIGIT = 16,
  S_COMBINING = 32,
  S_VIET = 64
};

constexpr uint32_t kNoId = 0xFFFFFFFFu;

// Date words in the lexical layer (Cat::DateWord, Phrase::ref).
enum DateWordKind : int {
  DW_VI_DAY,
  DW_VI_MONTH,
  DW_VI_YEAR,
  DW_TODAY,
  DW_YESTERDAY,
  DW_THIS_YEAR,
  DW_LAST_YEAR,
  DW_SINCE,
  DW_PAST,
  DW_VIRTUAL,
};

struct Phrase {
  std::vector<uint32_t> toks;      // vocabulary ids of the folded tokens
  std::vector<std::string> exact;  // lower-cased tokens with diacritics; "" when plain ASCII
  std::vector<uint16_t> gaps;      // blocking gap flags the phrase itself has before token k
  std::vector<uint8_t> casing;     // 0 any, 1 capital first letter, 2 all capitals
  uint8_t langs = kAnyLang;
  bool isolated = false;  // a one-syllable Vietnamese name: not inside a longer capitalised name
  Cat cat = Cat::Country;
  int ref = -1;      // index into the gazetteer list of its category
  int aux = 0;       // category-specific: month number, topic index, kind, ...
  float weight = 1;  // cue weight
  std::string text;  // the surface as written (the glossary's English rendering for Gloss)
};

struct PhraseLayer {
  std::vector<Phrase> phrases;
  std::unordered_map<uint32_t, std::vector<int>> by_first;  // longest first
};

// Raw gazetteer knowledge kept for compiling and for the extractor.
struct TitleDef {
  std::string key, org_type;
};
struct UnitDef {
  std::string unit, kind;
};

struct Compiled {
  // The vocabulary of every phrase token: folded token -> id.
  std::deque<std::string> vocab_store;
  std::unordered_map<std::string_view, uint32_t> vocab;
  PhraseLayer layers[kLayerCount];

  std::vector<TitleDef> titles;
  std::vector<UnitDef> units;
  std::vector<std::string> event_types;  // aux of EventCue -> type name
  std::vector<std::string> topics;       // aux of Topic -> topic
  std::vector<std::string> agree_kinds;  // aux of AgreeKind
  std::vector<std::string> agree_actions;
  std::vector<std::string> figure_actions;  // ref of Cat::FigureAction

  // Token-id sets used by rules.
  std::vector<uint32_t> func_en, func_fr, func_vi;                 // language detection
  std::unordered_map<uint32_t, int> vi_surnames;                   // folded surname id -> 1
  std::unordered_map<uint32_t, uint8_t> not_names;                 // folded id -> language bits
  std::unordered_map<uint32_t, uint8_t> org_heads;                 // words that end an organization name
  std::unordered_map<std::string, std::string> fr_ministry_tails;  // "de la police" -> org type id

  // Role title keys per person: roles[i] -> keys
  std::vector<std::vector<std::vector<std::string>>> person_role_keys;

  uint32_t id_of(std::string_view folded_token) const {
    const auto it = vocab.find(folded_token);
    return it == vocab.end() ? kNoId : it->second;
  }
  uint32_t intern(const std::string& folded_token);
};

// Helpers over UTF-8.
bool is_upper_cp(uint32_t cp);
uint32_t lower_cp(uint32_t cp);
std::string lower_utf8(std::string_view s);
// Strips diacritics but keeps capitals: "Tô Lâm" -> "To Lam".
std::string strip_diacritics(std::string_view s);

struct Tok {
  uint32_t fb = 0, fe = 0;  // folded byte range
  uint32_t ob = 0, oe = 0;  // original byte range
  uint32_t id = kNoId;
  uint16_t gap = 0;  // gap before this token
  uint8_t shape = 0;
  uint32_t sent = 0;
};

struct Match {
  int b = 0, e = 0;  // token range [b, e)
  int phrase = -1;
  int layer = 0;
};

struct Doc {
  std::string_view text;
  std::string folded;
  std::vector<uint32_t> orig_at;  // folded byte -> original byte (size folded+1)
  std::vector<Tok> toks;
  std::vector<int> sent_first;  // first token of each sentence, plus toks.size() at the end
  uint8_t lang = kEn;
  bool diacritics = false;   // the text writes diacritics (Vietnamese written in full)
  bool upper_text = false;   // mostly capitals: ignore case rules
  bool accents = false;      // the text writes the accents of its language
  int first_body_token = 0;  // after a leading dateline
  mutable std::vector<std::string> lower_cache;
  mutable std::vector<uint8_t> lower_done;

  std::string_view ftok(int i) const { return std::string_view(folded).substr(toks[i].fb, toks[i].fe - toks[i].fb); }
  std::string_view otok(int i) const { return text.substr(toks[i].ob, toks[i].oe - toks[i].ob); }
  const std::string& lower_tok(int i) const;
  // The original text of tokens [b, e).
  std::string_view orig(int b, int e) const { return text.substr(toks[b].ob, toks[e - 1].oe - toks[b].ob); }
  TextSpan span(int b, int e) const { return TextSpan{toks[b].ob, toks[e - 1].oe}; }
  bool is(int i, std::string_view folded_word) const {
    return i >= 0 && i < (int)toks.size() && ftok(i) == folded_word;
  }
  bool cap(int i) const { return toks[i].shape & S_CAP; }
  bool digits(int i) const { return toks[i].shape & S_DIGITS; }
  int sentence_of(int i) const { return (int)toks[i].sent; }
  int size() const { return (int)toks.size(); }
};

// Builds the document: folds, tokenizes, finds sentences, detects the language.
void build_doc(Doc& d, std::string_view text, const Compiled& c, const std::string& forced_lang);
// True when the folded token i is one of the words.
bool is_word(const Doc& d, int i, std::initializer_list<const char*> words);
// Greedy longest match of one layer over the document.
std::vector<Match> match_layer(const Doc& d, const Compiled& c, int layer);

// Everything the steps share while extracting one article.
struct Work {
  const Doc& doc;
  const Gazetteer& gaz;
  const Compiled& c;
  const ExtractOptions& opt;
  std::vector<Match> m[kLayerCount];
  // Per token: index into m[layer] of the match covering it, or -1.
  std::vector<int> cover[kLayerCount];
  Date today;
  std::optional<Date> published;
  TextSpan published_span;
  bool has_published_span = false;

  // Results filled step by step.
  ExtractedDraft& draft;
  struct PersonMention {
    int person = -1;  // index in draft.people
    int b = 0, e = 0;
    std::vector<std::string> title_keys;
  };
  std::vector<PersonMention> person_mentions;
  std::vector<int> event_date_tokens;  // tokens of the chosen event date mention
  int event_sentence = -1;
  std::vector<std::pair<int, int>> agreement_title_ranges;

  // Mentions found by extract_entities.
  struct CountryMention {
    int country = -1;  // index in gaz.countries
    int b = 0, e = 0;
    int kind = 0;  // 0 name, 1 demonym, 2 organization, 3 place, 4 person
  };
  std::vector<CountryMention> country_mentions;
  struct PlaceMention {
    int place = -1;
    int b = 0, e = 0;
  };
  std::vector<PlaceMention> place_mentions;
  struct OrgTypeMention {
    int type = -1;  // index in gaz.org_types
    int b = 0, e = 0;
    bool plural = false;
    int org = -1;                // a named organization with the same words, when there is one
    std::vector<int> countries;  // countries attached by extract_people (titles)
  };
  std::vector<OrgTypeMention> orgtype_mentions;
  std::vector<uint8_t> in_person;  // token belongs to a person's name
  struct TitleRange {
    int b = 0, e = 0;
    int person = -1;
  };
  std::vector<TitleRange> title_ranges;  // a person's title in the text
  int first_body_sentence = 0;
  struct DateMention {
    int b = 0, e = 0;
    int y = 0, mo = 0, d = 0, d_end = 0;
    int wd = -1;         // weekday 0 = Monday
    int kind = 0;        // 0 day, 1 month, 2 year, 3 weekday only, 4 today, 5 yesterday
    bool past = false;   // a past reference ("signed on", "since")
    bool since = false;  // a lower bound ("since 2013")
    bool until = false;  // a target or a range's end ("until 2022", "đến năm 2022", "2019-2021")
  };
  std::vector<DateMention> dates;
  std::optional<Date> event_date;
  std::vector<int> party_countries;  // indexes in gaz.countries, filled by rank_countries

  void add_org(const std::string& name, const std::string& id, const std::string& country_id, TextSpan span);

  Work(const Doc& d, const Gazetteer& g, const Compiled& cc, const ExtractOptions& o, ExtractedDraft& dr)
      : doc(d), gaz(g), c(cc), opt(o), draft(dr) {}
  const Phrase& phrase(const Match& mm) const { return c.layers[mm.layer].phrases[mm.phrase]; }
  // The match of a layer covering token i (first of several payloads), or nullptr.
  const Match* at(int layer, int i) const {
    if (i < 0 || i >= doc.size()) return nullptr;
    const int k = cover[layer][i];
    return k < 0 ? nullptr : &m[layer][k];
  }
  // All matches of a layer that share the span of the match covering token i.
  std::vector<const Match*> all_at(int layer, int i) const;
};

// Steps, in the order extract_article runs them.
void extract_entities(Work& w);            // countries, places, organizations, mechanisms, known people
void frame_bodies_as_mechanisms(Work& w);  // ASEAN, the UN when named as the frame of cooperation
void extract_people(Work& w);              // titles, unknown people, coreference
void extract_dates(Work& w);               // event date with year inference
void extract_agreements(Work& w);
// "A and B signed an MoU on X": the document's parties, named once the bodies are known
void name_agreement_parties(Work& w);
void extract_figures(Work& w);
void rank_countries(Work& w);         // mentions -> parties
void resolve_organizations(Work& w);  // organization types with their countries

// Title keys of a role title ("Deputy Prime Minister and Minister of Public Security").
std::vector<std::string> title_keys_of(const Compiled& c, const std::string& title);
// English rendering of tokens [b, e) through the glossary (fr, vi); the original text for en.
std::string gloss_english(const Work& w, int b, int e);
// Numbers: value of a digit token (with "1,500" / "1.5" joins); returns tokens used.
int parse_number_at(const Doc& d, const Work& w, int i, double& value);

// Token helpers shared by the entity steps.
bool is_any(const Doc& d, int i, std::initializer_list<const char*> words);
bool is_connector(const Doc& d, int i);  // "of", "de", "cua": may sit inside a title or a name
// The draft person with this gazetteer id, or (no id) this folded name; -1 if none.
int person_index(Work& w, const std::string& known_id, const std::string& folded_name);
void add_span(std::vector<TextSpan>& spans, TextSpan s);  // unless already there
// French head nouns of a body's name: "Comité", "Conseil", "Direction", "ministère".
bool fr_body_head(const Doc& d, int i);
// Bodies named without a list, after the typed ones (extract_named_bodies.cpp).
void named_bodies_en(Work& w);
void named_units_vi(Work& w);
void named_bodies_fr(Work& w);

// Date helpers.
std::optional<Date> make_day(int y, int m, int d);
std::string month_day_text(int m, int d);
void find_date_mentions(Work& w);      // fills w.dates
void read_publication_stamp(Work& w);  // a stamp near the top dates the page, never the event

}  // namespace accord::detail
