// The audit trail's plain values: what an update records, how fields read as text, and the
// ESF age band an erasure keeps.
#include <boost/test/unit_test.hpp>

#include "core/age_band.hpp"
#include "core/audit_record.hpp"

using namespace polku;

namespace {

Date jan1(int year) {
    return Date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_record)

BOOST_AUTO_TEST_CASE(an_update_keeps_only_the_fields_that_changed) {
    const AuditFields before{{"status", std::string("present")},
                             {"minutes", std::monostate{}},
                             {"note", std::string("x")}};
    const AuditFields after{{"status", std::string("partial")},
                            {"minutes", std::int64_t{90}},
                            {"note", std::string("x")}};
    const auto [old_values, new_values] = changed_fields(before, after);
    BOOST_TEST(describe(old_values) == "status = present, minutes = –");
    BOOST_TEST(describe(new_values) == "status = partial, minutes = 90");
    // An insert has no before, a delete no after: every field is on one side.
    BOOST_TEST(describe(changed_fields({}, after).second) ==
               "status = partial, minutes = 90, note = x");
    BOOST_TEST(changed_fields(before, {}).first.size() == 3u);
    BOOST_TEST(changed_fields(before, before).first.empty());
}

BOOST_AUTO_TEST_CASE(actions_have_the_names_the_table_stores) {
    for (const auto a : {AuditAction::insert, AuditAction::update, AuditAction::remove,
                         AuditAction::import, AuditAction::erase}) {
        BOOST_TEST((parse_audit_action(name_of(a)) == a));
    }
    BOOST_TEST(name_of(AuditAction::remove) == "delete");
    BOOST_TEST(!parse_audit_action("drop"));
}

BOOST_AUTO_TEST_CASE(the_age_band_is_taken_in_the_year_of_the_start) {
    // domain.md: age = year of the start date − birth year; under 25, 25–54, 55 and over.
    BOOST_TEST((age_band(2000, jan1(2024)) == AgeBand::under_25));       // 24
    BOOST_TEST((age_band(1999, jan1(2024)) == AgeBand::from_25_to_54));  // 25
    BOOST_TEST((age_band(1970, jan1(2024)) == AgeBand::from_25_to_54));  // 54
    BOOST_TEST((age_band(1969, jan1(2024)) == AgeBand::from_55));        // 55
    for (const auto b : {AgeBand::under_25, AgeBand::from_25_to_54, AgeBand::from_55}) {
        BOOST_TEST((parse_age_band(name_of(b)) == b));
    }
    BOOST_TEST(!parse_age_band("30_54"));
}

BOOST_AUTO_TEST_SUITE_END()
