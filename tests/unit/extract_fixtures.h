// The gazetteer and the extraction the extractor's unit tests share: the
// shipped gazetteer with the shipped dataset's names, and a fixed "today".
#pragma once
#include <string>

#include <catch2/catch.hpp>

#include "extract.h"
#include "fixtures.h"

inline const accord::Gazetteer& shipped_gazetteer() {
  static const accord::GazetteerLoad g = [] {
    accord::GazetteerLoad r = accord::load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
    accord::LoadResult data = accord::load_dataset_file(ACCORD_DEFAULT_DATASET);
    if (data.ok()) accord::add_dataset_entries(r.gazetteer, data.dataset);
    return r;
  }();
  REQUIRE(g.ok());
  return g.gazetteer;
}

// Options with today fixed, so relative dates read the same in every run.
inline accord::ExtractOptions test_extract_options() {
  accord::ExtractOptions o;
  o.today = accord::Date::parse("2026-11-23");
  return o;
}

inline accord::ExtractedDraft extract_for_test(const std::string& text) {
  return accord::extract_article(text, shipped_gazetteer(), test_extract_options());
}
