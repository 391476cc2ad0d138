#pragma once
// Finding a stored competence by the ID number a file gives, and its framework's where that
// number is in two frameworks (db/ internal). Every file that names competences uses it, so
// they all say the same thing about a missing or ambiguous one.

#include <soci/soci.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace polku::db::import {

class CompetenceLookup {
  public:
    // Loads every stored competence once.
    explicit CompetenceLookup(soci::session& sql);

    // The competence's id, or 0 after adding an error on `column` (and `framework_column`
    // for an unknown framework) of `line`.
    long long find(const std::string& competence, const std::optional<std::string>& framework,
                   std::size_t line, ErrorList& errors, const std::string& column = "competence",
                   const std::string& framework_column = "framework") const;

    // "OECD-1 (Self-direction)": how messages and reports name a competence.
    std::string describe(long long id) const;

  private:
    struct Stored {
        std::string framework;
        long long id = 0;
    };
    std::map<std::string, std::vector<Stored>> m_by_number;
    std::map<long long, std::string> m_names;
    std::set<std::string> m_frameworks;
};

}  // namespace polku::db::import
