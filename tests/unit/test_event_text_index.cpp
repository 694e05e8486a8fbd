// The text index's phrase matching against a plain substring search, on
// text made to stress it: many separators, repeated words, phrases at a
// piece's edges and across pieces, a vocabulary past the one- and two-byte ids.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "event_index.h"
#include "event_text_index.h"
#include "query.h"
#include "synth.h"
#include "text_fold.h"

using namespace accord;

namespace {

struct Corpus {
  std::vector<std::string> pieces;            // distinct or not: the builder dedups
  std::vector<std::vector<uint32_t>> events;  // indexes into pieces
};

// Pieces of words from a small vocabulary (so phrases repeat) plus a long
// tail of rare words, joined by separators from a small common set plus rare ones.
Corpus random_corpus(std::mt19937& rng, size_t events) {
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const std::vector<std::string> common = {"ma", "tuy", "joint", "cases", "a", "an", "ma1", "amat", "tuyen", "x", "9"};
  const std::vector<std::string> seps = {" ", " ", " ", ", ", ". ", " - ", "(", ") ", "; ", "  ", "'", "/", "\t"};
  const auto rare_word = [&]() {
    std::string w;
    for (size_t n = 1 + below(7); n > 0; --n) w += static_cast<char>('a' + below(26));
    if (below(4) == 0) w += "\xc3\xa9";  // a non-ASCII byte pair is part of a word
    return w;
  };
  const auto rare_sep = [&]() {
    static const char kPunct[] = " ,.;:!?-()[]{}'\"/\\|*+=<>#%&~";
    std::string s;
    for (size_t n = 1 + below(4); n > 0; --n) s += kPunct[below(sizeof kPunct - 1)];
    return s;
  };
  Corpus c;
  const auto make_piece = [&]() {
    std::string p;
    if (below(4) == 0) p += below(3) ? seps[below(seps.size())] : rare_sep();  // a leading separator
    for (size_t n = 1 + below(8); n > 0; --n) {
      p += below(5) ? common[below(common.size())] : rare_word();
      if (n > 1) p += below(8) ? seps[below(seps.size())] : rare_sep();
    }
    if (below(3) == 0) p += below(2) ? "." : rare_sep();  // a trailing separator
    if (below(20) == 0) p = below(2) ? "" : " - ";        // no word at all
    return p + "\n";
  };
  for (size_t e = 0; e < events; ++e) {
    std::vector<uint32_t> ev;
    for (size_t k = 1 + below(4); k > 0; --k) {
      if (!c.pieces.empty() && below(3) == 0) {
        ev.push_back(static_cast<uint32_t>(below(c.pieces.size())));  // a shared piece
      } else {
        c.pieces.push_back(make_piece());
        ev.push_back(static_cast<uint32_t>(c.pieces.size() - 1));
      }
    }
    c.events.push_back(ev);
  }
  return c;
}

// Needles cut from the text (so most match somewhere), words joined afresh
// (so some only match across pieces), and fixed tricky ones.
std::vector<std::string> needles_for(std::mt19937& rng, const Corpus& c) {
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::vector<std::string> out = {
      "ma tuy",       "ma tuy ",     " ma tuy", "ma  tuy", "a t",  "a, t",  "ma ma",    "ma ma ma",  "joint cases",
      "joint cases.", "cases joint", " ",       "  ",      ", ",   ".",     "-",        "(",         ") ",
      "x x",          "9 x",         "ma1",     "a",       "an a", "tuy\t", "\xc3\xa9", "\xc3\xa9 ", "zzzz q"};
  for (int k = 0; k < 300; ++k) {
    const std::string& p = c.pieces[below(c.pieces.size())];
    if (p.size() < 2) continue;
    const size_t from = below(p.size() - 1);
    std::string n = p.substr(from, 1 + below(std::min<size_t>(p.size() - 1 - from, 24)));
    n = n.substr(0, n.find('\n'));
    if (!n.empty()) out.push_back(n);
  }
  for (int k = 0; k < 100; ++k) {  // the end of one piece and the start of another
    const std::string& a = c.pieces[below(c.pieces.size())];
    const std::string& b = c.pieces[below(c.pieces.size())];
    const std::string tail = a.substr(a.size() - 1 - std::min<size_t>(a.size() - 1, 1 + below(6)), std::string::npos);
    std::string n = tail.substr(0, tail.size() - 1) + (below(2) ? " " : "") + b.substr(0, 1 + below(6));
    n = n.substr(0, n.find('\n'));
    if (!n.empty()) out.push_back(n);
  }
  return out;
}

std::vector<uint64_t> expected(const Corpus& c, const std::string& needle) {
  std::vector<uint64_t> bits((c.events.size() + 63) / 64, 0);
  for (size_t e = 0; e < c.events.size(); ++e) {
    std::string text;
    for (uint32_t p : c.events[e]) text += c.pieces[p];
    if (text.find(needle) != std::string::npos) bits[e / 64] |= uint64_t{1} << (e % 64);
  }
  return bits;
}

// Long pieces of a few words, mostly joined by single spaces, so that words
// repeat in a piece and stand past word 126 (where postings keep no place).
Corpus long_corpus(std::mt19937& rng, size_t events) {
  const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const std::vector<std::string> words = {"ma", "tuy", "ma1", "tuyen", "joint", "cases", "a", "x", "9", "\xc3\xa9"};
  const std::vector<std::string> seps = {" ", " ", " ", " ", " ", " ", ", ", "  ", " - ", "."};
  Corpus c;
  for (size_t e = 0; e < events; ++e) {
    std::vector<uint32_t> ev;
    for (size_t k = 1 + below(3); k > 0; --k) {
      if (!c.pieces.empty() && below(4) == 0) {
        ev.push_back(static_cast<uint32_t>(below(c.pieces.size())));
        continue;
      }
      std::string p = below(6) == 0 ? " " : "";
      for (size_t n = 1 + (below(4) == 0 ? below(300) : below(12)); n > 0; --n)
        p += words[below(words.size())] + (n > 1 ? seps[below(seps.size())] : below(3) == 0 ? " " : "");
      c.pieces.push_back(p + "\n");
      ev.push_back(static_cast<uint32_t>(c.pieces.size() - 1));
    }
    c.events.push_back(ev);
  }
  return c;
}

EventTextIndex build_index(const Corpus& c) {
  EventTextIndex::Builder b;
  std::vector<uint32_t> ids;
  for (const std::string& p : c.pieces) ids.push_back(b.add_piece(p));
  for (const auto& ev : c.events) {
    std::vector<uint32_t> pieces;
    for (uint32_t p : ev) pieces.push_back(ids[p]);
    b.add_event(pieces);
  }
  return b.finish();
}

}  // namespace

TEST_CASE("EventTextIndex matches space-joined phrases by places like a substring search", "[event_index][text]") {
  for (unsigned seed : {4u, 5u}) {
    std::mt19937 rng(seed);
    const auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
    const Corpus c = long_corpus(rng, 800);
    const EventTextIndex ix = build_index(c);
    std::vector<uint64_t> wanted((c.events.size() + 63) / 64);
    for (uint64_t& w : wanted) w = (static_cast<uint64_t>(rng()) << 32) | rng();
    // Words and parts of words joined by single spaces, with or without a
    // trailing space: the needles matched by places.
    std::vector<std::string> needles = {"ma tuy", "tuy ma", "ma ma", "a a a",  "joint cases", "ma tuy ",
                                        "a ",     "9 x ",   "a tuy", "ma1 ma", "uy tu",       "s j"};
    const std::vector<std::string> words = {"ma", "tuy", "ma1", "tuyen", "joint", "cases", "a", "x", "9", "a1"};
    for (int k = 0; k < 200; ++k) {
      std::string n;
      for (size_t w = 1 + below(4); w > 0; --w) {
        std::string word = words[below(words.size())];
        if (below(3) == 0) word = word.substr(below(word.size()));  // the first word may end a token
        n += word + (w > 1 ? " " : "");
      }
      if (below(3) == 0) n += " ";
      needles.push_back(n);
    }
    for (const std::string& needle : needles) {
      INFO("seed " << seed << ", needle \"" << needle << "\"");
      const std::vector<uint64_t> want = expected(c, needle);
      std::vector<uint64_t> got(want.size(), 0);
      ix.match(needle, got);
      CHECK(got == want);
      std::fill(got.begin(), got.end(), 0);
      ix.match(needle, got, &wanted);
      for (size_t w = 0; w < got.size(); ++w) CHECK((got[w] & wanted[w]) == (want[w] & wanted[w]));
    }
  }
}

TEST_CASE("EventTextIndex finds exactly the events whose text contains a needle", "[event_index][text]") {
  for (unsigned seed : {1u, 2u, 3u}) {
    std::mt19937 rng(seed);
    const Corpus c = random_corpus(rng, seed == 3 ? 12000 : 1500);  // 12,000: over 8192 tokens, 3-byte ids
    EventTextIndex::Builder b;
    std::vector<uint32_t> ids;
    for (const std::string& p : c.pieces) ids.push_back(b.add_piece(p));
    for (const auto& ev : c.events) {
      std::vector<uint32_t> pieces;
      for (uint32_t p : ev) pieces.push_back(ids[p]);
      b.add_event(pieces);
    }
    double progress = 0;
    while (!b.finish_step()) {
      CHECK(b.finish_progress() >= progress);
      progress = b.finish_progress();
    }
    const EventTextIndex ix = b.take();
    if (seed == 3) {
      CHECK(ix.token_count() > 8192);
      CHECK(ix.separator_count() > 64);
    }
    for (size_t p = 0; p < c.pieces.size(); ++p) REQUIRE(ix.piece_text(ids[p]) == c.pieces[p]);

    std::vector<uint64_t> wanted((c.events.size() + 63) / 64);
    for (uint64_t& w : wanted) w = (static_cast<uint64_t>(rng()) << 32) | rng();
    for (const std::string& needle : needles_for(rng, c)) {
      INFO("seed " << seed << ", needle \"" << needle << "\"");
      const std::vector<uint64_t> want = expected(c, needle);
      std::vector<uint64_t> got(want.size(), 0);
      ix.match(needle, got);
      CHECK(got == want);
      // With a wanted mask, every wanted event that matches is found.
      std::fill(got.begin(), got.end(), 0);
      ix.match(needle, got, &wanted);
      for (size_t w = 0; w < got.size(); ++w) CHECK((got[w] & wanted[w]) == (want[w] & wanted[w]));
    }
  }
}

TEST_CASE("EventIndex matches phrases like query_events", "[event_index][text]") {
  Dataset d = synthesize(3000, 11);
  const std::vector<std::string> summaries = {
      "Ma túy, ma túy và ma-túy.",        "Phòng, chống ma túy tổng hợp", "ma túy",      "Tuy ma tuy ma; tuy.",
      "Joint cases joint cases joint",    "joint  cases (joint) cases.",  "Không có gì", "(ma túy)",
      "Cases: joint, cases; JOINT CASES", "Nguyễn Văn A và Nguyễn Văn B"};
  for (size_t i = 0; i < d.events.size(); i += 3) d.events[i].summary = summaries[(i / 3) % summaries.size()];
  for (size_t i = 1; i < d.events.size(); i += 7) d.events[i].title = "Ma";  // "ma" then "tuy..." in the next part
  const EventIndex ix(d);
  for (const char* needle : {"ma tuy",
                             "MA TÚY",
                             "ma tuy ",
                             " ma tuy",
                             "túy, ma",
                             "ma-tuy",
                             "ma túy và ma",
                             "ma tuy.",
                             "y, m",
                             "a t",
                             "(ma",
                             "tuy)",
                             "joint cases",
                             "joint  cases",
                             "cases joint",
                             "joint cases joint",
                             "joint cases.",
                             "cases;",
                             ": joint",
                             ", ",
                             " ",
                             "nguyen van a",
                             "van a va",
                             "ma ma",
                             "tuy ma tuy",
                             "ma\ntuy"}) {
    INFO("needle \"" << needle << "\"");
    EventFilter f;
    f.text = needle;
    CHECK(ix.query(f).events == query_events(d, f));
    f.topics = {"drugs"};  // a facet, so the index only checks wanted events
    CHECK(ix.query(f).events == query_events(d, f));
  }
}
