#include "db/row_text.hpp"

#include <cstdio>
#include <ctime>

namespace polku::db {

std::string column_text(const soci::row& row, std::size_t i) {
    switch (row.get_properties(i).get_data_type()) {
        case soci::dt_string:
        case soci::dt_xml:
        case soci::dt_blob:
            return row.get<std::string>(i);
        case soci::dt_integer:
            return std::to_string(row.get<int>(i));
        case soci::dt_long_long:
            return std::to_string(row.get<long long>(i));
        case soci::dt_unsigned_long_long:
            return std::to_string(row.get<unsigned long long>(i));
        case soci::dt_double: {
            char text[64];
            std::snprintf(text, sizeof text, "%.17g", row.get<double>(i));
            return text;
        }
        case soci::dt_date: {
            const std::tm t = row.get<std::tm>(i);
            char text[32];
            std::snprintf(text, sizeof text, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1,
                          t.tm_mday);
            return text;
        }
    }
    return {};
}

}  // namespace polku::db
