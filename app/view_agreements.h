// The agreements register: a sortable table (kind, title, parties, signed,
// status) and, for one agreement, its lineage (what it amends, what amends
// it), its dated steps and every event that acted on it.
#pragma once
#include <string>
#include <vector>

#include "analytics.h"

namespace atlas {

class AppState;
struct Fonts;

class AgreementsView {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  void refresh(const AppState& state);
  void sort(const AppState& state, accord::AgreementColumn column, bool ascending);
  void draw_table(AppState& state, const Fonts& fonts);
  void draw_cards(AppState& state, const Fonts& fonts);
  void draw_sort_chips(AppState& state);
  void draw_detail(AppState& state, const Fonts& fonts);
  void draw_overview(AppState& state, const Fonts& fonts);

  unsigned data_version_ = ~0u, tallies_version_ = ~0u;
  std::vector<accord::AgreementRow> rows_;
  accord::AgreementColumn column_ = accord::AgreementColumn::Signed;
  bool ascending_ = false;  // newest first
  // The lineage of the agreement shown, recomputed when it changes.
  std::string lineage_of_;
  accord::AgreementLineage lineage_;
  std::string detail_showing_;
};

}  // namespace atlas
