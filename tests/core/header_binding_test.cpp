// Binding a CSV header to a file's columns, and reading one record through the binding
// (formats.md "CSV in": header names case-insensitive, spaces ignored, unknown columns an
// error naming the column; errors as FILE:LINE: column: message).
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/csv_columns.hpp"
#include "core/error.hpp"
#include "core/kinds.hpp"
#include "csv_row.hpp"
#include "test_print.hpp"

using namespace polku;
using polku::test::CsvRow;
using Strings = std::vector<std::string>;

namespace {

// A small file kind of its own, so these tests do not depend on the import files' columns.
enum Col { c_employee_id, c_first_name, c_email, c_birth_year, c_start, c_status };
constexpr ColumnSpec kColumns[] = {{"employee_id", true}, {"first_name", true}, {"email", false},
                                   {"birth_year", false}, {"start", false},     {"status", false}};
const std::string kKnown =
    "unknown column; the columns of this file are employee_id, first_name, email, birth_year, "
    "start, status";

}  // namespace

BOOST_AUTO_TEST_SUITE(header_binding)

BOOST_AUTO_TEST_CASE(binds_columns_in_any_order) {
    CsvRow r(kColumns, {"email", "first_name", "employee_id"}, {"a@b.fi", "Aino", "E1"});
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(r.binding.readable());
    BOOST_TEST(r.binding.width() == 3u);
    BOOST_TEST(r.binding.file_index(c_employee_id) == 2);
    BOOST_TEST(r.binding.file_index(c_first_name) == 1);
    BOOST_TEST(r.binding.file_index(c_email) == 0);
    BOOST_TEST(r.binding.file_index(c_birth_year) == -1);
    BOOST_TEST(r.binding.has(c_email));
    BOOST_TEST(!r.binding.has(c_birth_year));
    BOOST_TEST(r.binding.has("email"));
    BOOST_TEST(!r.binding.has("birth_year"));
    BOOST_TEST(!r.binding.has("no_such_column"));
    BOOST_TEST(r.row.text(c_employee_id) == "E1");
    BOOST_TEST(r.row.text(c_first_name) == "Aino");
    BOOST_TEST(r.row.text(c_email) == "a@b.fi");
}

BOOST_AUTO_TEST_CASE(matches_names_case_insensitively_and_ignores_surrounding_spaces) {
    CsvRow r(kColumns, {" Employee_ID ", "FIRST_NAME", "\tEmail", "Birth_Year  "},
             {"E1", "Aino", "a@b.fi", "1980"});
    BOOST_TEST(r.messages() == Strings{});
    BOOST_TEST(r.binding.readable());
    BOOST_TEST(r.binding.file_index(c_employee_id) == 0);
    BOOST_TEST(r.binding.file_index(c_first_name) == 1);
    BOOST_TEST(r.binding.file_index(c_email) == 2);
    BOOST_TEST(r.binding.file_index(c_birth_year) == 3);
    BOOST_TEST(r.row.text(c_birth_year) == "1980");
}

BOOST_AUTO_TEST_CASE(an_unknown_column_is_an_error_naming_it) {
    CsvRow r(kColumns, {"employee_id", "first_name", "emial"}, {"E1", "Aino", "a@b.fi"},
             "people.csv");
    BOOST_TEST(r.messages() == Strings{"people.csv:1: emial: " + kKnown});
    // The record can still be read (the unknown column is an error of its own).
    BOOST_TEST(r.binding.readable());
    BOOST_TEST(!r.binding.has(c_email));
    BOOST_TEST(r.row.text(c_email) == "");
}

BOOST_AUTO_TEST_CASE(an_unknown_column_is_named_as_written_without_spaces) {
    CsvRow r(kColumns, {"employee_id", "first_name", "  Sukunimi "}, {"E1", "Aino", "Virtanen"});
    BOOST_TEST(r.messages() == Strings{"test.csv:1: Sukunimi: " + kKnown});
}

BOOST_AUTO_TEST_CASE(every_unknown_column_is_reported) {
    CsvRow r(kColumns, {"id", "employee_id", "first_name", "gender"},
             {"1", "E1", "Aino", "female"});
    BOOST_TEST(r.messages() ==
               (Strings{"test.csv:1: id: " + kKnown, "test.csv:1: gender: " + kKnown}));
}

BOOST_AUTO_TEST_CASE(a_missing_required_column_is_an_error_and_makes_the_file_unreadable) {
    CsvRow r(kColumns, {"employee_id", "email"}, {"E1", "a@b.fi"});
    BOOST_TEST(r.messages() ==
               Strings{"test.csv:1: first_name: required column is missing from the header"});
    BOOST_TEST(!r.binding.readable());
}

BOOST_AUTO_TEST_CASE(every_missing_required_column_is_reported) {
    CsvRow r(kColumns, {"email"}, {"a@b.fi"});
    BOOST_TEST(r.messages() ==
               (Strings{"test.csv:1: employee_id: required column is missing from the header",
                        "test.csv:1: first_name: required column is missing from the header"}));
    BOOST_TEST(!r.binding.readable());
}

BOOST_AUTO_TEST_CASE(a_missing_optional_column_is_fine) {
    CsvRow r(kColumns, {"employee_id", "first_name"}, {"E1", "Aino"});
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(r.binding.readable());
    BOOST_TEST(r.row.blank(c_email));
    BOOST_TEST(!r.row.optional_text(c_email).has_value());
}

BOOST_AUTO_TEST_CASE(a_repeated_column_is_an_error_naming_both_positions) {
    CsvRow r(kColumns, {"email", "employee_id", " EMAIL", "first_name"},
             {"a@b.fi", "E1", "c@d.fi", "Aino"});
    BOOST_TEST(
        r.messages() ==
        Strings{"test.csv:1: email: the column appears twice in the header (columns 1 and 3)"});
    BOOST_TEST(!r.binding.readable());
    BOOST_TEST(r.binding.file_index(c_email) == 0);  // the first one is kept
}

BOOST_AUTO_TEST_CASE(a_repeated_required_column_makes_the_file_unreadable) {
    CsvRow r(kColumns, {"employee_id", "first_name", "Employee_Id"}, {"E1", "Aino", "E2"});
    BOOST_TEST(
        r.messages() ==
        Strings{
            "test.csv:1: employee_id: the column appears twice in the header (columns 1 and 3)"});
    BOOST_TEST(!r.binding.readable());
}

BOOST_AUTO_TEST_CASE(an_empty_column_name_is_an_error_naming_its_position) {
    CsvRow r(kColumns, {"employee_id", "  ", "first_name"}, {"E1", "x", "Aino"});
    BOOST_TEST(r.messages() ==
               Strings{"test.csv:1: column 2: the header has an empty column name; every column "
                       "needs a name"});
    BOOST_TEST(r.binding.readable());
}

BOOST_AUTO_TEST_CASE(lists_the_required_columns) {
    BOOST_TEST(required_columns_list(kColumns) == "employee_id, first_name");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(row_fields)

BOOST_AUTO_TEST_CASE(text_is_trimmed_and_missing_trailing_fields_are_blank) {
    CsvRow r(kColumns, {"employee_id", "first_name", "email", "birth_year"}, {"  E1 ", " Aino"});
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(r.row.text(c_employee_id) == "E1");
    BOOST_TEST(r.row.text(c_first_name) == "Aino");
    BOOST_TEST(r.row.text(c_email) == "");
    BOOST_TEST(r.row.blank(c_birth_year));
    BOOST_TEST(r.row.required_text(c_employee_id) == std::optional<std::string>("E1"));
    BOOST_TEST(r.row.line() == 2u);
    BOOST_TEST(r.row.error_count() == 0u);
}

BOOST_AUTO_TEST_CASE(too_many_fields_is_an_error_on_the_record_line) {
    CsvRow r(kColumns, {"employee_id", "first_name", "email"}, {"E1", "Aino", "a@b.fi", "extra"},
             "people.csv", 7);
    BOOST_TEST(r.messages() ==
               Strings{"people.csv:7: the record has 4 fields but the header has 3; check the "
                       "delimiters and quotes"});
    BOOST_TEST(r.row.error_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_blank_required_value_is_an_error) {
    CsvRow r(kColumns, {"employee_id", "first_name"}, {"E1", "   "}, "people.csv", 12);
    BOOST_TEST(!r.row.required_text(c_first_name).has_value());
    BOOST_TEST(r.messages() == Strings{"people.csv:12: first_name: a value is required"});
    BOOST_TEST(r.row.error_count() == 1u);
}

BOOST_AUTO_TEST_CASE(dates_are_read_and_bad_ones_reported) {
    CsvRow r(kColumns, {"employee_id", "first_name", "start", "email"},
             {"E1", "", "15.3.2024", "31.2.2024"}, "x.csv", 4);
    BOOST_TEST((r.row.required_date(c_start) ==
                Date{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{15}}));
    BOOST_TEST((r.row.optional_date(c_start) ==
                Date{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{15}}));
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(!r.row.optional_date(c_email).has_value());
    BOOST_TEST(!r.row.optional_date(c_first_name).has_value());  // blank: no error
    BOOST_TEST(!r.row.required_date(c_first_name).has_value());
    BOOST_TEST(!r.row.required_date(c_birth_year).has_value());  // absent column
    BOOST_TEST(r.messages() ==
               (Strings{"x.csv:4: email: '31.2.2024' is not a valid date; write 2024-03-15, "
                        "15.3.2024 or 15.03.2024",
                        "x.csv:4: first_name: a date is required (e.g. 15.3.2024)",
                        "x.csv:4: birth_year: a date is required (e.g. 15.3.2024)"}));
}

BOOST_AUTO_TEST_CASE(times_are_read_and_bad_ones_reported) {
    CsvRow r(kColumns, {"employee_id", "first_name", "start", "email"}, {"E1", "", "9.30", "24:00"},
             "x.csv", 5);
    BOOST_TEST(r.row.required_time(c_start) == std::optional<int>(570));  // 9 × 60 + 30
    BOOST_TEST(r.row.optional_time(c_start) == std::optional<int>(570));
    BOOST_TEST(!r.row.optional_time(c_first_name).has_value());  // blank: no error
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(!r.row.optional_time(c_email).has_value());
    BOOST_TEST(!r.row.required_time(c_first_name).has_value());
    BOOST_TEST(r.messages() ==
               (Strings{"x.csv:5: email: '24:00' is not a valid time of day; write 09:00, 9:00 "
                        "or 9.00 (00:00 to 23:59)",
                        "x.csv:5: first_name: a time is required (e.g. 9:00)"}));
}

BOOST_AUTO_TEST_CASE(whole_numbers_are_range_checked) {
    CsvRow r(kColumns, {"employee_id", "first_name", "birth_year", "email", "start"},
             {"E1", "", "1980", "1899", "19x0"});
    BOOST_TEST(r.row.optional_whole(c_birth_year, 1900, 2026) == std::optional<long long>(1980));
    BOOST_TEST(r.row.optional_whole(c_birth_year, 1980, 1980) == std::optional<long long>(1980));
    BOOST_TEST(!r.row.optional_whole(c_first_name, 0, 10).has_value());  // blank: no error
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(!r.row.optional_whole(c_email, 1900, 2026).has_value());
    BOOST_TEST(!r.row.optional_whole(c_start, 1900, 2026).has_value());
    BOOST_TEST(r.messages() ==
               (Strings{"test.csv:2: email: 1899 is out of range; expected 1900 to 2026",
                        "test.csv:2: start: '19x0' is not a whole number"}));
}

BOOST_AUTO_TEST_CASE(enums_are_matched_exactly) {
    CsvRow r(kColumns, {"employee_id", "first_name", "status", "email"},
             {"E1", "", "partial", "Present"});
    const auto parse = [](std::string_view t) { return enum_from_name<AttendanceStatus>(t); };
    const std::string expected = "present, partial, absent, excused";
    BOOST_TEST((r.row.optional_enum<AttendanceStatus>(c_status, parse, expected) ==
                AttendanceStatus::partial));
    BOOST_TEST(!r.row.optional_enum<AttendanceStatus>(c_first_name, parse, expected));
    BOOST_TEST(r.errors.empty());
    BOOST_TEST(!r.row.optional_enum<AttendanceStatus>(c_email, parse, expected));
    BOOST_TEST(
        r.messages() ==
        Strings{"test.csv:2: email: 'Present' is not one of present, partial, absent, excused"});
}

BOOST_AUTO_TEST_CASE(error_count_leaves_out_the_header_errors) {
    CsvRow r(kColumns, {"employee_id", "first_name", "bogus"}, {"E1", "", "x"});
    BOOST_TEST(r.errors.size() == 1u);  // the unknown column
    BOOST_TEST(r.row.error_count() == 0u);
    r.row.required_text(c_first_name);
    BOOST_TEST(r.row.error_count() == 1u);
    BOOST_TEST(r.errors.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(field_error_leaves_out_unknown_parts) {
    BOOST_TEST((FieldError{{"people.csv", 12, "birth_year"}, "2099 is in the future"}.to_string() ==
                "people.csv:12: birth_year: 2099 is in the future"));
    BOOST_TEST((FieldError{{"people.csv", 12, ""}, "bad"}.to_string() == "people.csv:12: bad"));
    BOOST_TEST(
        (FieldError{{"people.csv", 0, "email"}, "bad"}.to_string() == "people.csv: email: bad"));
    BOOST_TEST((FieldError{{"", 0, "email"}, "bad"}.to_string() == "email: bad"));
    BOOST_TEST((FieldError{{"", 0, ""}, "bad"}.to_string() == "bad"));
}

BOOST_AUTO_TEST_CASE(error_list_sorts_by_line_keeping_the_order_within_a_line) {
    ErrorList list("a.csv");
    list.add(5, "x", "first on 5");
    list.add(2, "y", "first on 2");
    list.add(5, "z", "second on 5");
    list.add(1, "w", "header");
    BOOST_TEST(list.size() == 4u);
    BOOST_TEST(list.file() == "a.csv");
    Strings texts;
    for (const auto& e : list.sorted()) {
        texts.push_back(e.to_string());
    }
    BOOST_TEST(texts == (Strings{"a.csv:1: w: header", "a.csv:2: y: first on 2",
                                 "a.csv:5: x: first on 5", "a.csv:5: z: second on 5"}));
}

BOOST_AUTO_TEST_CASE(input_errors_says_how_many_more) {
    ErrorList list("a.csv");
    list.add(3, "x", "bad");
    list.add(4, "y", "worse");
    list.add(9, "", "worst");
    const InputErrors e(list.sorted());
    BOOST_TEST(std::string(e.what()) == "a.csv:3: x: bad (and 2 more)");
    BOOST_TEST(e.errors().size() == 3u);
    BOOST_TEST(e.place().line == 3u);
    BOOST_TEST(e.place().column == "x");
    const InputErrors one({FieldError{{"b.csv", 2, "c"}, "only"}});
    BOOST_TEST(std::string(one.what()) == "b.csv:2: c: only");
    const InputErrors none({});
    BOOST_TEST(std::string(none.what()) == "invalid input");
}

BOOST_AUTO_TEST_SUITE_END()
