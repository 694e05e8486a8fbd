// People: the titles around a name, people the gazetteer does not know,
// and later mentions of people already found.
#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

#include "extract_internal.h"
#include "extract_people_parts.h"
#include "text_fold.h"

namespace accord::detail {

namespace {

using people::complement_token_ok;
using people::skip_ranks_back;
using people::title_after;
using people::title_before;
using people::TitleInfo;

bool name_token(const Work& w, int t) {
  const Doc& d = w.doc;
  if (!d.cap(t) || (d.toks[t].shape & S_HAS_DIGIT)) return false;
  if (w.cover[kEntity][t] >= 0 || w.in_person[t]) return false;
  if (w.cover[kTitle][t] >= 0) return false;
  const Match* lx = w.at(kLex, t);
  if (lx && (w.phrase(*lx).cat == Cat::Month || w.phrase(*lx).cat == Cat::Weekday)) return false;
  const uint32_t id = d.toks[t].id;
  if (id != kNoId) {
    const auto it = w.c.not_names.find(id);
    if (it != w.c.not_names.end() && (it->second & d.lang)) return false;
  }
  if (d.toks[t].shape & S_ALLCAPS) return false;  // acronyms
  return true;
}

// A run of name tokens starting at t (words joined by spaces or hyphens).
int name_run(const Work& w, int t, int max_words) {
  const Doc& d = w.doc;
  int e = t;
  int words = 0;
  // Korean given names join two syllables with a hyphen, the second often in lower case
  // ("Yoon Hee-keun", "Choi Jae-won"): a lower-case syllable glued by a hyphen continues the name
  auto joined_syllable = [&](int k) {
    return k > t && k < d.size() && (d.toks[k].gap & G_HYPHEN) && !(d.toks[k].gap & ~G_HYPHEN) &&
           !(d.toks[k].shape & S_HAS_DIGIT) && d.toks[k].fe - d.toks[k].fb <= 6 && !w.in_person[k] &&
           w.cover[kEntity][k] < 0 && !(d.toks[k].shape & (S_DIACRITIC | S_VIET));
  };
  // Vietnamese given names include syllables that English spells like demonyms ("Le Duc Thai",
  // "Nguyen Van Lao"): after a Vietnamese surname and another syllable, such a word ends the
  // name unless a capitalised noun follows it ("Thai Police")
  auto vi_given = [&](int k) {
    if (k < t + 2 || !w.c.vi_surnames.count(d.toks[t].id) || !d.cap(k) || (d.toks[k].gap & ~G_SPACE)) return false;
    if (d.toks[k].fe - d.toks[k].fb > 5 || w.in_person[k]) return false;
    const Match* m = w.at(kEntity, k);
    if (!m || m->b != k || m->e != k + 1 || w.phrase(*m).cat != Cat::Demonym) return false;
    // ("Lê Văn Thái - Phó Giám đốc": a spaced dash separates)
    const uint16_t next_gap = k + 1 < d.size() ? d.toks[k + 1].gap : 0;
    const bool dash = (next_gap & G_HYPHEN) && (next_gap & G_SPACE);
    return !(k + 1 < d.size() && d.cap(k + 1) && !(next_gap & kBlockingGap) && !dash);
  };
  // ... and so do place names ("Truong Hoa Binh", "Nguyen Long An"): after a Vietnamese surname,
  // a two-syllable place that ends the capitalised run is the given name
  auto vi_given_place = [&](int k) {
    if (k < t + 1 || !w.c.vi_surnames.count(d.toks[t].id) || !d.cap(k) || (d.toks[k].gap & ~G_SPACE)) return false;
    if (d.toks[k].fe - d.toks[k].fb > 5 || w.in_person[k]) return false;
    const Match* m = w.at(kEntity, k);
    if (!m || m->b < t + 1 || m->e - m->b != 2 || w.phrase(*m).cat != Cat::Place) return false;
    for (int j = m->b; j < m->e; ++j)
      if (d.toks[j].fe - d.toks[j].fb > 5) return false;
    return !(m->e < d.size() && d.cap(m->e) && !(d.toks[m->e].gap & kBlockingGap));
  };
  // ... and common words ("Lê Văn Thái", "Kông Chăn Xay Păn Nha"): in Vietnamese, a capitalised
  // syllable ending a run of at least two names the person too
  auto vi_last_syllable = [&](int k) {
    if (d.lang != kVi || k < t + 2 || !d.cap(k) || (d.toks[k].gap & ~G_SPACE) || w.in_person[k]) return false;
    if (d.toks[k].fe - d.toks[k].fb > 5 || (d.toks[k].shape & (S_HAS_DIGIT | S_ALLCAPS))) return false;
    if (w.cover[kEntity][k] >= 0 || w.cover[kTitle][k] >= 0) return false;
    const uint16_t next_gap = k + 1 < d.size() ? d.toks[k + 1].gap : kBlockingGap;
    const bool dash = (next_gap & G_HYPHEN) && (next_gap & G_SPACE);
    return !(k + 1 < d.size() && d.cap(k + 1) && !(next_gap & kBlockingGap) && !dash);
  };
  // ... and inside a run: "Xổm Xay Phụ Lạ Khăm Mạ Ni"
  auto vi_inner_syllable = [&](int k) {
    if (d.lang != kVi || k < t + 1 || !d.cap(k) || (d.toks[k].gap & ~G_SPACE) || w.in_person[k]) return false;
    if (d.toks[k].fe - d.toks[k].fb > 5 || (d.toks[k].shape & (S_HAS_DIGIT | S_ALLCAPS))) return false;
    if (w.cover[kEntity][k] >= 0 || w.cover[kTitle][k] >= 0) return false;
    return k + 1 < d.size() && !(d.toks[k + 1].gap & ~G_SPACE) && name_token(w, k + 1);
  };
  while (e < d.size() && (name_token(w, e) || joined_syllable(e) || vi_given(e) || vi_given_place(e) ||
                          vi_last_syllable(e) || vi_inner_syllable(e))) {
    if (e > t) {
      const uint16_t gap = d.toks[e].gap;
      if (gap & ~(G_SPACE | G_HYPHEN)) break;
      if (!(gap & G_HYPHEN)) ++words;
    } else {
      words = 1;
    }
    if (words > max_words) break;
    ++e;
  }
  return e;
}

int words_in(const Doc& d, int b, int e) {
  int words = 0;
  for (int t = b; t < e; ++t)
    if (t == b || !(d.toks[t].gap & G_HYPHEN)) ++words;
  return words;
}

std::string title_case_ascii(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  return s;
}

void apply_title(Work& w, int person, const TitleInfo& ti, Work::PersonMention& mention) {
  w.title_ranges.push_back({ti.b, ti.e, person});
  DraftPerson& p = w.draft.people[person];
  if (p.title.empty()) {
    std::string t(w.doc.orig(ti.b, ti.e));
    while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
    while (!t.empty() && (t.front() == ',' || t.front() == ' ')) t.erase(t.begin());
    // an acronym in brackets that ends the title keeps its closing bracket: "... Affairs (INL)"
    if (std::count(t.begin(), t.end(), '(') > std::count(t.begin(), t.end(), ')')) t += ')';
    p.title = t;
  }
  if (p.rank.empty()) p.rank = ti.rank;
  for (const std::string& k : ti.keys) {
    if (std::find(p.title_keys.begin(), p.title_keys.end(), k) == p.title_keys.end()) p.title_keys.push_back(k);
    if (std::find(mention.title_keys.begin(), mention.title_keys.end(), k) == mention.title_keys.end())
      mention.title_keys.push_back(k);
  }
  if (p.country_id.empty() && ti.countries.size() == 1) {
    const GazCountry& c = w.gaz.countries[ti.countries[0]];
    p.country_id = c.id;
    p.country = c.name;
  }
  // Titles that name a ministry: "Minister of Public Security" -> that ministry of the person's country.
  for (int ref : ti.title_refs) {
    const std::string& ot = w.c.titles[ref].org_type;
    if (ot.empty()) continue;
    const GazOrgType* t = w.gaz.org_type(ot);
    if (!t) continue;
    Work::OrgTypeMention om;
    om.type = static_cast<int>(t - w.gaz.org_types.data());
    om.b = ti.b;
    om.e = ti.e;
    om.countries = {-2 - person};  // resolved to the person's country later
    w.orgtype_mentions.push_back(om);
  }
}

}  // namespace

void extract_people(Work& w) {
  const Doc& d = w.doc;
  // Titles of the people the gazetteer knows.
  for (Work::PersonMention& pm : w.person_mentions) {
    TitleInfo ti = title_before(w, pm.b);
    if (!ti.found) ti = title_after(w, pm.e);
    if (ti.found) apply_title(w, pm.person, ti, pm);
    std::string rank;
    skip_ranks_back(w, pm.b, rank);
    if (w.draft.people[pm.person].rank.empty()) w.draft.people[pm.person].rank = rank;
  }
  // People the gazetteer does not know: a name after a title, rank or honorific;
  // a run of capitalised syllables that starts with a Vietnamese family name;
  // a name followed by ", Title".
  auto add_unknown = [&](int b, int e, const TitleInfo* ti) {
    const std::string native(d.orig(b, e));
    const std::string name = title_case_ascii(lower_utf8(strip_diacritics(native)));
    const std::string key = fold(name);
    int idx = person_index(w, "", key);
    if (idx < 0) {
      DraftPerson p;
      p.name = name;
      p.native_name = native;
      w.draft.people.push_back(p);
      idx = static_cast<int>(w.draft.people.size() - 1);
    }
    add_span(w.draft.people[idx].spans, d.span(b, e));
    for (int t = b; t < e; ++t) w.in_person[t] = 1;
    Work::PersonMention pm;
    pm.person = idx;
    pm.b = b;
    pm.e = e;
    TitleInfo after;
    if (!ti || !ti->found) {
      after = title_after(w, e);
      ti = &after;
    }
    if (ti->found) apply_title(w, idx, *ti, pm);
    std::string rank;
    skip_ranks_back(w, b, rank);
    if (w.draft.people[idx].rank.empty()) w.draft.people[idx].rank = rank;
    if (w.draft.people[idx].country_id.empty() && w.c.vi_surnames.count(d.toks[b].id)) {
      w.draft.people[idx].country_id = "VNM";
      if (const GazCountry* c = w.gaz.country("VNM")) w.draft.people[idx].country = c->name;
    }
    w.person_mentions.push_back(pm);
  };
  for (int i = d.first_body_token; i < d.size(); ++i) {
    if (w.in_person[i]) continue;
    const Match* tm = w.at(kTitle, i);
    if (tm && tm->b == i) {
      // Title (with complement), then ranks, then the name.
      int j = tm->e;
      // skip the complement: entity-covered words, connectors, more titles and ranks
      const int sent_end = d.sent_first[d.sentence_of(i) + 1];
      int last_ok = j;
      for (int k = j; k < std::min(sent_end, j + 14); ++k) {
        // "Commissioner General of the Korea Coast Guard (KCG) Kim Jong-uk": an acronym in
        // parentheses belongs to the complement
        if ((d.toks[k].gap & kBlockingGap) == G_OPEN && (d.toks[k].shape & S_ALLCAPS) && k + 1 < sent_end &&
            (d.toks[k + 1].gap & G_CLOSE) && !((d.toks[k + 1].gap & kBlockingGap) & ~G_CLOSE)) {
          last_ok = k + 1;
          continue;
        }
        if (d.toks[k].gap & kBlockingGap) {
          if ((d.toks[k].gap & kBlockingGap) == G_COMMA && name_token(w, k)) last_ok = k;
          break;
        }
        // French puts an organization's head noun first ("l'Agence de police nationale coréenne",
        // "du Conseil national de sécurité"): a capitalised head is the complement, not the name
        // Vietnamese capitalises every syllable of a name, so a capitalised word followed by a
        // lower-case syllable opens a unit's name ("Cơ quan Cảnh sát quốc gia"), not a person's
        const bool vi_unit = d.lang == kVi && k + 1 < d.size() && !d.cap(k + 1) &&
                             !(d.toks[k + 1].gap & (kBlockingGap | G_HYPHEN)) && !(d.toks[k + 1].shape & S_HAS_DIGIT);
        // English ends a body's name with its head ("the Korean Maritime Police"): a capitalised
        // run ending in a head word is the complement
        if (d.lang == kEn && name_token(w, k)) {
          int r = k + 1;
          // ("the Bureau of International Narcotics and Law Enforcement Affairs": "and" inside)
          while (r < sent_end &&
                 (d.cap(r) || (d.toks[r].shape & S_ALLCAPS) ||
                  (is_word(d, r, {"and"}) && r + 1 < sent_end && d.cap(r + 1))) &&
                 !(d.toks[r].gap & kBlockingGap) && !w.in_person[r])
            ++r;
          // the body's name ends at its last head word; two to four capitalised words after it
          // are the person's ("... Law Enforcement Affairs Chris Landberg")
          int h = -1;
          for (int t = k; t < r; ++t) {
            const auto head = w.c.org_heads.find(d.toks[t].id);
            if (head != w.c.org_heads.end() && (head->second & kEn)) h = t;
          }
          // ("the Bureau of ...": a head word alone opens the body's name)
          const bool body =
              h + 1 == r ? (r - k >= 2 || is_word(d, r, {"of", "for"})) : r - h - 1 >= 2 && r - h - 1 <= 4;
          if (h >= 0 && body) {
            last_ok = h + 1;
            k = h;
            continue;
          }
        }
        if (name_token(w, k) && !(d.lang == kFr && fr_body_head(d, k)) && !vi_unit) {
          last_ok = k;
          break;
        }
        if (!complement_token_ok(w, k) || w.in_person[k]) break;
        last_ok = k + 1;
      }
      j = last_ok;
      if (j < d.size() && name_token(w, j)) {
        // Lao and Khmer names written in Vietnamese syllables run longer ("Xẻng A Lun Năn Thạ Vông")
        const int max_words = d.lang == kVi && !w.c.vi_surnames.count(d.toks[j].id) ? 7 : 4;
        int e = name_run(w, j, max_words);
        // Unknown organization words before the name: the name starts after the last head word.
        int start = j;
        for (int t = j; t < e; ++t) {
          const auto it = w.c.org_heads.find(d.toks[t].id);
          if (it != w.c.org_heads.end() && (it->second & d.lang)) start = t + 1;
        }
        // "Commissioner General of the Korea Maritime Police (KMP) Park Sung-min": the unit's
        // acronym in parentheses, then the name
        if (start >= e && e + 1 < d.size() && (d.toks[e].gap & kBlockingGap) == G_OPEN &&
            (d.toks[e].shape & S_ALLCAPS) && (d.toks[e + 1].gap & G_CLOSE) && name_token(w, e + 1)) {
          start = e + 1;
          e = name_run(w, start, 4);
        }
        const int words = start < e ? words_in(d, start, e) : 0;
        const bool honorific = w.phrase(*tm).cat == Cat::Honorific;
        if (words >= 2 || (words == 1 && honorific && d.lang == kVi)) {
          TitleInfo ti = title_before(w, start);
          add_unknown(start, e, &ti);
          i = e - 1;
          continue;
        }
      }
      i = tm->e - 1;
      continue;
    }
    if (!name_token(w, i)) continue;
    if (i > 0 && name_token(w, i - 1) && !(d.toks[i].gap & kBlockingGap)) continue;  // inside a run
    // credits name the photographer or the writer, not a participant: "(Ảnh: X/TTXVN)",
    // "Photo: X", a closing line "by X"
    if (i > 0 && ((is_word(d, i - 1, {"anh", "photo", "photos"}) && (d.toks[i].gap & (G_HARD | G_OTHER))) ||
                  (is_word(d, i - 1, {"by", "par"}) && (d.toks[i - 1].gap & G_NEWLINE)) ||
                  ((d.toks[i].gap & G_NEWLINE) && name_run(w, i, 4) == d.size())))  // a name alone closing the text
      continue;
    // Vietnamese names a place by its administrative unit first: "huyện Trấn Hùng", "thôn Cao
    // Kiều", "thị trấn Dĩ Cổ" are places, whatever their syllables
    if (d.lang == kVi && (is_word(d, i - 1, {"huyen", "xa", "thon", "ban", "phuong", "quan", "lang", "tinh", "ap"}) ||
                          (is_word(d, i - 1, {"tran", "pho"}) && is_word(d, i - 2, {"thi", "thanh"}))))
      continue;
    // A name given with its age or year of birth is a person's: "Gao Zhao (sinh năm 1992",
    // "Lò Đao, 31 tuổi", "John Smith, 37, ...", "Jean Dupont, 45 ans"
    {
      const int e = name_run(w, i, 7);
      const int words = words_in(d, i, e);
      int a = e;
      bool paren = a < d.size() && (d.toks[a].gap & kBlockingGap) == G_OPEN;
      // an alias in brackets comes before the age: "Lò Đao (hay còn gọi là Lầu Đao), 31 tuổi"
      if (d.lang == kVi && paren && is_word(d, a, {"hay", "con", "tuc"})) {
        int k = a + 1;
        while (k < d.size() && k < a + 10 && !(d.toks[k].gap & kBlockingGap)) ++k;
        if (k < d.size() && (d.toks[k].gap & G_CLOSE)) a = k, paren = false;
      }
      const bool comma = a < d.size() && (d.toks[a].gap & kBlockingGap & ~G_CLOSE) == G_COMMA;
      bool born = false;
      if (d.lang == kVi && (paren || comma))
        born = (is_word(d, a, {"sinh"}) && is_word(d, a + 1, {"nam"})) || is_word(d, a, {"sn"}) ||
               (d.digits(a) && is_word(d, a + 1, {"tuoi"}));
      if (d.lang == kEn && comma && d.digits(a) && d.ftok(a).size() == 2 && a + 1 < d.size() &&
          (d.toks[a + 1].gap & kBlockingGap) == G_COMMA)
        born = true;
      if (d.lang == kFr && comma && d.digits(a) && d.ftok(a).size() == 2 && is_word(d, a + 1, {"ans"})) born = true;
      if (born && words >= 2) {
        add_unknown(i, e, nullptr);
        i = a - 1;  // past the alias
        continue;
      }
    }
    const int e = name_run(w, i, 4);
    const int words = words_in(d, i, e);
    if (words < 2) continue;
    const bool vi_name = w.c.vi_surnames.count(d.toks[i].id) > 0;
    bool syllables = true;
    for (int t = i; t < e; ++t) syllables = syllables && d.toks[t].fe - d.toks[t].fb <= 7;
    if (vi_name && syllables && words <= 4) {
      add_unknown(i, e, nullptr);
      i = e - 1;
      continue;
    }
    if (title_after(w, e).found && words <= 4) {
      add_unknown(i, e, nullptr);
      i = e - 1;
      continue;
    }
    // the other side's holder of the same post: "son homologue birman X Y", "his Lao counterpart
    // X Y", "người đồng cấp Lào X Y"; the demonym or country, when given, is the person's
    {
      int k = i - 1, country = -1;
      if (const Match* m = k >= 0 ? w.at(kEntity, k) : nullptr; m && m->e == i) {
        const Cat c = w.phrase(*m).cat;
        if (c == Cat::Demonym || c == Cat::Country) {
          country = w.phrase(*m).ref;
          k = m->b - 1;
        }
      }
      const bool counterpart = is_word(d, k, {"homologue", "homologues", "counterpart", "counterparts"}) ||
                               (d.is(k, "cap") && d.is(k - 1, "dong") && d.is(k - 2, "nguoi"));
      // ("his Lao counterpart": English gives the demonym before the word)
      if (const Match* m = k > 0 ? w.at(kEntity, k - 1) : nullptr; counterpart && country < 0 && m && m->e == k) {
        const Cat c = w.phrase(*m).cat;
        if (c == Cat::Demonym || c == Cat::Country) country = w.phrase(*m).ref;
      }
      if (counterpart && words <= 4 && !(d.toks[i].gap & (kBlockingGap & ~G_COMMA))) {
        add_unknown(i, e, nullptr);
        DraftPerson& p = w.draft.people[w.person_mentions.back().person];
        if (country >= 0 && p.country_id.empty()) {
          p.country_id = w.gaz.countries[country].id;
          p.country = w.gaz.countries[country].name;
        }
        i = e - 1;
        continue;
      }
    }
    // Vietnamese written with its tone marks spells foreign names without them; such a name is a
    // person when a list introduces it: "hai đối tượng gồm Jo Jungwoo và Sim Hyeonjoon"
    if (d.lang == kVi && d.diacritics && words <= 3) {
      bool plain = true;
      for (int t = i; t < e; ++t) plain = plain && !(d.toks[t].shape & (S_DIACRITIC | S_VIET | S_COMBINING));
      // ("gồm" = consisting of; or a colon after a lower-case word: "hai đối tượng: A và B")
      const bool listed = is_word(d, i - 1, {"gom"}) || (i > 0 && (d.toks[i].gap & G_HARD) && !d.cap(i - 1));
      const bool next_in_list =
          is_word(d, i - 1, {"va"}) && !w.person_mentions.empty() && w.person_mentions.back().e == i - 1;
      if (plain && (listed || next_in_list)) {
        add_unknown(i, e, nullptr);
        i = e - 1;
      }
    }
  }
  // Later mentions by one name: "Minister Quang", "President Lam", "Lakhamphong".
  std::unordered_map<std::string, int> by_last;
  for (size_t pi = 0; pi < w.draft.people.size(); ++pi) {
    for (const std::string& n : {w.draft.people[pi].name, w.draft.people[pi].native_name}) {
      const std::string f = fold(n);
      const size_t sp = f.rfind(' ');
      if (sp == std::string::npos) continue;
      const std::string last = f.substr(sp + 1);
      const auto it = by_last.find(last);
      if (it == by_last.end())
        by_last[last] = static_cast<int>(pi);
      else if (it->second != static_cast<int>(pi))
        it->second = -1;
    }
  }
  for (int i = d.first_body_token; i < d.size(); ++i) {
    if (w.in_person[i] || !d.cap(i) || w.cover[kEntity][i] >= 0) continue;
    const auto it = by_last.find(std::string(d.ftok(i)));
    if (it == by_last.end() || it->second < 0) continue;
    if (i + 1 < d.size() && d.cap(i + 1) && !(d.toks[i + 1].gap & kBlockingGap) && w.cover[kEntity][i + 1] < 0)
      continue;
    add_span(w.draft.people[it->second].spans, d.span(i, i + 1));
    w.in_person[i] = 1;
    Work::PersonMention pm;
    pm.person = it->second;
    pm.b = i;
    pm.e = i + 1;
    // "President Lam": the title right before counts for the date.
    std::string rank;
    const int j = skip_ranks_back(w, i, rank);
    const Match* tm = w.at(kTitle, j - 1);
    if (j > 0 && tm && tm->e == j && w.phrase(*tm).cat == Cat::Title && !(d.toks[j].gap & kBlockingGap)) {
      TitleInfo ti = title_before(w, i);
      if (ti.found) {
        for (const std::string& k : ti.keys) pm.title_keys.push_back(k);
        DraftPerson& p = w.draft.people[it->second];
        for (const std::string& k : ti.keys)
          if (std::find(p.title_keys.begin(), p.title_keys.end(), k) == p.title_keys.end()) p.title_keys.push_back(k);
      }
    }
    w.person_mentions.push_back(pm);
  }
}

}  // namespace accord::detail
