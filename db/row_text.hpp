#pragma once
// A column of a row read without knowing its type (db/ internal): as text, which both
// backends accept back for any column type when bound, and which JSON can carry.

#include <soci/soci.h>

#include <string>

namespace polku::db {

std::string column_text(const soci::row& row, std::size_t column);

}  // namespace polku::db
