#include "reports/cell_text.hpp"

#include "core/quantity.hpp"

namespace polku::reports {

namespace {

// Groups the digits before the decimal separator by three: Finnish with a no-break space,
// English with a comma.
std::string group_thousands(std::string text, Language language) {
    const char decimal = language == Language::fi ? ',' : '.';
    const std::string group = language == Language::fi ? "\u00a0" : ",";
    std::size_t end = text.find(decimal);
    if (end == std::string::npos) {
        end = text.size();
    }
    const std::size_t begin = (!text.empty() && text[0] == '-') ? 1 : 0;
    for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(end) - 3;
         i > static_cast<std::ptrdiff_t>(begin); i -= 3) {
        text.insert(static_cast<std::size_t>(i), group);
    }
    return text;
}

}  // namespace

std::string cell_text(const Cell& cell, Language language) {
    const char decimal = language == Language::fi ? ',' : '.';
    struct Visitor {
        Language language;
        char decimal;
        std::string operator()(const Empty&) const { return {}; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t v) const {
            return group_thousands(std::to_string(v), language);
        }
        std::string operator()(Hundredths h) const {
            return group_thousands(format_fixed(h.value, 2, decimal), language);
        }
        std::string operator()(Tenths t) const {
            return group_thousands(format_fixed(t.value, 1, decimal), language);
        }
        std::string operator()(TenThousandths t) const {
            return group_thousands(format_fixed(t.value, 4, decimal), language);
        }
        std::string operator()(const Date& d) const {
            return language == Language::fi ? format_fi_date(d) : format_iso_date(d);
        }
    };
    return std::visit(Visitor{language, decimal}, cell);
}

bool is_numeric(const Cell& cell) {
    return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<Hundredths>(cell) ||
           std::holds_alternative<Tenths>(cell) || std::holds_alternative<TenThousandths>(cell);
}

}  // namespace polku::reports
