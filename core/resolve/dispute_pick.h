// Sources disagree, the user picks one: the disputed value becomes the
// event's own, and the value it replaces is kept as a dispute with the
// source that gave it, so nothing is lost and the pick can be made again
// the other way. One event in, one event out: the caller makes it one
// undoable change.
#pragma once
#include <string>

#include "model.h"

namespace accord {

// The fields a dispute can be picked for: date, type, place, figure.
bool can_pick_dispute(const Dispute& dispute);

// `event` with event.disputed[index]'s value made its own. A date, type or
// place replaces the event's; for a figure, the source's count moves ahead
// of the other count of the same thing (both stay, each with its source).
// The replaced value becomes a dispute of the source that gave it (the one
// that made it the event's, else the event's first source), and the
// picked source's report of the field is marked as the one that made it.
// False (with `why`) when there is no such dispute or its value cannot be read.
bool pick_dispute(const Event& event, size_t index, Event& out, std::string& why);

}  // namespace accord
