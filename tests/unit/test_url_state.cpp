#include <catch2/catch.hpp>

#include "fixtures.h"
#include "url_state.h"

using namespace accord;

TEST_CASE("a view state survives the URL hash", "[url]") {
  ViewState s;
  s.view = View::Event;
  s.filter.partners = {"LAO", "THA"};
  s.filter.topics = {"drugs"};
  s.filter.types = {EventType::MinisterialMeeting};
  s.filter.from = Date::parse("2024");
  s.filter.to = Date::parse("2025-06-30");
  s.filter.text = "Tô Lâm & co";
  s.selected = "ev-1";
  const std::string hash = to_hash(s);
  CHECK(hash ==
        "#/event?partner=LAO&partner=THA&topic=drugs&type=ministerial_meeting&from=2024&to=2025-06-30"
        "&q=T%C3%B4%20L%C3%A2m%20%26%20co&sel=ev-1");
  const ParsedHash back = parse_hash(hash);
  CHECK(back.notices.empty());
  CHECK(back.state.view == View::Event);
  CHECK(back.state.filter.partners == s.filter.partners);
  CHECK(back.state.filter.topics == s.filter.topics);
  CHECK(back.state.filter.types == s.filter.types);
  CHECK(back.state.filter.from->iso() == "2024");
  CHECK(back.state.filter.to->iso() == "2025-06-30");
  CHECK(back.state.filter.text == "Tô Lâm & co");
  CHECK(back.state.selected == "ev-1");
  CHECK(to_hash(back.state) == hash);
}

TEST_CASE("an empty hash is the timeline", "[url]") {
  for (const char* h : {"", "#", "#/"}) {
    const ParsedHash p = parse_hash(h);
    CHECK(p.state.view == View::Timeline);
    CHECK(p.notices.empty());
  }
  CHECK(to_hash(ViewState{}) == "#/timeline");
}

TEST_CASE("a hash that makes no sense falls back with notices", "[url]") {
  ParsedHash p = parse_hash("#/nowhere?topic=drugs");
  CHECK(p.state.view == View::Timeline);
  CHECK(p.state.filter.topics.empty());
  REQUIRE(p.notices.size() == 1);
  CHECK(p.notices[0].find("unknown view") != std::string::npos);

  p = parse_hash("#/timeline?topic=piracy&type=party&from=2024-13&q=%zz&colour=red&novalue&&topic=drugs");
  CHECK(p.state.view == View::Timeline);
  CHECK(p.state.filter.topics == std::vector<std::string>{"drugs"});
  CHECK(p.state.filter.types.empty());
  CHECK_FALSE(p.state.filter.from);
  CHECK(p.state.filter.text.empty());
  CHECK(p.notices.size() == 6);

  p = parse_hash("#/timeline?q=" + std::string(kMaxHashLength, 'a'));
  CHECK(p.state.filter.text.empty());
  CHECK(p.notices.size() == 1);
}

TEST_CASE("a hash is checked against the dataset", "[url]") {
  const LoadResult r = load_dataset_file(fixture_path("small.json"));
  REQUIRE(r.ok());
  ParsedHash p = parse_hash("#/event?partner=lao%20pdr&partner=Narnia&sel=ev-2");
  check_against(r.dataset, p);
  CHECK(p.state.filter.partners == std::vector<std::string>{"LAO"});
  CHECK(p.state.view == View::Event);
  CHECK(p.notices.size() == 1);

  p = parse_hash("#/event?sel=ev-gone");
  check_against(r.dataset, p);
  CHECK(p.state.view == View::Timeline);
  CHECK(p.state.selected.empty());
  CHECK(p.notices.size() == 1);

  p = parse_hash("#/agreement?sel=ag-base");
  check_against(r.dataset, p);
  CHECK(p.state.view == View::Agreement);
  CHECK(p.notices.empty());
}

TEST_CASE("percent decoding rejects broken escapes", "[url]") {
  std::string out;
  CHECK(percent_decode("a%20b+c", out));
  CHECK(out == "a b c");
  CHECK_FALSE(percent_decode("%4", out));
  CHECK_FALSE(percent_decode("%", out));
  CHECK_FALSE(percent_decode("%g0", out));
}

TEST_CASE("the Import view has its own hash", "[url]") {
  ViewState s;
  s.view = View::Import;
  CHECK(to_hash(s) == "#/import");
  const ParsedHash p = parse_hash("#/import");
  CHECK(p.notices.empty());
  CHECK(p.state.view == View::Import);
  CHECK(to_hash(p.state) == "#/import");
}

TEST_CASE("the trends view keeps its rows and period in the link", "[url]") {
  ViewState s;
  s.view = View::Trends;
  s.trend_rows = TrendRows::Topic;
  s.trend_period = TrendPeriod::Year;
  CHECK(to_hash(s) == "#/trends?by=topic&period=year");
  const ParsedHash back = parse_hash(to_hash(s));
  CHECK(back.notices.empty());
  CHECK(back.state.view == View::Trends);
  CHECK(back.state.trend_rows == TrendRows::Topic);
  CHECK(back.state.trend_period == TrendPeriod::Year);
  // Defaults: partners by quarter; other views do not carry them.
  CHECK(to_hash(ViewState{}).find("period") == std::string::npos);
  const ParsedHash bad = parse_hash("#/trends?by=colour&period=week");
  CHECK(bad.state.trend_rows == TrendRows::Partner);
  CHECK(bad.state.trend_period == TrendPeriod::Quarter);
  CHECK(bad.notices.size() == 2);
}

TEST_CASE("the network view keeps its measure and date in the link", "[url]") {
  ViewState s;
  s.view = View::Network;
  s.measure = Centrality::Betweenness;
  s.as_of = Date::parse("2024-06");
  CHECK(to_hash(s) == "#/network?measure=betweenness&asof=2024-06");
  const ParsedHash back = parse_hash(to_hash(s));
  CHECK(back.notices.empty());
  CHECK(back.state.view == View::Network);
  CHECK(back.state.measure == Centrality::Betweenness);
  CHECK(back.state.as_of->iso() == "2024-06");
  s.as_of.reset();
  CHECK(to_hash(s) == "#/network?measure=betweenness");
  const ParsedHash bad = parse_hash("#/network?measure=pagerank&asof=soon");
  CHECK(bad.state.measure == Centrality::Degree);
  CHECK_FALSE(bad.state.as_of);
  CHECK(bad.notices.size() == 2);
}

TEST_CASE("the story keeps its filter and step in the link", "[url]") {
  ViewState s;
  s.view = View::Story;
  s.filter.partners = {"LAO"};
  s.story_step = 12;
  CHECK(to_hash(s) == "#/story?partner=LAO&step=12");
  const ParsedHash back = parse_hash(to_hash(s));
  CHECK(back.notices.empty());
  CHECK(back.state.view == View::Story);
  CHECK(back.state.story_step == 12);
  CHECK(back.state.filter.partners == std::vector<std::string>{"LAO"});
  // The first step is the story's start: no step in the link.
  s.story_step = 0;
  CHECK(to_hash(s) == "#/story?partner=LAO");
  // The step belongs to the story: other views leave it out.
  s.view = View::Timeline;
  s.story_step = 4;
  CHECK(to_hash(s) == "#/timeline?partner=LAO");
  for (const char* bad : {"0", "-1", "three", "12345678", "1e3", ""}) {
    INFO(bad);
    const ParsedHash parsed = parse_hash(std::string("#/story?step=") + bad);
    CHECK(parsed.state.view == View::Story);
    CHECK(parsed.state.story_step == 0);
    REQUIRE(parsed.notices.size() == 1);
    CHECK(parsed.notices[0].find("step") != std::string::npos);
  }
}
