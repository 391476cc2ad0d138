#pragma once
// A table of text as a database holds it (none for NULL), named: what a person's export is
// made of, written by reports/ without either side knowing the other's types.

#include <optional>
#include <string>
#include <vector>

namespace polku {

struct TextTable {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

}  // namespace polku
