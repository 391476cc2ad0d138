// The reporting chain (domain.md "Competence paths": "Supervisors see, and may sign off for,
// everyone who reports to them, directly or below"). Every expected list is read off the
// organisation drawn in each case's comment.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/reporting_chain.hpp"
#include "test_print.hpp"

using polku::InputError;
using polku::PersonKey;
using polku::ReportingChain;
using polku::SupervisorLink;
using Keys = std::vector<PersonKey>;

namespace {

// The message of the InputError that building the chain throws, or "" when it builds.
std::string build_error(const std::vector<SupervisorLink>& links,
                        const polku::PersonName& name = {}) {
    try {
        const ReportingChain chain(links, name);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reporting_chain)

BOOST_AUTO_TEST_CASE(direct_and_indirect_supervisors_are_above) {
    // 1 has 2 and 3; 2 has 4 and 5.
    const ReportingChain chain({{2, 1}, {3, 1}, {4, 2}, {5, 2}});
    BOOST_TEST(is_above(chain, 2, 4));  // direct
    BOOST_TEST(is_above(chain, 1, 4));  // through 2
    BOOST_TEST(is_above(chain, 1, 3));
    BOOST_TEST(!is_above(chain, 3, 4));   // a colleague's team is not one's own
    BOOST_TEST(!is_above(chain, 4, 2));   // below is not above
    BOOST_TEST(!is_above(chain, 4, 5));   // nor is a peer
    BOOST_TEST(!is_above(chain, 2, 2));   // nobody is above themselves
    BOOST_TEST(!is_above(chain, 1, 99));  // someone the chain does not know
    BOOST_TEST(chain.supervisor_of(4) == std::optional<PersonKey>(2));
    BOOST_TEST(!chain.supervisor_of(1).has_value());
    BOOST_TEST(chain.direct_reports(2) == (Keys{4, 5}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_team_reads_like_an_organisation_chart) {
    // 10 has 20, 30, 40 (given out of order; listed by key); 30 has 31 and 32; 31 has 35;
    // 40 has 41.
    const ReportingChain chain(
        {{40, 10}, {30, 10}, {20, 10}, {41, 40}, {32, 30}, {31, 30}, {35, 31}});
    BOOST_TEST(team_of(chain, 10) == (Keys{20, 30, 31, 35, 32, 40, 41}),
               boost::test_tools::per_element());
    BOOST_TEST(team_of(chain, 30) == (Keys{31, 35, 32}), boost::test_tools::per_element());
    BOOST_TEST(team_of(chain, 35).empty());
    BOOST_TEST(team_of(chain, 999).empty());
    BOOST_TEST(supervisors_above(chain, 35) == (Keys{31, 30, 10}),
               boost::test_tools::per_element());
    BOOST_TEST(supervisors_above(chain, 10).empty());
}

BOOST_AUTO_TEST_CASE(a_six_level_chain_is_walked_to_the_top_and_the_bottom) {
    // 1 ← 2 ← 3 ← 4 ← 5 ← 6: six levels, each reporting to the one before.
    const ReportingChain chain({{6, 5}, {5, 4}, {4, 3}, {3, 2}, {2, 1}});
    BOOST_TEST(is_above(chain, 1, 6));
    BOOST_TEST(is_above(chain, 5, 6));
    BOOST_TEST(!is_above(chain, 6, 1));
    BOOST_TEST(team_of(chain, 1) == (Keys{2, 3, 4, 5, 6}), boost::test_tools::per_element());
    BOOST_TEST(team_of(chain, 4) == (Keys{5, 6}), boost::test_tools::per_element());
    BOOST_TEST(supervisors_above(chain, 6) == (Keys{5, 4, 3, 2, 1}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_very_deep_chain_does_not_overflow) {
    // 20 000 levels: walks up and down are loops, not recursion.
    std::vector<SupervisorLink> links;
    for (PersonKey p = 2; p <= 20'000; ++p) {
        links.push_back({p, p - 1});
    }
    const ReportingChain chain(links);
    BOOST_TEST(is_above(chain, 1, 20'000));
    BOOST_TEST(team_of(chain, 1).size() == 19'999u);
    BOOST_TEST(team_of(chain, 1).back() == 20'000);
}

BOOST_AUTO_TEST_CASE(a_cycle_is_refused_naming_its_people_in_order) {
    // 5 → 7 → 3 → 5 (each reports to the next), with 9 hanging below 3: the message starts at
    // the smallest key of the loop and leaves 9 out.
    BOOST_TEST(build_error({{9, 3}, {5, 7}, {7, 3}, {3, 5}}) ==
               "the reporting chain goes round in a circle: person 3 → person 5 → person 7 → "
               "person 3 (each reports to the next)");
    // With the caller's names for people (e.g. employee ids).
    const auto name = [](PersonKey p) { return "E" + std::to_string(p); };
    BOOST_TEST(build_error({{1, 2}, {2, 1}}, name) ==
               "the reporting chain goes round in a circle: E1 → E2 → E1 (each reports to the "
               "next)");
}

BOOST_AUTO_TEST_CASE(reporting_to_oneself_is_a_cycle_of_one) {
    BOOST_TEST(build_error({{1, 2}, {4, 4}}) ==
               "the reporting chain goes round in a circle: person 4 → person 4 (each reports "
               "to the next)");
}

BOOST_AUTO_TEST_CASE(a_cycle_above_a_long_tail_is_found) {
    // 1 → 2 → … → 100 → 50: the loop 50..100 sits above a tail of 49 people.
    std::vector<SupervisorLink> links;
    for (PersonKey p = 1; p < 100; ++p) {
        links.push_back({p, p + 1});
    }
    links.push_back({100, 50});
    const std::string message = build_error(links);
    BOOST_TEST(
        message.starts_with("the reporting chain goes round in a circle: person 50 → "
                            "person 51 → "));
    BOOST_TEST(message.ends_with("person 100 → person 50 (each reports to the next)"));
    BOOST_TEST(message.find("person 49 ") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_supervisors_for_one_person_are_refused) {
    BOOST_TEST(build_error({{3, 1}, {3, 2}}) ==
               "person 3 has two supervisors: person 1 and "
               "person 2");
    // The same pair twice is only a repetition.
    BOOST_TEST(build_error({{3, 1}, {3, 1}}).empty());
}

BOOST_AUTO_TEST_CASE(an_empty_chain_has_nobody_above_anyone) {
    const ReportingChain chain;
    BOOST_TEST(!is_above(chain, 1, 2));
    BOOST_TEST(team_of(chain, 1).empty());
}

BOOST_AUTO_TEST_SUITE_END()
