// Who a sign-in sheet expects, and the order their names are printed in.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/signin_sheet.hpp"

using namespace polku;

namespace {

SigninParticipant person(std::string id, std::string last, std::string first,
                         std::string unit = "") {
    return {std::move(id), signin_name(first, last), std::move(unit)};
}

std::vector<std::string> ids(const ExpectedParticipants& expected) {
    std::vector<std::string> out;
    for (const auto& p : expected.participants) {
        out.push_back(p.employee_id);
    }
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(signin_sheet)

BOOST_AUTO_TEST_CASE(names_read_surname_first) {
    BOOST_TEST(signin_name("Anna", "Virtanen") == "Virtanen, Anna");
    BOOST_TEST(signin_name("Aino", "Äijälä-Virtanen") == "Äijälä-Virtanen, Aino");
}

BOOST_AUTO_TEST_CASE(the_target_group_wins_over_the_other_lists) {
    const auto expected = choose_expected(
        {{person("T1", "Aho", "Ari")}, {person("P1", "Berg", "Bo")}, {person("M1", "Ciss", "Cy")}});
    BOOST_TEST((expected.source == ParticipantSource::target_group));
    BOOST_TEST(ids(expected) == Ids{"T1"});
}

BOOST_AUTO_TEST_CASE(without_a_target_group_the_previous_session_is_expected) {
    const auto expected =
        choose_expected({{}, {person("P1", "Berg", "Bo")}, {person("M1", "Ciss", "Cy")}});
    BOOST_TEST((expected.source == ParticipantSource::previous_session));
    BOOST_TEST(ids(expected) == Ids{"P1"});
}

BOOST_AUTO_TEST_CASE(at_a_first_session_the_people_already_marked_are_expected) {
    const auto expected = choose_expected({{}, {}, {person("M1", "Ciss", "Cy", "Keittiö")}});
    BOOST_TEST((expected.source == ParticipantSource::marked));
    BOOST_TEST(ids(expected) == Ids{"M1"});
    BOOST_TEST(expected.participants.front().unit == "Keittiö");
}

BOOST_AUTO_TEST_CASE(nobody_known_gives_an_empty_list) {
    const auto expected = choose_expected({});
    BOOST_TEST((expected.source == ParticipantSource::none));
    BOOST_TEST(expected.participants.empty());
}

BOOST_AUTO_TEST_CASE(names_follow_the_finnish_alphabet) {
    // å, ä, ö come after z, in that order; case does not matter; ü sorts as y.
    const auto expected =
        choose_expected({{person("1", "Öhman", "Olli"), person("2", "Åkerman", "Cecilia"),
                          person("3", "Äijälä", "Aino"), person("4", "Zacharias", "Zoe"),
                          person("5", "von Wright", "Georg"), person("6", "Aho", "Matti"),
                          person("7", "Ahonen", "Anna"), person("8", "Müller", "Max"),
                          person("9", "Myllys", "Mika"), person("10", "Mäki", "Maija")},
                         {},
                         {}});
    BOOST_TEST(ids(expected) == (Ids{"6", "7", "8", "9", "10", "5", "4", "2", "3", "1"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(equal_names_keep_a_stable_order_and_people_appear_once) {
    // Two people of the same name by employee id; a person named twice is listed once.
    const auto expected = choose_expected({{person("E2", "Virtanen", "Anna", "Kotihoito"),
                                            person("E1", "Virtanen", "Anna", "Keittiö"),
                                            person("E2", "Virtanen", "Anna", "Kotihoito")},
                                           {},
                                           {}});
    BOOST_TEST(ids(expected) == (Ids{"E1", "E2"}), boost::test_tools::per_element());
    // Surname then first name, whatever order the candidates come in.
    const auto reversed =
        choose_expected({{}, {person("B", "Aho", "Ville"), person("A", "Aho", "Aino")}, {}});
    BOOST_TEST(ids(reversed) == (Ids{"A", "B"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
