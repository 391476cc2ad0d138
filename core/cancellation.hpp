#pragma once
// Long work stopped by the user (an import, a report). Thrown where the work checks its
// std::stop_token, so that the transaction rolls back and a half-written file is removed:
// stopping is not an error of the input, and nothing of the work is left behind.

#include "core/error.hpp"

namespace polku {

class Cancelled : public PolkuError {
  public:
    Cancelled();  // "cancelled: nothing was written"
};

}  // namespace polku
