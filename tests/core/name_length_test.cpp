// Codes, ids and names that others refer to are at most kMaxNameLength characters: they are
// kept in unique indexes, and PostgreSQL refuses an index entry over 2704 bytes, which made
// the import of a 10,000-character organisation stop with an internal error there (found by
// tests/cli/cli_hostile_text_test.cpp). Every other text stays unlimited.
#include <boost/test/unit_test.hpp>

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/row_parsers.hpp"
#include "core/text.hpp"
#include "csv_row.hpp"

using namespace polku;
using polku::test::Cells;
using polku::test::row_of;
using polku::test::with;
using Strings = std::vector<std::string>;

namespace {

// `n` characters of four bytes each, the worst case for an index entry: 4 n bytes.
std::string characters(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += i % 2 ? "😀" : "𝄞";
    }
    return out;
}

// A good row of each kind, with every column that names something; a value too long is its
// one error (a too long organisation is not also "a unit without an organisation").
struct Kind {
    const char* file;
    std::span<const ColumnSpec> (*columns)();
    // Parses the row; true when it gave a record.
    std::function<bool(const RowFields&)> parse;
    Cells good;
    std::vector<const char*> limited;  // the columns that name something
};

std::size_t index_of(std::span<const ColumnSpec> columns, std::string_view name) {
    std::size_t c = 0;
    while (columns[c].name != name) {
        ++c;
    }
    return c;
}

template <typename Parse>
std::function<bool(const RowFields&)> parses(Parse parse) {
    return [parse](const RowFields& row) { return parse(row, RowContext{}).has_value(); };
}

const Kind kKinds[] = {
    {"projects.csv",
     project_columns,
     parses(parse_project_row),
     {{"code", "P"},
      {"name", "Hanke"},
      {"implementer", "Kunta"},
      {"implementer_business_id", "0114162-2"}},
     {"code", "implementer"}},
    {"targets.csv",
     target_columns,
     parses(parse_target_row),
     {{"project", "P"}, {"metric", "oma"}, {"target_group", "G"}, {"planned", "1"}},
     {"project", "metric", "target_group"}},
    {"people.csv",
     person_columns,
     parses(parse_person_row),
     {{"employee_id", "E1"},
      {"first_name", "Aino"},
      {"last_name", "Aalto"},
      {"organisation", "Kunta"},
      {"unit", "Yksikkö"},
      {"supervisor_id", "E2"}},
     {"employee_id", "organisation", "unit", "supervisor_id"}},
    {"events.csv",
     event_columns,
     parses(parse_event_row),
     {{"event_id", "EV1"},
      {"project", "P"},
      {"title", "Kurssi"},
      {"kind", "course"},
      {"work_package", "TP1"},
      {"course", "Kirjaaminen"},
      {"target_group", "G"}},
     {"event_id", "project", "work_package", "course", "target_group"}},
    {"sessions.csv",
     session_columns,
     parses(parse_session_row),
     {{"event_id", "EV1"}, {"date", "1.2.2024"}, {"start", "9:00"}, {"end", "10:00"}},
     {"event_id"}},
    {"attendance.csv",
     attendance_columns,
     parses(parse_attendance_row),
     {{"event_id", "EV1"}, {"date", "1.2.2024"}, {"employee_id", "E1"}},
     {"event_id", "employee_id"}},
    {"activities.csv",
     activity_columns,
     parses(parse_activity_row),
     {{"employee_id", "E1"},
      {"project", "P"},
      {"date", "1.2.2024"},
      {"kind", "self_study"},
      {"minutes", "30"}},
     {"employee_id", "project"}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(name_length)

BOOST_AUTO_TEST_CASE(the_limit_fits_a_postgresql_index_entry) {
    BOOST_TEST(kMaxNameLength == 500u);
    BOOST_TEST(characters(kMaxNameLength).size() == 2000u);  // under PostgreSQL's 2704 bytes
    BOOST_TEST(count_characters(characters(kMaxNameLength)) == kMaxNameLength);
    BOOST_TEST(count_characters("Äö𝄞a") == 4u);
}

BOOST_AUTO_TEST_CASE(a_name_of_500_characters_is_read_and_501_is_an_error) {
    for (const auto& kind : kKinds) {
        for (const char* column : kind.limited) {
            BOOST_TEST_CONTEXT(kind.file << " " << column) {
                auto fits =
                    row_of(kind.columns(), with(kind.good, column, characters(500)), kind.file, 2);
                BOOST_TEST(kind.parse(fits.row));
                BOOST_TEST(fits.messages() == Strings{});
                BOOST_TEST(fits.row.optional_text(index_of(kind.columns(), column)).value_or("") ==
                           characters(500));

                auto over =
                    row_of(kind.columns(), with(kind.good, column, characters(501)), kind.file, 2);
                BOOST_TEST(!kind.parse(over.row));
                BOOST_TEST(over.messages() ==
                           Strings{std::string(kind.file) + ":2: " + column +
                                   ": the value is 501 characters long; at most 500 are allowed"});
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(a_target_group_name_in_a_persons_list_is_limited_too) {
    const Cells person = {{"employee_id", "E1"}, {"first_name", "Aino"}, {"last_name", "Aalto"}};
    auto fits = row_of(person_columns(), with(person, "target_groups", "P:" + characters(500)),
                       "people.csv", 2);
    const auto record = parse_person_row(fits.row, RowContext{});
    BOOST_TEST_REQUIRE(record.has_value());
    BOOST_TEST(record->target_groups.at(0).group == characters(500));

    auto over = row_of(person_columns(), with(person, "target_groups", "P:G|P:" + characters(501)),
                       "people.csv", 2);
    BOOST_TEST(!parse_person_row(over.row, RowContext{}).has_value());
    BOOST_TEST(over.messages() ==
               Strings{"people.csv:2: target_groups: a target group's name is 501 characters "
                       "long; at most 500 are allowed"});
}

BOOST_AUTO_TEST_CASE(names_titles_and_descriptions_are_not_limited) {
    const std::string long_text = characters(10'000);
    auto project =
        row_of(project_columns(), {{"code", "P"}, {"name", long_text}, {"authority", long_text}});
    const auto p = parse_project_row(project.row, RowContext{});
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->name == long_text);
    BOOST_TEST(*p->authority == long_text);

    auto person = row_of(person_columns(), {{"employee_id", "E1"},
                                            {"first_name", long_text},
                                            {"last_name", long_text},
                                            {"email", long_text + "@x.fi"}});
    const auto who = parse_person_row(person.row, RowContext{});
    BOOST_TEST_REQUIRE(who.has_value());
    BOOST_TEST(who->first_name == long_text);

    auto event = row_of(event_columns(), {{"event_id", "EV1"},
                                          {"project", "P"},
                                          {"title", long_text},
                                          {"kind", "course"},
                                          {"provider", long_text},
                                          {"place", long_text}});
    const auto e = parse_event_row(event.row, RowContext{});
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->title == long_text);

    auto activity = row_of(activity_columns(), {{"employee_id", "E1"},
                                                {"project", "P"},
                                                {"date", "1.2.2024"},
                                                {"kind", "other"},
                                                {"minutes", "5"},
                                                {"description", long_text}});
    const auto a = parse_activity_row(activity.row, RowContext{});
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(*a->description == long_text);
}

BOOST_AUTO_TEST_SUITE_END()
