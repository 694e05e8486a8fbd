// The interface's words are all in the catalogue (assets/i18n/*.json), and
// the catalogues agree: every key the code uses is in English, Vietnamese
// and French have exactly English's keys, with the same placeholders.
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "i18n.h"
#include "locale_format.h"
#include "model.h"
#include "ui_strings.h"

using namespace atlas::testing;

namespace {

const std::string kAppDir = ACCORD_SOURCE_DIR "/app";

// Files whose words are not in the catalogue yet: none now (the Import
// view, the Data window's messages, pick lists and report comparison were
// the last). Keep it empty; never grow it.
const std::set<std::string> kNotYetTranslated = {};
// Not the interface: the platform layers, main() and the test hook write
// logs and JSON, not labels.
bool not_interface(const std::string& name) {
  return name.rfind("platform_", 0) == 0 || name == "main.cpp" || name == "state_hook.cpp";
}

std::vector<std::string> app_sources() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kAppDir))
    if (entry.path().extension() == ".cpp") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

atlas::Catalogue catalogue(const char* code) {
  std::string error;
  atlas::Catalogue c =
      atlas::parse_catalogue(read_source(ACCORD_SOURCE_DIR "/assets/i18n/" + std::string(code) + ".json"), error);
  INFO(code << ": " << error);
  CHECK(error.empty());
  return c;
}

}  // namespace

TEST_CASE("the scanner finds a label left outside the catalogue", "[i18n][catalogue]") {
  CHECK(untranslated_literals(R"x(ImGui::Button("Save");)x").size() == 1);
  CHECK(untranslated_literals("text_wrapped(\"As \" + role);").size() == 1);
  CHECK(untranslated_literals("ImGui::TextColored(c, \"%s: %d\", \"Events\", n);").size() == 1);
  CHECK(untranslated_literals("link(state,\n  \"See all\", \"link:outcomes\");").size() == 1);
  // Through the catalogue, ids, formats and symbols are not words.
  CHECK(untranslated_literals(R"x(ImGui::Button(tr("Save"));)x").empty());
  CHECK(untranslated_literals(R"x(ImGui::Button(tr_id("Save", "save").c_str());)x").empty());
  CHECK(untranslated_literals(R"x(ImGui::Button("##scale-up"); ImGui::Button("+##up");)x").empty());
  CHECK(untranslated_literals(R"x(ImGui::Text("%s (%d)", x, n); ImGui::SetTooltip("%s", tr("Dismiss"));)x").empty());
  CHECK(untranslated_literals(R"x(link(state, name, "link:partner:" + id);)x").empty());
  CHECK(untranslated_literals("// ImGui::Button(\"Save\") in a comment\n/* text_wrapped(\"x\") */").empty());
  CHECK(untranslated_literals(R"x(text_field(state, "search", text, tr("Search"), w);)x").empty());
  CHECK(catalogue_keys_used(R"x(tr("a" "b"); trf("\u2190 {x}", {}); tr(kLabel);)x") ==
        std::vector<std::string>{"ab", "\u2190 {x}"});
}

TEST_CASE("no label in the translated app files is left outside the catalogue", "[i18n][catalogue]") {
  const std::vector<std::string> names = app_sources();
  REQUIRE(names.size() > 40);
  for (const std::string& name : names) {
    if (not_interface(name) || kNotYetTranslated.count(name)) continue;
    for (const UiLiteral& l : untranslated_literals(read_source(kAppDir + "/" + name))) {
      INFO("app/" << name << ":" << l.line << " " << l.call << "(\"" << l.text << "\") is not in the catalogue");
      CHECK(false);
    }
  }
}

TEST_CASE("the files not yet translated still have words to translate (else drop them from the list)",
          "[i18n][catalogue]") {
  for (const std::string& name : kNotYetTranslated) {
    INFO("app/" << name);
    CHECK(word_literals_outside_catalogue(read_source(kAppDir + "/" + name)) > 0);
  }
}

TEST_CASE("every catalogue key the code uses is in the English catalogue", "[i18n][catalogue]") {
  const atlas::Catalogue en = catalogue("en");
  size_t used = 0;
  for (const std::string& name : app_sources()) {
    for (const std::string& key : catalogue_keys_used(read_source(kAppDir + "/" + name))) {
      INFO("app/" << name << ": \"" << key << "\"");
      CHECK(en.count(key) == 1);
      ++used;
    }
  }
  CHECK(used > 150);
  // Names the app builds from the model's vocabulary (topic_text,
  // event_type_text, action_text, agreement_kind_text, the trend bands).
  for (const std::string& t : accord::topic_vocabulary()) CHECK(en.count(accord::topic_label(t)) == 1);
  for (accord::EventType t : accord::all_event_types()) CHECK(en.count(accord::event_type_label(t)) == 1);
  for (const char* k : {"MoU",
                        "Agreement",
                        "Protocol",
                        "Treaty",
                        "Plan",
                        "Minutes",
                        "Other",
                        "Signed",
                        "Amended",
                        "Reviewed",
                        "Implemented",
                        "Under negotiation",
                        "Large increase",
                        "Moderate increase",
                        "Limited change",
                        "Moderate decrease",
                        "Large decrease",
                        "Degree",
                        "Weighted degree",
                        "Betweenness",
                        "Eigenvector",
                        "Planned"})
    CHECK(en.count(k) == 1);
}

TEST_CASE("Vietnamese and French have English's keys, forms and placeholders", "[i18n][catalogue]") {
  const atlas::Catalogue en = catalogue("en");
  REQUIRE(en.size() > 150);
  for (const char* code : {"vi", "fr"}) {
    const atlas::Catalogue other = catalogue(code);
    for (const auto& [key, m] : en) {
      INFO(code << ": \"" << key << "\"");
      const auto it = other.find(key);
      REQUIRE(it != other.end());
      const std::vector<std::string> wanted = accord::message_placeholders(key);
      // The "other" form has every placeholder; "one" may leave {n} out
      // ("this event" for one).
      CHECK(accord::message_placeholders(m.other) == wanted);
      CHECK(accord::message_placeholders(it->second.other) == wanted);
      for (const std::string& p : accord::message_placeholders(it->second.one))
        CHECK(std::find(wanted.begin(), wanted.end(), p) != wanted.end());
      // French needs both forms where English has them; Vietnamese has one.
      if (m.counted && std::string(code) == "fr") CHECK(it->second.counted);
      CHECK_FALSE(it->second.other.empty());
    }
    for (const auto& [key, m] : other) {
      INFO(code << " has a key English has not: \"" << key << "\"");
      CHECK(en.count(key) == 1);
    }
  }
}
