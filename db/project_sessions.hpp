#pragma once
// A project's sessions by id, read once before its attendance: an attendance row then needs
// only its numbers (the counting read and the ledger's).

#include <soci/soci.h>

#include <unordered_map>

#include "core/counting_input.hpp"

namespace polku::db {

struct SessionFacts {
    EventKey event;
    Date date;
    Kind kind;
    int length;  // minutes that count for a present mark
    int start;   // minutes since midnight
    int end;
};

std::unordered_map<long long, SessionFacts> load_sessions(soci::session& sql, long long project_id);

}  // namespace polku::db
