#include "dispute_pick.h"

#include <algorithm>

#include "fact_merge.h"

namespace accord {

bool can_pick_dispute(const Dispute& dispute) {
  return dispute.field == "date" || dispute.field == "type" || dispute.field == "place" || dispute.field == "figure";
}

namespace {

// Moves the figure `picked` states ahead of the count it disputes, which
// goes to `replaced` (the event's count until now). False when either is missing.
bool put_figure_first(Event& e, const Dispute& picked, Figure& replaced, std::string& why) {
  const auto mine = std::find_if(e.figures.begin(), e.figures.end(), [&](const Figure& f) {
    return f.source == picked.source && reported_figure_text(f) == picked.value;
  });
  if (mine == e.figures.end()) {
    why = "event " + e.id + " has no figure \"" + picked.value + "\" from source " + picked.source;
    return false;
  }
  const auto other = std::find_if(e.figures.begin(), e.figures.end(), [&](const Figure& f) {
    return f.source != picked.source && f.unit == mine->unit && f.what == mine->what;
  });
  if (other == e.figures.end()) {
    why = "no other source of event " + e.id + " counts " + mine->what;
    return false;
  }
  replaced = *other;
  if (mine > other) std::rotate(other, mine, std::next(mine));
  return true;
}

}  // namespace

bool pick_dispute(const Event& event, size_t index, Event& out, std::string& why) {
  if (index >= event.disputed.size()) {
    why = "event " + event.id + " has no such disputed value";
    return false;
  }
  const Dispute picked = event.disputed[index];
  Event e = event;
  std::string previous;  // the value the pick replaces, as the disputes write it
  std::string holder;    // the source that gave it
  if (picked.field == "date") {
    const std::optional<Date> date = Date::parse(picked.value);
    if (!date) {
      why = "\"" + picked.value + "\" is not a date";
      return false;
    }
    previous = e.date.iso();
    e.date = *date;
  } else if (picked.field == "type") {
    const std::optional<EventType> type = event_type_from_string(picked.value);
    if (!type) {
      why = "\"" + picked.value + "\" is not an event type";
      return false;
    }
    previous = to_string(e.type);
    e.type = *type;
  } else if (picked.field == "place") {
    previous = reported_place_text(e.location);
    Location l = reported_place(picked.value);
    if (l.country.empty()) l.country = e.location.country;
    e.location = l;
  } else if (picked.field == "figure") {
    Figure replaced;
    if (!put_figure_first(e, picked, replaced, why)) return false;
    previous = reported_figure_text(replaced);
    holder = replaced.source;
  } else {
    why = "a disputed " + picked.field + " cannot be picked";
    return false;
  }
  if (holder.empty()) {
    // The source whose report made the value the event's, else the first source.
    const auto maker = std::find_if(e.reported.begin(), e.reported.end(), [&](const ReportedFact& r) {
      return r.field == picked.field && r.value == previous && r.added && r.source != picked.source;
    });
    holder = maker != e.reported.end() ? maker->source : e.sources.empty() ? picked.source : e.sources.front();
    for (ReportedFact& r : e.reported)
      if (r.field == picked.field) r.added = r.source == picked.source && r.value == picked.value;
  }
  // The picked value is the event's now, for every source that gave it.
  e.disputed.erase(std::remove_if(e.disputed.begin(), e.disputed.end(),
                                  [&](const Dispute& d) {
                                    return d.field == picked.field && d.value == picked.value &&
                                           (picked.field != "figure" || d.source == picked.source);
                                  }),
                   e.disputed.end());
  const Dispute kept_aside{picked.field, previous, holder};
  const bool have = std::any_of(e.disputed.begin(), e.disputed.end(), [&](const Dispute& d) {
    return d.field == kept_aside.field && d.value == kept_aside.value && d.source == kept_aside.source;
  });
  if (!have && previous != picked.value) e.disputed.push_back(kept_aside);
  out = std::move(e);
  return true;
}

}  // namespace accord
