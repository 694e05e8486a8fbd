// extract_article: runs the steps, then picks the place, the event type and
// the topics (the JSON forms are in extract_json.cpp).
#include "extract.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>

#include "extract_internal.h"
#include "text_encoding.h"
#include "text_excerpt.h"
#include "text_fold.h"

namespace accord {

using namespace detail;
using nlohmann::ordered_json;

std::string check_article_text(const std::string& text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "the article is larger than %.0f MB, the limit per article", max_bytes / 1048576.0);
    return buf;
  }
  bool blank = true;
  size_t controls = 0, invalid = 0;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      if (is_wide_unicode(text)) return "the text " + encoding_problem(text);
      return "binary data, not text (it contains NUL bytes)";
    }
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++controls;
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') blank = false;
      ++i;
      continue;
    }
    const size_t start = i;
    decode_utf8(text, i);
    if (i - start == 1) ++invalid;
    blank = false;
  }
  if (blank) return "the text is empty";
  if (controls * 100 > text.size() || invalid * 100 > text.size() + 100) return "binary data, not UTF-8 text";
  return "";
}

namespace {

Date system_today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
#if defined(_WIN32)
  gmtime_s(&tm, &t);
#else
  gmtime_r(&t, &tm);
#endif
  Date d;
  d.year = tm.tm_year + 1900;
  d.month = tm.tm_mon + 1;
  d.day = tm.tm_mday;
  return d;
}

// A leading "date YYYY-MM-DD" (or month-only "date YYYY-MM") line gives the publication date.
void read_dateline(Work& w, Doc& doc) {
  if (doc.size() < 3 || !doc.is(0, "date")) return;
  if (doc.toks[2].gap != G_HYPHEN) return;
  const bool has_day = doc.size() >= 4 && doc.toks[3].gap == G_HYPHEN;
  std::string iso = std::string(doc.ftok(1)) + "-" + std::string(doc.ftok(2));
  if (has_day) iso += "-" + std::string(doc.ftok(3));
  auto date = Date::parse(iso);
  if (!date) return;
  const int used = has_day ? 4 : 3;
  doc.first_body_token = used;
  w.published_span = doc.span(0, used);
  w.has_published_span = true;
  if (!w.opt.published) w.published = date;
}

bool ordinal_before(const Doc& d, int i);

// A meeting named with its number: "the 14th ... Meeting", "Đối thoại cấp cao lần thứ nhất".
bool numbered_event(const Doc& d, int b, int e) {
  if (ordinal_before(d, b)) return true;
  for (int k = e; k < std::min(d.size(), e + 4); ++k)
    if (d.is(k, "lan") && is_word(d, k + 1, {"thu"})) return true;
  return false;
}

void find_location(Work& w) {
  const Doc& d = w.doc;
  DraftLocation& loc = w.draft.location;
  // A dateline opens a line with the place and the agency: "Hanoi (VNA) –", "Vientiane (VNA)",
  // "Thua Thien - Hue (VNA)". It names where the story was filed, often the venue; the lead
  // starts after it (captions and photo credits may come first).
  int dateline_place = -1;
  int lead = w.first_body_sentence + 3;
  for (size_t k = 0; k < w.place_mentions.size(); ++k) {
    const auto& pm = w.place_mentions[k];
    if (pm.b < d.first_body_token || d.sentence_of(pm.b) > w.first_body_sentence + 8) continue;
    const bool line_start = pm.b == 0 || (d.toks[pm.b].gap & G_NEWLINE);
    const int a = pm.e;
    if (line_start && a + 1 < d.size() && (d.toks[a].gap & G_OPEN) && (d.toks[a].shape & S_ALLCAPS) &&
        (d.toks[a + 1].gap & G_CLOSE)) {
      dateline_place = static_cast<int>(k);
      lead = std::max(lead, d.sentence_of(pm.b) + 3);
      break;
    }
  }
  auto in_lead = [&](int t) { return d.sentence_of(t) < lead || d.sentence_of(t) == w.event_sentence; };
  for (const Match& m : w.m[kLex]) {
    const Phrase& p = w.phrase(m);
    if (p.cat == Cat::DateWord && p.ref == DW_VIRTUAL && in_lead(m.b)) {
      loc.is_virtual = true;
      add_span(loc.spans, d.span(m.b, m.e));
    }
  }
  auto in_title = [&](int t) {
    for (const auto& [b, e] : w.agreement_title_ranges)
      if (t >= b && t < e) return true;
    return false;
  };
  auto at_word = [&](int t) {
    if (is_word(d, t - 1, {"in", "at", "a", "tai", "o", "en", "au", "held"})) return true;
    // "tại tỉnh Bô Ly Khăm Xay", "tại thành phố Móng Cái", "tại huyện ...": the venue's kind between
    if (d.lang == kVi && is_word(d, t - 1, {"tinh", "huyen", "xa"}) && is_word(d, t - 2, {"tai", "o"})) return true;
    if (d.lang == kVi && is_word(d, t - 2, {"thanh", "thi", "thu"}) && is_word(d, t - 1, {"pho", "xa", "do"}) &&
        is_word(d, t - 3, {"tai", "o"}))
      return true;
    // an address after "tại": "tại bản X, huyện Pẹc, tỉnh Y", "tại cửa khẩu quốc tế X, tỉnh Y": every
    // part opens with its kind (hamlet, commune, district, province, border gate)
    if (d.lang == kVi) {
      const int sb = d.sent_first[d.sentence_of(t)];
      auto kind_word = [&](int k) {
        return is_word(
            d, k, {"ban", "xa", "thon", "phuong", "huyen", "quan", "thi", "thanh", "tinh", "dac", "cua", "thu", "khu"});
      };
      for (int k = t - 1; k >= std::max(sb, t - 16); --k) {
        if (d.toks[k + 1].gap & (kBlockingGap & ~G_COMMA)) break;
        if (!is_word(d, k, {"tai"})) continue;
        bool address = kind_word(k + 1);
        for (int j = k + 2; j <= t && address; ++j)
          if (d.toks[j].gap & G_COMMA) address = kind_word(j) || j == t;
        if (address && (kind_word(t - 1) || (d.toks[t].gap & G_COMMA))) return true;
        break;
      }
    }
    // "in the Australian capital of Canberra", "dans la ville de Hué": the venue named by apposition
    if (is_word(d, t - 1, {"of", "de"}) &&
        is_word(d, t - 2, {"capital", "city", "province", "town", "capitale", "ville"}))
      for (int k = t - 3; k >= std::max(0, t - 6); --k)
        if (is_word(d, k, {"in", "at", "a", "dans", "en"})) return true;
    return false;
  };
  int best = -1, best_score = 0;
  for (size_t k = 0; k < w.place_mentions.size(); ++k) {
    const auto& pm = w.place_mentions[k];
    // (a place inside a person's name, "Deputy Prime Minister Truong Hoa Binh", is no venue)
    if (pm.b < d.first_body_token || in_title(pm.b) || w.in_person[pm.b]) continue;
    // "Công an tỉnh X" is the province's police, not the venue; "tại tỉnh X" is the venue
    if (is_word(d, pm.b - 1, {"from", "de", "tu", "via"}) || is_word(d, pm.e, {"police", "provincial"}) ||
        (is_word(d, pm.b - 1, {"tinh"}) && !at_word(pm.b)) ||
        // "the police of the northern province of Dien Bien" names a body, not the venue
        (is_word(d, pm.b - 1, {"of"}) && is_word(d, pm.b - 2, {"province"}) &&
         (is_word(d, pm.b - 5, {"police"}) || is_word(d, pm.b - 6, {"police"}) || is_word(d, pm.b - 4, {"police"}))))
      continue;
    const int s = d.sentence_of(pm.b);
    int score = 0;
    if (s == w.event_sentence)
      score = at_word(pm.b) ? 10 : 6;
    else if (s < lead)
      score = at_word(pm.b) ? 5 : 2;
    else if (at_word(pm.b) && d.is(pm.b - 1, "in"))
      score = 1;
    // later, a venue given with the meeting itself: "tổ chức Đối thoại ... tại Thủ đô Bangkok"
    if (score < 2 && at_word(pm.b)) {
      for (int t = d.sent_first[s]; t < pm.b && score < 2; ++t) {
        const Match* em = w.at(kEvent, t);
        if (em && em->b == t && d.cap(t) && numbered_event(d, em->b, em->e)) score = 2;
      }
    }
    if (static_cast<int>(k) == dateline_place) score = std::max(score, 3);
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(k);
    }
  }
  if (best >= 0 && best_score >= 2) {
    const auto& pm = w.place_mentions[best];
    const GazPlace& place = w.gaz.places[pm.place];
    loc.city = place.name;
    loc.country_id = place.country;
    if (const GazCountry* c = w.gaz.country(place.country)) loc.country = c->name;
    add_span(loc.spans, d.span(pm.b, pm.e));
    return;
  }
  // No city: "in Laos", "au Vietnam", "tại Lào" near the start.
  for (const auto& cm : w.country_mentions) {
    if (cm.kind != 0 || cm.b < d.first_body_token) continue;
    const int s = d.sentence_of(cm.b);
    if (s >= w.first_body_sentence + 5 && s != w.event_sentence) continue;
    if (!is_word(d, cm.b - 1, {"in", "to", "au", "en", "tai", "o", "sang"})) continue;
    const GazCountry& c = w.gaz.countries[cm.country];
    loc.country = c.name;
    loc.country_id = c.id;
    add_span(loc.spans, d.span(cm.b, cm.e));
    return;
  }
}

namespace {

// A border word that is part of a name says where or who, not what the cooperation is about:
// a border gate or post named as a place ("Ky Son International Border Gate", "cửa khẩu quốc tế
// Lao Bảo"), the name of a body the text names, a place the gazetteer knows. (A border guard
// taking part says what the work is about: that stays.)
bool border_word_in_name(const Work& w, const Match& m) {
  const Doc& d = w.doc;
  for (const auto& pm : w.place_mentions)
    if (m.b >= pm.b && m.e <= pm.e) return true;
  const TextSpan sp = d.span(m.b, m.e);
  for (const DraftOrganization& o : w.draft.organizations)
    for (const TextSpan& os : o.spans)
      if (sp.begin >= os.begin && sp.end <= os.end) return true;
  // a gate or post with its name: capitals, or "international"/"quốc tế" and a name
  const bool gate = is_word(d, m.e - 1, {"gate", "gates", "checkpoint", "post"}) ||
                    (d.is(m.e - 1, "khau") && d.is(m.e - 2, "cua")) || is_word(d, m.e, {"gate", "gates"});
  if (gate) {
    if (d.cap(m.b) && m.b > d.sent_first[d.sentence_of(m.b)]) return true;
    int k = is_word(d, m.e, {"gate", "gates"}) ? m.e + 1 : m.e;
    if (d.is(k, "quoc") && d.is(k + 1, "te")) k += 2;
    if (k < d.size() && d.cap(k) && !(d.toks[k].gap & kBlockingGap)) return true;
  }
  return false;
}

}  // namespace

void find_topics(Work& w) {
  const Doc& d = w.doc;
  std::vector<double> weight(w.c.topics.size(), 0);
  std::vector<int> first(w.c.topics.size(), 1 << 30);
  std::vector<std::vector<TextSpan>> spans(w.c.topics.size());
  const auto border = std::find(w.c.topics.begin(), w.c.topics.end(), "border_control");
  const int border_topic = border == w.c.topics.end() ? -1 : static_cast<int>(border - w.c.topics.begin());
  auto topic_index = [&](const char* name) {
    const auto it = std::find(w.c.topics.begin(), w.c.topics.end(), name);
    return it == w.c.topics.end() ? -1 : static_cast<int>(it - w.c.topics.begin());
  };
  const int smuggling_topic = topic_index("smuggling"), drugs_topic = topic_index("drugs");
  for (const Match& m : w.m[kTopic]) {
    const Phrase& p = w.phrase(m);
    if (p.cat != Cat::Topic || m.b < d.first_body_token) continue;
    if (p.aux == border_topic && border_word_in_name(w, m)) continue;
    // "vận chuyển trái phép ma túy" (illegally carrying drugs): carrying drugs is drug trafficking,
    // counted under drugs; the carrying is smuggling only of other goods ("buôn lậu ma túy",
    // drug smuggling, names smuggling itself)
    if (p.aux == smuggling_topic && drugs_topic >= 0 && d.is(m.b, "van") && d.is(m.b + 1, "chuyen")) {
      bool drug_object = false;
      const int se = d.sent_first[d.sentence_of(m.b) + 1];
      for (int k = m.e; k < std::min(se, m.e + 10) && !drug_object; ++k)
        for (const Match* tm : w.all_at(kTopic, k))
          drug_object =
              drug_object || (tm->b == k && w.phrase(*tm).cat == Cat::Topic && w.phrase(*tm).aux == drugs_topic);
      if (drug_object) continue;
    }
    weight[p.aux] += p.weight;
    first[p.aux] = std::min(first[p.aux], m.b);
    add_span(spans[p.aux], d.span(m.b, m.e));
  }
  // Information shared among other things: "share experience and information", "information and
  // experience exchanges", "l'échange de délégations et d'informations", "trao đổi kinh nghiệm, thông tin".
  const auto sharing = std::find(w.c.topics.begin(), w.c.topics.end(), "information_sharing");
  if (sharing != w.c.topics.end()) {
    const size_t ti = static_cast<size_t>(sharing - w.c.topics.begin());
    auto exchange_word = [&](int k) {
      return is_word(d, k,
                     {"share", "shares", "shared", "sharing", "exchange", "exchanges", "exchanged", "exchanging",
                      "partage", "partager", "echange", "echanges", "echanger"}) ||
             (d.is(k, "doi") && d.is(k - 1, "trao")) || (d.is(k, "se") && d.is(k - 1, "chia"));
    };
    for (int i = d.first_body_token; i < d.size(); ++i) {
      int e = i + 1;
      if (d.is(i, "thong") && d.is(i + 1, "tin"))
        e = i + 2;
      else if (!is_word(d, i, {"information", "informations"}))
        continue;
      // information technology is a field, not what is shared
      if (is_word(d, e, {"technology", "technologies", "technologique", "technologiques"}) || d.is(i - 1, "nghe"))
        continue;
      const int sb = d.sent_first[d.sentence_of(i)], se = d.sent_first[d.sentence_of(i) + 1];
      bool found = false;
      for (int k = i - 1; k >= std::max(sb, i - 7) && !found; --k) found = exchange_word(k);
      for (int k = e; k < std::min(se, e + 3) && !found; ++k) found = exchange_word(k);
      if (!found) continue;
      weight[ti] += 1.0;
      first[ti] = std::min(first[ti], i);
      add_span(spans[ti], d.span(i, e));
    }
  }
  std::vector<int> order;
  for (size_t i = 0; i < weight.size(); ++i)
    if (weight[i] >= 1.0) order.push_back(static_cast<int>(i));
  std::sort(order.begin(), order.end(), [&](int a, int b) { return first[a] < first[b]; });
  for (int i : order) {
    bool dup = false;
    for (DraftTopic& t : w.draft.topics)
      if (t.topic == w.c.topics[i]) {
        dup = true;
        for (const TextSpan& s : spans[i]) add_span(t.spans, s);
      }
    if (!dup) w.draft.topics.push_back(DraftTopic{w.c.topics[i], spans[i]});
  }
}

bool ordinal_before(const Doc& d, int i) {
  if (i <= 0) return false;
  const std::string_view t = d.ftok(i - 1);
  size_t k = 0;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
  if (k > 0 && k < t.size()) {
    const std::string_view s = t.substr(k);
    if (s == "st" || s == "nd" || s == "rd" || s == "th" || s == "e" || s == "eme" || s == "er") return true;
  }
  return is_word(d, i - 1,
                 {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "annual", "premier", "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "thu", "lan"});
}

// "The agreement was signed ... at the Border Security Summit", "a signé ... lors de la
// conférence", "đã ký ... tại Hội nghị": an event named after a setting preposition, in a
// sentence whose verb is another event cue, is where that event happened, not what it was.
bool named_as_setting(const Work& w, size_t k) {
  const Doc& d = w.doc;
  const Match& m = w.m[kEvent][k];
  const int s = d.sentence_of(m.b);
  int j = m.b - 1;
  while (
      j > d.sent_first[s] && m.b - j <= 6 && !(d.toks[j + 1].gap & kBlockingGap) &&
      (d.cap(j) || ordinal_before(d, j + 1) ||
       is_word(d, j, {"the", "la", "le", "l", "les", "cac", "his", "her", "their", "its", "sa", "son", "ses", "leur"})))
    --j;
  // ("đã tiếp các Trưởng đoàn dự Hội nghị ...", "received delegates attending the conference":
  // the guests' conference is where they came from, the reception is the event)
  const bool preposition =
      is_word(d, j, {"at", "during", "tai", "trong", "du", "attending"}) ||
      (is_word(d, j, {"of"}) && is_word(d, j - 1, {"sidelines", "margins", "part", "framework"})) ||
      (is_word(d, j, {"de", "du"}) && is_word(d, j - 1, {"lors", "marge", "cadre"})) ||
      (d.is(j, "le") && d.is(j - 1, "ben"));
  // "Continuing his visit to ..., the minister attended ...", "Tiếp tục chuyến thăm ..., ... đã dự
  // ...", "Poursuivant sa visite": the trip is the setting of what the sentence goes on to say
  const bool continuing = is_word(d, j, {"continuing", "poursuivant"}) || (d.is(j, "tuc") && d.is(j - 1, "tiep"));
  if (!preposition && !continuing) return false;
  for (size_t q = 0; q < w.m[kEvent].size(); ++q) {
    const Match& other = w.m[kEvent][q];
    if (q == k || other.b < d.sent_first[s] || other.b >= d.sent_first[s + 1]) continue;
    if (w.phrase(other).cat != Cat::EventCue || w.phrase(other).aux == w.phrase(m).aux) continue;
    if (other.e <= j || (continuing && other.b >= m.e)) return true;
  }
  return false;
}

void find_event_type(Work& w) {
  const Doc& d = w.doc;
  std::vector<double> score(w.c.event_types.size(), 0);
  const int lead = w.first_body_sentence + 3;
  // A photo caption ("... at the meeting on November 9 (Photo: VNA)") may carry the date, but its
  // words describe a picture, not the lead's main verb.
  bool caption = false;
  if (w.event_sentence >= 0) {
    for (int t = d.sent_first[w.event_sentence]; t < d.sent_first[w.event_sentence + 1]; ++t)
      if (is_word(d, t, {"photo", "anh"}) && (d.toks[t].gap & G_OPEN)) caption = true;
  }
  for (size_t k = 0; k < w.m[kEvent].size(); ++k) {
    const Match& m = w.m[kEvent][k];
    const Phrase& p = w.phrase(m);
    if (p.cat != Cat::EventCue || m.b < d.first_body_token) continue;
    // Vietnamese "tiếp" receives a guest; "tiếp tục" (continue), "tiếp theo" (next), "tiếp cận"
    // (approach), "tiếp thu" (take in), "tiếp xúc" (contact) are other words
    if (m.e - m.b == 1 && d.lang == kVi && d.is(m.b, "tiep") &&
        is_word(d, m.e, {"tuc", "theo", "can", "thu", "xuc", "dien", "giap", "tan"}))
      continue;
    const int s = d.sentence_of(m.b);
    // The lead's main verb names the event: the sentence that dates it weighs most, then the
    // headline and the first sentences; later cues are background (results, plans, history).
    const bool main_sentence = s == w.event_sentence && !caption;
    double v = p.weight * (main_sentence                                                      ? 4.0
                           : s == w.first_body_sentence || (s < lead && w.event_sentence < 0) ? 2.0
                                                                                              : 1.0);
    const bool bare = m.b > 0 && is_word(d, m.b - 1, {"the", "la", "le", "l", "les", "cuoc", "buoi"}) &&
                      !(d.toks[m.b].gap & kBlockingGap);
    const bool named =
        ordinal_before(d, m.b) || (d.cap(m.b) && m.b > d.sent_first[s] && !(d.toks[m.b].gap & (G_NEWLINE | G_QUOTE)));
    if (named && !main_sentence)
      v *= 0.5;  // a named event in the dating sentence is the event itself
    else if (bare)
      v *= 2.0;
    const bool setting = named_as_setting(w, k);
    int type = p.aux;
    // "the 14th ... Contact Persons Meeting", "la 14e réunion", "cuộc họp lần thứ 5": a numbered
    // meeting is one of a series, a conference, not talks
    // ("the 14th Thailand-Viet Nam Bilateral Meeting on ...": the cue may be several words)
    if (w.c.event_types[type] == "talks" && m.e - m.b <= 2 &&
        is_word(d, m.e - 1, {"meeting", "meetings", "reunion", "reunions", "hop"})) {
      bool numbered = ordinal_before(d, m.b) || (is_word(d, m.e, {"lan"}) && is_word(d, m.e + 1, {"thu"}));
      for (int j = m.b - 1; !numbered && j > std::max(d.sent_first[s], m.b - 6) && d.cap(j); --j)
        numbered = ordinal_before(d, j);
      if (numbered) {
        for (size_t t = 0; t < w.c.event_types.size(); ++t)
          if (w.c.event_types[t] == "conference") type = static_cast<int>(t);
        v = std::max(v, p.weight * 2.0 * (main_sentence ? 4.0 : 2.0));
      }
    }
    // "a rencontré ... le Premier ministre", "met President X", "gặp Thủ tướng": meeting a head of
    // state or government is a courtesy call, a visit
    if (w.c.event_types[type] == "talks" && p.weight <= 1 && m.e - m.b == 1 &&
        is_word(d, m.b, {"met", "meets", "rencontre", "gap"})) {
      const int se = d.sent_first[s + 1];
      for (int j = m.e; j < std::min(se, m.e + 10); ++j) {
        const Match* tm = w.at(kTitle, j);
        if (!tm || tm->b != j || w.phrase(*tm).cat != Cat::Title) continue;
        const int ref = w.phrase(*tm).ref;
        const std::string key = ref >= 0 && ref < static_cast<int>(w.c.titles.size()) ? w.c.titles[ref].key : "";
        if (key == "prime_minister" || key == "president") {
          for (size_t t = 0; t < w.c.event_types.size(); ++t)
            if (w.c.event_types[t] == "visit") type = static_cast<int>(t);
          // (the call on the head of government names the trip: it outweighs talks held on it)
          v = 2.5 * (main_sentence ? 4.0 : 1.0);
        }
        break;
      }
    }
    // "the 17th Vietnam-Laos-Cambodia ministerial conference": a numbered ministerial meeting
    // of named countries is one of a series, a conference; a ministerial meeting is the type of
    // a ministers' framework (AMMTC, AMMD, ADMM) or of a single ministers' meeting
    if (w.c.event_types[type] == "ministerial_meeting" && ordinal_before(d, m.b)) {
      bool framework = false;
      for (const DraftMechanism& dm : w.draft.mechanisms)
        for (const GazMechanism& gm : w.gaz.mechanisms)
          if (gm.name == dm.name && gm.full_name.find("Minister") != std::string::npos) framework = true;
      if (!framework)
        for (size_t t = 0; t < w.c.event_types.size(); ++t)
          if (w.c.event_types[t] == "conference") type = static_cast<int>(t);
    }
    // "the meeting" refers back to the "ministerial meeting" named before it
    if (bare && m.e - m.b == 1) {
      for (size_t j = 0; j < k; ++j) {
        const Match& prev = w.m[kEvent][j];
        if (prev.e - prev.b > 1 && d.toks[prev.e - 1].id == d.toks[m.b].id) {
          type = w.phrase(prev).aux;
          v = std::max(v, 2.0);
          break;
        }
      }
    }
    if (setting) v = std::min(v, p.weight * 0.5);
    score[type] += v;
  }
  int best = -1;
  double best_score = 0;
  for (size_t i = 0; i < score.size(); ++i) {
    if (score[i] > best_score) {
      best_score = score[i];
      best = static_cast<int>(i);
    }
  }
  if (best < 0) {
    w.draft.type = EventType::Other;
    return;
  }
  w.draft.type = event_type_from_string(w.c.event_types[best]).value_or(EventType::Other);
  for (const Match& m : w.m[kEvent])
    if (w.phrase(m).aux == best && m.b >= d.first_body_token) add_span(w.draft.type_spans, d.span(m.b, m.e));
}

// A news page's text ends where the site's furniture begins: a line that is only "Related",
// "Tin liên quan", "Lire aussi" and the like, or a comment box's reCAPTCHA notice. (Only past the
// first third of the text: a menu above the article does not end it.)
std::string_view without_page_furniture(std::string_view text) {
  static const std::vector<std::string> marks = [] {
    std::vector<std::string> m;
    for (const char* s : {"Related", "Related news", "Related articles", "Read more", "See also", "More news",
                          "Tin liên quan", "Bài liên quan", "Tin khác", "Các tin/bài khác", "Xem thêm", "Đọc thêm",
                          "Articles liés", "Lire aussi", "Voir aussi", "Sur le même sujet", "À lire aussi"})
      m.push_back(fold(s));
    return m;
  }();
  for (size_t b = text.find('\n', text.size() / 3); b != std::string_view::npos && b + 1 < text.size();) {
    ++b;
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string line = fold(text.substr(b, e - b));
    while (!line.empty() && (line.back() == ' ' || line.back() == ':')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    if (std::find(marks.begin(), marks.end(), line) != marks.end() || line.find("recaptcha") != std::string::npos)
      return text.substr(0, b);
    b = e < text.size() ? e : std::string_view::npos;
  }
  return text;
}

}  // namespace

ExtractedDraft extract_article(const std::string& text, const Gazetteer& g, const ExtractOptions& opt) {
  ExtractedDraft draft;
  if (!g.ready()) {
    draft.notes.push_back("the gazetteer is not loaded");
    return draft;
  }
  const Compiled& c = g.compiled();
  Doc doc;
  build_doc(doc, without_page_furniture(text), c, opt.language);
  draft.language = lang_code(doc.lang);
  Work w(doc, g, c, opt, draft);
  w.today = opt.today ? *opt.today : system_today();
  w.published = opt.published;
  read_dateline(w, doc);
  draft.published = w.published;
  if (doc.first_body_token < doc.size()) {
    const size_t b = doc.toks[doc.first_body_token].ob;
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    draft.headline = text.substr(b, e - b);
    while (!draft.headline.empty() && (draft.headline.back() == ' ' || draft.headline.back() == '\r'))
      draft.headline.pop_back();
    // A page stored without its title starts with the lead: a first line of several sentences or
    // of paragraph length is no headline (the event is then titled from its partners and type)
    if (utf8_characters(draft.headline) > kLongestHeadline) draft.headline.clear();
    w.first_body_sentence = doc.sentence_of(doc.first_body_token);
  }
  for (int L = 0; L < kLayerCount; ++L) {
    w.m[L] = match_layer(doc, c, L);
    // Vietnamese "thư ký" (secretary) holds the syllable of "ký" (sign): no signing
    if (L == kAgree && doc.lang == kVi)
      w.m[L].erase(std::remove_if(w.m[L].begin(), w.m[L].end(),
                                  [&](const Match& m) {
                                    return m.e - m.b == 1 && doc.is(m.b, "ky") && m.b > 0 && doc.is(m.b - 1, "thu");
                                  }),
                   w.m[L].end());
    w.cover[L].assign(doc.size(), -1);
    for (size_t k = 0; k < w.m[L].size(); ++k)
      for (int t = w.m[L][k].b; t < w.m[L][k].e; ++t)
        if (w.cover[L][t] < 0) w.cover[L][t] = static_cast<int>(k);
  }
  if (std::getenv("ACCORD_EXTRACT_DEBUG")) {  // development aid: every phrase match
    static const char* const kLayerNames[] = {"entity", "title", "lex", "topic", "event", "agree", "gloss"};
    for (int L = 0; L < kLayerCount; ++L)
      for (const Match& m : w.m[L])
        std::fprintf(stderr, "%s [%d,%d) %s cat=%d ref=%d aux=%d\n", kLayerNames[L], m.b, m.e,
                     std::string(doc.orig(m.b, m.e)).c_str(), static_cast<int>(w.phrase(m).cat), w.phrase(m).ref,
                     w.phrase(m).aux);
  }
  extract_entities(w);
  frame_bodies_as_mechanisms(w);
  extract_people(w);
  extract_dates(w);
  extract_agreements(w);
  rank_countries(w);
  resolve_organizations(w);
  name_agreement_parties(w);
  find_location(w);
  find_topics(w);
  find_event_type(w);
  extract_figures(w);
  if (draft.date.date && draft.date.date->inferred())
    draft.notes.push_back("the year of the event date is inferred: " + draft.date.date->reason);
  for (const DraftPerson& p : draft.people)
    if (p.known_id.empty()) draft.notes.push_back("new person: " + p.name + (p.title.empty() ? "" : ", " + p.title));
  return draft;
}

}  // namespace accord
