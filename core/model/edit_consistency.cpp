#include "edit_consistency.h"

#include <algorithm>

namespace accord {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Same day, month or year as written; how it was obtained does not matter.
bool same_calendar_date(const Date& a, const Date& b) { return a.precision == b.precision && a.iso() == b.iso(); }

}  // namespace

FollowingEdits edits_following_event(const Dataset& d, const Event& before, const Event& after,
                                     const std::vector<std::string>& skip_agreements,
                                     const std::vector<std::string>& skip_people) {
  FollowingEdits out;
  if (same_calendar_date(before.date, after.date) || after.id.empty()) return out;
  const std::string moved = " " + before.date.iso() + " \u2192 " + after.date.iso();

  for (const Agreement& a : d.agreements) {
    if (contains(skip_agreements, a.id)) continue;
    Agreement changed = a;
    bool any = false;
    for (AgreementStatus& s : changed.history) {
      if (s.event != after.id || !s.date || !same_calendar_date(*s.date, before.date)) continue;
      s.date = after.date;
      any = true;
      out.descriptions.push_back("agreement \"" + a.title + "\": " + to_string(s.action) + moved);
    }
    if (any) out.agreements.push_back(std::move(changed));
  }

  // Only roles the event's own sources dated (before or after the edit).
  std::vector<std::string> sources = before.sources;
  sources.insert(sources.end(), after.sources.begin(), after.sources.end());
  if (sources.empty()) return out;
  for (const Person& p : d.people) {
    if (contains(skip_people, p.id)) continue;
    Person changed = p;
    bool any = false;
    for (Role& r : changed.roles) {
      if (!r.from || !same_calendar_date(*r.from, before.date) || !contains(sources, r.source)) continue;
      r.from = after.date;
      any = true;
      out.descriptions.push_back(p.name + ": role \"" + r.title + "\" from" + moved);
    }
    if (any) out.people.push_back(std::move(changed));
  }
  return out;
}

}  // namespace accord
