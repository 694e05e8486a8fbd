#include "i18n.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "platform.h"

namespace atlas {
namespace {

struct Loaded {
  std::optional<accord::Language> language;
  Catalogue english, chosen;  // chosen is empty for English
};
Loaded g;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Catalogue load(accord::Language l) {
  const std::string path = i18n_dir() + "/" + accord::language_code(l) + ".json";
  const std::string text = read_text(path);
  std::string error;
  Catalogue c = parse_catalogue(text, error);
  if (!error.empty()) std::fprintf(stderr, "accord-atlas: %s: %s\n", path.c_str(), error.c_str());
  return c;
}

const Message* find(std::string_view key) {
  if (auto it = g.chosen.find(key); it != g.chosen.end()) return &it->second;
  if (auto it = g.english.find(key); it != g.english.end()) return &it->second;
  return nullptr;
}

}  // namespace

accord::Language ui_language() { return g.language.value_or(accord::Language::En); }

void use_ui_language(accord::Language l) {
  if (g.language == l) return;
  if (!g.language) g.english = load(accord::Language::En);
  g.chosen = l == accord::Language::En ? Catalogue{} : load(l);
  g.language = l;
}

const char* tr(const char* key) {
  const Message* m = find(key);
  return m ? m->other.c_str() : key;
}

std::string trf(const char* key, const accord::MessageArgs& args) { return accord::format_message(tr(key), args); }

std::string tr_count(const char* key, long long n, accord::MessageArgs args) {
  const Message* m = find(key);
  const bool one = accord::plural_form(ui_language(), n) == accord::PluralForm::One;
  const std::string& pattern = m ? (one ? m->one : m->other) : std::string(key);
  args.emplace_back("n", number_text(double(n), 0));
  return accord::format_message(pattern, args);
}

std::string tr_id(const char* key, const char* id) { return std::string(tr(key)) + "##" + id; }

std::string number_text(double value, int decimals) { return accord::format_number(ui_language(), value, decimals); }

Catalogue parse_catalogue(const std::string& text, std::string& error) {
  Catalogue c;
  error.clear();
  try {
    const nlohmann::json j = nlohmann::json::parse(text);
    if (!j.is_object()) throw std::runtime_error("not a JSON object");
    for (const auto& [key, value] : j.items()) {
      Message m;
      if (value.is_string()) {
        m.one = m.other = value.get<std::string>();
      } else if (value.is_object() && value.contains("one") && value.contains("other") && value["one"].is_string() &&
                 value["other"].is_string()) {
        m.one = value["one"].get<std::string>();
        m.other = value["other"].get<std::string>();
        m.counted = true;
      } else {
        error = "\"" + key + "\": neither text nor {\"one\", \"other\"}";
        return {};
      }
      c.emplace(key, std::move(m));
    }
  } catch (const std::exception& e) {
    error = e.what();
    return {};
  }
  return c;
}

}  // namespace atlas
