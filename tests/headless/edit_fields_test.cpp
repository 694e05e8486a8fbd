// The Edit sheet through the widget hook, at phone and desktop sizes:
// every kind of field of an event, an agreement, a person, a source and an
// organization is changed by taps and typing, saved as one change, checked
// in the dataset and its JSON, and undone. Pick lists search folded text
// and create a missing record inline; a refused save keeps the typing; a
// new event date carries the agreement acts and roles dated with it.
#include <algorithm>
#include <cfloat>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dataset_json.h"
#include "headless_app.h"
#include "imgui.h"

using namespace atlas::testing;

namespace {

const char* kFixture = ACCORD_TEST_FIXTURES "/small.json";

const atlas::WidgetRect* find_widget(HeadlessApp& app, const std::string& name) {
  const auto& widgets = app.state().stats().widgets;
  const auto it = widgets.find(name);
  return it == widgets.end() ? nullptr : &it->second;
}

// Scrolls the form until `name` is drawn whole (rows below the fold are
// not drawn), down first, then up.
bool reveal(HeadlessApp& app, const std::string& name) {
  ImGuiIO& io = ImGui::GetIO();
  const float ratio = app.state().stats().pixel_ratio;
  // The form scrolls, else the page's pane with the record (its Edit button).
  const atlas::WidgetRect* page = find_widget(app, "edit");
  for (const auto& [n, r] : app.state().stats().widgets)
    if (!page && n.rfind("edit:", 0) == 0) page = &r;
  const float page_x = page ? page->x + 4 : io.DisplaySize.x * 0.5f / ratio;
  for (float direction : {-1.0f, 1.0f}) {
    for (int i = 0; i < 60; ++i) {
      const atlas::WidgetRect* w = find_widget(app, name);
      const atlas::WidgetRect* form = find_widget(app, "edit:form");
      if (w && !w->clipped) return true;
      // Rows reach past the form's sides (clipped there): their height counts.
      if (w && form && w->y >= form->y && w->y + w->height <= form->y + form->height + 0.5f) return true;
      const ImVec2 centre = form ? ImVec2(form->x + form->width * 0.5f, form->y + form->height * 0.5f)
                                 : ImVec2(page_x, io.DisplaySize.y * 0.5f / ratio);
      io.MousePos = ImVec2(centre.x * ratio, centre.y * ratio);
      io.MouseWheel = direction * 2.0f;
      app.frames(1);
      io.MouseWheel = 0;
      app.frames(1);
    }
  }
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  return find_widget(app, name) != nullptr;
}

bool tap(HeadlessApp& app, const std::string& name) {
  INFO("tap " << name);
  return reveal(app, name) && app.tap(name);
}

// Focuses a text field, selects what it holds (Ctrl+A) and types `text` over it.
void type_into(HeadlessApp& app, const std::string& name, const std::string& text) {
  INFO("type into " << name);
  REQUIRE(tap(app, name));
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_A] = 'A';
  io.KeyCtrl = true;
  io.KeysDown['A'] = true;
  app.frames(1);
  io.KeysDown['A'] = false;
  io.KeyCtrl = false;
  app.frames(1);
  io.AddInputCharactersUTF8(text.c_str());
  app.frames(2);
}

// Opens the pick list `name`, types `typed` and taps the option `id`.
void pick(HeadlessApp& app, const std::string& name, const std::string& typed, const std::string& id) {
  INFO("pick " << id << " in " << name << " by typing " << typed);
  REQUIRE(tap(app, name));
  type_into(app, name + ":search", typed);
  REQUIRE(tap(app, name + ":option:" + id));
}

void open_editor(HeadlessApp& app, atlas::View view, const std::string& id, const std::string& button = "edit") {
  INFO("open the editor with " << button);
  app.state().navigate_to(view, id);
  app.frames(4);
  REQUIRE(tap(app, button));
  app.frames(2);
  REQUIRE(find_widget(app, "edit:save"));
}

void save(HeadlessApp& app) {
  REQUIRE(tap(app, "edit:save"));
  app.frames(3);
  CHECK_FALSE(find_widget(app, "edit:save"));  // the sheet closed: saved
}

const accord::Event& event(HeadlessApp& app, const char* id) {
  const accord::Event* e = app.state().dataset().find_event(id);
  REQUIRE(e);
  return *e;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

const std::vector<Screen> kScreens = {kPhone, kDesktop};
std::string screen_name(const Screen& s) { return s.touch ? "phone" : "desktop"; }

}  // namespace

TEST_CASE("the event form edits every field and saves one undoable change", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    const std::string original = accord::dataset_to_json(app.state().dataset());
    open_editor(app, atlas::View::Event, "ev-1");
    CHECK(app.hook()["layout"] == (screen.touch ? "narrow" : "wide"));

    type_into(app, "edit:field:title", "Border talks in Luang Prabang");
    type_into(app, "edit:field:end-date", "2022-03-02");
    REQUIRE(tap(app, "edit:field:type"));
    REQUIRE(tap(app, "edit:field:type:Dialogue"));
    REQUIRE(tap(app, "edit:field:status"));
    REQUIRE(tap(app, "edit:field:status:planned"));
    type_into(app, "edit:field:city", "Luang Prabang");
    pick(app, "edit:field:place-country", "lao pdr", "LAO");
    REQUIRE(tap(app, "edit:field:online"));
    pick(app, "edit:field:part-of", "conference", "ev-2");
    type_into(app, "edit:field:summary", "Talks and a signing.");

    // Partners: Thailand added by its name typed in lower case, then moved up.
    pick(app, "edit:countries:add", "thailand", "THA");
    REQUIRE(tap(app, "edit:countries:2:up"));
    // A participant found with diacritics typed, and one created inline.
    REQUIRE(tap(app, "edit:participants:add"));
    pick(app, "edit:participants:1:person", "Nguyễn thị", "p-nguyen");
    REQUIRE(tap(app, "edit:participants:0:remove"));
    REQUIRE(tap(app, "edit:participants:add"));
    REQUIRE(tap(app, "edit:participants:1:person"));
    type_into(app, "edit:participants:1:person:search", "Trần Văn Bình");
    REQUIRE(tap(app, "edit:participants:1:person:new"));
    type_into(app, "edit:participants:1:role", "Deputy Minister");
    type_into(app, "edit:participants:1:part", "co-chair");
    pick(app, "edit:organizations:add", "border dep", "org-dept");
    REQUIRE(tap(app, "edit:mechanisms:0:remove"));
    REQUIRE(tap(app, "edit:topic:cybercrime"));
    REQUIRE(tap(app, "edit:topic:drugs"));
    // Agreements acted on: the base MoU reviewed, not amended.
    REQUIRE(tap(app, "edit:acts:1:action"));
    REQUIRE(tap(app, "edit:acts:1:action:Reviewed"));
    REQUIRE(tap(app, "edit:commitments:add"));
    type_into(app, "edit:commitments:1:text", "Joint patrols each quarter.");
    REQUIRE(tap(app, "edit:commitments:1:topic:border_control"));
    REQUIRE(tap(app, "edit:figures:add"));
    type_into(app, "edit:figures:1:quantity", "300");
    type_into(app, "edit:figures:1:unit", "suspects");
    type_into(app, "edit:figures:1:what", "suspects arrested");
    type_into(app, "edit:figures:1:period", "2021");
    pick(app, "edit:figures:1:source", "report b", "src-b");
    pick(app, "edit:sources:add", "FIXTURE REPORT B", "src-b");
    save(app);

    const accord::Event& e = event(app, "ev-1");
    CHECK(e.title == "Border talks in Luang Prabang");
    CHECK(e.date.iso() == "2022-03-01");
    REQUIRE(e.end_date);
    CHECK(e.end_date->iso() == "2022-03-02");
    CHECK(e.type == accord::EventType::Dialogue);
    CHECK(e.status == "planned");
    CHECK(e.location.city == "Luang Prabang");
    CHECK(e.location.country == "LAO");
    CHECK(e.location.is_virtual);
    CHECK(e.part_of == "ev-2");
    CHECK(e.summary == "Talks and a signing.");
    CHECK(e.countries == std::vector<std::string>{"VNM", "THA", "LAO"});
    REQUIRE(e.participants.size() == 2);
    CHECK(e.participants[0].person == "p-nguyen");
    CHECK(e.participants[1].person == "p-tran-van-binh");
    CHECK(e.participants[1].role == "Deputy Minister");
    CHECK(e.participants[1].part == "co-chair");
    const accord::Person* created = app.state().find_person("p-tran-van-binh");
    REQUIRE(created);
    CHECK(created->name == "Trần Văn Bình");
    CHECK(e.organizations == std::vector<std::string>{"org-mps", "org-dept"});
    CHECK(e.mechanisms.empty());
    CHECK(has(e.topics, "cybercrime"));
    CHECK_FALSE(has(e.topics, "drugs"));
    REQUIRE(e.agreements.size() == 2);
    CHECK(e.agreements[1].action == accord::AgreementAction::Reviewed);
    REQUIRE(e.commitments.size() == 2);
    CHECK(e.commitments[1].text == "Joint patrols each quarter.");
    CHECK(e.commitments[1].topics == std::vector<std::string>{"border_control"});
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[1].quantity == 300);
    CHECK(e.figures[1].unit == "suspects");
    CHECK(e.figures[1].what == "suspects arrested");
    CHECK(e.figures[1].period == "2021");
    CHECK(e.figures[1].source == "src-b");
    CHECK(e.sources == std::vector<std::string>{"src-a", "src-b"});
    // The saved file says the same.
    const std::string json = accord::dataset_to_json(app.state().dataset());
    CHECK(json.find("\"Border talks in Luang Prabang\"") != std::string::npos);
    CHECK(json.find("\"p-tran-van-binh\"") != std::string::npos);

    // One change, one Undo: the event and the new person go back.
    CHECK(app.state().undo_label() == "Edit event ev-1");
    REQUIRE(app.tap("undo"));
    CHECK(accord::dataset_to_json(app.state().dataset()) == original);
    CHECK_FALSE(app.state().find_person("p-tran-van-binh"));
  }
}

TEST_CASE("a pick list finds folded text and creates a missing agreement inline", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    open_editor(app, atlas::View::Event, "ev-2");
    REQUIRE(tap(app, "edit:participants:0:person"));
    // "dà nẵng" matches nothing a person is called; "HOA" (an alias) does.
    type_into(app, "edit:participants:0:person:search", "HOA");
    CHECK(reveal(app, "edit:participants:0:person:option:p-nguyen"));
    type_into(app, "edit:participants:0:person:search", "nobody at all");
    CHECK_FALSE(find_widget(app, "edit:participants:0:person:option:p-nguyen"));
    CHECK(reveal(app, "edit:participants:0:person:new"));
    // A name the list already has: no "+ New" (no duplicate by mistake).
    type_into(app, "edit:participants:0:person:search", "nguyen thi hoa");
    CHECK(reveal(app, "edit:participants:0:person:option:p-nguyen"));
    CHECK_FALSE(find_widget(app, "edit:participants:0:person:new"));
    REQUIRE(tap(app, "edit:participants:0:person:close"));
    // A person created and then dropped from the form is not saved.
    REQUIRE(tap(app, "edit:participants:add"));
    REQUIRE(tap(app, "edit:participants:1:person"));
    type_into(app, "edit:participants:1:person:search", "Ghost Person");
    REQUIRE(tap(app, "edit:participants:1:person:new"));
    REQUIRE(tap(app, "edit:participants:1:remove"));

    REQUIRE(tap(app, "edit:acts:add"));
    REQUIRE(tap(app, "edit:acts:0:agreement"));
    type_into(app, "edit:acts:0:agreement:search", "Hotline on fraud");
    REQUIRE(tap(app, "edit:acts:0:agreement:new"));
    REQUIRE(tap(app, "edit:acts:0:action"));
    REQUIRE(tap(app, "edit:acts:0:action:Under negotiation"));
    save(app);
    const accord::Event& e = event(app, "ev-2");
    REQUIRE(e.agreements.size() == 1);
    CHECK(e.agreements[0].agreement == "ag-hotline-on-fraud");
    CHECK(e.agreements[0].action == accord::AgreementAction::Negotiating);
    const accord::Agreement* a = app.state().find_agreement("ag-hotline-on-fraud");
    REQUIRE(a);
    CHECK(a->title == "Hotline on fraud");
    CHECK(a->parties == e.countries);
    CHECK_FALSE(app.state().find_person("p-ghost-person"));
    CHECK(e.participants.size() == 1);
  }
}

TEST_CASE("the agreement form edits kind, parties, amends and the dated history", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    open_editor(app, atlas::View::Agreement, "ag-base");
    type_into(app, "edit:field:title", "MoU on border crime (2020)");
    REQUIRE(tap(app, "edit:field:kind"));
    REQUIRE(tap(app, "edit:field:kind:agreement"));
    type_into(app, "edit:field:note", "Renewed every five years.");
    pick(app, "edit:parties:add", "thai", "THA");
    pick(app, "edit:organizations:add", "bo cong an", "org-mps");  // an alias, typed without diacritics
    REQUIRE(tap(app, "edit:history:add"));
    REQUIRE(tap(app, "edit:history:2:action"));
    REQUIRE(tap(app, "edit:history:2:action:Reviewed"));
    type_into(app, "edit:history:2:date", "2023-07-15");
    pick(app, "edit:history:2:event", "conference", "ev-2");
    pick(app, "edit:history:2:source", "report b", "src-b");
    save(app);
    const accord::Agreement* a = app.state().find_agreement("ag-base");
    REQUIRE(a);
    CHECK(a->title == "MoU on border crime (2020)");
    CHECK(a->kind == accord::AgreementKind::Agreement);
    CHECK(a->note == "Renewed every five years.");
    CHECK(a->parties == std::vector<std::string>{"VNM", "LAO", "THA"});
    CHECK(a->organizations == std::vector<std::string>{"org-mps"});
    REQUIRE(a->history.size() == 3);
    CHECK(a->history[2].action == accord::AgreementAction::Reviewed);
    REQUIRE(a->history[2].date);
    CHECK(a->history[2].date->iso() == "2023-07-15");
    CHECK(a->history[2].event == "ev-2");
    CHECK(a->history[2].source == "src-b");

    // The protocol amends the MoU; pointing it at nothing is allowed.
    open_editor(app, atlas::View::Agreement, "ag-protocol");
    REQUIRE(tap(app, "edit:field:amends"));
    REQUIRE(tap(app, "edit:field:amends:none"));
    save(app);
    CHECK(app.state().find_agreement("ag-protocol")->amends.empty());
    app.state().undo();
    CHECK(app.state().find_agreement("ag-protocol")->amends == "ag-base");
  }
}

TEST_CASE("the person form edits names, aliases, nationality and dated roles", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    const std::string original = accord::dataset_to_json(app.state().dataset());
    open_editor(app, atlas::View::Person, "p-nguyen");
    type_into(app, "edit:field:name", "Nguyen Thi Hoa B");
    type_into(app, "edit:field:native-name", "Nguyễn Thị Hoa B");
    type_into(app, "edit:field:aliases", "Hoa\nMrs Hoa");
    pick(app, "edit:field:country", "laos", "LAO");
    type_into(app, "edit:roles:1:to", "2024-01");
    REQUIRE(tap(app, "edit:roles:add"));
    type_into(app, "edit:roles:2:title", "Vice Minister");
    type_into(app, "edit:roles:2:from", "2024-02");
    REQUIRE(tap(app, "edit:roles:2:organization"));
    type_into(app, "edit:roles:2:organization:search", "Bộ Tư pháp");
    REQUIRE(tap(app, "edit:roles:2:organization:new"));
    pick(app, "edit:roles:2:source", "report a", "src-a");
    save(app);
    const accord::Person* p = app.state().find_person("p-nguyen");
    REQUIRE(p);
    CHECK(p->name == "Nguyen Thi Hoa B");
    CHECK(p->native_name == "Nguyễn Thị Hoa B");
    CHECK(p->aliases == std::vector<std::string>{"Hoa", "Mrs Hoa"});
    CHECK(p->country == "LAO");
    REQUIRE(p->roles.size() == 3);
    REQUIRE(p->roles[1].to);
    CHECK(p->roles[1].to->iso() == "2024-01");
    CHECK(p->roles[2].title == "Vice Minister");
    CHECK(p->roles[2].from->iso() == "2024-02");
    CHECK(p->roles[2].organization == "org-bo-tu-phap");
    CHECK(p->roles[2].source == "src-a");
    CHECK(app.state().dataset().find_organization("org-bo-tu-phap")->name == "Bộ Tư pháp");
    REQUIRE(app.tap("undo"));
    CHECK(accord::dataset_to_json(app.state().dataset()) == original);
  }
}

TEST_CASE("sources, organizations and mechanisms are edited from the event's page", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    app.state().navigate_to(atlas::View::Event, "ev-1");
    app.frames(4);
    open_editor(app, atlas::View::Event, "ev-1", "edit:source:src-a");
    type_into(app, "edit:field:title", "Fixture report A, corrected");
    type_into(app, "edit:field:publisher", "Another Wire");
    type_into(app, "edit:field:url", "https://example.org/a");
    REQUIRE(tap(app, "edit:field:language"));
    REQUIRE(tap(app, "edit:field:language:vi"));
    type_into(app, "edit:field:published", "2022-03-03");
    type_into(app, "edit:field:note", "Second edition.");
    save(app);
    const accord::Source* s = app.state().find_source("src-a");
    REQUIRE(s);
    CHECK(s->title == "Fixture report A, corrected");
    CHECK(s->publisher == "Another Wire");
    CHECK(s->url == "https://example.org/a");
    CHECK(s->language == "vi");
    CHECK(s->published->iso() == "2022-03-03");
    CHECK(s->note == "Second edition.");

    open_editor(app, atlas::View::Event, "ev-1", "edit:organization:org-mps");
    type_into(app, "edit:field:kind", "police");
    type_into(app, "edit:field:aliases", "Bo Cong an\nMPS");
    REQUIRE(tap(app, "edit:field:country"));
    REQUIRE(tap(app, "edit:field:country:none"));
    // org-dept is part of org-mps: the other way round is a loop, and Save waits.
    pick(app, "edit:field:parent", "border", "org-dept");
    REQUIRE(tap(app, "edit:save"));
    CHECK(find_widget(app, "edit:save"));
    CHECK(app.state().dataset().find_organization("org-mps")->parent.empty());
    REQUIRE(tap(app, "edit:field:parent"));
    REQUIRE(tap(app, "edit:field:parent:none"));
    save(app);
    const accord::Organization* o = app.state().dataset().find_organization("org-mps");
    CHECK(o->kind == "police");
    CHECK(o->aliases == std::vector<std::string>{"Bo Cong an", "MPS"});
    CHECK(o->country.empty());
    CHECK(o->parent.empty());

    open_editor(app, atlas::View::Event, "ev-1", "edit:mechanism:mech-interpol");
    type_into(app, "edit:field:full-name", "INTERPOL (Lyon)");
    save(app);
    CHECK(app.state().dataset().find_mechanism("mech-interpol")->full_name == "INTERPOL (Lyon)");
  }
}

TEST_CASE("a save the store refuses keeps the form and the typing, with the reason", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    open_editor(app, atlas::View::Event, "ev-1");
    type_into(app, "edit:field:title", "Kept after a refusal");
    type_into(app, "edit:field:end-date", "2021-01-01");  // before the event: validate refuses
    REQUIRE(tap(app, "edit:save"));
    app.frames(4);
    REQUIRE(find_widget(app, "edit:save"));  // the sheet is back
    CHECK(event(app, "ev-1").title == "Border talks in Vientiane");
    type_into(app, "edit:field:end-date", "2022-03-02");
    save(app);
    CHECK(event(app, "ev-1").title == "Kept after a refusal");
  }
}

TEST_CASE("a new event date moves the acts and roles dated with it, in one undo step", "[edit]") {
  for (const Screen& screen : kScreens) {
    INFO(screen_name(screen));
    HeadlessApp app(kFixture, screen);
    app.frames(4);
    const std::string original = accord::dataset_to_json(app.state().dataset());
    open_editor(app, atlas::View::Event, "ev-1");
    type_into(app, "edit:field:date", "2022-03-04");
    CHECK(find_widget(app, "edit:also-changes"));
    save(app);
    CHECK(event(app, "ev-1").date.iso() == "2022-03-04");
    const accord::Agreement* protocol = app.state().find_agreement("ag-protocol");
    CHECK(protocol->history[0].date->iso() == "2022-03-04");
    const accord::Agreement* base = app.state().find_agreement("ag-base");
    CHECK(base->history[0].date->iso() == "2020-05");  // no event: stays
    CHECK(base->history[1].date->iso() == "2022-03-04");
    CHECK(app.state().undo_label() == "Edit event ev-1");
    app.state().undo();
    CHECK(accord::dataset_to_json(app.state().dataset()) == original);
  }
}

namespace {

// Every named control of the sheet, scrolled from top to bottom.
std::map<std::string, atlas::WidgetRect> sheet_widgets(HeadlessApp& app) {
  std::map<std::string, atlas::WidgetRect> seen;
  ImGuiIO& io = ImGui::GetIO();
  const float ratio = app.state().stats().pixel_ratio;
  for (int i = 0; i < 80; ++i) {
    for (const auto& [name, r] : app.state().stats().widgets)
      if (name.rfind("edit:", 0) == 0 && !r.clipped) seen[name] = r;
    const atlas::WidgetRect* form = find_widget(app, "edit:form");
    if (!form) break;
    io.MousePos = ImVec2((form->x + form->width * 0.5f) * ratio, (form->y + form->height * 0.5f) * ratio);
    io.MouseWheel = -2.0f;
    app.frames(1);
    io.MouseWheel = 0;
    app.frames(1);
  }
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  return seen;
}

}  // namespace

TEST_CASE("on a phone every control of every form is a 44 px target inside 390 px", "[edit][touch]") {
  struct Form {
    atlas::View view;
    const char* page;
    const char* button;
    std::vector<const char*> open;  // a pick list and a combo opened, so their rows count too
  };
  const std::vector<Form> forms = {
      {atlas::View::Event, "ev-1", "edit", {"edit:participants:0:person", "edit:field:type"}},
      {atlas::View::Agreement, "ag-base", "edit", {"edit:history:0:action"}},
      {atlas::View::Person, "p-nguyen", "edit", {"edit:roles:0:organization"}},
      {atlas::View::Event, "ev-1", "edit:source:src-a", {"edit:field:language"}},
      {atlas::View::Event, "ev-1", "edit:organization:org-mps", {"edit:field:parent"}},
      {atlas::View::Event, "ev-1", "edit:mechanism:mech-interpol", {}},
  };
  for (const Form& f : forms) {
    INFO(f.page << " " << f.button);
    HeadlessApp app(kFixture, kPhone);
    app.frames(4);
    open_editor(app, f.view, f.page, f.button);
    std::map<std::string, atlas::WidgetRect> seen = sheet_widgets(app);
    for (const char* name : f.open) {
      REQUIRE(tap(app, name));
      for (const auto& [n, r] : app.state().stats().widgets)
        if (n.rfind(name, 0) == 0 && !r.clipped) seen[n] = r;
      app.state().stats().widgets.clear();
    }
    CHECK(seen.size() > 8);
    for (const auto& [name, r] : seen) {
      if (name == "edit:form" || name == "edit:also-changes") continue;
      INFO(name << " at " << r.x << ", " << r.y << ", " << r.width << " x " << r.height);
      CHECK(r.height >= 44.0f - 0.5f);
      CHECK(r.x >= -0.5f);
      CHECK(r.x + r.width <= kPhone.width + 0.5f);
    }
  }
}
