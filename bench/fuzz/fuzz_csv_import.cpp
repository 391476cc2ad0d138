// libFuzzer target: any bytes as an import file, through everything an import does before it
// touches the database. The CSV reader reads the bytes as a file; the records are then bound
// to the columns of each of formats.md's seven kinds and parsed row by row.
//
// Besides "no crash, no sanitizer report", it checks:
// - every record and every error names a physical line ≥ 1, and records come in line order;
// - a NUL byte or invalid UTF-8 anywhere is an error (formats.md);
// - a file read without errors reads back the same after being written out again (RFC 4180,
//   every field quoted), on the lines its records were written to;
// - a row parser returns a record exactly when it recorded no error for the row, its errors
//   name the row's line and a column of the kind; the record holds the row's trimmed text and
//   dates and times that are what the cells say, codes and names within their length, and
//   obeys the kind's rules (a session ends after it starts, minutes only with partial, an
//   activity lasts 1 to 1440 minutes).

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/csv_reader.hpp"
#include "core/csv_columns.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/row_parsers.hpp"
#include "core/text.hpp"
#include "core/time_of_day.hpp"

namespace {

using polku::ErrorList;
using polku::app::CsvReader;
using Columns = std::span<const polku::ColumnSpec>;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_csv_import: property violated: %s %s\n", what, detail.c_str());
    std::abort();
}

#define CHECK(condition, ...)                            \
    do {                                                 \
        if (!(condition)) {                              \
            fail(#condition __VA_OPT__(, ) __VA_ARGS__); \
        }                                                \
    } while (false)

// The reader takes a path; a memfd is a file held in memory, so each input is read through
// the same code as a real file without touching the disk.
class MemoryFile {
  public:
    MemoryFile() : m_fd(::memfd_create("polku-fuzz-csv", 0)) {
        if (m_fd < 0) {
            std::perror("memfd_create");
            std::abort();
        }
    }
    std::string path() const { return "/proc/self/fd/" + std::to_string(m_fd); }
    void assign(std::string_view bytes) const {
        if (::ftruncate(m_fd, 0) != 0 ||
            ::pwrite(m_fd, bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
            std::perror("memfd write");
            std::abort();
        }
    }

  private:
    int m_fd;
};

struct Record {
    std::vector<std::string> fields;
    std::size_t line;
};

struct ReadResult {
    std::vector<Record> records;
    ErrorList errors{"fuzz.csv"};
    bool complete = false;
    char delimiter = ',';
};

void read_bytes(const MemoryFile& file, std::string_view bytes, ReadResult& out) {
    file.assign(bytes);
    CsvReader reader(file.path());
    out.complete = reader.read(
        [&](const std::vector<std::string>& fields, std::size_t line) {
            out.records.push_back({fields, line});
        },
        out.errors);
    out.delimiter = reader.delimiter();
    if (out.complete) {
        CHECK(reader.bytes_read() == bytes.size());
    }
}

void check_lines(const ReadResult& r) {
    std::size_t previous = 0;
    for (const auto& rec : r.records) {
        CHECK(rec.line >= 1, "record on line " + std::to_string(rec.line));
        CHECK(rec.line > previous, "record on line " + std::to_string(rec.line) + " after line " +
                                       std::to_string(previous));
        previous = rec.line;
    }
    for (const auto& e : r.errors.sorted()) {
        CHECK(e.place.line >= 1, e.to_string());
    }
}

// RFC 4180 with every field quoted: what any spreadsheet could have written for these records.
std::string write_quoted(const std::vector<Record>& records, char delimiter,
                         std::vector<std::size_t>& lines) {
    std::string out;
    std::size_t line = 1;
    for (const auto& rec : records) {
        lines.push_back(line);
        for (std::size_t f = 0; f < rec.fields.size(); ++f) {
            if (f > 0) {
                out += delimiter;
            }
            const std::string& field = rec.fields[f];
            out += '"';
            for (std::size_t i = 0; i < field.size(); ++i) {
                if (field[i] == '"') {
                    out += '"';
                }
                // LF, CRLF and a CR that no LF follows each end a physical line.
                if (field[i] == '\n' ||
                    (field[i] == '\r' && (i + 1 == field.size() || field[i + 1] != '\n'))) {
                    ++line;
                }
                out += field[i];
            }
            out += '"';
        }
        out += '\n';
        ++line;
    }
    return out;
}

void check_round_trip(const MemoryFile& file, const ReadResult& first) {
    // The delimiter is detected from the first line. Written out, that is the header's first
    // line: when it cannot show the delimiter (one column; a line break in a name), the file
    // reads differently, as the same file typed by a user would.
    const auto& header = first.records.front().fields;
    if (header.size() < 2) {
        return;
    }
    for (const auto& name : header) {
        if (name.find_first_of("\r\n") != std::string::npos) {
            return;
        }
    }
    std::vector<std::size_t> lines;
    const std::string again = write_quoted(first.records, first.delimiter, lines);
    ReadResult second;
    read_bytes(file, again, second);
    CHECK(second.complete && second.errors.empty(),
          second.errors.empty() ? "" : second.errors.sorted().front().to_string());
    CHECK(second.records.size() == first.records.size());
    for (std::size_t i = 0; i < first.records.size(); ++i) {
        CHECK(second.records[i].fields == first.records[i].fields, "record " + std::to_string(i));
        CHECK(second.records[i].line == lines[i], "record " + std::to_string(i) + " on line " +
                                                      std::to_string(second.records[i].line) +
                                                      ", written on " + std::to_string(lines[i]));
    }
}

// The index of a kind's column by name (the parsers' own enums are private to them).
std::size_t column(Columns columns, std::string_view name) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].name == name) {
            return c;
        }
    }
    fail("no such column", std::string(name));
}

struct Kind {
    Columns (*columns)();
    // Parses the row; when it gives a record, checks it against the row.
    bool (*parse_and_check)(const polku::RowFields&, const polku::RowContext&, Columns);
};

// Within the column's limit of characters, if it has one.
bool fits(Columns columns, std::string_view name, const std::string& value) {
    const std::size_t max = columns[column(columns, name)].max_length;
    return max == 0 || polku::count_characters(value) <= max;
}

void same_text(const polku::RowFields& row, Columns columns, std::string_view name,
               const std::string& value) {
    CHECK(!value.empty() && row.text(column(columns, name)) == value, std::string(name));
    CHECK(fits(columns, name, value), std::string(name));
}

void same_optional_text(const polku::RowFields& row, Columns columns, std::string_view name,
                        const std::optional<std::string>& value) {
    const auto text = row.text(column(columns, name));
    CHECK(value ? (!value->empty() && text == *value) : text.empty(), std::string(name));
    CHECK(!value || fits(columns, name, *value), std::string(name));
}

void same_date(const polku::RowFields& row, Columns columns, std::string_view name,
               const std::optional<polku::Date>& value) {
    const auto text = row.text(column(columns, name));
    CHECK(value ? polku::parse_date(text) == value : text.empty(), std::string(name));
}

void same_time(const polku::RowFields& row, Columns columns, std::string_view name,
               const std::optional<int>& value) {
    const auto text = row.text(column(columns, name));
    CHECK(value ? polku::parse_time_of_day(text) == value : text.empty(), std::string(name));
}

const Kind kKinds[] = {
    {polku::project_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_project_row(row, context);
         if (r) {
             same_text(row, cols, "code", r->code);
             same_text(row, cols, "name", r->name);
             same_optional_text(row, cols, "implementer", r->implementer);
             same_optional_text(row, cols, "authority", r->authority);
             same_date(row, cols, "start", r->start);
             same_date(row, cols, "end", r->end);
             same_date(row, cols, "extended_end", r->extended_end);
             CHECK(!(r->start && r->end) || *r->start <= *r->end);
             CHECK(r->day_minutes >= 1 && r->day_minutes <= 1440);
         }
         return r.has_value();
     }},
    {polku::target_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_target_row(row, context);
         if (r) {
             same_text(row, cols, "project", r->project);
             same_text(row, cols, "metric", r->metric);
             same_optional_text(row, cols, "target_group", r->target_group);
             CHECK(r->planned_hundredths >= 0);
         }
         return r.has_value();
     }},
    {polku::person_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_person_row(row, context);
         if (r) {
             same_text(row, cols, "employee_id", r->employee_id);
             same_text(row, cols, "first_name", r->first_name);
             same_text(row, cols, "last_name", r->last_name);
             same_optional_text(row, cols, "email", r->email);
             same_optional_text(row, cols, "organisation", r->organisation);
             same_optional_text(row, cols, "unit", r->unit);
             same_optional_text(row, cols, "supervisor_id", r->supervisor_id);
             CHECK(r->supervisor_id != r->employee_id);
             CHECK(!r->birth_year || (*r->birth_year >= 1900 && *r->birth_year <= 2026));
             for (const auto& g : r->target_groups) {
                 CHECK(!g.project.empty() && !g.group.empty());
             }
         }
         return r.has_value();
     }},
    {polku::event_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_event_row(row, context);
         if (r) {
             same_text(row, cols, "event_id", r->event_id);
             same_text(row, cols, "project", r->project);
             same_text(row, cols, "title", r->title);
             same_optional_text(row, cols, "work_package", r->work_package);
             same_optional_text(row, cols, "course", r->course);
             same_optional_text(row, cols, "provider", r->provider);
             same_optional_text(row, cols, "place", r->place);
             CHECK(polku::is_event_kind(r->kind));
             CHECK(!r->cost_cents || *r->cost_cents >= 0);
             CHECK(!r->target_group || !r->target_group->empty());
         }
         return r.has_value();
     }},
    {polku::session_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_session_row(row, context);
         if (r) {
             same_text(row, cols, "event_id", r->event_id);
             same_date(row, cols, "date", r->date);
             same_time(row, cols, "start", r->start);
             same_time(row, cols, "end", r->end);
             CHECK(r->start < r->end && r->break_minutes >= 0 && r->length() > 0);
         }
         return r.has_value();
     }},
    {polku::attendance_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_attendance_row(row, context);
         if (r) {
             same_text(row, cols, "event_id", r->event_id);
             same_text(row, cols, "employee_id", r->employee_id);
             same_date(row, cols, "date", r->date);
             same_time(row, cols, "start", r->start);
             CHECK(r->minutes.has_value() == (r->status == polku::AttendanceStatus::partial));
             CHECK(!r->minutes || *r->minutes >= 1);
         }
         return r.has_value();
     }},
    {polku::activity_columns,
     [](const polku::RowFields& row, const polku::RowContext& context, Columns cols) {
         const auto r = polku::parse_activity_row(row, context);
         if (r) {
             same_text(row, cols, "employee_id", r->employee_id);
             same_text(row, cols, "project", r->project);
             same_date(row, cols, "date", r->date);
             same_optional_text(row, cols, "description", r->description);
             CHECK(polku::is_activity_kind(r->kind));
             CHECK(r->minutes >= 1 && r->minutes <= 1440);
         }
         return r.has_value();
     }},
};

void check_rows(const std::vector<Record>& records) {
    if (records.empty()) {
        return;
    }
    const polku::RowContext context{2026};
    for (const auto& kind : kKinds) {
        const auto columns = kind.columns();
        ErrorList errors("fuzz.csv");
        const polku::HeaderBinding binding(columns, records.front().fields, errors);
        for (const auto& e : errors.sorted()) {
            CHECK(e.place.line == 1, e.to_string());
        }
        if (!binding.readable()) {
            continue;
        }
        for (std::size_t i = 1; i < records.size(); ++i) {
            ErrorList row_errors("fuzz.csv");
            const polku::RowFields row(binding, records[i].fields, records[i].line, row_errors);
            const bool parsed = kind.parse_and_check(row, context, columns);
            CHECK(parsed == row_errors.empty());
            CHECK(row.error_count() == row_errors.size());
            for (const auto& e : row_errors.sorted()) {
                bool known = e.place.column.empty();
                for (const auto& c : columns) {
                    known = known || e.place.column == c.name;
                }
                CHECK(e.place.line == records[i].line && known, e.to_string());
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const MemoryFile file;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    ReadResult first;
    read_bytes(file, bytes, first);
    check_lines(first);
    if (polku::find_invalid_utf8(bytes) != std::string_view::npos) {
        CHECK(!first.errors.empty(), "a NUL byte or invalid UTF-8 went unreported");
    }
    if (first.complete && first.errors.empty() && !first.records.empty()) {
        check_round_trip(file, first);
    }
    check_rows(first.records);
    return 0;
}
