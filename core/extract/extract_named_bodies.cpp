// Organizations named without a list: English names ending in a head noun
// ("Japan Coast Guard", "Ministry of Internal Affairs of Russia"), Vietnamese
// unit names ("Cục C52", "Sở An ninh tỉnh Sê Kông"), and French names ended
// by their country ("le Conseil national de sécurité de Mongolie").
#include <algorithm>
#include <set>
#include <unordered_set>

#include "extract_internal.h"
#include "text_fold.h"

namespace accord::detail {

namespace {

// English names a body it has no list for by capitalised words ending in a
// head noun ("Japan Coast Guard", "National Public Safety Commission of
// Japan", "Office of the Narcotics Control Board", "US Marshals Service"):
// such a name is an organization, kept unless it repeats one already found.
bool body_head(const Doc& d, int i) {
  static const std::unordered_set<std::string_view> heads = {
      "guard",       "commission", "agency",         "service",        "office",    "department",
      "board",       "embassy",    "secretariat",    "council",        "committee", "command",
      "centre",      "center",     "bureau",         "administration", "authority", "branch",
      "directorate", "procuracy",  "investigations", "ministry"};
  return i >= 0 && i < d.size() && heads.count(d.ftok(i)) > 0;
}

std::set<std::string> name_words(const std::string& s) {
  std::set<std::string> out;
  std::string cur;
  for (char ch : fold(s) + " ") {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      cur += ch;
    } else {
      if (!cur.empty() && cur != "the" && cur != "of" && cur != "and" && cur != "in" && cur != "for") out.insert(cur);
      cur.clear();
    }
  }
  return out;
}

// "the Russian Ministry of Internal Affairs", "Russia's Ministry of ...": a ministry with its
// country before it is named as the listed ones are, "Ministry of ... of Russia"; without its
// "of ..." complement ("The Vietnamese Ministry") it names none. "Officials of the Mongolian
// Ministry of ...": a sentence's capitalised first words are not the name.
struct MinistryName {
  bool ministry = false;  // the capitalised run [b, end) names a ministry
  bool named = false;     // with its "of ..." complement
  int b = 0;              // where the name starts (after its country)
  int country = -1;       // the country before it, or -1
};

MinistryName ministry_in(const Work& w, int b, int end) {
  const Doc& d = w.doc;
  MinistryName mn;
  int at = -1;
  for (int k = b; k < end && at < 0; ++k)
    if (d.is(k, "ministry")) at = k;
  if (at < 0) return mn;
  mn.ministry = true;
  mn.b = at;
  mn.named = at + 2 < end && d.is(at + 1, "of");
  auto country_cat = [&](const Match* m) {
    return m && (w.phrase(*m).cat == Cat::Country || w.phrase(*m).cat == Cat::Demonym);
  };
  const Match* before = at > 0 ? w.at(kEntity, at - 1) : nullptr;
  if (country_cat(before) && before->e == at && before->b >= b) {
    mn.country = w.phrase(*before).ref;
  } else if (at >= 2 && d.is(at - 1, "s") && (d.toks[at - 1].gap & G_APOS)) {
    const Match* c = w.at(kEntity, at - 2);
    if (country_cat(c) && c->e == at - 1) mn.country = w.phrase(*c).ref;
  }
  return mn;
}

}  // namespace

void named_bodies_en(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kEn || d.upper_text) return;
  const int n = d.size();
  auto capword = [&](int k) { return k < n && (d.cap(k) || (d.toks[k].shape & S_ALLCAPS)) && !w.in_person[k]; };
  // after a headline whose words are all capitalised ("Vietnam, Korea Coast Guard Boost Ties"); a
  // first line that is a sentence-case headline or the lead itself is read like the body
  const int first = w.first_body_sentence;
  int words = 0, capitals = 0;
  for (int k = d.sent_first[first]; k < d.sent_first[first + 1]; ++k) {
    // (names, places and titles are capitalised in any sentence: only the other words tell)
    if (d.ftok(k).size() < 4 || d.digits(k) || w.in_person[k] || w.cover[kEntity][k] >= 0 || w.cover[kTitle][k] >= 0 ||
        w.cover[kLex][k] >= 0)
      continue;
    ++words;
    capitals += d.cap(k) || (d.toks[k].shape & S_ALLCAPS);
  }
  const bool title_case = words > 0 && capitals * 10 >= words * 7;
  const int start = d.sent_first[std::min(first + (title_case ? 1 : 0), static_cast<int>(d.sent_first.size()) - 1)];
  for (int i = std::max(d.first_body_token, start); i < n; ++i) {
    if (!capword(i)) continue;
    // the run of capitalised words, with "of", "the", "for", "and" inside it
    int e = i + 1;
    int last_head = body_head(d, i) ? i + 1 : -1;
    while (e < n && !(d.toks[e].gap & kBlockingGap)) {
      // a spaced dash separates ("Wellington - New Zealand Police"), it joins no name
      if ((d.toks[e].gap & G_HYPHEN) && (d.toks[e].gap & G_SPACE)) break;
      // a hyphenated compound stays in the name: "Police Department for Drug-related Crimes"
      if ((d.toks[e].gap & G_HYPHEN) && !(d.toks[e].gap & G_SPACE) && !w.in_person[e] && e + 1 < n && capword(e + 1) &&
          !(d.toks[e + 1].gap & kBlockingGap)) {
        ++e;
        continue;
      }
      if (capword(e)) {
        // "New Zealand Police", "Victoria Police": Police ends a name, it opens none ("Police Colonel")
        if (body_head(d, e) || d.is(e, "police")) last_head = e + 1;
        ++e;
        continue;
      }
      // "Political and Legal Affairs Commission", "Bureau of International Narcotics and Law
      // Enforcement Affairs": "and" between capitalised words stays inside a body's name
      if (is_any(d, e, {"and"}) && e + 1 < n && capword(e + 1) && !(d.toks[e + 1].gap & kBlockingGap) &&
          w.cover[kEntity][e + 1] < 0 && w.cover[kEntity][e - 1] < 0) {
        e += 1;
        continue;
      }
      if (is_any(d, e, {"of", "for", "on"}) && !(d.toks[e + 1 < n ? e + 1 : e].gap & kBlockingGap)) {
        int f = e + 1;
        if (f < n && is_any(d, f, {"the"})) ++f;
        // "... for Moscow on April 3": a month or weekday opens a date, not more of the name
        const Match* lm = f < n ? w.at(kLex, f) : nullptr;
        const bool date_word = lm && (w.phrase(*lm).cat == Cat::Month || w.phrase(*lm).cat == Cat::Weekday);
        if (f < n && capword(f) && !(d.toks[f].gap & kBlockingGap) && !date_word) {
          e = f;
          continue;
        }
      }
      break;
    }
    int b = i;
    // a title before the name is the person's, not the body's: "Director of the X Department"
    // ... and one after it ends the name: "New Zealand Police Commissioner Andrew Coster"
    for (int k = i; k < e; ++k) {
      if (w.cover[kTitle][k] < 0 || body_head(d, k) || k + 1 == last_head) continue;
      // "the General Police Department", "General Department of ...": "General" before a body's
      // words is its grade, not a rank
      // ("Director General of the X Agency": there it ends a title)
      const Match* gm = w.at(kTitle, k);
      if (d.is(k, "general") && gm && gm->b == k && gm->e == k + 1 && k + 1 < e && last_head > k + 1 &&
          !w.in_person[k + 1] && w.cover[kTitle][k + 1] < 0)
        continue;
      if (last_head > i && k >= last_head) {
        e = k;
        break;
      }
      b = k + 1;
    }
    while (b < e && is_any(d, b, {"the", "of", "for", "on"})) ++b;
    if (last_head >= 0 && last_head <= b) last_head = -1;
    // "Department of Home Affairs": the name runs on through its "of" complement
    if (last_head > 0 && last_head < e && is_any(d, last_head, {"of", "for"})) last_head = e;
    // "Office of the X Board": the head may open the name, then the name runs to its end
    int end = last_head;
    if (end < 0 && body_head(d, b) && e - b >= 3) end = e;
    // a web page's furniture ("Terms of Service", "Privacy Policy Office") names no body
    if (end < 0 || end - b < 2 || is_any(d, b, {"terms", "privacy", "copyright", "cookie", "cookies"})) {
      i = e - 1;
      continue;
    }
    bool known = false;
    for (int k = b; k < end && !known; ++k) {
      // a listed body or mechanism that is the whole name ("Vietnam Border Guard"); "ASEANAPOL
      // Secretariat" is a body of a mechanism and stays
      const Match* m = w.at(kEntity, k);
      if (m && m->e >= end) {
        const Cat c = w.phrase(*m).cat;
        known = c == Cat::Org || c == Cat::OrgType || c == Cat::OrgTypePlural || c == Cat::Mechanism;
      }
      if (w.cover[kEvent][k] >= 0 || w.cover[kAgree][k] >= 0) known = true;
    }
    if (!known) {
      const std::string name(d.orig(b, end));
      const std::set<std::string> nw = name_words(name);
      for (const DraftOrganization& o : w.draft.organizations) {
        const std::set<std::string> ow = name_words(o.name);
        size_t both = 0;
        for (const auto& x : nw) both += ow.count(x);
        if (both * 2 >= nw.size() + ow.size() - both) known = true;
      }
      if (!known) {
        const MinistryName mn = ministry_in(w, b, end);
        // "Iran's Law Enforcement Command": a country's possessive names the body's country
        int owner = -1;
        if (b >= 2 && d.is(b - 1, "s") && (d.toks[b - 1].gap & G_APOS)) {
          const Match* cm = w.at(kEntity, b - 2);
          if (cm && cm->e == b - 1 && w.phrase(*cm).cat == Cat::Country) owner = w.phrase(*cm).ref;
        }
        if (!mn.ministry && owner >= 0)
          w.add_org(name + " of " + w.gaz.countries[owner].name, "", w.gaz.countries[owner].id, d.span(b - 2, end));
        else if (!mn.ministry)
          w.add_org(name, "", "", d.span(b, end));
        else if (mn.named && mn.country >= 0)
          w.add_org(std::string(d.orig(mn.b, end)) + " of " + w.gaz.countries[mn.country].name, "",
                    w.gaz.countries[mn.country].id, d.span(mn.b, end));
        else if (mn.named)
          w.add_org(std::string(d.orig(mn.b, end)), "", "", d.span(mn.b, end));
      }
    }
    i = e - 1;
  }
}

// Vietnamese names a unit by a head noun first and its specific words after it,
// the first of them capitalised: "Tổng cục Cảnh sát phòng chống tội phạm",
// "Cục C52", "Đồn Biên phòng Cửa khẩu Quốc tế Móng Cái", "Văn phòng Cơ quan
// Cảnh sát điều tra Bộ Công an", "Đại sứ quán Việt Nam tại Nhật Bản". Such a
// unit is named as the dev conventions write it: an English head, the rest
// glossed, and the Vietnamese name in parentheses. "Cảnh sát Osaka, Hyogo"
// (police of a place that is no country) is "Osaka Police", "Hyogo Police".
namespace {
struct ViHead {
  std::initializer_list<const char*> words;
  const char* english;
  bool single;  // one syllable: the next word must be capitalised or a code
};
const ViHead kViHeads[] = {
    {{"tong", "cuc"}, "General Department", false},
    {{"cuc"}, "Department", true},
    {{"vu"}, "Department", true},
    {{"van", "phong"}, "Office", false},
    {{"don", "bien", "phong"}, "Border Guard Station", false},
    {{"bo", "tu", "lenh"}, "High Command", false},
    {{"chi", "doi"}, "Detachment", false},
    {{"dai", "su", "quan"}, "Embassy", false},
    {{"su", "quan"}, "Embassy", false},  // "Sứ quán", short      {{"co", "quan"}, "Agency", true},
    {{"so"}, "Department", true},
    {{"hoc", "vien"}, "Academy", false},
    {{"phong"}, "Division", true},  // a provincial police's division: "Phòng Cảnh sát hình sự"
};

// Function words and verbs that end a Vietnamese unit name written in lower case.
bool vi_name_stop(const Doc& d, int i) {
  static const std::unordered_set<std::string> stop = {
      "đã",   "đang",  "sẽ",  "và",    "với",  "cùng",  "tại",  "trong", "cho", "của",  "là",
      "được", "bị",    "có",  "phối",  "tổ",   "bàn",   "tiếp", "nhằm",  "để",  "khi",  "thì",
      "này",  "đó",    "các", "những", "đối",  "xử",    "theo", "từ",    "đến", "vào",  "ngày",
      "sáng", "chiều", "tối", "tới",   "họp",  "thông", "thăm", "làm",   "ký",  "hội",  "trưởng",
      "phó",  "một",   "hai", "ba",    "nếu",  "như",   "bắt",  "giữ",   "đưa", "trao", "nhận",
      "gửi",  "chủ",   "chỉ", "về",    "chức", "năng",  "liên", "nước",  "bạn", "phát", "triển"};
  return i >= 0 && i < d.size() && stop.count(d.lower_tok(i)) > 0;
}

int vi_head_at(const Doc& d, int i, int& len) {
  for (int h = 0; h < static_cast<int>(sizeof kViHeads / sizeof kViHeads[0]); ++h) {
    int k = i;
    bool ok = true;
    for (const char* word : kViHeads[h].words) {
      if (k >= d.size() || !d.is(k, word) || (k > i && (d.toks[k].gap & kBlockingGap))) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) {
      len = k - i;
      return h;
    }
  }
  return -1;
}
}  // namespace

void named_units_vi(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kVi || d.upper_text) return;
  const int n = d.size();
  auto entity_cat = [&](int k, Cat& c) {
    const Match* m = w.at(kEntity, k);
    if (!m) return false;
    c = w.phrase(*m).cat;
    return true;
  };
  auto is_country = [&](int k) {
    Cat c;
    return entity_cat(k, c) && (c == Cat::Country || c == Cat::Demonym);
  };
  auto add_unique = [&](const std::string& name, TextSpan span) {
    const std::set<std::string> nw = name_words(name);
    for (const DraftOrganization& o : w.draft.organizations) {
      // a unit whose head another rule named already ("Sở An ninh tỉnh Sê Kông": Sekong Provincial
      // Security Department)
      for (const TextSpan& x : o.spans)
        if (x.begin <= span.begin && span.begin < x.end) return;
      const std::set<std::string> ow = name_words(o.name);
      size_t both = 0;
      for (const auto& x : nw) both += ow.count(x);
      if (both * 2 >= nw.size() + ow.size() - both) return;
    }
    w.add_org(name, "", "", span);
  };
  for (int i = d.first_body_token; i < n; ++i) {
    // a border guard post is a unit however it is written: "đồn biên phòng cửa khẩu quốc tế X"
    // (named: by its border gate or by a name in capitals, not "các đồn biên phòng trên tuyến")
    const bool post = d.is(i, "don") && d.is(i + 1, "bien") && d.is(i + 2, "phong") &&
                      ((d.is(i + 3, "cua") && d.is(i + 4, "khau")) || (i + 3 < n && d.cap(i + 3)));
    if ((!d.cap(i) && !post) || w.in_person[i]) continue;
    if (!post && d.is(i, "don") && d.is(i + 1, "bien") && d.is(i + 2, "phong")) continue;  // unnamed
    // "Cảnh sát Osaka": the police of a place that is not a country
    if (d.is(i, "canh") && d.is(i + 1, "sat") && !(d.toks[i + 1].gap & kBlockingGap)) {
      int k = i + 2;
      bool any = false;
      auto place_word = [&](int k2) {
        Cat c;
        return k2 < n && d.cap(k2) && !w.in_person[k2] && (!entity_cat(k2, c) || c == Cat::Place) &&
               !(d.toks[k2].gap & (G_HYPHEN | G_SLASH)) && !(k2 + 1 < n && (d.toks[k2 + 1].gap & (G_HYPHEN | G_SLASH)));
      };
      bool listed = false;  // k follows a comma or "và" of a list
      while (k < n && place_word(k) && (listed || !(d.toks[k].gap & kBlockingGap))) {
        listed = false;
        int e = k + 1;
        while (e < n && place_word(e) && !(d.toks[e].gap & kBlockingGap)) ++e;
        add_unique(strip_diacritics(d.orig(k, e)) + " Police", d.span(any ? k : i, e));
        any = true;
        // "Cảnh sát Osaka, Hyogo và Aichi": one police per place of the list
        if (e < n && ((d.toks[e].gap & kBlockingGap) == G_COMMA) && d.cap(e) && e + 1 < n &&
            ((d.toks[e + 1].gap & kBlockingGap) || !d.cap(e + 1))) {
          k = e;
          listed = true;
          continue;
        }
        if (e + 1 < n && d.is(e, "va") && d.cap(e + 1) && !(d.toks[e].gap & kBlockingGap)) {
          k = e + 1;
          continue;
        }
        k = e;
        break;
      }
      if (any) i = k - 1;
      continue;
    }
    int len = 0;
    const int h = vi_head_at(d, i, len);
    if (h < 0) continue;
    const int hb = i + len;
    if (hb >= n || (d.toks[hb].gap & kBlockingGap) || vi_name_stop(d, hb)) continue;  // "Cục trưởng", "Cục phó"
    const bool code = (d.toks[hb].shape & S_HAS_DIGIT) || (d.toks[hb].shape & S_ALLCAPS);
    if (kViHeads[h].single && !d.cap(hb) && !code) continue;
    // "Tổng Cục trưởng" is a title; "Đại sứ" inside "Đại sứ quán" is not
    if (const Match* tm = w.at(kTitle, i); tm && tm->e > hb) continue;
    // "Cục Cảnh sát giao thông" listed whole (C08): that body, not a new unit
    if (const Match* lm = w.at(kEntity, i); lm && lm->b == i && lm->e > hb) {
      const Cat c = w.phrase(*lm).cat;
      if (c == Cat::Org || c == Cat::Mechanism) continue;
    }
    // "Cơ quan Cảnh sát quốc gia": a listed body after the head is that body
    if (const Match* em = w.at(kEntity, hb); em && em->b == hb) {
      const Cat c = w.phrase(*em).cat;
      // ("Cơ quan" is the agency itself: whatever follows the listed body)
      const bool agency = std::string(kViHeads[h].english) == "Agency";
      if ((c == Cat::Org || c == Cat::OrgType || c == Cat::Mechanism) &&
          (agency || em->e >= d.size() || (d.toks[em->e].gap & kBlockingGap) || vi_name_stop(d, em->e) ||
           is_country(em->e)))
        continue;
    }
    int e = hb;
    bool embassy = std::string(kViHeads[h].english) == "Embassy";
    for (int k = hb; k < n && k < hb + 12; ++k) {
      if (k > hb && (d.toks[k].gap & kBlockingGap)) break;
      if (w.in_person[k]) break;
      if (const Match* tm = w.at(kTitle, k)) {
        if (tm->b == k && w.phrase(*tm).cat != Cat::Honorific) break;
      }
      if (is_country(k) && !embassy) break;
      if (embassy && d.is(k, "tai") && is_country(k + 1)) {  // "Đại sứ quán Việt Nam tại Nhật Bản"
        e = k + 1;
        continue;
      }
      if ((d.toks[k].shape & S_DIGITS) && k > hb) break;
      if (!d.cap(k) && !(d.toks[k].shape & S_HAS_DIGIT) && vi_name_stop(d, k)) break;
      e = k + 1;
    }
    if (embassy) {
      while (e < n && is_country(e) && !(d.toks[e].gap & kBlockingGap)) ++e;
    }
    if (e <= hb) continue;
    // "Cơ quan Cảnh sát cho biết": "the police agency" said, no name
    if (std::string(kViHeads[h].english) == "Agency" && e - hb < 3) continue;
    std::string name =
        std::string(kViHeads[h].english) + " " + gloss_english(w, hb, e) + " (" + std::string(d.orig(i, e)) + ")";
    if (embassy) {
      // "Đại sứ quán Việt Nam tại Nhật Bản": an embassy is named in English by its country and host
      std::vector<std::string> cs;
      bool only_countries = true;
      for (int k = hb; k < e;) {
        const Match* m = w.at(kEntity, k);
        if (m && m->b == k && (w.phrase(*m).cat == Cat::Country || w.phrase(*m).cat == Cat::Demonym)) {
          cs.push_back(w.gaz.countries[w.phrase(*m).ref].name);
          k = m->e;
        } else if (d.is(k, "tai")) {
          ++k;
        } else {
          only_countries = false;
          break;
        }
      }
      if (only_countries && !cs.empty()) name = "Embassy of " + cs[0] + (cs.size() > 1 ? " in " + cs[1] : "");
    }
    add_unique(name, d.span(i, e));
    i = e - 1;
  }
}

// French names a body by a capitalised head noun, its complements in lower case, and its
// country last: "le Conseil national de sécurité de Mongolie", "le Comité national de prévention
// et de lutte contre la drogue du Cambodge". Such a name, ended by its country, is that
// country's organization, glossed in English: "Council national security of Mongolia".
void named_bodies_fr(Work& w) {
  const Doc& d = w.doc;
  if (d.lang != kFr) return;
  const int n = d.size();
  for (int i = d.first_body_token; i < n; ++i) {
    if (!d.cap(i) || !fr_body_head(d, i) || w.cover[kEntity][i] >= 0) continue;
    if (d.is(i, "ministere") || d.is(i, "police")) continue;  // the ministries' own rule
    int country = -1, country_b = -1, e = i + 1;
    for (; e < n && e < i + 18; ++e) {
      if (d.toks[e].gap & kBlockingGap) break;
      if (w.cover[kEntity][e] >= 0) {
        const Match* m = w.at(kEntity, e);
        const Cat c = w.phrase(*m).cat;
        if (m->b == e && c == Cat::Country && is_any(d, e - 1, {"de", "du", "d"})) {
          country = w.phrase(*m).ref;
          country_b = e - 1;
          e = m->e;
        }
        break;
      }
      if (is_any(d, e, {"a", "ont", "est", "sont", "qui", "que", "avec", "pour", "lors", "et"}) &&
          !is_any(d, e + 1, {"de", "du", "d", "la", "l"}))
        break;
    }
    if (country < 0 || country_b - i < 2) continue;
    const GazCountry& c = w.gaz.countries[country];
    // an English body's name capitalises its words but the short function words
    std::string name = gloss_english(w, i, country_b);
    for (size_t k = 0; k < name.size(); ++k) {
      if (k > 0 && name[k - 1] != ' ') continue;
      const size_t end = std::min(name.find(' ', k), name.size());
      const std::string word = name.substr(k, end - k);
      const bool function_word = k > 0 && (word == "of" || word == "the" || word == "and" || word == "on" ||
                                           word == "in" || word == "for" || word == "to" || word == "against");
      if (!function_word && name[k] >= 'a' && name[k] <= 'z') name[k] = static_cast<char>(name[k] - 32);
    }
    w.add_org(name + " of " + c.name, "", c.id, d.span(i, e));
    i = e - 1;
  }
}

}  // namespace accord::detail
