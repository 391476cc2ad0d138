// The sign-in sheet as a document model: the title block and the rows writers print.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "reports/cell_text.hpp"
#include "reports/signin_document.hpp"

using namespace polku;
using namespace polku::reports;

namespace {

SigninSheet workshop(std::size_t people) {
    SigninSheet s;
    s.project_code = "S10873";
    s.project_name = "OSKU";
    s.event_id = "EV2";
    s.event_title = "Työhyvinvoinnin työpaja";
    s.event_kind = Kind::workshop;
    s.date = Date{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{15}};
    s.start = 9 * 60;
    s.end = 12 * 60 + 30;
    s.place = "Pöytyän koulu";
    s.source = ParticipantSource::previous_session;
    for (std::size_t i = 0; i < people; ++i) {
        s.participants.push_back({"E" + std::to_string(i), "Äijälä, Aino " + std::to_string(i),
                                  i % 2 == 0 ? "Keittiö" : ""});
    }
    return s;
}

std::vector<std::vector<Cell>> rows_of(const Section& section) {
    std::vector<std::vector<Cell>> rows;
    section.for_each_row([&](const std::vector<Cell>& cells, RowStyle) { rows.push_back(cells); });
    return rows;
}

std::string text(const Cell& cell) {
    return cell_text(cell, Language::fi);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(signin_document_model)

BOOST_AUTO_TEST_CASE(the_title_block_names_the_funder_project_and_session) {
    const auto d = signin_document(workshop(2), Language::fi);
    BOOST_TEST(d.title == "Allekirjoituslista");
    BOOST_TEST(d.subtitle == "S10873 OSKU");
    BOOST_TEST(d.cofunding_line == "Euroopan unionin osarahoittama");
    BOOST_TEST(d.rules.empty());
    BOOST_TEST(!d.chart.has_value());
    std::vector<std::string> lines;
    for (const auto& f : d.header) {
        lines.push_back(f.label + ": " + text(f.value));
    }
    const std::vector<std::string> expected = {
        "Hanke: S10873 OSKU",     "Tilaisuus: EV2 Työhyvinvoinnin työpaja",
        "Laji: Työpaja",          "Päivämäärä: 15.3.2024",
        "Aika: 09:00\u201312:30", "Paikka: Pöytyän koulu"};
    BOOST_TEST(lines == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(every_expected_participant_has_a_numbered_row_then_blank_rows) {
    const auto d = signin_document(workshop(2), Language::en);
    BOOST_TEST(d.cofunding_line == "Co-funded by the European Union");
    BOOST_REQUIRE(d.sections.size() == 1u);
    const auto& s = d.sections.front();
    BOOST_TEST(s.name == "signin");
    BOOST_TEST(s.signature_rows);
    BOOST_TEST(s.headings == (std::vector<std::string>{"No.", "Name", "Unit", "Signature"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.widths.size() == 4u);
    const auto rows = rows_of(s);
    BOOST_TEST(rows.size() == 7u);  // two names, five blank rows
    BOOST_TEST(s.row_count.value_or(0) == rows.size());
    BOOST_TEST(text(rows[0][0]) == "1");
    BOOST_TEST(text(rows[0][1]) == "Äijälä, Aino 0");
    BOOST_TEST(text(rows[0][2]) == "Keittiö");
    BOOST_TEST(std::holds_alternative<Empty>(rows[0][3]));
    BOOST_TEST(std::holds_alternative<Empty>(rows[1][2]));  // no unit
    for (std::size_t i = 2; i < rows.size(); ++i) {
        BOOST_TEST(text(rows[i][0]) == std::to_string(i + 1));
        BOOST_TEST(std::holds_alternative<Empty>(rows[i][1]));
        BOOST_TEST(std::holds_alternative<Empty>(rows[i][3]));
    }
}

BOOST_AUTO_TEST_CASE(an_event_without_a_place_leaves_the_place_out) {
    auto sheet = workshop(0);
    sheet.place.clear();
    const auto d = signin_document(sheet, Language::en);
    BOOST_TEST(d.header.size() == 5u);
    BOOST_TEST(d.sections.front().row_count.value_or(0) ==
               20u);  // nobody expected: a page to fill in
}

BOOST_AUTO_TEST_CASE(walk_in_rows_grow_with_the_list) {
    BOOST_TEST(walk_in_rows(0) == 20u);
    BOOST_TEST(walk_in_rows(1) == 5u);
    BOOST_TEST(walk_in_rows(20) == 5u);
    BOOST_TEST(walk_in_rows(21) == 6u);
    BOOST_TEST(walk_in_rows(40) == 10u);
    BOOST_TEST(walk_in_rows(520) == 130u);
}

BOOST_AUTO_TEST_CASE(the_document_outlives_the_sheet_it_was_made_from) {
    Document d;
    {
        const auto sheet = workshop(3);
        d = signin_document(sheet, Language::fi);
    }
    const auto rows = rows_of(d.sections.front());
    BOOST_TEST(text(rows[2][1]) == "Äijälä, Aino 2");
}

BOOST_AUTO_TEST_SUITE_END()
