// Not a check: prints every view's named widgets (run it by its tag,
// `accord_ui_tests "[.dump]"`) to see what the layout checks look at.
#include <cstdio>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "views_to_visit.h"

using namespace atlas::testing;

TEST_CASE("dump the named widgets of every view", "[.dump]") {
  for (const Screen& screen : {kDesktop, kPhone, Screen{844, 390, true}}) {
    for (const ViewToVisit& visit : views_to_visit()) {
      HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
      app.frames(2);
      visit.open(app.state());
      app.frames(4);
      const nlohmann::json hook = app.hook();
      std::printf("== %.0fx%.0f %s (%s)\n", screen.width, screen.height, visit.name,
                  hook["view"].get<std::string>().c_str());
      for (const auto& [name, r] : hook["widgets"].items())
        std::printf("  %-40s %7.1f %7.1f %7.1f %7.1f\n", name.c_str(), r[0].get<double>(), r[1].get<double>(),
                    r[2].get<double>(), r[3].get<double>());
    }
  }
}
