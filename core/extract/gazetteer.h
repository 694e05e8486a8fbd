// The extractor's knowledge: countries, places, people with dated roles,
// organizations, mechanisms and the cue words of three languages, loaded
// from the JSON files of assets/gazetteer (see docs there). Nothing about
// particular articles lives in code.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model.h"

namespace accord {

namespace detail {
struct Compiled;
}

struct GazCountry {
  std::string id;    // ISO alpha-3
  std::string name;  // common English short name
  int iso_numeric = 0;
  std::vector<std::string> demonyms_en;  // for "{demonym} National Police"
};

struct GazPlace {
  std::string name;     // English spelling
  std::string country;  // ISO alpha-3
  std::string kind;     // capital, city, province
};

struct GazOrganization {
  std::string id;
  std::string name;
  std::string type;     // org_types id, optional
  std::string country;  // ISO alpha-3, empty for international bodies
  std::string kind;
  bool output = true;  // false: recognised but never listed (news agencies)
};

struct GazOrgType {
  std::string id;
  std::string name;    // "Ministry of Public Security"
  std::string format;  // "{name} of {country}"
};

struct GazMechanism {
  std::string name;  // short name: "INTERPOL"
  std::string full_name;
};

class Gazetteer {
 public:
  std::vector<GazCountry> countries;
  std::vector<GazPlace> places;
  std::vector<Person> people;  // roles with dates, as in the model
  std::vector<GazOrganization> organizations;
  std::vector<GazOrgType> org_types;
  std::vector<GazMechanism> mechanisms;
  std::string home_country = "VNM";  // listed first among an event's countries

  const GazCountry* country(const std::string& id) const;
  int country_index(const std::string& id) const;
  const GazOrgType* org_type(const std::string& id) const;
  // The organization of a type in a country, when the gazetteer names one.
  const GazOrganization* organization_of(const std::string& type, const std::string& country) const;

  // Compiled phrase tables; built by load_gazetteer and add_dataset_entries.
  const detail::Compiled& compiled() const { return *compiled_; }
  bool ready() const { return compiled_ != nullptr; }

  // Raw JSON of each file, kept so that the tables can be rebuilt after
  // entries are added.
  std::map<std::string, std::string> sources;
  // Extra people and organizations (the shipped dataset's).
  struct Extra {
    std::vector<Person> people;
    std::vector<GazOrganization> organizations;
    std::vector<std::vector<std::string>> organization_aliases;
  } extra;

  std::shared_ptr<const detail::Compiled> compiled_;
};

struct GazetteerLoad {
  Gazetteer gazetteer;
  std::vector<std::string> errors;  // "people.json: people[3].roles[0].from: \"2024-13\" is not a date"
  bool ok() const { return errors.empty(); }
};

// Reads every file of the gazetteer folder (countries.json, places.json,
// people.json, organizations.json, org_types.json, mechanisms.json,
// titles.json, cues.json, lexicon.json, glossary.json, names.json).
GazetteerLoad load_gazetteer(const std::string& dir);
// The same from file texts keyed by file name (for builds that embed them).
GazetteerLoad load_gazetteer_from_texts(const std::map<std::string, std::string>& files);
// Adds a dataset's people and organizations as extra entries (those whose
// name the gazetteer already has merge their aliases) and rebuilds the tables.
void add_dataset_entries(Gazetteer& g, const Dataset& d);

}  // namespace accord
