#pragma once
// The transcript use case: one person's training record across every project.

#include <optional>
#include <string>

#include "core/transcript.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct TranscriptRequest {
    std::string employee_id;
    std::optional<Date> from;
    std::optional<Date> to;
};

// Throws InputError for an unknown person or a period that ends before it starts,
// DatabaseError.
Transcript transcript(db::Database& db, const TranscriptRequest& request);

}  // namespace polku::app
