#pragma once
// `polku-cli demo`: a realistic sample built on the OSKU project of the seeds (S10873,
// Oulunkaaren kuntayhtymä, 1.4.2009–29.2.2012), generated deterministically so that its
// monitoring report over the whole project shows the seed's final figures.

#include <cstddef>

namespace polku::db {
class Database;
}

namespace polku::app {

struct DemoFigures {
    std::size_t people = 0;
    std::size_t events = 0;
    std::size_t sessions = 0;
    std::size_t attendance = 0;
    std::size_t activities = 0;
};

// Writes the sample through the importers in one transaction (all or nothing). Running it
// again changes nothing. Throws DatabaseError; an InputErrors would be a bug in the sample.
DemoFigures load_demo(db::Database& db);

}  // namespace polku::app
