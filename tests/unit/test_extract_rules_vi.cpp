// Extraction rules for Vietnamese, one small article per rule. Every article
// here is invented for the test (written for the project, in our own words).
#include <catch2/catch.hpp>
#include <set>

#include "extract.h"
#include "extract_fixtures.h"
#include "fixtures.h"

using namespace accord;

namespace {

ExtractedDraft run(const std::string& text) { return extract_for_test(text); }

std::set<std::string> people(const ExtractedDraft& d) {
  std::set<std::string> r;
  for (const auto& p : d.people) r.insert(p.name);
  return r;
}

}  // namespace

TEST_CASE("rule vi: a suspect's alias in brackets before the age is not a second person", "[extract][rules]") {
  const auto vi = run(
      "date: 2025-06-10\nBắt giữ hai đối tượng\n\nNgày 9/6, lực lượng chức năng đã bắt giữ Vàng Sếnh (còn gọi là Vàng "
      "Sinh), 40 tuổi, và Hờ Pó, 35 tuổi, khi hai người đang vận chuyển ma túy qua biên giới.\n");
  const auto names = people(vi);
  CHECK(names.count("Vang Senh"));
  CHECK(names.count("Ho Po"));
  CHECK_FALSE(names.count("Vang Sinh"));
  CHECK(names.size() == 2);
}

TEST_CASE("rule: a name alone on the last line is the writer's byline, not a participant", "[extract][rules]") {
  const auto vi =
      run("date: 2025-07-02\nHội đàm\n\nNgày 1/7, Đại tá Trịnh Minh Khang, Giám đốc Công an tỉnh Lạng Sơn, đã hội đàm "
          "với đoàn công tác của Công an tỉnh bạn.\n\nLê Thu Hà\n");
  const auto names = people(vi);
  CHECK(names.count("Trinh Minh Khang"));
  CHECK_FALSE(names.count("Le Thu Ha"));
}

TEST_CASE("rule: bodies that sign a document together are its parties, in its title", "[extract][rules]") {
  const auto en = run(
      "date: 2024-09-12\nTalks\n\nHanoi (VNA) - Talks were held on September 11.\nThe Vietnamese Ministry of Public "
      "Security and the Lao Ministry of Public Security signed a memorandum of understanding on training.\n");
  REQUIRE(en.agreements.size() == 1);
  CHECK(en.agreements[0].title.find(" between ") != std::string::npos);
  CHECK(en.agreements[0].title.find("Laos") != std::string::npos);
  const auto fr = run(
      "date: 2024-09-12\nEntretien\n\nHanoï (VNA) - Le 11 septembre, le ministère vietnamien de la Sécurité publique "
      "et le ministère lao de la Sécurité publique ont signé un plan de coopération pour 2025.\n");
  REQUIRE(fr.agreements.size() == 1);
  CHECK(fr.agreements[0].title.find(" between ") != std::string::npos);
  const auto vi = run(
      "date: 2024-09-12\nHội đàm\n\nNgày 11/9, tại Hà Nội, Bộ Công an Việt Nam và Bộ An ninh Lào đã ký kết Biên bản "
      "ghi nhớ về hợp tác đào tạo.\n");
  REQUIRE(vi.agreements.size() == 1);
  CHECK(vi.agreements[0].title.find(" between ") != std::string::npos);
  CHECK(vi.agreements[0].title.find(" (Biên bản") != std::string::npos);
  // bodies not one on each side of the "and" are not named as the parties
  const auto mixed =
      run("date: 2024-09-12\nTalks\n\nHanoi (VNA) - The Vietnamese Ministry of Public Security and the Lao Ministry of "
          "Public Security held talks on September 11 and signed a memorandum of understanding on training.\n");
  REQUIRE(mixed.agreements.size() == 1);
  CHECK(mixed.agreements[0].title.find(" between ") == std::string::npos);
}

TEST_CASE("rule: a name after a long title that names a body, its acronym in brackets", "[extract][rules]") {
  const auto en = run(
      "date: 2024-10-03\nDialogue\n\nHanoi (VNA) - Deputy Minister Tran Van Khoa and Acting Director of the Office of "
      "Border and Maritime Enforcement Affairs (BMEA) Anna Whitfield co-chaired the dialogue on October 2.\n");
  bool found = false;
  for (const auto& p : en.people)
    if (p.name == "Anna Whitfield") {
      found = true;
      CHECK(p.title.find("(BMEA)") != std::string::npos);
    }
  CHECK(found);
  const auto plain = run(
      "date: 2024-10-03\nDialogue\n\nHanoi (VNA) - Director of the Bureau of Border Enforcement Affairs Anna Whitfield "
      "met the delegation on October 2.\n");
  std::set<std::string> names;
  for (const auto& p : plain.people) names.insert(p.name);
  CHECK(names.count("Anna Whitfield"));
  CHECK(names.size() == 1);
}

TEST_CASE("rule: a name after 'son homologue', 'his counterpart', 'người đồng cấp' is a person", "[extract][rules]") {
  auto has = [](const ExtractedDraft& d, const std::string& name, const std::string& country) {
    for (const auto& p : d.people)
      if (p.name == name) return country.empty() || p.country == country;
    return false;
  };
  const auto fr = run(
      "date: 2024-05-03\nDialogue\n\nHanoï (VNA) - Le dialogue s'est tenu le 2 mai à Hanoï, sous la coprésidence du "
      "vice-ministre Tran Van Khoa et de son homologue thaïlandais Somchai Rattanakul.\n");
  CHECK(has(fr, "Somchai Rattanakul", "Thailand"));
  const auto en =
      run("date: 2024-05-03\nTalks\n\nHanoi (VNA) - Deputy Minister Tran Van Khoa held talks with his Lao counterpart "
          "Somsak Vongsavath in Hanoi on May 2.\n");
  CHECK(has(en, "Somsak Vongsavath", "Laos"));
  const auto vi = run(
      "date: 2024-05-03\nHội đàm\n\nNgày 2/5, tại Hà Nội, Thứ trưởng Trần Văn Khoa đã hội đàm với người đồng cấp Lào "
      "Somsak Vongsavath.\n");
  CHECK(has(vi, "Somsak Vongsavath", "Laos"));
}

TEST_CASE("rule vi: a border guard post named by its gate is a unit in lower case too, an unnamed one is not",
          "[extract][rules]") {
  auto posts = [](const ExtractedDraft& d) {
    int n = 0;
    for (const auto& o : d.organizations) n += o.name.rfind("Border Guard Station", 0) == 0;
    return n;
  };
  const auto named =
      run("date: 2024-05-03\nBắt giữ\n\nNgày 2/5, đồn biên phòng cửa khẩu Tà Lùng phối hợp với Công an tỉnh Cao Bằng "
          "bắt giữ một đối tượng.\n");
  CHECK(posts(named) == 1);
  const auto unnamed =
      run("date: 2024-05-03\nTuần tra\n\nNgày 2/5, các đồn biên phòng trên tuyến biên giới đã phối hợp tuần tra. Đồn "
          "biên phòng cũng tuyên truyền cho người dân.\n");
  CHECK(posts(unnamed) == 0);
}

TEST_CASE("rule: a page's text ends at its 'Related' or 'Tin liên quan' line", "[extract][rules]") {
  auto has_org = [](const ExtractedDraft& d, const std::string& part) {
    for (const auto& o : d.organizations)
      if (o.name.find(part) != std::string::npos) return true;
    return false;
  };
  const auto en = run(
      "date: 2025-02-11\nFugitive handed over\n\nHanoi (VNA) - Vietnamese police on February 10 handed over a wanted "
      "man to the Korean National Police Agency at Noi Bai airport.\nThe man had fled in 2023.\n\nRelated\n\nThe "
      "Australian Federal Police trained officers in Da Nang.\n");
  CHECK(has_org(en, "Korean National Police Agency"));
  CHECK_FALSE(has_org(en, "Australian Federal Police"));
  const auto vi = run(
      "date: 2025-02-11\nBàn giao\n\nNgày 10/2, Công an tỉnh Lào Cai đã bàn giao một đối tượng truy nã cho phía bạn "
      "tại cửa khẩu.\nĐối tượng bỏ trốn từ năm 2023.\n\nTin liên quan\n\nCông an tỉnh Cao Bằng bắt giữ hai đối "
      "tượng.\n");
  CHECK(has_org(vi, "Lao Cai"));
  CHECK_FALSE(has_org(vi, "Cao Bang"));
}
