// Realistic synthetic datasets for tests and benchmarks.
#pragma once
#include <cstddef>
#include <cstdint>

#include "model.h"

namespace accord {

// The most events `accord synth` writes (about 1.5 KB of JSON each).
inline constexpr size_t kSynthMaxEvents = 5000000;

// A dataset of `events` events around Vietnam's bilateral security
// cooperation: ~19 partner countries with a Zipf-like skew (Laos, Cambodia
// and China first), skewed topics and event types, dates 1995-2026 growing
// over time, a few thousand people with role histories (Vietnamese names
// with diacritics), organizations, mechanisms, agreements that amend one
// another, and titles, summaries and commitments in English, French and
// Vietnamese following each event's source language.
//
// Deterministic: the same (events, seed) gives the same dataset on every
// platform (own PRNG and integer-only arithmetic). It passes validate().
Dataset synthesize(size_t events, uint64_t seed);

}  // namespace accord
