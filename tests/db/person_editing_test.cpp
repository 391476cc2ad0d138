// Editing a person through app::save_person on the backend of the run: the draft is checked
// with the people.csv import's rules before anything is written; a save writes the person,
// their supervisor and target groups with one audit row of the changed fields in one
// transaction; a supervisor cycle is refused naming the people; a locked period keeps the ESF
// data of the people it counts.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/period_lock_service.hpp"
#include "app/person_editing_service.hpp"
#include "core/error.hpp"
#include "core/period_lock.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

const RowContext kContext{2026};

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    void import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    Fixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,supervisor_id,gender,birth_year,target_groups\n"
               "E1,Åsa,Öhman,E2,female,1980,S1:Hoitajat\n"
               "E2,Eero,Mäkinen,E3,male,1975,S1:Esihenkilöt\n"
               "E3,Pia,Pohjola,,female,1970,\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,15:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status\nEV1,15.3.2024,E1,present\n"
               "EV1,15.3.2024,E2,present\n");
    }

    PersonDraft draft(const std::string& employee_id) {
        return person_draft(app::read_person(db, employee_id));
    }

    std::vector<AuditEntry> edits() {
        std::vector<AuditEntry> out;
        for (auto& e : db::AuditRepository(db).read({})) {
            if (e.change.action != AuditAction::import) {
                out.push_back(std::move(e));
            }
        }
        return out;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(person_editing, Fixture)

BOOST_AUTO_TEST_CASE(a_person_reads_back_as_imported) {
    const auto p = app::read_person(db, "E2");
    BOOST_TEST(p.first_name == "Eero");
    BOOST_TEST(p.supervisor_id.value_or("") == "E3");
    BOOST_TEST((p.gender == std::optional(Gender::male)));
    BOOST_TEST(p.birth_year.value_or(0) == 1975);
    BOOST_REQUIRE(p.target_groups.size() == 1u);
    BOOST_TEST(p.target_groups[0].group == "Esihenkilöt");
    const auto groups = app::target_group_choices(db);
    BOOST_REQUIRE(groups.size() == 2u);
    BOOST_TEST(groups[0].group == "Esihenkilöt");
    BOOST_TEST(groups[1].group == "Hoitajat");
    BOOST_CHECK_THROW(app::read_person(db, "E9"), InputError);
}

BOOST_AUTO_TEST_CASE(a_change_is_saved_with_one_audit_row_of_the_changed_fields) {
    auto d = draft("E2");
    d.gender = "female";
    d.target_groups.push_back({"S1", "Hoitajat"});
    d.email = "eero@example.fi";
    app::save_person(db, "E2", d, kContext);
    const auto p = app::read_person(db, "E2");
    BOOST_TEST((p.gender == std::optional(Gender::female)));
    BOOST_TEST(p.target_groups.size() == 2u);
    BOOST_TEST(p.email.value_or("") == "eero@example.fi");
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(rows[0].change.table == "people");
    BOOST_TEST(describe(rows[0].change.key) == "employee_id = E2");
    BOOST_TEST(describe(rows[0].change.old_values) ==
               "email = –, gender = male, target_groups = S1:Esihenkilöt");
    BOOST_TEST(describe(rows[0].change.new_values) ==
               "email = eero@example.fi, gender = female, target_groups = "
               "S1:Esihenkilöt|S1:Hoitajat");
    // The person's own rows are theirs: report audit --person finds it.
    db::AuditQuery query;
    query.employee_id = "E2";
    BOOST_TEST(db::AuditRepository(db).read(query).size() >= 1u);

    const auto figures = app::monitoring_report(db, app::ReportRequest{"S1", {}, {}}).figures;
    BOOST_TEST(figures.days_hundredths.women == 200);
    BOOST_TEST(figures.days_hundredths.men == 0);

    // Saving again what is stored writes no row.
    app::save_person(db, "E2", draft("E2"), kContext);
    BOOST_TEST(edits().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_draft_the_import_would_refuse_writes_nothing) {
    auto d = draft("E1");
    d.birth_year = "2099";
    d.gender = "woman";
    try {
        app::save_person(db, "E1", d, kContext);
        BOOST_FAIL("saved");
    } catch (const InputErrors& e) {
        BOOST_REQUIRE(e.errors().size() == 2u);
        BOOST_TEST(e.errors()[0].place.column == "gender");
        BOOST_TEST(e.errors()[1].place.column == "birth_year");
        BOOST_TEST(e.errors()[1].message.find("future") != std::string::npos);
    }
    BOOST_TEST(app::read_person(db, "E1").birth_year.value_or(0) == 1980);
    BOOST_TEST(edits().empty());
}

BOOST_AUTO_TEST_CASE(a_supervisor_cycle_is_refused_naming_the_people) {
    auto d = draft("E3");
    d.supervisor_id = "E1";  // E1 → E2 → E3 already
    try {
        app::save_person(db, "E3", d, kContext);
        BOOST_FAIL("saved");
    } catch (const InputError& e) {
        BOOST_TEST(e.place().column == "supervisor_id");
        BOOST_TEST(std::string(e.what()).find("E1 → E2 → E3 → E1") != std::string::npos, e.what());
    }
    BOOST_TEST(!app::read_person(db, "E3").supervisor_id);
    BOOST_TEST(edits().empty());

    d.supervisor_id = "E404";
    BOOST_CHECK_THROW(app::save_person(db, "E3", d, kContext), InputError);
}

BOOST_AUTO_TEST_CASE(a_new_person_and_a_new_employee_id) {
    PersonDraft d;
    d.employee_id = "E4";
    d.first_name = "Ulla";
    d.last_name = "Uusi";
    d.organisation = "Oulunkaari";
    d.unit = "Kotihoito";
    d.supervisor_id = "E3";
    app::save_person(db, "", d, kContext);
    const auto p = app::read_person(db, "E4");
    BOOST_TEST(p.unit.value_or("") == "Kotihoito");
    BOOST_TEST(p.supervisor_id.value_or("") == "E3");
    auto rows = edits();
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(name_of(rows[0].change.action) == "insert");
    BOOST_TEST(rows[0].change.old_values.empty());

    // Taken ids are refused beside the field.
    d.employee_id = "E1";
    try {
        app::save_person(db, "E4", d, kContext);
        BOOST_FAIL("saved");
    } catch (const InputError& e) {
        BOOST_TEST(e.place().column == "employee_id");
    }
    d.employee_id = "E5";
    app::save_person(db, "E4", d, kContext);
    BOOST_CHECK_THROW(app::read_person(db, "E4"), InputError);
    rows = edits();
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(describe(rows[1].change.old_values) == "employee_id = E4");
    BOOST_TEST(describe(rows[1].change.new_values) == "employee_id = E5");
}

BOOST_AUTO_TEST_CASE(a_locked_period_keeps_the_esf_data_of_the_people_it_counts) {
    app::lock_period(db, "S1", date(2024, 3, 31), "maksatushakemus 1");
    const auto before = edits().size();  // the lock's own row
    auto d = draft("E1");
    d.birth_year = "1981";
    try {
        app::save_person(db, "E1", d, kContext);
        BOOST_FAIL("saved");
    } catch (const PeriodLockedError& e) {
        BOOST_TEST(e.place().column == "birth_year");
        BOOST_TEST(std::string(e.what()).find("31.3.2024") != std::string::npos, e.what());
    }
    d = draft("E1");
    d.target_groups.clear();
    BOOST_CHECK_THROW(app::save_person(db, "E1", d, kContext), PeriodLockedError);
    BOOST_TEST(edits().size() == before);
    // A name is no figure's: it changes. So does the ESF data of someone counted only later
    // (E3 has no entry at all).
    d = draft("E1");
    d.first_name = "Åse";
    app::save_person(db, "E1", d, kContext);
    d = draft("E3");
    d.gender = "other";
    app::save_person(db, "E3", d, kContext);
    BOOST_TEST(edits().size() == before + 2);
}

BOOST_AUTO_TEST_SUITE_END()
