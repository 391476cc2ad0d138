// The person editor's draft checked with the people.csv import's rules, by hand-made values,
// and a change described field by field for a record's history.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/audit_record.hpp"
#include "core/person_draft.hpp"

using namespace polku;

namespace {

const RowContext kContext{2026};

PersonDraft anna() {
    PersonDraft d;
    d.employee_id = "E100";
    d.first_name = "Anna";
    d.last_name = "Virtanen";
    d.organisation = "Oulunkaari";
    d.unit = "Kotihoito";
    d.supervisor_id = "E101";
    d.gender = "female";
    d.birth_year = "1980";
    d.education = "isced_5_8";
    d.labour_status = "employed";
    d.target_groups = {{"S1", "Hoitajat"}, {"S2", "Esihenkilöt"}};
    return d;
}

std::string fields_of(const CheckedPerson& checked) {
    std::string out;
    for (const auto& p : checked.problems) {
        out += (out.empty() ? "" : ",") + p.field;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(person_form)

BOOST_AUTO_TEST_CASE(a_good_draft_gives_the_record_the_import_would) {
    const auto checked = check_person_draft(anna(), kContext);
    BOOST_TEST(checked.ok());
    const auto& p = checked.person;
    BOOST_TEST(p.employee_id == "E100");
    BOOST_TEST(p.unit.value_or("") == "Kotihoito");
    BOOST_TEST(p.supervisor_id.value_or("") == "E101");
    BOOST_TEST((p.gender == std::optional(Gender::female)));
    BOOST_TEST(p.birth_year.value_or(0) == 1980);
    BOOST_TEST((p.education == std::optional(Education::isced_5_8)));
    BOOST_TEST((p.labour_status == std::optional(LabourStatus::employed)));
    BOOST_REQUIRE(p.target_groups.size() == 2u);
    BOOST_TEST(p.target_groups[1].group == "Esihenkilöt");
    // Back to a draft, the same texts.
    BOOST_TEST((person_draft(p) == anna()));
}

BOOST_AUTO_TEST_CASE(blank_choices_are_not_given) {
    auto d = anna();
    d.gender = d.birth_year = d.education = d.labour_status = "";
    const auto checked = check_person_draft(d, kContext);
    BOOST_TEST(checked.ok());
    BOOST_TEST(!checked.person.gender);
    BOOST_TEST(!checked.person.birth_year);
    BOOST_TEST(!checked.person.labour_status);
}

BOOST_AUTO_TEST_CASE(each_wrong_field_is_named_with_the_imports_message) {
    auto d = anna();
    d.birth_year = "2027";
    BOOST_TEST(fields_of(check_person_draft(d, kContext)) == "birth_year");
    BOOST_TEST(check_person_draft(d, kContext).problems[0].message == "2027 is in the future");
    d.birth_year = "1899";
    BOOST_TEST(fields_of(check_person_draft(d, kContext)) == "birth_year");
    d = anna();
    d.supervisor_id = "E100";
    BOOST_TEST(check_person_draft(d, kContext).problems[0].message ==
               "a person cannot be their own supervisor");
    d = anna();
    d.organisation = "";
    BOOST_TEST(fields_of(check_person_draft(d, kContext)) == "unit");
    d = anna();
    d.first_name = "";
    d.email = "anna at example";
    d.gender = "woman";
    BOOST_TEST(fields_of(check_person_draft(d, kContext)) == "first_name,email,gender");
}

BOOST_AUTO_TEST_CASE(a_change_reads_old_to_new_field_by_field) {
    AuditChange change;
    change.action = AuditAction::update;
    change.old_values = {{"gender", std::string("male")}, {"birth_year", std::monostate{}}};
    change.new_values = {{"gender", std::string("female")}, {"birth_year", std::int64_t{1980}}};
    BOOST_TEST(describe_change(change) == "gender: male → female; birth_year: – → 1980");
    change.old_values.clear();
    BOOST_TEST(describe_change(change) == "gender = female, birth_year = 1980");
    change.old_values = {{"email", std::string("a@b.fi")}};
    change.new_values.clear();
    BOOST_TEST(describe_change(change) == "email = a@b.fi");
}

BOOST_AUTO_TEST_SUITE_END()
