#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "analytics.h"
#include "edit_history.h"
#include "event_index.h"
#include "fixtures.h"
#include "id_table.h"
#include "query.h"
#include "searchable_text.h"
#include "stats.h"
#include "synth.h"
#include "text_fold.h"

using namespace accord;

namespace {

size_t count_of(const std::vector<std::string>& keys, const std::vector<size_t>& counts, const std::string& key) {
  const auto it = std::find(keys.begin(), keys.end(), key);
  REQUIRE(it != keys.end());
  return counts[it - keys.begin()];
}
size_t type_count(const QueryResult& r, EventType t) { return r.type_counts[static_cast<size_t>(t)]; }
std::vector<std::string> ids(const Dataset& d, const std::vector<size_t>& hits) {
  std::vector<std::string> out;
  for (size_t i : hits) out.push_back(d.events[i].id);
  return out;
}
using Ids = std::vector<std::string>;

// Facet counts straight from their definition, one event at a time: for a
// value of a facet, the events having that value that pass every other filter.
struct BruteForce {
  explicit BruteForce(const Dataset& dataset) : d(dataset) {
    const HashedLookup lookup(d);
    for (const Event& e : d.events) text.push_back(fold(searchable_text_unfolded(e, lookup)));
  }
  const Dataset& d;
  std::vector<std::string> text;

  QueryResult run(const EventFilter& f, const EventIndex& ix) const {
    std::vector<std::string> wanted_partners;
    for (const std::string& p : f.partners)
      if (const Country* c = find_country_by_name(d, p)) wanted_partners.push_back(c->id);
    const std::string needle = fold(f.text);
    QueryResult r;
    r.partner_counts.assign(ix.partner_ids().size(), 0);
    r.topic_counts.assign(ix.topics().size(), 0);
    r.type_counts.assign(all_event_types().size(), 0);
    for (size_t i = 0; i < d.events.size(); ++i) {
      const Event& e = d.events[i];
      const std::vector<std::string> partners = event_partners(d, e);
      const auto has_any = [](const std::vector<std::string>& have, const std::vector<std::string>& want) {
        for (const std::string& w : want)
          if (std::find(have.begin(), have.end(), w) != have.end()) return true;
        return false;
      };
      const bool partner_ok = f.partners.empty() || has_any(partners, wanted_partners);
      const bool topic_ok = f.topics.empty() || has_any(e.topics, f.topics);
      const bool type_ok = f.types.empty() || std::find(f.types.begin(), f.types.end(), e.type) != f.types.end();
      const bool date_ok = (!f.from || e.date.sort_key_end() >= f.from->sort_key()) &&
                           (!f.to || e.date.sort_key() <= f.to->sort_key_end());
      const bool text_ok = needle.empty() || text[i].find(needle) != std::string::npos;
      if (!date_ok || !text_ok) continue;
      if (partner_ok && topic_ok && type_ok) r.events.push_back(i);
      if (topic_ok && type_ok)
        for (const std::string& p : partners) ++r.partner_counts[index_of(ix.partner_ids(), p)];
      if (partner_ok && type_ok)
        for (const std::string& t : e.topics) ++r.topic_counts[index_of(ix.topics(), t)];
      if (partner_ok && topic_ok) ++r.type_counts[static_cast<size_t>(e.type)];
    }
    std::stable_sort(r.events.begin(), r.events.end(),
                     [&](size_t a, size_t b) { return d.events[a].date.sort_key() < d.events[b].date.sort_key(); });
    r.total = r.events.size();
    return r;
  }
  static size_t index_of(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) - keys.begin();
  }
};

// Random filters over the synthetic data's values, with some that match nothing.
EventFilter random_filter(std::mt19937& rng, const Dataset& d) {
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  static const std::vector<std::string> kNeedles = {"hanoi",   "ha noi",   "Hà Nội",
                                                    "drug",    "to lam",   "nguyen van",
                                                    "Đà Nẵng", "lao",      "cooperation against",
                                                    "e ",      " ",        ".",
                                                    "2019",    "Hợp tác",  "phòng, chống",
                                                    "zzzz",    "INTERPOL", "ministry of public",
                                                    "vu an",   "suspects", "lam\nnguyen",
                                                    "police",  "ần",       "s;",
                                                    "thi ",    "bangkok",  "joint cases."};
  static const std::vector<std::string> kOddPartners = {"Narnia", "Vietnam", "lao pdr", "Trung Quốc", "cambodge"};
  EventFilter f;
  if (below(2)) {
    for (size_t k = 1 + below(2); k > 0; --k)
      f.partners.push_back(below(6) == 0 ? kOddPartners[below(kOddPartners.size())]
                                         : d.countries[1 + below(d.countries.size() - 1)].id);
  }
  if (below(2)) {
    for (size_t k = 1 + below(2); k > 0; --k)
      f.topics.push_back(below(10) == 0 ? "piracy" : topic_vocabulary()[below(topic_vocabulary().size())]);
  }
  if (below(3) == 0) {
    for (size_t k = 1 + below(2); k > 0; --k) f.types.push_back(all_event_types()[below(all_event_types().size())]);
  }
  const auto random_date = [&]() {
    const int y = 1994 + static_cast<int>(below(34));
    const size_t precision = below(3);
    if (precision == 0) return *Date::parse(std::to_string(y));
    const int m = 1 + static_cast<int>(below(12));
    char buf[40];  // room for any int, as the compiler checks
    if (precision == 1) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    } else {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, 1 + static_cast<int>(below(28)));
    }
    return *Date::parse(buf);
  };
  if (below(2)) f.from = random_date();
  if (below(2)) f.to = random_date();
  if (below(3) != 0) f.text = kNeedles[below(kNeedles.size())];
  return f;
}

void check_same(const QueryResult& got, const QueryResult& want) {
  CHECK(got.events == want.events);
  CHECK(got.total == want.total);
  CHECK(got.partner_counts == want.partner_counts);
  CHECK(got.topic_counts == want.topic_counts);
  CHECK(got.type_counts == want.type_counts);
}

}  // namespace

TEST_CASE("EventIndex on the fixture: matches and facet counts", "[event_index]") {
  const LoadResult loaded = load_dataset_file(fixture_path("small.json"));
  REQUIRE(loaded.ok());
  const Dataset& d = loaded.dataset;
  const EventIndex ix(d);
  CHECK(ix.partner_ids().size() == 2);

  QueryResult r = ix.query({});
  CHECK(ids(d, r.events) == Ids{"ev-1", "ev-2", "ev-3"});
  CHECK(count_of(ix.partner_ids(), r.partner_counts, "LAO") == 2);
  CHECK(count_of(ix.partner_ids(), r.partner_counts, "THA") == 2);
  CHECK(count_of(ix.topics(), r.topic_counts, "drugs") == 1);
  CHECK(count_of(ix.topics(), r.topic_counts, "training") == 1);
  CHECK(count_of(ix.topics(), r.topic_counts, "terrorism") == 0);
  CHECK(type_count(r, EventType::Dialogue) == 1);

  SECTION("a facet's own selection does not narrow its counts") {
    EventFilter f;
    f.partners = {"Lao PDR"};
    r = ix.query(f);
    CHECK(ids(d, r.events) == Ids{"ev-1", "ev-2"});
    CHECK(count_of(ix.partner_ids(), r.partner_counts, "LAO") == 2);
    CHECK(count_of(ix.partner_ids(), r.partner_counts, "THA") == 2);  // what choosing Thailand as well would add
    CHECK(count_of(ix.topics(), r.topic_counts, "training") == 0);    // ev-3 is Thailand only
    CHECK(count_of(ix.topics(), r.topic_counts, "fraud") == 1);
    CHECK(type_count(r, EventType::Dialogue) == 0);
    CHECK(type_count(r, EventType::Talks) == 1);
  }
  SECTION("text narrows every facet's counts") {
    EventFilter f;
    f.text = "DA NANG";
    r = ix.query(f);
    CHECK(ids(d, r.events) == Ids{"ev-2"});
    CHECK(count_of(ix.partner_ids(), r.partner_counts, "LAO") == 1);
    CHECK(count_of(ix.topics(), r.topic_counts, "drugs") == 0);
    CHECK(type_count(r, EventType::Conference) == 1);
  }
  SECTION("a year-precision date overlaps a later 'from'") {
    EventFilter f;
    f.from = Date::parse("2024-06-01");
    CHECK(ids(d, ix.query(f).events) == Ids{"ev-3"});
  }
  SECTION("text from people, agreements, mechanisms, commitments and figures") {
    for (const char* needle : {"nguyễn thị", "protocol amending", "interpol", "couriers weekly", "heroin"}) {
      EventFilter f;
      f.text = needle;
      CHECK(ix.query(f).events == query_events(d, f));
      CHECK(ix.query(f).total >= 1);
    }
  }
  SECTION("values no event has select nothing") {
    EventFilter f;
    f.partners = {"Narnia"};
    CHECK(ix.query(f).events.empty());
    f = {};
    f.topics = {"piracy"};
    CHECK(ix.query(f).events.empty());
  }
}

TEST_CASE("EventIndex answers exactly like query_events on synthetic data", "[event_index][synth]") {
  for (uint64_t seed : {1u, 2u, 3u}) {
    const Dataset d = synthesize(20000, seed);
    const EventIndex ix(d);
    const BruteForce brute(d);
    std::mt19937 rng(static_cast<unsigned>(seed * 7919));
    for (int k = 0; k < 150; ++k) {
      const EventFilter f = random_filter(rng, d);
      INFO("seed " << seed << " filter " << k << ": text \"" << f.text << "\", " << f.partners.size() << " partners, "
                   << f.topics.size() << " topics, " << f.types.size() << " types");
      const QueryResult got = ix.query(f);
      check_same(got, brute.run(f, ix));
      if (k % 15 == 0) CHECK(got.events == query_events(d, f));  // the reference itself is slow
    }
  }
}

// Edits followed by EventIndex::update, never a rebuild: after each change
// and each undo, every answer is the brute force's on the edited data.
TEST_CASE("EventIndex follows edits, deletions and undo without a rebuild", "[event_index][edits]") {
  Dataset d = synthesize(3000, 5);
  EventIndex ix(d);
  IdTable<Source> source_by_id;  // the app's source lookups follow the same effects
  source_by_id.build(d.sources);
  EditHistory history;
  std::mt19937 rng(4242), source_rng(77);  // two streams: the edits stay those this test was written for
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const std::vector<std::string> partners = ix.partner_ids(), topics = ix.topics();
  std::vector<std::string> needles = {"zanzibar", "zanzibar accord", "zorro", "hanoi", "to lam", "cooperation against"};
  int updated = 0;
  for (int step = 0; step < 80; ++step) {
    DatasetChange change;
    const size_t kind = below(7);
    if (kind == 6 && history.can_undo()) {
      history.undo(d);
    } else {
      if (kind <= 1) {  // edit an event's text, date and facets
        Event e = d.events[below(d.events.size())];
        e.title = "Zanzibar accord review " + std::to_string(step);
        e.date = *Date::parse(std::to_string(1995 + below(30)) + "-0" + std::to_string(1 + below(9)));
        e.type = all_event_types()[below(all_event_types().size())];
        e.topics = {topics[below(topics.size())]};
        e.countries = {d.home_country, partners[below(partners.size())]};
        change.upsert_events.push_back(e);
      } else if (kind == 2) {  // a new event, copied from another
        Event e = d.events[below(d.events.size())];
        e.id = "ev-test-new-" + std::to_string(step);
        e.summary += " zanzibar";
        // It cites a new source, and an old source is corrected.
        Source cited = d.sources[source_rng() % d.sources.size()];
        cited.id = "src-test-new-" + std::to_string(step);
        e.sources = {cited.id};
        change.upsert_sources.push_back(cited);
        Source corrected = d.sources[source_rng() % d.sources.size()];
        corrected.title += " (corrected)";
        change.upsert_sources.push_back(corrected);
        change.upsert_events.push_back(e);
      } else if (kind == 3) {
        change.delete_events.push_back(d.events[below(d.events.size())].id);
      } else if (kind == 4) {  // a renamed person changes the text of every event naming them
        Person p = d.people[below(d.people.size())];
        p.name = "Zorro Tester " + std::to_string(step);
        change.upsert_people.push_back(p);
      } else {
        change.delete_people.push_back(d.people[below(d.people.size())].id);
      }
      change.label = "step " + std::to_string(step);
      REQUIRE(history.apply(d, change).empty());
    }
    INFO("step " << step << ", change kind " << kind);
    REQUIRE(ix.update(history.last_effects()));
    ++updated;
    CHECK(ix.size() == d.events.size());
    source_by_id.follow(history.last_effects().sources);
    for (const Source& src : d.sources) REQUIRE(source_by_id.find(src.id) == &src);
    const DatasetStats stats = compute_stats(d);
    const EventIndex::Overview overview = ix.overview();
    CHECK(overview.events == stats.events);
    CHECK(overview.inferred_dates == stats.inferred_dates);
    REQUIRE(overview.first);
    REQUIRE(overview.last);
    CHECK(overview.first->date.iso() == stats.first_date);
    CHECK(overview.last->date.iso() == stats.last_date);
    const FacetCounts totals = ix.totals(), counted = facet_counts(d);
    CHECK(totals.partners == counted.partners);
    CHECK(totals.topics == counted.topics);
    CHECK(totals.types == counted.types);
    CHECK(totals.years == counted.years);
    const BruteForce brute(d);
    for (int k = 0; k < 12; ++k) {
      EventFilter f = random_filter(rng, d);
      if (k % 3 == 0) f.text = needles[below(needles.size())];
      INFO("filter " << k << ": text \"" << f.text << "\"");
      check_same(ix.query(f), brute.run(f, ix));
    }
  }
  CHECK(updated == 80);
  CHECK(ix.pending() > 0);
}

TEST_CASE("EventIndex totals are facet_counts, years and all", "[event_index][synth]") {
  Dataset d = synthesize(4000, 8);
  d.events[3].date = *Date::parse("1899");  // a lone year, far from the rest
  const EventIndex ix(d);
  const FacetCounts totals = ix.totals(), counted = facet_counts(d);
  CHECK(totals.partners == counted.partners);
  CHECK(totals.topics == counted.topics);
  CHECK(totals.types == counted.types);
  CHECK(totals.years == counted.years);
  REQUIRE_FALSE(totals.years.empty());
  CHECK(totals.years.front() == std::make_pair(1899, size_t{1}));
}

TEST_CASE("EventIndex asks for a rebuild when an edit needs a facet column it lacks", "[event_index][edits]") {
  Dataset d = synthesize(500, 6);
  EventIndex ix(d);
  EditHistory history;
  DatasetChange change;
  Country narnia;
  narnia.id = "NRN";
  narnia.name = "Narnia";
  change.upsert_countries.push_back(narnia);
  Event e = d.events[10];
  e.countries = {d.home_country, "NRN"};  // a partner no event had: no column for its count
  change.upsert_events.push_back(e);
  REQUIRE(history.apply(d, change).empty());
  CHECK_FALSE(ix.update(history.last_effects()));
  // Ops that do not fit the data it was built on are refused, not followed.
  ChangeEffects bogus;
  bogus.events.push_back({ListOp::Kind::Erase, d.events.size() + 5});
  EventIndex fresh(d);
  CHECK_FALSE(fresh.update(bogus));
}
