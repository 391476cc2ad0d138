#include "core/csv_columns.hpp"

#include "core/message.hpp"
#include "core/quantity.hpp"
#include "core/text.hpp"
#include "core/time_of_day.hpp"

namespace polku {

namespace {

bool names_column(const ColumnSpec& column, const std::string& lowered_name) {
    if (ascii_lower(column.name) == lowered_name) {
        return true;
    }
    for (const auto& alias : split_list(column.aliases, '|')) {
        if (ascii_lower(alias) == lowered_name) {
            return true;
        }
    }
    return false;
}

std::string expected_columns(std::span<const ColumnSpec> columns) {
    std::string out;
    for (const auto& c : columns) {
        if (!out.empty()) {
            out += ", ";
        }
        out += c.name;
    }
    return out;
}

}  // namespace

HeaderBinding::HeaderBinding(std::span<const ColumnSpec> columns,
                             const std::vector<std::string>& header, ErrorList& errors)
    : m_columns(columns), m_file_index(columns.size(), -1), m_width(header.size()) {
    for (std::size_t f = 0; f < header.size(); ++f) {
        const std::string name = ascii_lower(trim(header[f]));
        if (name.empty()) {
            errors.add(1, message(N_("column {}"), f + 1),
                       translate(N_("the header has an empty column name; every column needs a "
                                    "name")));
            continue;
        }
        bool known = false;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (!names_column(columns[c], name)) {
                continue;
            }
            known = true;
            if (m_file_index[c] >= 0) {
                errors.add(1, name,
                           message(N_("the column appears twice in the header (columns {} and {})"),
                                   m_file_index[c] + 1, f + 1));
                m_readable = false;
            } else {
                m_file_index[c] = static_cast<int>(f);
            }
        }
        if (!known) {
            errors.add(1, std::string(trim(header[f])),
                       message(N_("unknown column; the columns of this file are {}"),
                               expected_columns(columns)));
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && m_file_index[c] < 0) {
            errors.add(1, std::string(columns[c].name),
                       translate(N_("required column is missing from the header")));
            m_readable = false;
        }
    }
}

std::string required_columns_list(std::span<const ColumnSpec> columns) {
    std::string out;
    for (const auto& c : columns) {
        if (c.required) {
            out += (out.empty() ? "" : ", ") + std::string(c.name);
        }
    }
    return out;
}

bool HeaderBinding::has(std::string_view name) const {
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].name == name) {
            return has(c);
        }
    }
    return false;
}

RowFields::RowFields(const HeaderBinding& binding, const std::vector<std::string>& fields,
                     std::size_t line, ErrorList& errors)
    : m_binding(binding),
      m_fields(fields),
      m_line(line),
      m_errors(errors),
      m_errors_before(errors.size()) {
    if (fields.size() > binding.width()) {
        errors.add(line, "",
                   message(N_("the record has {} fields but the header has {}; check the "
                              "delimiters and quotes"),
                           fields.size(), binding.width()));
    }
}

std::string_view RowFields::text(std::size_t column) const {
    const int index = m_binding.file_index(column);
    if (index < 0 || static_cast<std::size_t>(index) >= m_fields.size()) {
        return {};
    }
    return trim(m_fields[static_cast<std::size_t>(index)]);
}

std::string_view RowFields::raw(std::size_t column) const {
    const int index = m_binding.file_index(column);
    if (index < 0 || static_cast<std::size_t>(index) >= m_fields.size()) {
        return {};
    }
    return m_fields[static_cast<std::size_t>(index)];
}

void RowFields::error(std::size_t column, std::string message) const {
    m_errors.add(m_line, std::string(m_binding.columns()[column].name), std::move(message));
}

void RowFields::not_one_of(std::size_t column, std::string_view value, const std::string& expected,
                           bool or_blank) const {
    error(column, or_blank ? message(N_("'{}' is not one of {} or blank"), value, expected)
                           : message(N_("'{}' is not one of {}"), value, expected));
}

std::optional<std::string> RowFields::required_text(std::size_t column) const {
    if (blank(column)) {
        error(column, translate(N_("a value is required")));
        return std::nullopt;
    }
    return optional_text(column);
}

std::optional<std::string> RowFields::optional_text(std::size_t column) const {
    const auto value = text(column);
    if (value.empty()) {
        return std::nullopt;
    }
    const std::size_t max = m_binding.columns()[column].max_length;
    if (const std::size_t length = count_characters(value); max > 0 && length > max) {
        error(column,
              message(N_("the value is {} characters long; at most {} are allowed"), length, max));
        return std::nullopt;
    }
    return std::string(value);
}

std::optional<Date> RowFields::optional_date(std::size_t column) const {
    const auto value = text(column);
    if (value.empty()) {
        return std::nullopt;
    }
    auto date = parse_date(value);
    if (!date) {
        error(column,
              message(N_("'{}' is not a valid date; write 2024-03-15, 15.3.2024 or 15.03.2024"),
                      value));
    }
    return date;
}

std::optional<Date> RowFields::required_date(std::size_t column) const {
    if (blank(column)) {
        error(column, translate(N_("a date is required (e.g. 15.3.2024)")));
        return std::nullopt;
    }
    return optional_date(column);
}

std::optional<int> RowFields::optional_time(std::size_t column) const {
    const auto value = text(column);
    if (value.empty()) {
        return std::nullopt;
    }
    auto time = parse_time_of_day(value);
    if (!time) {
        error(column, message(N_("'{}' is not a valid time of day; write 09:00, 9:00 or 9.00 "
                                 "(00:00 to 23:59)"),
                              value));
    }
    return time;
}

std::optional<int> RowFields::required_time(std::size_t column) const {
    if (blank(column)) {
        error(column, translate(N_("a time is required (e.g. 9:00)")));
        return std::nullopt;
    }
    return optional_time(column);
}

std::optional<long long> RowFields::optional_whole(std::size_t column, long long min,
                                                   long long max) const {
    const auto value = text(column);
    if (value.empty()) {
        return std::nullopt;
    }
    const auto parsed = parse_whole_number(value);
    if (!parsed.ok()) {
        error(column, parsed.problem);
        return std::nullopt;
    }
    if (parsed.value < min || parsed.value > max) {
        error(column, message(N_("{} is out of range; expected {} to {}"), value, min, max));
        return std::nullopt;
    }
    return parsed.value;
}

}  // namespace polku
