// extract: one article (a file or standard input) or many (--jsonl).
#include "commands_extract.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dataset_json.h"
#include "extract.h"
#include "input.h"

namespace accord::cli {

namespace {

std::string list(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

void print_text(const ExtractedDraft& d, std::ostream& out) {
  auto row = [&](const char* k, const std::string& v) {
    if (!v.empty()) out << k << std::string(14 - std::min<size_t>(13, std::string(k).size()), ' ') << v << "\n";
  };
  row("headline", d.headline);
  row("language", d.language);
  if (d.published) row("published", d.published->iso());
  if (d.date.date) {
    std::string v = d.date.date->iso();
    if (d.date.date->inferred())
      v += " (" + std::string(to_string(d.date.date->basis)) + ": " + d.date.date->reason + ")";
    row("date", v);
  } else {
    row("date", "(none)");
  }
  std::string place = d.location.city;
  if (!d.location.country.empty()) place += (place.empty() ? "" : ", ") + d.location.country;
  if (d.location.is_virtual) place += place.empty() ? "virtual" : " (virtual)";
  row("place", place);
  row("type", to_string(d.type));
  std::vector<std::string> countries;
  for (const auto& c : d.countries)
    if (c.party) countries.push_back(c.name);
  row("countries", list(countries));
  for (const auto& p : d.people) {
    std::string v = p.name;
    if (!p.title.empty()) v += ", " + p.title;
    if (!p.country.empty()) v += " (" + p.country + ")";
    row("person", v);
  }
  for (const auto& o : d.organizations) row("organization", o.name);
  for (const auto& m : d.mechanisms) row("mechanism", m.name);
  for (const auto& a : d.agreements) {
    std::string v = std::string(to_string(a.kind)) + ", " + to_string(a.action) + ": " + a.title;
    if (a.date) v += " (" + a.date->iso() + ")";
    row("agreement", v);
  }
  std::vector<std::string> topics;
  for (const auto& t : d.topics) topics.push_back(t.topic);
  row("topics", list(topics));
  for (const auto& f : d.figures) {
    std::ostringstream q;
    // whole counts and amounts as written, not "5e+07"
    if (f.quantity == static_cast<double>(static_cast<long long>(f.quantity)) && std::abs(f.quantity) < 1e15)
      q << static_cast<long long>(f.quantity);
    else
      q << f.quantity;
    row("figure", q.str() + " " + f.unit + (f.what.empty() ? "" : ": " + f.what) +
                      (f.period.empty() ? "" : " (" + f.period + ")"));
  }
  for (const auto& n : d.notes) row("note", n);
}

}  // namespace

int cmd_extract(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const bool jsonl = args.has("--jsonl");
  const std::string format = args.get("--format", jsonl ? "record" : "draft");
  if (format != "draft" && format != "record" && format != "text") {
    err << "accord: extract --format takes draft, record or text, not \"" << format << "\"\n";
    return 2;
  }
  if (args.positionals.size() != 1) {
    err << "accord: extract needs one FILE (or - for standard input)\n";
    return 2;
  }
  ExtractOptions options;
  if (!read_date_options(args, options, err)) return 2;
  if (jsonl && format == "text") {
    err << "accord: extract --jsonl writes JSON: use --format record or draft\n";
    return 2;
  }

  GazetteerLoad g = load_gazetteer(gazetteer_dir(args));
  if (!g.ok()) {
    for (const std::string& e : g.errors) err << "error: " << e << "\n";
    return 1;
  }
  // The dataset's people and organizations are extra gazetteer entries;
  // extraction does not need the dataset, so a broken one is skipped.
  const LoadResult data = load_dataset_file(args.get("--data"));
  if (data.ok()) add_dataset_entries(g.gazetteer, data.dataset);

  const std::string path = args.positionals[0];
  if (!jsonl) {
    std::string text;
    if (!read_article(path, in, text, err)) return 1;
    const ExtractedDraft d = extract_article(text, g.gazetteer, options);
    if (format == "record")
      out << draft_to_record_json(d) << "\n";
    else if (format == "text")
      print_text(d, out);
    else
      out << draft_to_json(d) << "\n";
    return 0;
  }

  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      err << "accord: " << path << ": cannot open the file\n";
      return 1;
    }
  }
  std::istream& input = path == "-" ? in : file;
  const std::string name = path == "-" ? "standard input" : path;

  // One JSON object per line in, one record per line out (an error record
  // keeps the lines aligned).
  std::string line;
  size_t line_no = 0, failed = 0, done = 0;
  while (std::getline(input, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto fail = [&](const std::string& why) {
      ++failed;
      err << "accord: " << name << " line " << line_no << ": " << why << "\n";
      nlohmann::json e = {{"line", line_no}, {"error", why}};
      out << e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    };
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception&) {  // also numbers out of range
      fail("not a JSON object");
      continue;
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      fail("needs a \"text\" string");
      continue;
    }
    const std::string text = j["text"].get<std::string>();
    const std::string problem = check_article_text(text);
    if (!problem.empty()) {
      fail("refused: " + problem);
      continue;
    }
    ExtractOptions o = options;
    if (j.contains("published") && j["published"].is_string()) {
      const auto d = Date::parse(j["published"].get<std::string>());
      if (!d) {
        fail("\"published\" is not a date (YYYY-MM-DD)");
        continue;
      }
      o.published = d;
    }
    if (j.contains("language") && j["language"].is_string()) o.language = j["language"].get<std::string>();
    const ExtractedDraft d = extract_article(text, g.gazetteer, o);
    std::string rec = format == "draft" ? draft_to_json(d, -1) : draft_to_record_json(d, -1);
    if (j.contains("id")) {
      nlohmann::ordered_json r = nlohmann::ordered_json::parse(rec);
      r["id"] = j["id"];
      rec = r.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out << rec << "\n";
    ++done;
  }
  if (input.bad()) {
    err << "accord: " << name << ": cannot read\n";
    return 1;
  }
  if (done == 0 && failed == 0) {
    err << "accord: " << name << ": no articles (one JSON object per line)\n";
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace accord::cli
