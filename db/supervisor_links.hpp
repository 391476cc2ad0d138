#pragma once
// Who reports to whom, as the people table's supervisor column says (db/ internal: SOCI).

#include <soci/soci.h>

#include <vector>

#include "core/reporting_chain.hpp"

namespace polku::db {

std::vector<SupervisorLink> load_supervisor_links(soci::session& sql);

}  // namespace polku::db
