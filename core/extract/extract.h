// Extraction: an article's text (English, French or Vietnamese, with or
// without diacritics) becomes a draft event that a person reviews. Every
// extracted item keeps the byte ranges of the text it came from, so that a
// UI can highlight them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "gazetteer.h"
#include "model.h"

namespace accord {

// Byte offsets into the article text: [begin, end).
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

struct ExtractOptions {
  std::optional<Date> published;  // the article's publication date; a leading "date YYYY-MM-DD" line also gives it
  std::optional<Date> today;      // "now" for year inference; the system clock when absent
  std::string language;           // "en", "fr" or "vi"; detected when empty
};

struct DraftDate {
  std::optional<Date> date;  // with precision, basis and the reason when inferred
  std::string text;          // the words it was read from: "lundi 20 mai"
  std::vector<TextSpan> spans;
};

struct DraftLocation {
  std::string city;        // English spelling from the gazetteer
  std::string country;     // common English short name
  std::string country_id;  // ISO alpha-3
  bool is_virtual = false;
  std::vector<TextSpan> spans;
};

struct DraftCountry {
  std::string id;
  std::string name;
  int mentions = 0;
  bool party = false;  // a party to the event (the record lists parties only)
  std::vector<TextSpan> spans;
};

struct DraftPerson {
  std::string name;                     // without diacritics: "To Lam"
  std::string native_name;              // as written or as the gazetteer knows it: "Tô Lâm"
  std::string title;                    // as the text gives it: "Minister of Public Security"
  std::vector<std::string> title_keys;  // "minister", "president", ...
  std::string rank;                     // "General", "Thượng tướng"
  std::string country;                  // English short name
  std::string country_id;
  std::string known_id;  // gazetteer / dataset person id when known
  std::vector<TextSpan> spans;
};

struct DraftOrganization {
  std::string name;
  std::string native_name;  // as a Vietnamese article writes it, when that differs from the name
  std::string id;           // gazetteer id when known
  std::string country_id;
  std::vector<TextSpan> spans;
};

struct DraftMechanism {
  std::string name;  // short name: "INTERPOL", "hotline"
  std::vector<TextSpan> spans;
};

struct DraftAgreement {
  AgreementKind kind = AgreementKind::Other;
  std::string title;           // in English
  std::string title_original;  // as written
  AgreementAction action = AgreementAction::Signed;
  std::optional<Date> date;
  TextSpan span;                    // the agreement's words
  std::vector<TextSpan> cue_spans;  // the words that gave the action
};

struct DraftTopic {
  std::string topic;  // from the topic vocabulary
  std::vector<TextSpan> spans;
};

struct DraftFigure {
  double quantity = 0;
  std::string unit;  // "kg", "joint cases", "suspects", "tiers"
  std::string what;
  std::string period;
  TextSpan span;
};

// Longer than this, a first line is an article's lead, not its headline
// (news titles run to about 150 characters in the three languages).
constexpr size_t kLongestHeadline = 200;

struct ExtractedDraft {
  std::string language;  // "en", "fr", "vi"
  std::optional<Date> published;
  std::string headline;  // the first line
  DraftDate date;
  DraftLocation location;
  EventType type = EventType::Other;
  std::vector<TextSpan> type_spans;
  std::vector<DraftCountry> countries;  // parties first, home country first among them
  std::vector<DraftPerson> people;
  std::vector<DraftOrganization> organizations;
  std::vector<DraftMechanism> mechanisms;
  std::vector<DraftAgreement> agreements;
  std::vector<DraftTopic> topics;
  std::vector<DraftFigure> figures;
  std::vector<std::string> notes;  // what the reviewer should check
};

// Articles longer than this are refused (5 MB).
inline constexpr size_t kMaxArticleBytes = 5 * 1024 * 1024;

// Empty when the text can be extracted from; otherwise why not (empty,
// binary, not UTF-8, over the size limit).
std::string check_article_text(const std::string& text, size_t max_bytes = kMaxArticleBytes);

ExtractedDraft extract_article(const std::string& text, const Gazetteer& gazetteer, const ExtractOptions& options = {});

// The draft with every span and reason, as JSON text.
std::string draft_to_json(const ExtractedDraft& draft, int indent = 2);
// The record shape of the design notes (extra keys allowed), as JSON text.
std::string draft_to_record_json(const ExtractedDraft& draft, int indent = 2);

}  // namespace accord
