#include "draft_resolve.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "field_limits.h"
#include "merge.h"
#include "name_match.h"
#include "text_excerpt.h"
#include "text_fold.h"

namespace accord {

namespace {

// An event title cut from a headline: a line in a list, not a paragraph.
constexpr size_t kMaxTitleCharacters = 300;

// "Tô Lâm" -> "to-lam"; at most `max_words` words.
std::string slug(const std::string& text, size_t max_words = 6) {
  std::string out;
  size_t words = 0;
  bool in_word = false;
  for (char c : fold(text)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok) {
      if (!in_word) {
        if (words == max_words) break;
        if (!out.empty()) out += '-';
        ++words;
      }
      out += c;
    }
    in_word = ok;
  }
  return out;
}

// A name in another script has no Latin slug: the id then says what it is.
std::string slug_or(const std::string& text, const char* fallback) {
  const std::string s = slug(text);
  return s.empty() ? fallback : s;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// `base`, or `base-2`, `base-3`... whichever no record uses yet.
template <typename Taken>
std::string unique_id(const std::string& base, Taken taken) {
  if (!taken(base)) return base;
  for (int n = 2;; ++n) {
    const std::string id = base + "-" + std::to_string(n);
    if (!taken(id)) return id;
  }
}

bool same_name(const std::string& folded, const std::string& name, const std::vector<std::string>& aliases) {
  if (folded.empty()) return false;
  if (fold(name) == folded) return true;
  for (const std::string& a : aliases)
    if (fold(a) == folded) return true;
  return false;
}

class Resolver {
 public:
  Resolver(const ExtractedDraft& draft, const Dataset& d, const SourceInfo& info, const Gazetteer* g)
      : draft_(draft), d_(d), info_(info), g_(g) {}

  DraftRecords run() {
    out_.notes = draft_.notes;
    resolve_date();
    resolve_countries();
    make_event_id();
    make_source();
    resolve_location();
    resolve_people();
    resolve_organizations();
    resolve_mechanisms();
    resolve_agreements();
    Event& e = out_.event;
    e.title = draft_.headline.empty() ? fallback_title() : cut_to_characters(draft_.headline, kMaxTitleCharacters);
    if (draft_.headline.empty()) note("the article has no headline: the event is titled \"" + e.title + "\"; check it");
    if (e.title.size() < draft_.headline.size())
      note("the headline is " + with_thousands(utf8_characters(draft_.headline)) +
           " characters long (an article pasted on one line?): the title keeps its first " +
           std::to_string(kMaxTitleCharacters) + "; check it");
    if (out_.source.title.empty()) out_.source.title = e.title;
    e.type = draft_.type;
    for (const DraftTopic& t : draft_.topics)
      if (is_topic(t.topic) && std::find(e.topics.begin(), e.topics.end(), t.topic) == e.topics.end())
        e.topics.push_back(t.topic);
    resolve_figures();
    e.sources = {out_.source.id};
    return std::move(out_);
  }

 private:
  void note(const std::string& text) { out_.notes.push_back(text); }

  // The event's countries by name, known or new, in order.
  std::vector<std::string> party_names() const {
    std::vector<std::string> names;
    for (const std::string& id : out_.event.countries) {
      const Country* c = d_.find_country(id);
      std::string name = c ? c->name : id;
      for (const Country& n : out_.new_countries)
        if (n.id == id) name = n.name;
      names.push_back(name);
    }
    return names;
  }

  // "Vietnam–Japan talks": for an article with no headline.
  std::string fallback_title() const {
    std::string parties;
    for (const std::string& name : party_names()) parties += (parties.empty() ? "" : "\u2013") + name;
    std::string type = event_type_label(draft_.type);
    if (!parties.empty() && !type.empty())
      type[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(type[0])));
    return parties.empty() ? type : parties + " " + type;
  }

  // A figure needs a finite quantity and says what it counts; the unit is
  // optional. One without a subject is named by its unit.
  void resolve_figures() {
    for (const DraftFigure& f : draft_.figures) {
      if (!std::isfinite(f.quantity)) {
        note("a figure in the article is not a number and was left out");
        continue;
      }
      Figure figure{f.quantity, f.unit, f.what, f.period, out_.source.id};
      if (figure.what.empty()) {
        figure.what = f.unit.empty() ? "unspecified figure" : f.unit;
        note("the figure " + number_text(f.quantity) + " says nothing of what it counts: check \"" + figure.what +
             "\"");
      }
      out_.event.figures.push_back(figure);
    }
  }
  static std::string number_text(double v) {
    return v == static_cast<double>(static_cast<long long>(v)) ? std::to_string(static_cast<long long>(v))
                                                               : std::to_string(v);
  }

  // A date the dataset can hold: a calendar date with a year, and a reason
  // when it was inferred.
  static bool usable(const std::optional<Date>& d) {
    if (!d || !Date::parse(d->iso())) return false;
    return !d->inferred() || !d->reason.empty();
  }

  void resolve_date() {
    if (usable(draft_.date.date)) {
      out_.event.date = *draft_.date.date;
      const bool extractor_said_so = std::any_of(draft_.notes.begin(), draft_.notes.end(), [](const std::string& n) {
        return n.find("inferred") != std::string::npos;
      });
      if (out_.event.date.inferred() && !extractor_said_so)
        note("date " + out_.event.date.iso() + " was inferred (" + to_string(out_.event.date.basis) + ")" +
             (out_.event.date.reason.empty() ? "" : ": " + out_.event.date.reason));
    } else if (usable(draft_.published)) {
      out_.event.date = *draft_.published;
      out_.event.date.basis = DateBasis::PublicationDate;
      out_.event.date.reason = "the article names no date; its publication date is used";
      note("no event date in the article: the publication date " + out_.event.date.iso() + " is used");
    } else {
      note("no event date in the article and no publication date: set the date before saving");
    }
  }

  // A country id the saved dataset will know: the dataset's own, or a new
  // record when the gazetteer (or the draft) names it. Empty when unknown.
  std::string known_country(const std::string& id, const std::string& name) {
    if (id.empty()) return {};
    if (d_.find_country(id)) return id;
    for (const Country& c : out_.new_countries)
      if (c.id == id) return id;
    Country c;
    c.id = id;
    c.name = name;
    if (g_) {
      if (const GazCountry* gc = g_->country(id)) {
        c.name = gc->name;
        c.iso_numeric = gc->iso_numeric;
      }
    }
    if (c.name.empty()) return {};
    out_.new_countries.push_back(c);
    return id;
  }

  void resolve_countries() {
    std::vector<std::string>& countries = out_.event.countries;
    for (const DraftCountry& c : draft_.countries) {
      if (!c.party) continue;
      const std::string id = known_country(c.id, c.name);
      if (!id.empty() && std::find(countries.begin(), countries.end(), id) == countries.end()) countries.push_back(id);
    }
    const std::string& home = d_.home_country;
    if (!home.empty() && std::find(countries.begin(), countries.end(), home) == countries.end()) {
      countries.insert(countries.begin(), home);
      note("the article does not name " + home + " as a party; it was added as the home country");
    }
    if (countries.size() < 2) note("no partner country found: add the partner countries");
  }

  void make_event_id() {
    std::string base = "ev";
    if (out_.has_date()) base += "-" + out_.event.date.iso();
    for (const std::string& c : out_.event.countries) base += "-" + lower(c);
    base += "-" + slug(to_string(draft_.type));
    out_.event.id = unique_id(base, [&](const std::string& id) { return d_.find_event(id) != nullptr; });
  }

  void make_source() {
    Source& s = out_.source;
    s.id = unique_id("src" + out_.event.id.substr(2),
                     [&](const std::string& id) { return d_.find_source(id) != nullptr; });
    s.title = cut_to_characters(info_.title.empty() ? draft_.headline : info_.title, kMaxLineCharacters - 1);
    s.publisher = info_.publisher;
    s.url = info_.url;
    s.passage = cut_to_characters(info_.text, kMaxPassageCharacters - 1);  // the cut adds "…"
    if (draft_.language == "en" || draft_.language == "fr" || draft_.language == "vi") s.language = draft_.language;
    s.published = draft_.published;
    if (s.title.empty()) note("the source has no title: add the article's headline");
  }

  void resolve_location() {
    const DraftLocation& l = draft_.location;
    Location& loc = out_.event.location;
    loc.city = l.city;
    loc.is_virtual = l.is_virtual;
    loc.country = known_country(l.country_id, l.country);
    if (l.city.empty() && !l.is_virtual)
      note("no place found in the article: add the city");
    else if (!l.country_id.empty() && loc.country.empty())
      note("the place's country " + l.country + " is not known");
  }

  void resolve_people() {
    for (const DraftPerson& p : draft_.people) {
      if (p.name.empty()) {
        note("a person with no name (" + (p.title.empty() ? p.rank : p.title) + ") was left out");
        continue;
      }
      ResolvedPerson r;
      r.draft_name = p.name;
      if (!p.known_id.empty() && d_.find_person(p.known_id)) r.id = p.known_id;
      for (size_t i = 0; r.id.empty() && i < d_.people.size(); ++i) {
        const Person& q = d_.people[i];
        if (same_name(fold(p.name), q.name, q.aliases) || same_name(fold(p.native_name), q.native_name, q.aliases) ||
            same_name(fold(p.name), q.native_name, {}))
          r.id = q.id;
      }
      // The same words in another order or spelling ("Nguyen Ngoc Duy" for
      // "Nguyễn Duy Ngọc"): names of two words or more only.
      const std::string key = name_key(p.name);
      if (key.find(' ') != std::string::npos)
        for (size_t i = 0; r.id.empty() && i < d_.people.size(); ++i)
          for (const std::string& k : name_keys(d_.people[i]))
            if (r.id.empty() && k == key) r.id = d_.people[i].id;
      for (const Person& q : out_.new_people)
        if (r.id.empty() && (fold(q.name) == fold(p.name) || name_key(q.name) == key)) r.id = q.id;  // named twice
      if (r.id.empty()) {
        Person person;
        person.id =
            unique_id("p-" + slug_or(p.name, "person"), [&](const std::string& id) { return taken_person(id); });
        person.name = p.name;
        person.native_name = p.native_name == p.name ? "" : p.native_name;
        person.country = known_country(p.country_id, p.country);
        if (!p.title.empty() || !p.rank.empty()) {
          // A role needs a title; a rank alone ("Major General") stands in for it.
          Role role;
          role.title = p.title.empty() ? p.rank : p.title;
          role.rank = p.title.empty() ? "" : p.rank;
          role.source = out_.source.id;
          person.roles.push_back(role);
          if (p.title.empty())
            note(p.name + " has only a rank (" + p.rank +
                 "), kept as the role's title: add the post if the article names it");
        }
        r.id = person.id;
        r.is_new = true;
        out_.new_people.push_back(person);
        note("new person " + person.id + " (" + p.name + "): check the name is not already listed differently");
      }
      const bool listed = std::any_of(out_.event.participants.begin(), out_.event.participants.end(),
                                      [&](const Participation& x) { return x.person == r.id; });
      if (!listed) out_.event.participants.push_back({r.id, p.title.empty() ? p.rank : p.title, ""});
      out_.people.push_back(r);
    }
  }
  bool taken_person(const std::string& id) const {
    return d_.find_person(id) ||
           std::any_of(out_.new_people.begin(), out_.new_people.end(), [&](const Person& q) { return q.id == id; });
  }

  void resolve_organizations() {
    for (const DraftOrganization& o : draft_.organizations) {
      if (o.name.empty()) continue;  // nothing to show or to match
      std::string id;
      if (!o.id.empty() && d_.find_organization(o.id)) id = o.id;
      for (size_t i = 0; id.empty() && i < d_.organizations.size(); ++i)
        if (same_name(fold(o.name), d_.organizations[i].name, d_.organizations[i].aliases)) id = d_.organizations[i].id;
      for (const Organization& q : out_.new_organizations)
        if (id.empty() && fold(q.name) == fold(o.name)) id = q.id;
      if (id.empty()) {
        Organization org;
        const auto taken = [&](const std::string& x) {
          return d_.find_organization(x) || std::any_of(out_.new_organizations.begin(), out_.new_organizations.end(),
                                                        [&](const Organization& q) { return q.id == x; });
        };
        org.id = unique_id(o.id.empty() ? "org-" + slug_or(o.name, "organization") : o.id, taken);
        org.name = o.name;
        org.country = known_country(o.country_id, "");
        if (g_)
          for (const GazOrganization& go : g_->organizations)
            if (!o.id.empty() && go.id == o.id) org.kind = go.kind;
        id = org.id;
        out_.new_organizations.push_back(org);
      }
      if (std::find(out_.event.organizations.begin(), out_.event.organizations.end(), id) ==
          out_.event.organizations.end())
        out_.event.organizations.push_back(id);
    }
  }

  void resolve_mechanisms() {
    for (const DraftMechanism& m : draft_.mechanisms) {
      if (m.name.empty()) continue;
      std::string id;
      const std::string folded = fold(m.name);
      for (size_t i = 0; id.empty() && i < d_.mechanisms.size(); ++i) {
        const Mechanism& q = d_.mechanisms[i];
        if (same_name(folded, q.name, q.aliases) || fold(q.full_name) == folded) id = q.id;
      }
      for (const Mechanism& q : out_.new_mechanisms)
        if (id.empty() && fold(q.name) == folded) id = q.id;
      if (id.empty()) {
        Mechanism mech;
        mech.id = unique_id("mech-" + slug_or(m.name, "mechanism"), [&](const std::string& x) {
          return d_.find_mechanism(x) || std::any_of(out_.new_mechanisms.begin(), out_.new_mechanisms.end(),
                                                     [&](const Mechanism& q) { return q.id == x; });
        });
        mech.name = m.name;
        if (g_)
          for (const GazMechanism& gm : g_->mechanisms)
            if (fold(gm.name) == folded) mech.full_name = gm.full_name;
        id = mech.id;
        out_.new_mechanisms.push_back(mech);
      }
      if (std::find(out_.event.mechanisms.begin(), out_.event.mechanisms.end(), id) == out_.event.mechanisms.end())
        out_.event.mechanisms.push_back(id);
    }
  }

  void resolve_agreements() {
    for (const DraftAgreement& a : draft_.agreements) {
      AgreementStatus step;
      step.action = a.action;
      step.date = usable(a.date) ? a.date : (out_.has_date() ? std::optional<Date>(out_.event.date) : std::nullopt);
      step.event = out_.event.id;
      step.source = out_.source.id;

      const Agreement* match = nullptr;
      double best = kSameTitleSimilarity;
      for (const Agreement& ours : d_.agreements) {
        // A title alike is not enough: an MoU is not a plan.
        if (ours.kind != a.kind && ours.kind != AgreementKind::Other && a.kind != AgreementKind::Other) continue;
        const double s =
            std::max(title_similarity(ours.title, a.title), title_similarity(ours.title, a.title_original));
        if (s >= best) {
          best = s;
          match = &ours;
        }
      }
      if (match) {
        Agreement updated = *match;
        const int key = step.date ? step.date->sort_key() : 0;
        auto at = std::find_if(updated.history.begin(), updated.history.end(),
                               [&](const AgreementStatus& h) { return h.date && h.date->sort_key() > key; });
        updated.history.insert(step.date ? at : updated.history.end(), step);
        out_.updated_agreements.push_back(updated);
        out_.event.agreements.push_back({updated.id, a.action});
        note("\"" + a.title + "\" taken to be the listed agreement " + updated.id + ": check it is the same one");
        continue;
      }
      Agreement fresh;
      fresh.kind = a.kind;
      fresh.title = a.title.empty() ? a.title_original : a.title;
      if (fresh.title.empty()) {
        fresh.title = untitled_agreement(a.kind);
        note("an agreement with no title in the article is named \"" + fresh.title + "\": check it");
      }
      const std::string year = step.date ? std::to_string(step.date->year) + "-" : "";
      fresh.id = unique_id("ag-" + year + slug_or(fresh.title, "agreement"), [&](const std::string& x) {
        return d_.find_agreement(x) || std::any_of(out_.new_agreements.begin(), out_.new_agreements.end(),
                                                   [&](const Agreement& q) { return q.id == x; });
      });
      fresh.parties = out_.event.countries;
      fresh.history.push_back(step);
      out_.new_agreements.push_back(fresh);
      out_.event.agreements.push_back({fresh.id, a.action});
    }
  }

  // "MoU between Vietnam and Japan".
  std::string untitled_agreement(AgreementKind kind) const {
    std::string names;
    const std::vector<std::string> parties = party_names();
    for (size_t i = 0; i < parties.size(); ++i)
      names += (i == 0 ? "" : i + 1 == parties.size() ? " and " : ", ") + parties[i];
    const std::string what = kind == AgreementKind::MoU ? "MoU"
                             : kind == AgreementKind::Other
                                 ? "Agreement"
                                 : [&] {
                                     std::string k = to_string(kind);
                                     k[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(k[0])));
                                     return k;
                                   }();
    return names.empty() ? what : what + " between " + names;
  }

  const ExtractedDraft& draft_;
  const Dataset& d_;
  const SourceInfo& info_;
  const Gazetteer* g_;
  DraftRecords out_;
};

}  // namespace

DatasetChange DraftRecords::to_change() const {
  DatasetChange c;
  c.label = "Add event " + event.id;
  c.article = source.url.empty() ? source.id : source.url;
  c.upsert_sources = {source};
  c.upsert_countries = new_countries;
  c.upsert_organizations = new_organizations;
  c.upsert_mechanisms = new_mechanisms;
  c.upsert_people = new_people;
  c.upsert_agreements = new_agreements;
  c.upsert_agreements.insert(c.upsert_agreements.end(), updated_agreements.begin(), updated_agreements.end());
  c.upsert_events = {event};
  return c;
}

DraftRecords resolve_draft(const ExtractedDraft& draft, const Dataset& d, const SourceInfo& source,
                           const Gazetteer* gazetteer) {
  return Resolver(draft, d, source, gazetteer).run();
}

}  // namespace accord
