#pragma once
// A report table as writers see it: named columns and typed cells. Writers decide how a
// number, a day figure or a date looks (decimal comma, 15.3.2024, …); the model only says
// what each cell is.

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"

namespace polku::reports {

struct Hundredths {
    std::int64_t value;  // 2028.00 → 202800
};
struct Tenths {
    std::int64_t value;  // 86.2 → 862
};
struct TenThousandths {
    std::int64_t value;  // a day value shown with four decimals: 0.3333 → 3333
};
struct Empty {};

using Cell =
    std::variant<Empty, std::string, std::int64_t, Hundredths, Tenths, TenThousandths, Date>;

enum class RowStyle {
    normal,
    subtotal,  // a person-day in the ledger, a project in the transcript
    total,     // the last row of a table that sums it
};

using RowSink = std::function<void(const std::vector<Cell>& cells, RowStyle style)>;

struct Table {
    std::string name;                  // file-name part: "summary", "targets", …
    std::vector<std::string> columns;  // header, stable identifiers
    std::vector<std::vector<Cell>> rows;
};

}  // namespace polku::reports
