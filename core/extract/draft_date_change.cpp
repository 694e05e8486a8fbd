#include "draft_date_change.h"

namespace accord {

std::vector<std::string> change_draft_date(ExtractedDraft& draft, const Date& date) {
  std::vector<std::string> followed;
  const std::optional<Date> before = draft.date.date;
  draft.date.date = date;
  if (!before || before->iso() == date.iso()) return followed;
  for (DraftAgreement& a : draft.agreements) {
    if (!a.date || a.date->iso() != before->iso()) continue;
    a.date = date;
    followed.push_back(a.title.empty() ? a.title_original : a.title);
  }
  return followed;
}

}  // namespace accord
