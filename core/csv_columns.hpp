#pragma once
// Binding a CSV header to the columns a kind of file has, and reading one record's fields
// through that binding with typed accessors that report what is wrong, where.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"

namespace polku {

// The longest code, id or name that names something others refer to (a project code, an
// employee id, an organisation, a course, a target group…). These are kept in unique indexes,
// and PostgreSQL refuses an index entry over 2704 bytes (the import failed with an internal
// error); 500 characters are at most 2000 bytes of UTF-8.
inline constexpr std::size_t kMaxNameLength = 500;

struct ColumnSpec {
    std::string_view name;
    bool required = false;
    // Other names the header may give the column, `|`-separated ("shortname|short_name").
    std::string_view aliases = {};
    // At most this many characters through required_text and optional_text (0: no limit).
    std::size_t max_length = 0;
};

// Which file column holds each of a kind's columns.
class HeaderBinding {
  public:
    // Names (and aliases) are matched case-insensitively with surrounding spaces ignored. Unknown,
    // repeated and missing required columns are errors on line 1.
    HeaderBinding(std::span<const ColumnSpec> columns, const std::vector<std::string>& header,
                  ErrorList& errors);

    std::span<const ColumnSpec> columns() const { return m_columns; }
    bool has(std::size_t column) const { return m_file_index[column] >= 0; }
    // By name: is the column in the file? (Absent columns leave stored values alone.)
    bool has(std::string_view name) const;
    int file_index(std::size_t column) const { return m_file_index[column]; }
    std::size_t width() const { return m_width; }
    // Every required column is there once: records can be read, even if other columns are
    // unknown (those are errors of their own).
    bool readable() const { return m_readable; }

  private:
    std::span<const ColumnSpec> m_columns;
    std::vector<int> m_file_index;
    std::size_t m_width = 0;
    bool m_readable = true;
};

// "employee_id, first_name, last_name": the required columns, for messages.
std::string required_columns_list(std::span<const ColumnSpec> columns);

// One record seen through a binding. Accessors return nullopt (and record an error) when a
// value is present but wrong; a blank optional value is nullopt without an error.
class RowFields {
  public:
    RowFields(const HeaderBinding& binding, const std::vector<std::string>& fields,
              std::size_t line, ErrorList& errors);

    std::size_t line() const { return m_line; }
    // The trimmed text; empty when the column is absent or blank.
    std::string_view text(std::size_t column) const;
    // The text exactly as in the file (spaces and line breaks kept); empty when absent.
    std::string_view raw(std::size_t column) const;
    bool blank(std::size_t column) const { return text(column).empty(); }
    void error(std::size_t column, std::string message) const;
    std::size_t error_count() const { return m_errors.size() - m_errors_before; }

    // Required values: an error when blank.
    std::optional<std::string> required_text(std::size_t column) const;
    std::optional<Date> required_date(std::size_t column) const;
    std::optional<int> required_time(std::size_t column) const;

    std::optional<std::string> optional_text(std::size_t column) const;
    std::optional<Date> optional_date(std::size_t column) const;
    std::optional<int> optional_time(std::size_t column) const;
    // A whole number in [min, max]; `unit` completes the message ("minutes").
    std::optional<long long> optional_whole(std::size_t column, long long min, long long max) const;

    // One of the names in `expected` ("yes, no"); `or_blank` says blank is allowed too.
    template <typename E, typename Parse>
    std::optional<E> optional_enum(std::size_t column, Parse parse, const std::string& expected,
                                   bool or_blank = false) const {
        const auto value = text(column);
        if (value.empty()) {
            return std::nullopt;
        }
        auto parsed = parse(value);
        if (!parsed) {
            not_one_of(column, value, expected, or_blank);
        }
        return parsed;
    }

  private:
    void not_one_of(std::size_t column, std::string_view value, const std::string& expected,
                    bool or_blank) const;

    const HeaderBinding& m_binding;
    const std::vector<std::string>& m_fields;
    std::size_t m_line;
    ErrorList& m_errors;
    std::size_t m_errors_before;
};

}  // namespace polku
