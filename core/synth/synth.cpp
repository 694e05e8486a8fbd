#include "synth.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace accord {

namespace {

// --- randomness: xoshiro256** seeded by splitmix64; integers only ----------

class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (uint64_t& s : s_) {
      seed += 0x9E3779B97F4A7C15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      s = z ^ (z >> 31);
    }
  }
  uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n), n > 0.
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1))); }
  bool percent(uint32_t p) { return below(100) < p; }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[below(static_cast<uint32_t>(v.size()))];
  }
  // Skewed towards the front: the smaller of two uniform draws.
  uint32_t front_heavy(uint32_t n) { return std::min(below(n), below(n)); }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Picks an index with probability proportional to integer weights.
class Weighted {
 public:
  explicit Weighted(const std::vector<uint32_t>& weights) {
    uint64_t sum = 0;
    for (uint32_t w : weights) cumulative_.push_back(sum += w);
  }
  size_t operator()(Rng& rng) const {
    const uint64_t x = rng.next() % cumulative_.back();
    return std::upper_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin();
  }

 private:
  std::vector<uint64_t> cumulative_;
};

enum Lang { En, Fr, Vi };
const char* const kLangCode[] = {"en", "fr", "vi"};

// --- reference tables ----------------------------------------------------------

struct CountryInfo {
  const char* id;
  int numeric;
  const char* name;     // English
  const char* name_fr;  // as used after "le/la": "le Laos" -> "Laos"
  const char* name_vi;
  uint32_t weight;  // share of events: a Zipf-like skew
  const char* ministry;
  const char* police;
  std::vector<const char*> cities;
  std::vector<const char*> given, family;  // name parts for people
  std::vector<const char*> extra_aliases;
};

const std::vector<CountryInfo>& partners() {
  static const std::vector<CountryInfo> k = {
      {"LAO",
       418,
       "Laos",
       "Laos",
       "Lào",
       300,
       "Ministry of Public Security of Laos",
       "Lao People's Security Force",
       {"Vientiane", "Luang Prabang", "Savannakhet", "Pakse"},
       {"Vilay", "Somsak", "Khamphao", "Bounmy", "Sengphet", "Thongsavanh"},
       {"Phommavong", "Lakhamphong", "Sisoulath", "Keomany", "Vongsa"},
       {"Lao PDR", "Lao People's Democratic Republic"}},
      {"KHM",
       116,
       "Cambodia",
       "Cambodge",
       "Campuchia",
       220,
       "Ministry of Interior of Cambodia",
       "Cambodian National Police",
       {"Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville"},
       {"Sok", "Dara", "Vannak", "Sophal", "Chantha"},
       {"Kheng", "Sovann", "Chea", "Hun", "Prak"},
       {"Kingdom of Cambodia", "Kampuchea"}},
      {"CHN",
       156,
       "China",
       "Chine",
       "Trung Quốc",
       160,
       "Ministry of Public Security of China",
       "China Coast Guard",
       {"Beijing", "Kunming", "Nanning", "Guangzhou"},
       {"Wei", "Jun", "Hao", "Min", "Xiaoping"},
       {"Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"},
       {"People's Republic of China", "PRC"}},
      {"THA",
       764,
       "Thailand",
       "Thaïlande",
       "Thái Lan",
       110,
       "Ministry of Interior of Thailand",
       "Royal Thai Police",
       {"Bangkok", "Chiang Mai", "Udon Thani"},
       {"Somchai", "Kittirat", "Prayut", "Anutin", "Surachate"},
       {"Srisuk", "Chaiyasit", "Phanphet", "Wongsawat"},
       {"Kingdom of Thailand", "Siam"}},
      {"IDN",
       360,
       "Indonesia",
       "Indonésie",
       "Indonesia",
       90,
       "Coordinating Ministry for Political and Security Affairs of Indonesia",
       "Indonesian National Police",
       {"Jakarta", "Bali", "Surabaya", "Batam"},
       {"Budi", "Agus", "Listyo", "Dedi", "Wahyu"},
       {"Santoso", "Prabowo", "Sigit", "Gunawan", "Hidayat"},
       {"Republic of Indonesia"}},
      {"RUS",
       643,
       "Russia",
       "Russie",
       "Nga",
       70,
       "Ministry of Internal Affairs of Russia",
       "Federal Security Service of Russia",
       {"Moscow", "Vladivostok", "Saint Petersburg"},
       {"Vladimir", "Sergei", "Alexander", "Dmitry"},
       {"Kolokoltsev", "Ivanov", "Petrov", "Smirnov"},
       {"Russian Federation"}},
      {"KOR",
       410,
       "South Korea",
       "Corée du Sud",
       "Hàn Quốc",
       60,
       "Ministry of the Interior and Safety of Korea",
       "Korean National Police Agency",
       {"Seoul", "Busan", "Incheon"},
       {"Min-jun", "Seo-yeon", "Ji-hoon", "Yoon"},
       {"Kim", "Lee", "Park", "Choi"},
       {"Republic of Korea", "Korea"}},
      {"JPN",
       392,
       "Japan",
       "Japon",
       "Nhật Bản",
       55,
       "National Public Safety Commission of Japan",
       "National Police Agency of Japan",
       {"Tokyo", "Osaka", "Yokohama"},
       {"Hiroshi", "Takeshi", "Kenji", "Yuki"},
       {"Sato", "Suzuki", "Takahashi", "Tanaka"},
       {}},
      {"USA",
       840,
       "United States",
       "États-Unis",
       "Hoa Kỳ",
       50,
       "Department of Homeland Security of the United States",
       "Federal Bureau of Investigation",
       {"Washington", "New York", "Honolulu"},
       {"John", "Michael", "Sarah", "David"},
       {"Smith", "Johnson", "Brown", "Miller"},
       {"United States of America", "USA", "US"}},
      {"AUS",
       36,
       "Australia",
       "Australie",
       "Úc",
       40,
       "Department of Home Affairs of Australia",
       "Australian Federal Police",
       {"Canberra", "Sydney", "Melbourne"},
       {"James", "Olivia", "Andrew", "Reece"},
       {"Kershaw", "Wilson", "Taylor", "Clarke"},
       {"Commonwealth of Australia"}},
      {"SGP",
       702,
       "Singapore",
       "Singapour",
       "Singapore",
       35,
       "Ministry of Home Affairs of Singapore",
       "Singapore Police Force",
       {"Singapore"},
       {"Wei Ming", "Kok Hwa", "Shanmugam", "Hoong"},
       {"Tan", "Lim", "Ng", "K."},
       {"Republic of Singapore"}},
      {"MYS",
       458,
       "Malaysia",
       "Malaisie",
       "Malaysia",
       30,
       "Ministry of Home Affairs of Malaysia",
       "Royal Malaysia Police",
       {"Kuala Lumpur", "Putrajaya", "Penang"},
       {"Ahmad", "Razarudin", "Saifuddin", "Aminah"},
       {"Husain", "Ismail", "Nasution", "Rahman"},
       {}},
      {"PHL",
       608,
       "Philippines",
       "Philippines",
       "Philippines",
       25,
       "Department of the Interior and Local Government of the Philippines",
       "Philippine National Police",
       {"Manila", "Cebu", "Davao"},
       {"Jose", "Maria", "Benjamin", "Rommel"},
       {"Santos", "Reyes", "Abalos", "Marbil"},
       {"Republic of the Philippines"}},
      {"MMR",
       104,
       "Myanmar",
       "Birmanie",
       "Myanmar",
       22,
       "Ministry of Home Affairs of Myanmar",
       "Myanmar Police Force",
       {"Naypyidaw", "Yangon", "Mandalay"},
       {"Aung", "Kyaw", "Soe", "Thein"},
       {"Win", "Htun", "Myint", "Naing"},
       {"Burma"}},
      {"IND",
       356,
       "India",
       "Inde",
       "Ấn Độ",
       20,
       "Ministry of Home Affairs of India",
       "Central Bureau of Investigation",
       {"New Delhi", "Mumbai"},
       {"Rajesh", "Amit", "Priya", "Sanjay"},
       {"Kumar", "Sharma", "Singh", "Gupta"},
       {"Republic of India"}},
      {"FRA",
       250,
       "France",
       "France",
       "Pháp",
       16,
       "Ministry of the Interior of France",
       "French National Police",
       {"Paris", "Lyon", "Marseille"},
       {"Jean", "Gérald", "Hélène", "François"},
       {"Dupont", "Martin", "Lefèvre", "Darmanin"},
       {"French Republic", "République française"}},
      {"GBR",
       826,
       "United Kingdom",
       "Royaume-Uni",
       "Anh",
       14,
       "Home Office of the United Kingdom",
       "National Crime Agency",
       {"London", "Manchester"},
       {"Graeme", "Emma", "Oliver", "Charlotte"},
       {"Biggar", "Jones", "Evans", "Hughes"},
       {"UK", "Britain", "Great Britain"}},
      {"DEU",
       276,
       "Germany",
       "Allemagne",
       "Đức",
       12,
       "Federal Ministry of the Interior of Germany",
       "Federal Criminal Police Office",
       {"Berlin", "Wiesbaden"},
       {"Jürgen", "Holger", "Nancy", "Klaus"},
       {"Müller", "Schmidt", "Faeser", "Münch"},
       {"Federal Republic of Germany"}},
      {"CUB",
       192,
       "Cuba",
       "Cuba",
       "Cuba",
       10,
       "Ministry of the Interior of Cuba",
       "National Revolutionary Police of Cuba",
       {"Havana", "Santiago de Cuba"},
       {"Lázaro", "Alberto", "Yoandra", "Ernesto"},
       {"Álvarez", "Pérez", "Rodríguez", "Casas"},
       {"Republic of Cuba"}},
  };
  return k;
}

struct City {
  const char* en;
  const char* vi;
};
const std::vector<City>& vietnam_cities() {
  static const std::vector<City> k = {
      {"Hanoi", "Hà Nội"},      {"Ho Chi Minh City", "Thành phố Hồ Chí Minh"},
      {"Da Nang", "Đà Nẵng"},   {"Hai Phong", "Hải Phòng"},
      {"Can Tho", "Cần Thơ"},   {"Dien Bien Phu", "Điện Biên Phủ"},
      {"Lang Son", "Lạng Sơn"}, {"Ha Long", "Hạ Long"},
      {"Hue", "Huế"},           {"Nha Trang", "Nha Trang"},
  };
  return k;
}

struct TopicWords {
  const char* id;
  uint32_t weight;
  const char* en;
  const char* fr;
  const char* vi;
};
const std::vector<TopicWords>& topics() {
  static const std::vector<TopicWords> k = {
      {"drugs", 250, "drug trafficking", "trafic de drogue", "tội phạm ma túy"},
      {"cybercrime", 150, "cybercrime", "cybercriminalité", "tội phạm công nghệ cao"},
      {"human_trafficking", 120, "human trafficking", "traite des êtres humains", "mua bán người"},
      {"smuggling", 100, "smuggling", "contrebande", "buôn lậu"},
      {"information_sharing", 100, "information sharing", "échange d'informations", "trao đổi thông tin"},
      {"border_control", 90, "border management", "gestion des frontières", "quản lý biên giới"},
      {"fraud", 80, "online fraud", "fraude en ligne", "lừa đảo trực tuyến"},
      {"training", 70, "police training", "formation des policiers", "đào tạo cán bộ"},
      {"terrorism", 50, "terrorism", "terrorisme", "khủng bố"},
      {"illegal_migration", 45, "illegal migration", "migration illégale", "xuất nhập cảnh trái phép"},
      {"money_laundering", 40, "money laundering", "blanchiment d'argent", "rửa tiền"},
      {"fugitives", 35, "fugitive tracking", "recherche des fugitifs", "truy bắt đối tượng truy nã"},
      {"extradition", 25, "extradition", "extradition", "dẫn độ"},
      {"gambling", 25, "illegal gambling", "jeux d'argent illégaux", "đánh bạc trái phép"},
      {"social_order", 20, "social order", "ordre social", "trật tự xã hội"},
      {"peacekeeping", 15, "UN peacekeeping", "maintien de la paix", "gìn giữ hòa bình"},
      {"illegal_fishing", 12, "illegal fishing", "pêche illégale", "khai thác hải sản bất hợp pháp"},
      {"traffic_control", 10, "traffic safety", "sécurité routière", "trật tự an toàn giao thông"},
      {"covid19", 8, "COVID-19 prevention", "prévention du COVID-19", "phòng, chống dịch COVID-19"},
      {"id_management", 6, "identity management", "gestion de l'identité", "quản lý căn cước"},
  };
  return k;
}

// Vietnamese name parts: {ASCII, with diacritics}.
struct NamePart {
  const char* ascii;
  const char* native;
};
const std::vector<NamePart> kViFamily = {
    {"Nguyen", "Nguyễn"}, {"Tran", "Trần"}, {"Le", "Lê"}, {"Pham", "Phạm"}, {"Hoang", "Hoàng"},
    {"Huynh", "Huỳnh"},   {"Phan", "Phan"}, {"Vu", "Vũ"}, {"Vo", "Võ"},     {"Dang", "Đặng"},
    {"Bui", "Bùi"},       {"Do", "Đỗ"},     {"Ho", "Hồ"}, {"Ngo", "Ngô"},   {"Duong", "Dương"},
    {"Luong", "Lương"},   {"To", "Tô"}};
const std::vector<NamePart> kViMiddle = {{"Van", "Văn"},   {"Thi", "Thị"},     {"Duc", "Đức"}, {"Minh", "Minh"},
                                         {"Quoc", "Quốc"}, {"Thanh", "Thanh"}, {"Huu", "Hữu"}, {"Xuan", "Xuân"},
                                         {"Cong", "Công"}, {"Ngoc", "Ngọc"},   {"Tam", "Tam"}, {"Dinh", "Đình"}};
const std::vector<NamePart> kViGiven = {{"Tam", "Tâm"},     {"Quang", "Quang"}, {"Lam", "Lâm"},     {"Hung", "Hùng"},
                                        {"Dung", "Dũng"},   {"Hai", "Hải"},     {"Long", "Long"},   {"Son", "Sơn"},
                                        {"Tuan", "Tuấn"},   {"Hoa", "Hòa"},     {"Binh", "Bình"},   {"Cuong", "Cường"},
                                        {"Thang", "Thắng"}, {"Phuc", "Phúc"},   {"Nam", "Nam"},     {"Trung", "Trung"},
                                        {"Hieu", "Hiếu"},   {"Linh", "Linh"},   {"Huong", "Hương"}, {"Lan", "Lan"},
                                        {"Khang", "Khang"}, {"Vinh", "Vĩnh"},   {"Tien", "Tiến"},   {"Nghia", "Nghĩa"}};

struct EventTypeWords {
  EventType type;
  uint32_t weight;
};
const std::vector<EventTypeWords> kTypes = {{EventType::Talks, 30},
                                            {EventType::Visit, 20},
                                            {EventType::Conference, 15},
                                            {EventType::Dialogue, 10},
                                            {EventType::MinisterialMeeting, 10},
                                            {EventType::Signing, 8},
                                            {EventType::JointOperation, 5},
                                            {EventType::Other, 2}};

const char* const kMonthEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthFr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

const std::vector<std::vector<const char*>> kPublishers = {
    {"Vietnam News Agency", "VnExpress International", "Vietnam Plus", "Public Security News"},
    {"Le Courrier du Vietnam", "Vietnam+ (français)"},
    {"Báo Công an Nhân dân", "Báo Nhân Dân", "VnExpress", "Tuổi Trẻ"}};

constexpr int kFirstYear = 1995, kLastYear = 2026;

std::string number(long long n) { return std::to_string(n); }

std::string padded_id(const char* prefix, size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%07zu", prefix, n);
  return buf;
}

std::string date_words(const Date& d, Lang lang) {
  const std::string y = number(d.year);
  switch (lang) {
    case En:
      if (d.precision == DatePrecision::Year) return "in " + y;
      if (d.precision == DatePrecision::Month) return std::string("in ") + kMonthEn[d.month - 1] + " " + y;
      return "on " + number(d.day) + " " + kMonthEn[d.month - 1] + " " + y;
    case Fr:
      if (d.precision == DatePrecision::Year) return "en " + y;
      if (d.precision == DatePrecision::Month) return std::string("en ") + kMonthFr[d.month - 1] + " " + y;
      return "le " + number(d.day) + " " + kMonthFr[d.month - 1] + " " + y;
    case Vi:
      if (d.precision == DatePrecision::Year) return "năm " + y;
      if (d.precision == DatePrecision::Month) return "tháng " + number(d.month) + "/" + y;
      return "ngày " + number(d.day) + "/" + number(d.month) + "/" + y;
  }
  return y;
}

std::string ordinal_en(int n) {
  const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                       : n % 10 == 1                    ? "st"
                       : n % 10 == 2                    ? "nd"
                       : n % 10 == 3                    ? "rd"
                                                        : "th";
  return number(n) + suffix;
}

const char* topic_words(const TopicWords& t, Lang lang) { return lang == En ? t.en : lang == Fr ? t.fr : t.vi; }
const char* partner_name(const CountryInfo& c, Lang lang) {
  return lang == En ? c.name : lang == Fr ? c.name_fr : c.name_vi;
}

// --- the generator -----------------------------------------------------------

class Synthesizer {
 public:
  Synthesizer(size_t events, uint64_t seed)
      : rng_(seed),
        events_(events),
        partner_pick_(weights_of_partners()),
        topic_pick_(weights_of_topics()),
        type_pick_(weights_of_types()),
        year_pick_(weights_of_years()) {}

  Dataset run() {
    d_.title = "Synthetic dataset: " + number(static_cast<long long>(events_)) + " events";
    d_.home_country = "VNM";
    make_countries();
    make_organizations();
    make_mechanisms();
    make_role_sources();
    make_people();
    make_agreements();
    d_.events.reserve(events_);
    for (size_t i = 0; i < events_; ++i) make_event(i);
    return std::move(d_);
  }

 private:
  static std::vector<uint32_t> weights_of_partners() {
    std::vector<uint32_t> w;
    for (const CountryInfo& c : partners()) w.push_back(c.weight);
    return w;
  }
  static std::vector<uint32_t> weights_of_topics() {
    std::vector<uint32_t> w;
    for (const TopicWords& t : topics()) w.push_back(t.weight);
    return w;
  }
  static std::vector<uint32_t> weights_of_types() {
    std::vector<uint32_t> w;
    for (const EventTypeWords& t : kTypes) w.push_back(t.weight);
    return w;
  }
  // Cooperation grows over time: quadratic in the year.
  static std::vector<uint32_t> weights_of_years() {
    std::vector<uint32_t> w;
    for (int y = kFirstYear; y <= kLastYear; ++y) w.push_back(static_cast<uint32_t>((y - 1988) * (y - 1988)));
    return w;
  }

  Date random_date(DatePrecision precision) {
    Date d;
    d.year = kFirstYear + static_cast<int>(year_pick_(rng_));
    d.precision = precision;
    if (precision != DatePrecision::Year) d.month = rng_.between(1, 12);
    if (precision == DatePrecision::Day) d.day = rng_.between(1, days_in_month(d.year, d.month));
    return d;
  }

  void make_countries() {
    Country vn{
        "VNM", "Vietnam", 704, {"Viet Nam", "Việt Nam", "Socialist Republic of Vietnam"}, {"Vietnamese", "vietnamien"}};
    d_.countries.push_back(vn);
    for (const CountryInfo& c : partners()) {
      Country k;
      k.id = c.id;
      k.name = c.name;
      k.iso_numeric = c.numeric;
      if (std::string(c.name_fr) != c.name) k.aliases.push_back(c.name_fr);
      if (std::string(c.name_vi) != c.name) k.aliases.push_back(c.name_vi);
      for (const char* a : c.extra_aliases) k.aliases.push_back(a);
      d_.countries.push_back(k);
    }
  }

  void make_organizations() {
    d_.organizations.push_back({"org-mps-vn",
                                "Ministry of Public Security of Vietnam",
                                "ministry",
                                "VNM",
                                "",
                                {"MPS", "Bộ Công an", "Bo Cong an", "ministère de la Sécurité publique du Vietnam"}});
    const std::vector<std::array<const char*, 4>> departments = {
        {"org-c04", "Drug-Related Crime Investigation Police Department (C04)", "department",
         "Cục Cảnh sát điều tra tội phạm về ma túy"},
        {"org-a05", "Department of Cybersecurity and High-Tech Crime Prevention (A05)", "department",
         "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"},
        {"org-c02", "Criminal Police Department (C02)", "department", "Cục Cảnh sát hình sự"},
        {"org-immigration", "Immigration Department", "department", "Cục Quản lý xuất nhập cảnh"},
        {"org-foreign-relations", "Foreign Relations Department", "department", "Cục Đối ngoại"},
        {"org-border-guard", "Vietnam Border Guard", "military", "Bộ đội Biên phòng"},
        {"org-dien-bien-police", "Dien Bien Provincial Police", "police", "Công an tỉnh Điện Biên"},
        {"org-lang-son-police", "Lang Son Provincial Police", "police", "Công an tỉnh Lạng Sơn"},
        {"org-quang-ninh-police", "Quang Ninh Provincial Police", "police", "Công an tỉnh Quảng Ninh"},
        {"org-an-giang-police", "An Giang Provincial Police", "police", "Công an tỉnh An Giang"},
    };
    for (const auto& dep : departments)
      d_.organizations.push_back(
          {dep[0], dep[1], dep[2], "VNM", dep[2] == std::string("military") ? "" : "org-mps-vn", {dep[3]}});
    vn_orgs_ = d_.organizations.size();
    for (const CountryInfo& c : partners()) {
      std::string lower = c.id;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](char ch) { return static_cast<char>(ch + 32); });
      d_.organizations.push_back({"org-ministry-" + lower, c.ministry, "ministry", c.id, "", {}});
      d_.organizations.push_back({"org-police-" + lower, c.police, "police", c.id, "org-ministry-" + lower, {}});
    }
  }

  void make_mechanisms() {
    d_.mechanisms = {
        {"mech-interpol",
         "INTERPOL",
         "International Criminal Police Organization",
         "multilateral",
         {"Interpol", "ICPO"}},
        {"mech-aseanapol", "ASEANAPOL", "ASEAN Chiefs of National Police", "regional_forum", {}},
        {"mech-ammtc", "AMMTC", "ASEAN Ministerial Meeting on Transnational Crime", "regional_forum", {}},
        {"mech-somtc", "SOMTC", "ASEAN Senior Officials Meeting on Transnational Crime", "regional_forum", {}},
        {"mech-ammd", "AMMD", "ASEAN Ministerial Meeting on Drug Matters", "regional_forum", {}},
        {"mech-asean", "ASEAN", "Association of Southeast Asian Nations", "regional_forum", {"ANASE"}},
        {"mech-un-peacekeeping", "UN peacekeeping", "United Nations peacekeeping operations", "multilateral", {}},
    };
    for (size_t k = 0; k < 5; ++k) {
      const CountryInfo& c = partners()[k];
      d_.mechanisms.push_back({std::string("mech-hotline-") + c.id,
                               std::string("Vietnam-") + c.name + " crime hotline",
                               std::string("Direct hotline between the police of Vietnam and ") + c.name,
                               "hotline",
                               {}});
    }
  }

  // Roles cite a handful of directory sources.
  void make_role_sources() {
    for (int k = 0; k < 3; ++k) {
      Source s;
      s.id = "src-directory-" + number(k + 1);
      s.title = k == 0   ? "Ministry of Public Security leadership directory"
                : k == 1 ? "Annuaire des forces de sécurité de l'ASEAN"
                         : "Danh bạ lãnh đạo Bộ Công an";
      s.language = kLangCode[k == 0 ? En : k == 1 ? Fr : Vi];
      s.publisher = "Synthetic";
      d_.sources.push_back(s);
    }
  }

  void make_people() {
    const size_t count = std::clamp<size_t>(events_ / 25, 60, 4000);
    people_by_country_.assign(partners().size() + 1, {});
    for (size_t i = 0; i < count; ++i) {
      Person p;
      p.id = padded_id("p", i + 1);
      // Half are Vietnamese; the rest follow the partners' skew.
      const size_t country = rng_.percent(50) ? 0 : 1 + partner_pick_(rng_);
      if (country == 0) {
        const NamePart& f = rng_.pick(kViFamily);
        const NamePart& m = rng_.pick(kViMiddle);
        const NamePart& g = rng_.pick(kViGiven);
        p.name = std::string(f.ascii) + " " + m.ascii + " " + g.ascii;
        p.native_name = std::string(f.native) + " " + m.native + " " + g.native;
        if (rng_.percent(20)) p.aliases.push_back(std::string(f.native) + " " + g.native);
        p.country = "VNM";
      } else {
        const CountryInfo& c = partners()[country - 1];
        p.name = std::string(rng_.pick(c.given)) + " " + rng_.pick(c.family);
        p.country = c.id;
      }
      make_roles(p, country);
      people_by_country_[country].push_back(d_.people.size());
      d_.people.push_back(std::move(p));
    }
    // Every country needs someone to meet.
    for (size_t c = 0; c < people_by_country_.size(); ++c)
      if (people_by_country_[c].empty()) people_by_country_[c].push_back(c == 0 ? 0 : people_by_country_[0][0]);
  }

  void make_roles(Person& p, size_t country) {
    static const std::vector<const char*> kViTitles = {
        "Minister of Public Security",
        "Deputy Minister of Public Security",
        "Director of the Criminal Police Department",
        "Director of the Drug-Related Crime Investigation Police Department",
        "Director of the Foreign Relations Department",
        "Deputy Director of the Immigration Department",
        "Provincial Police Chief"};
    static const std::vector<const char*> kPartnerTitles = {
        "Minister of the Interior",        "Deputy Minister of Public Security", "Chief of National Police",
        "Deputy Chief of National Police", "Director General of Immigration",    "Head of the Anti-Narcotics Bureau"};
    static const std::vector<const char*> kRanks = {"General", "Lieutenant General", "Major General", "Colonel", ""};
    const int roles = rng_.between(1, 3);
    int year = rng_.between(1990, 2018);
    for (int k = 0; k < roles; ++k) {
      Role r;
      r.title = country == 0 ? rng_.pick(kViTitles) : rng_.pick(kPartnerTitles);
      r.rank = rng_.pick(kRanks);
      r.organization = country == 0 ? d_.organizations[rng_.below(static_cast<uint32_t>(vn_orgs_))].id
                                    : d_.organizations[vn_orgs_ + 2 * (country - 1) + rng_.below(2)].id;
      Date from;
      from.year = year;
      from.month = rng_.between(1, 12);
      from.precision = DatePrecision::Month;
      r.from = from;
      year += rng_.between(2, 8);
      if (k + 1 < roles || rng_.percent(40)) {
        Date to;
        to.year = std::max(year, from.year + 1);
        to.month = rng_.between(1, 12);
        to.precision = DatePrecision::Month;
        r.to = to;
      }
      r.source = d_.sources[rng_.below(3)].id;
      p.roles.push_back(std::move(r));
    }
  }

  void make_agreements() {
    static const std::vector<std::pair<AgreementKind, const char*>> kKinds = {
        {AgreementKind::MoU, "Memorandum of Understanding"},
        {AgreementKind::Agreement, "Agreement"},
        {AgreementKind::Plan, "Cooperation Plan"},
        {AgreementKind::Minutes, "Minutes"},
        {AgreementKind::Treaty, "Treaty"}};
    const size_t count = std::clamp<size_t>(events_ / 40, 8, 25000);
    agreements_by_partner_.assign(partners().size(), {});
    std::vector<std::pair<int, size_t>> by_date;
    for (size_t i = 0; i < count; ++i) {
      Agreement a;
      a.id = padded_id("ag", i + 1);
      const size_t partner = partner_pick_(rng_);
      const CountryInfo& c = partners()[partner];
      const TopicWords& t = topics()[topic_pick_(rng_)];
      a.parties = {"VNM", c.id};
      a.organizations = {"org-mps-vn", d_.organizations[vn_orgs_ + 2 * partner].id};
      const std::vector<size_t>& earlier = agreements_by_partner_[partner];
      const Date signed_on = random_date(DatePrecision::Day);
      if (!earlier.empty() && rng_.percent(25)) {  // lineage: a protocol amending an earlier agreement
        const size_t base = earlier[rng_.below(static_cast<uint32_t>(earlier.size()))];
        Agreement& b = d_.agreements[base];
        a.kind = AgreementKind::Protocol;
        a.title = "Protocol amending the " + b.title;
        a.amends = b.id;
        // The amendment follows the base agreement's last step.
        Date on = b.history.back().date ? *b.history.back().date : signed_on;
        on.year = std::min(kLastYear, on.year + rng_.between(1, 4));
        if (on.precision == DatePrecision::Day) on.day = std::min(on.day, days_in_month(on.year, on.month));
        a.history.push_back({AgreementAction::Signed, on, "", d_.sources[0].id});
        b.history.push_back({AgreementAction::Amended, on, "", d_.sources[0].id});
      } else if (rng_.percent(20)) {
        a.kind = AgreementKind::MoU;
        a.title =
            std::string("Bản ghi nhớ hợp tác phòng, chống ") + t.vi + " giữa Bộ Công an Việt Nam và " + c.ministry;
        a.history.push_back({AgreementAction::Signed, signed_on, "", d_.sources[2].id});
      } else {
        const auto& kind = kKinds[rng_.below(static_cast<uint32_t>(kKinds.size()))];
        a.kind = kind.first;
        a.title = std::string(kind.second) + " between the Ministry of Public Security of Vietnam and the " +
                  c.ministry + " on cooperation against " + t.en;
        a.history.push_back({AgreementAction::Signed, signed_on, "", d_.sources[0].id});
      }
      agreements_by_partner_[partner].push_back(d_.agreements.size());
      d_.agreements.push_back(std::move(a));
    }
  }

  const Source& source_for_event(const Date& date) {
    // An article often reports two events: reuse the last one 40% of the time.
    if (!d_.sources.empty() && d_.sources.size() > 3 && rng_.percent(40)) return d_.sources.back();
    Source s;
    s.id = padded_id("src", d_.sources.size() - 2);
    const uint32_t roll = rng_.below(100);
    const Lang lang = roll < 50 ? En : roll < 65 ? Fr : Vi;
    s.language = kLangCode[lang];
    s.publisher = rng_.pick(kPublishers[lang]);
    Date published = date;
    published.basis = DateBasis::Stated;
    published.reason.clear();
    s.published = published;
    s.title = "Report " + number(static_cast<long long>(d_.sources.size() - 2));
    d_.sources.push_back(std::move(s));
    return d_.sources.back();
  }

  size_t pick_person(size_t country) {
    const std::vector<size_t>& pool = people_by_country_[country];
    return pool[rng_.front_heavy(static_cast<uint32_t>(pool.size()))];  // a few people appear often
  }

  void make_event(size_t i) {
    Event e;
    e.id = padded_id("ev", i + 1);
    e.type = kTypes[type_pick_(rng_)].type;
    const uint32_t precision_roll = rng_.below(100);
    e.date = random_date(precision_roll < 88   ? DatePrecision::Day
                         : precision_roll < 96 ? DatePrecision::Month
                                               : DatePrecision::Year);
    if (rng_.percent(15)) {
      static const std::vector<std::pair<DateBasis, const char*>> kBases = {
          {DateBasis::Weekday, "the report names the weekday; the year is the one where that date fell on it"},
          {DateBasis::PublicationDate, "no year given: taken from the article's publication date"},
          {DateBasis::Context, "the year follows from other facts in the report"}};
      const auto& basis = kBases[rng_.below(3)];
      e.date.basis = basis.first;
      e.date.reason = basis.second;
    }
    if (e.date.year == kLastYear && e.date.month >= 7) e.status = "planned";

    const Source& source = source_for_event(e.date);
    const Lang lang = source.language == "fr" ? Fr : source.language == "vi" ? Vi : En;
    e.sources = {source.id};

    const size_t partner = partner_pick_(rng_);
    const CountryInfo& p = partners()[partner];
    e.countries = {"VNM", p.id};
    std::vector<size_t> partner_list = {partner};
    if ((e.type == EventType::Conference || e.type == EventType::MinisterialMeeting) && rng_.percent(30)) {
      for (int k = rng_.between(1, 3); k > 0; --k) {
        const size_t extra = partner_pick_(rng_);
        if (std::find(partner_list.begin(), partner_list.end(), extra) != partner_list.end()) continue;
        partner_list.push_back(extra);
        e.countries.push_back(partners()[extra].id);
      }
    }

    // Where: mostly in Vietnam or the partner's country, some online.
    std::string city;
    const uint32_t where = rng_.below(100);
    if (where < 5) {
      e.location.is_virtual = true;
    } else if (where < 55) {
      const City& c = rng_.pick(vietnam_cities());
      city = lang == Vi ? c.vi : c.en;
      e.location = {city, "VNM", false};
    } else {
      city = rng_.pick(p.cities);
      e.location = {city, p.id, false};
    }
    const std::string place = city.empty() ? (lang == Vi ? "trực tuyến" : lang == Fr ? "en ligne" : "online") : city;

    // Topics: 1-4, skewed.
    const int topic_count = 1 + static_cast<int>(topic_count_pick_(rng_));
    std::vector<size_t> topic_list;
    for (int k = 0; k < topic_count * 2 && static_cast<int>(topic_list.size()) < topic_count; ++k) {
      const size_t t = topic_pick_(rng_);
      if (std::find(topic_list.begin(), topic_list.end(), t) == topic_list.end()) topic_list.push_back(t);
    }
    for (size_t t : topic_list) e.topics.push_back(topics()[t].id);
    const TopicWords& t1 = topics()[topic_list[0]];
    const TopicWords& t2 = topics()[topic_list.size() > 1 ? topic_list[1] : topic_list[0]];

    // People: a Vietnamese host and one to three others.
    const size_t host = pick_person(0);
    const size_t guest = pick_person(1 + partner);
    e.participants.push_back({d_.people[host].id, role_text(d_.people[host], e.date), "host"});
    e.participants.push_back({d_.people[guest].id, role_text(d_.people[guest], e.date), "guest"});
    if (rng_.percent(40)) {
      const size_t other = pick_person(rng_.percent(50) ? 0 : 1 + partner);
      if (other != host && other != guest)
        e.participants.push_back({d_.people[other].id, "", e.type == EventType::Signing ? "signatory" : "delegate"});
    }
    e.organizations = {"org-mps-vn", d_.organizations[vn_orgs_ + 2 * partner + rng_.below(2)].id};
    if (rng_.percent(30)) {
      const std::string& dep = d_.organizations[1 + rng_.below(static_cast<uint32_t>(vn_orgs_ - 1))].id;
      if (std::find(e.organizations.begin(), e.organizations.end(), dep) == e.organizations.end())
        e.organizations.push_back(dep);
    }

    // Agreements signed or reviewed.
    const std::vector<size_t>& ags = agreements_by_partner_[partner];
    if (!ags.empty() && (e.type == EventType::Signing || rng_.percent(10))) {
      const size_t a = ags[rng_.below(static_cast<uint32_t>(ags.size()))];
      e.agreements.push_back({d_.agreements[a].id, e.type == EventType::Signing ? AgreementAction::Signed
                                                   : rng_.percent(50)           ? AgreementAction::Reviewed
                                                                                : AgreementAction::Implemented});
    }
    if (rng_.percent(25)) {
      const size_t m = rng_.below(static_cast<uint32_t>(d_.mechanisms.size()));
      const bool hotline_of_other =
          d_.mechanisms[m].kind == "hotline" && d_.mechanisms[m].id != std::string("mech-hotline-") + p.id;
      if (!hotline_of_other) e.mechanisms.push_back(d_.mechanisms[m].id);
    }

    const Person& h = d_.people[host];
    const Person& g = d_.people[guest];
    const std::string host_name = lang == Vi && !h.native_name.empty() ? h.native_name : h.name;
    const std::string guest_name = lang == Vi && !g.native_name.empty() ? g.native_name : g.name;
    e.title = title(e.type, lang, p, t1, place, static_cast<int>(i % 12) + 1);
    e.summary = summary(lang, e.date, place, host_name, guest_name, p, t1, t2);

    for (int k = static_cast<int>(commitment_count_pick_(rng_)); k > 0; --k) {
      const TopicWords& t = topics()[topic_list[rng_.below(static_cast<uint32_t>(topic_list.size()))]];
      e.commitments.push_back({commitment(lang, t), {t.id}});
    }
    if (rng_.percent(e.type == EventType::JointOperation ? 80 : 10))
      e.figures.push_back(figure(lang, e.date, source.id));
    d_.events.push_back(std::move(e));
  }

  std::string role_text(const Person& p, const Date& on) {
    if (rng_.percent(30)) return "";
    const int day = on.sort_key();
    for (const Role& r : p.roles)
      if (r.held_on(day)) return r.title;
    return p.roles.empty() ? "" : p.roles.back().title;
  }

  std::string title(EventType type, Lang lang, const CountryInfo& p, const TopicWords& t, const std::string& place,
                    int nth) {
    const std::string P = partner_name(p, lang), T = topic_words(t, lang);
    switch (lang) {
      case En:
        switch (type) {
          case EventType::Talks:
            return "Vietnam and " + P + " hold talks on " + T;
          case EventType::Dialogue:
            return ordinal_en(nth) + " Vietnam-" + P + " security dialogue";
          case EventType::MinisterialMeeting:
            return "Vietnam-" + P + " ministerial meeting on " + T;
          case EventType::Conference:
            return "Conference on " + T + " cooperation between Vietnam and " + P;
          case EventType::Visit:
            return P + " police delegation visits " + place;
          case EventType::Signing:
            return "Vietnam and " + P + " sign a deal on " + T;
          case EventType::JointOperation:
            return "Joint operation against " + T + " on the Vietnam-" + P + " border";
          case EventType::Other:
            return "Vietnam-" + P + " cooperation on " + T;
        }
        break;
      case Fr:
        switch (type) {
          case EventType::Talks:
            return "Entretiens entre le Vietnam et " + P + " sur " + T;
          case EventType::Dialogue:
            return number(nth) + "e dialogue de sécurité Vietnam-" + P;
          case EventType::MinisterialMeeting:
            return "Réunion ministérielle Vietnam-" + P + " : " + T;
          case EventType::Conference:
            return "Conférence Vietnam-" + P + " sur la coopération contre " + T;
          case EventType::Visit:
            return "Une délégation de la police de " + P + " en visite à " + place;
          case EventType::Signing:
            return "Le Vietnam et " + P + " signent un accord : " + T;
          case EventType::JointOperation:
            return "Opération conjointe Vietnam-" + P + " : " + T;
          case EventType::Other:
            return "Coopération Vietnam-" + P + " : " + T;
        }
        break;
      case Vi:
        switch (type) {
          case EventType::Talks:
            return "Hội đàm giữa Bộ Công an Việt Nam và " + P + " về " + T;
          case EventType::Dialogue:
            return "Đối thoại an ninh Việt Nam - " + P + " lần thứ " + number(nth);
          case EventType::MinisterialMeeting:
            return "Hội nghị Bộ trưởng Việt Nam - " + P + " về " + T;
          case EventType::Conference:
            return "Hội nghị hợp tác phòng, chống " + T + " giữa Việt Nam và " + P;
          case EventType::Visit:
            return "Đoàn công tác " + P + " thăm và làm việc tại " + place;
          case EventType::Signing:
            return "Việt Nam và " + P + " ký kết thỏa thuận về " + T;
          case EventType::JointOperation:
            return "Phối hợp triệt phá đường dây " + T + " tại biên giới Việt Nam - " + P;
          case EventType::Other:
            return "Hợp tác Việt Nam - " + P + " về " + T;
        }
        break;
    }
    return T;
  }

  std::string summary(Lang lang, const Date& date, const std::string& place, const std::string& host,
                      const std::string& guest, const CountryInfo& p, const TopicWords& t1, const TopicWords& t2) {
    const std::string when = date_words(date, lang);
    const std::string cases = number(rng_.between(3, 480));
    const std::string since = number(std::max(kFirstYear, date.year - rng_.between(1, 10)));
    switch (lang) {
      case En:
        return (rng_.percent(50) ? "Meeting in " + place + " " + when + ", " + host + " and " + guest
                                 : std::string(1, static_cast<char>(std::toupper(when[0]))) + when.substr(1) + ", " +
                                       host + " received " + guest + " in " + place) +
               ". The two sides reviewed cooperation against " + t1.en + " and " + t2.en + "; since " + since +
               " their forces have handled " + cases + " joint cases.";
      case Fr:
        return std::string(1, static_cast<char>(std::toupper(when[0]))) + when.substr(1) + ", à " + place + ", " +
               host + " a reçu " + guest + " (" + p.name_fr +
               "). Les deux parties ont passé en revue la coopération contre " + t1.fr + " et " + t2.fr + " ; depuis " +
               since + ", " + cases + " affaires ont été traitées conjointement.";
      case Vi:
        return std::string(when[0] == 'n' && when[1] == 'g' ? "Ngày"
                           : when[0] == 't'                 ? "Tháng"
                                                            : "Năm") +
               when.substr(when.find(' ')) + ", tại " + place + ", " + host + " đã tiếp " + guest +
               ". Hai bên đánh giá kết quả hợp tác phòng, chống " + t1.vi + " và " + t2.vi + "; từ năm " + since +
               " đến nay, lực lượng hai nước đã phối hợp điều tra " + cases + " vụ án.";
    }
    return "";
  }

  std::string commitment(Lang lang, const TopicWords& t) {
    const std::string n = number(rng_.between(2, 60));
    switch (rng_.below(3)) {
      case 0:
        return lang == En   ? std::string("Exchange intelligence on ") + t.en + " every quarter"
               : lang == Fr ? std::string("Échanger des renseignements sur ") + t.fr + " chaque trimestre"
                            : std::string("Trao đổi thông tin về ") + t.vi + " hằng quý";
      case 1:
        return lang == En   ? "Train " + n + " officers in " + t.en + " investigation"
               : lang == Fr ? "Former " + n + " officiers aux enquêtes sur " + t.fr
                            : "Đào tạo " + n + " cán bộ về điều tra " + t.vi;
      default:
        return lang == En   ? std::string("Set up a joint task force on ") + t.en
               : lang == Fr ? std::string("Créer une équipe commune sur ") + t.fr
                            : std::string("Thành lập tổ công tác chung về ") + t.vi;
    }
  }

  Figure figure(Lang lang, const Date& date, const std::string& source) {
    static const std::vector<const char*> kDrugs = {"heroin", "methamphetamine", "MDMA", "ketamine", "cannabis"};
    Figure f;
    f.source = source;
    f.period = number(date.year);
    switch (rng_.below(3)) {
      case 0:
        f.quantity = rng_.between(1, 2000) / 2.0;
        f.unit = "kg";
        f.what = lang == En   ? std::string(rng_.pick(kDrugs)) + " seized"
                 : lang == Fr ? std::string(rng_.pick(kDrugs)) + " saisis"
                              : std::string(rng_.pick(kDrugs)) + " bị thu giữ";
        break;
      case 1:
        f.quantity = rng_.between(2, 900);
        f.unit = "suspects";
        f.what = lang == En ? "suspects arrested" : lang == Fr ? "suspects arrêtés" : "đối tượng bị bắt giữ";
        break;
      default:
        f.quantity = rng_.between(1, 300);
        f.unit = "joint cases";
        f.what = lang == En   ? "cases investigated jointly"
                 : lang == Fr ? "affaires traitées conjointement"
                              : "vụ án phối hợp điều tra";
    }
    return f;
  }

  Rng rng_;
  size_t events_;
  Weighted partner_pick_, topic_pick_, type_pick_, year_pick_;
  Weighted topic_count_pick_{{50, 30, 15, 5}};    // 1-4 topics per event
  Weighted commitment_count_pick_{{40, 40, 20}};  // 0-2 commitments
  Dataset d_;
  size_t vn_orgs_ = 0;                                  // Vietnamese organizations come first; then two per partner
  std::vector<std::vector<size_t>> people_by_country_;  // 0 = Vietnam, then partners
  std::vector<std::vector<size_t>> agreements_by_partner_;
};

}  // namespace

Dataset synthesize(size_t events, uint64_t seed) { return Synthesizer(events, seed).run(); }

}  // namespace accord
