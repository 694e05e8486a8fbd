// The query benchmark's C++ side, the same source for native and WebAssembly.
//
// Native: `accord_query_bench EVENTS SEED REPS` generates EVENTS synthetic
// events, builds the EventIndex, runs every query REPS times and prints one
// JSON object (timings, memory) for bench/query_bench.mjs to tabulate.
// WebAssembly: bench/query_bench.mjs calls the bench_* functions below, and
// reads the events' columns to feed crossfilter the very same data.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "event_index.h"
#include "query.h"
#include "searchable_text.h"
#include "synth.h"
#include "text_fold.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define BENCH_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#include <sys/resource.h>
#define BENCH_EXPORT extern "C"
#endif

using namespace accord;

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct BenchQuery {
  const char* name;
  EventFilter filter;
};

Date date(const char* iso) { return *Date::parse(iso); }

// The query set: the same filters go to crossfilter (see bench_query_json).
std::vector<BenchQuery> make_queries() {
  std::vector<BenchQuery> q(8);
  q[0].name = "1 partner (Laos)";
  q[0].filter.partners = {"LAO"};
  q[1].name = "2 topic (cybercrime)";
  q[1].filter.topics = {"cybercrime"};
  q[2].name = "3 type + date range";
  q[2].filter.types = {EventType::Conference, EventType::MinisterialMeeting};
  q[2].filter.from = date("2015-01-01");
  q[2].filter.to = date("2019-12-31");
  q[3].name = "4 partner + topic + date";
  q[3].filter.partners = {"KHM"};
  q[3].filter.topics = {"drugs"};
  q[3].filter.from = date("2010");
  q[3].filter.to = date("2020-06");
  q[4].name = "5 text only ('hanoi')";
  q[4].filter.text = "hanoi";
  q[5].name = "6 facets + text ('ma tuy')";
  q[5].filter.partners = {"LAO", "THA"};
  q[5].filter.topics = {"drugs", "smuggling"};
  q[5].filter.from = date("2015");
  q[5].filter.text = "ma tuy";  // finds "ma túy" (drugs) in Vietnamese text
  q[6].name = "7 type + text ('nguyễn văn')";
  q[6].filter.types = {EventType::Talks, EventType::Visit};
  q[6].filter.text = "nguyễn văn";
  q[7].name = "8 worst case: phrase in half the events ('joint cases')";
  q[7].filter.text = "joint cases";
  return q;
}

struct State {
  std::unique_ptr<Dataset> dataset;
  std::unique_ptr<EventIndex> index;
  std::vector<BenchQuery> queries = make_queries();
  QueryResult last;
  std::string text;  // scratch for strings handed to JS
  std::vector<uint32_t> column;
  std::string folded;  // a chunk of folded event texts, '\0' after each
};
State& state() {
  static State s;
  return s;
}

void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

}  // namespace

// Generates the events; returns milliseconds.
BENCH_EXPORT double bench_generate(uint32_t events, uint32_t seed) {
  const auto start = Clock::now();
  state().index.reset();
  state().dataset = std::make_unique<Dataset>(synthesize(events, seed));
  return ms_since(start);
}

// Builds the EventIndex; returns milliseconds.
BENCH_EXPORT double bench_build_index() {
  const auto start = Clock::now();
  state().index = std::make_unique<EventIndex>(*state().dataset);
  return ms_since(start);
}

BENCH_EXPORT int bench_query_count() { return static_cast<int>(state().queries.size()); }
BENCH_EXPORT const char* bench_query_name(int q) { return state().queries[q].name; }

// Runs query q once; returns milliseconds.
BENCH_EXPORT double bench_run_query(int q) {
  const auto start = Clock::now();
  state().last = state().index->query(state().queries[q].filter);
  return ms_since(start);
}

// The last result's total and facet counts as JSON, to check engines agree.
BENCH_EXPORT const char* bench_last_counts_json() {
  const State& s = state();
  std::string& out = state().text;
  out = "{\"total\":" + std::to_string(s.last.total) + ",\"partners\":{";
  const auto add = [&](const std::vector<std::string>& keys, const std::vector<size_t>& counts) {
    bool first = true;
    for (size_t k = 0; k < keys.size(); ++k) {
      if (counts[k] == 0) continue;
      if (!first) out += ',';
      first = false;
      append_json_string(out, keys[k]);
      out += ':' + std::to_string(counts[k]);
    }
  };
  add(s.index->partner_ids(), s.last.partner_counts);
  out += "},\"topics\":{";
  add(s.index->topics(), s.last.topic_counts);
  out += "},\"types\":{";
  std::vector<std::string> types;
  for (EventType t : all_event_types()) types.push_back(to_string(t));
  add(types, s.last.type_counts);
  out += "}}";
  return out.c_str();
}

// Query q's filter as JSON, resolved: partner ids, topics, types, date keys
// (an event overlaps when start <= to_key and end >= from_key) and the folded text.
BENCH_EXPORT const char* bench_query_json(int q) {
  const EventFilter& f = state().queries[q].filter;
  std::string& out = state().text;
  const auto list = [&](const std::vector<std::string>& v) {
    out += '[';
    for (size_t k = 0; k < v.size(); ++k) {
      if (k) out += ',';
      append_json_string(out, v[k]);
    }
    out += ']';
  };
  out = "{\"partners\":";
  std::vector<std::string> partner_ids;
  for (const std::string& p : f.partners)
    if (const Country* c = find_country_by_name(*state().dataset, p)) partner_ids.push_back(c->id);
  list(partner_ids);
  out += ",\"topics\":";
  list(f.topics);
  out += ",\"types\":";
  std::vector<std::string> types;
  for (EventType t : f.types) types.push_back(to_string(t));
  list(types);
  out += ",\"from_key\":" + (f.from ? std::to_string(f.from->sort_key()) : std::string("null"));
  out += ",\"to_key\":" + (f.to ? std::to_string(f.to->sort_key_end()) : std::string("null"));
  out += ",\"text\":";
  append_json_string(out, fold(f.text));
  out += '}';
  return out.c_str();
}

// --- the events' columns, for crossfilter (dataset order) ---------------------

BENCH_EXPORT uint32_t bench_event_count() { return static_cast<uint32_t>(state().dataset->events.size()); }

// Which column: 0 date start key, 1 date end key, 2 type, 3 topic bits (by
// topic_vocabulary order), 4 partner bits (by the index's partner_ids order).
BENCH_EXPORT const uint32_t* bench_column(int which) {
  const Dataset& d = *state().dataset;
  std::vector<uint32_t>& col = state().column;
  col.assign(d.events.size(), 0);
  const auto& vocab = topic_vocabulary();
  const auto& partners = state().index->partner_ids();
  for (size_t i = 0; i < d.events.size(); ++i) {
    const Event& e = d.events[i];
    switch (which) {
      case 0:
        col[i] = static_cast<uint32_t>(e.date.sort_key());
        break;
      case 1:
        col[i] = static_cast<uint32_t>(e.date.sort_key_end());
        break;
      case 2:
        col[i] = static_cast<uint32_t>(e.type);
        break;
      case 3:
        for (const std::string& t : e.topics)
          col[i] |= 1u << (std::find(vocab.begin(), vocab.end(), t) - vocab.begin());
        break;
      default:
        for (const std::string& c : event_partners(d, e))
          col[i] |= 1u << (std::find(partners.begin(), partners.end(), c) - partners.begin());
    }
  }
  return col.data();
}

BENCH_EXPORT int bench_partner_count() { return static_cast<int>(state().index->partner_ids().size()); }
BENCH_EXPORT const char* bench_partner_id(int k) { return state().index->partner_ids()[k].c_str(); }
BENCH_EXPORT const char* bench_topic(int k) { return topic_vocabulary()[k].c_str(); }
BENCH_EXPORT const char* bench_type(int k) { return to_string(all_event_types()[k]); }

// The folded searchable text of events [first, first + count), each followed
// by '\0'; returns the chunk's size (read it at bench_text_chunk()).
BENCH_EXPORT uint32_t bench_fold_texts(uint32_t first, uint32_t count) {
  const Dataset& d = *state().dataset;
  static std::unique_ptr<HashedLookup> lookup;
  if (!lookup) lookup = std::make_unique<HashedLookup>(d);
  std::string& out = state().folded;
  out.clear();
  for (uint32_t i = first; i < first + count && i < d.events.size(); ++i) {
    out += fold(searchable_text_unfolded(d.events[i], *lookup));
    out += '\0';
  }
  return static_cast<uint32_t>(out.size());
}
BENCH_EXPORT const char* bench_text_chunk() { return state().folded.data(); }

// The index's memory by structure, as JSON.
BENCH_EXPORT const char* bench_memory_json() {
  const EventIndex::Memory m = state().index->memory();
  std::string& out = state().text;
  const auto field = [&](const char* name, size_t bytes, bool last = false) {
    out += std::string("\"") + name + "\":" + std::to_string(bytes) + (last ? "" : ",");
  };
  out = "{";
  field("order", m.order);
  field("dates", m.dates);
  field("types", m.types);
  field("partners", m.partners);
  field("topics", m.topics);
  field("text_pieces", m.text.piece_text);
  field("text_piece_events", m.text.piece_events);
  field("text_tokens", m.text.tokens);
  field("text_token_pieces", m.text.token_pieces);
  field("text_token_places", m.text.token_places);
  field("total", m.total(), true);
  out += "}";
  return out.c_str();
}

#ifndef __EMSCRIPTEN__
namespace {

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  const uint32_t events = argc > 1 ? static_cast<uint32_t>(std::strtoul(argv[1], nullptr, 10)) : 1000000;
  const uint32_t seed = argc > 2 ? static_cast<uint32_t>(std::strtoul(argv[2], nullptr, 10)) : 1;
  const int reps = argc > 3 ? std::atoi(argv[3]) : 30;

  const double generate_ms = bench_generate(events, seed);
  const double rss_data = peak_rss_mb();
  const double index_ms = bench_build_index();
  const double rss_index = peak_rss_mb();
  std::printf(
      "{\"events\":%u,\"seed\":%u,\"generate_ms\":%.1f,\"index_ms\":%.1f,\"peak_rss_mb_data\":%.1f,"
      "\"peak_rss_mb_indexed\":%.1f,\"index_memory\":%s,\"queries\":[",
      events, seed, generate_ms, index_ms, rss_data, rss_index, bench_memory_json());
  for (int q = 0; q < bench_query_count(); ++q) {
    for (int warm = 0; warm < 2; ++warm) bench_run_query(q);
    std::vector<double> times;
    for (int r = 0; r < reps; ++r) times.push_back(bench_run_query(q));
    std::printf("%s{\"name\":\"%s\",\"median_ms\":%.3f,\"p95_ms\":%.3f,\"counts\":%s}", q ? "," : "",
                bench_query_name(q), percentile(times, 0.5), percentile(times, 0.95), bench_last_counts_json());
  }
  std::printf("]}\n");
  return 0;
}
#endif
