#pragma once
// Where a writer looks whether the user stopped it: at the start, between sections and at
// every row (a stop_token's check is one atomic load), so a long ledger stops at once.

#include <stop_token>

#include "core/cancellation.hpp"

namespace polku::reports {

// Throws Cancelled once a stop is requested on `stop`.
inline void throw_if_stopped(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw Cancelled();
    }
}

}  // namespace polku::reports
