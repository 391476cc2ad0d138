// polku-cli server grant USER --role hr|supervisor|auditor: enforced by the server's own
// GRANTs, tried by connecting as each role and writing (the postgresql run); an SQLite file
// has no roles (the sqlite run).
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(POLKU_SOURCE_DIR) / "tests" / "fixtures" / "paths";

// The run's URI with another user: postgresql://USER@host:port/db.
std::string as_user(const std::string& locator, const std::string& user) {
    const auto scheme = locator.find("://") + 3;
    const auto at = locator.find('@', scheme);
    return locator.substr(0, scheme) + user + locator.substr(at);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_server_roles)

BOOST_AUTO_TEST_CASE(each_role_may_do_what_it_is_for_and_nothing_more) {
    CliDatabase db;
    db.init();
    if (!testing_postgresql()) {
        const auto r = db.run({"server", "grant", "anyone", "--role", "hr"});
        BOOST_TEST(r.exit_code == 2, describe(r));
        BOOST_TEST(contains(r.err, "file permissions"));
        return;
    }
    for (const char* kind : {"projects", "people", "events", "sessions", "attendance"}) {
        const auto r = db.import(kind, kFixtures / (std::string(kind) + ".csv"));
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    }
    const std::string suffix = std::to_string(::getpid());
    const std::string hr = "hr_" + suffix, supervisor = "sup_" + suffix, auditor = "aud_" + suffix;
    for (const auto& user : {hr, supervisor, auditor}) {
        db.query("CREATE ROLE " + user + " LOGIN");
    }
    // A supervisor's login signs off as one person, named when it is granted.
    const auto unnamed = db.run({"server", "grant", supervisor, "--role", "supervisor"});
    BOOST_TEST(unnamed.exit_code == 2, describe(unnamed));
    BOOST_TEST(contains(unnamed.err, "--person EMPLOYEE_ID"));
    const auto needless = db.run({"server", "grant", hr, "--role", "hr", "--person", "E100"});
    BOOST_TEST(needless.exit_code == 2, describe(needless));
    const auto nobody =
        db.run({"server", "grant", supervisor, "--role", "supervisor", "--person", "E999"});
    BOOST_TEST(nobody.exit_code == 1, describe(nobody));
    BOOST_TEST(contains(nobody.err, "no person with the employee id 'E999'"));
    for (const auto& [user, role] : {std::pair{hr, "hr"}, std::pair{auditor, "auditor"}}) {
        const auto r = db.run({"server", "grant", user, "--role", role});
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
        BOOST_TEST(r.out == user + " now has the role " + role + " (group polku_" + role + ")\n");
    }
    const auto as_e200 =
        db.run({"server", "grant", supervisor, "--role", "supervisor", "--person", "E200"});
    BOOST_TEST_REQUIRE(as_e200.exit_code == 0, describe(as_e200));
    BOOST_TEST(as_e200.out ==
               supervisor +
                   " now has the role supervisor (group polku_supervisor), signing off "
                   "as E200\n");
    const auto missing = db.run({"server", "grant", "no_such_login", "--role", "hr"});
    BOOST_TEST(missing.exit_code == 1, describe(missing));
    BOOST_TEST(contains(missing.err, "there is no role 'no_such_login'"));

    const auto as = [&](const std::string& user, std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", as_user(db.locator(), user)});
        return run_cli(args);
    };
    const auto new_person =
        db.write("new-person.csv", "employee_id,first_name,last_name\nE900,Uusi,Henkilö\n");
    const auto sign_off = db.write("signoff.csv",
                                   "project,path_id,step,employee_id,date,by\n"
                                   "POLKU1,P,1,E201,2026-05-05,E200\n");

    // Everyone reads.
    for (const auto& user : {hr, supervisor, auditor}) {
        const auto r =
            as(user, {"report", "monitoring", "--project", "POLKU1", "--format", "json"});
        BOOST_TEST(r.exit_code == 0, user << ": " << describe(r));
    }
    // HR edits.
    const auto by_hr = as(hr, {"import", "people", new_person.string()});
    BOOST_TEST(by_hr.exit_code == 0, describe(by_hr));
    for (const auto& [kind, content] : std::vector<std::pair<std::string, std::string>>{
             {"paths", "project,path_id,name\nPOLKU1,P,Polku\n"},
             {"path_steps", "project,path_id,step,kind,title\nPOLKU1,P,1,signoff,Keskustelu\n"},
             {"assignments", "project,path_id,employee_id,start\nPOLKU1,P,E201,2026-01-15\n"}}) {
        const auto r = as(hr, {"import", kind, db.write(kind + ".csv", content).string()});
        BOOST_TEST(r.exit_code == 0, describe(r));
    }

    // A supervisor signs off, and may change nothing else.
    const auto signed_off = as(supervisor, {"import", "signoffs", sign_off.string()});
    BOOST_TEST(signed_off.exit_code == 0, describe(signed_off));
    const auto person_by_supervisor = as(supervisor, {"import", "people",
                                                      db.write("p2.csv",
                                                               "employee_id,first_name,last_name\n"
                                                               "E901,Toinen,Henkilö\n")
                                                          .string()});
    BOOST_TEST(person_by_supervisor.exit_code == 3, describe(person_by_supervisor));
    BOOST_TEST(contains(person_by_supervisor.err, "permission denied"));
    BOOST_TEST(contains(person_by_supervisor.err, "server grant"));

    // ...only as their own person, and only for the people below them: the server's row
    // security holds whatever the client does. E100 is above E201, but this login is E200's.
    const auto as_someone_else =
        as(supervisor, {"import", "signoffs",
                        db.write("s-e100.csv",
                                 "project,path_id,step,employee_id,date,by\n"
                                 "POLKU1,P,1,E201,2026-05-08,E100\n")
                            .string()});
    BOOST_TEST(as_someone_else.exit_code == 3, describe(as_someone_else));
    BOOST_TEST(contains(as_someone_else.err, "row-level security"), describe(as_someone_else));
    BOOST_TEST(contains(as_someone_else.err, "signs off only as its own person"));
    const auto psql_as = [&](const std::string& user, const std::string& employee_id) {
        return run_process(
            {"psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", as_user(db.locator(), user), "-c",
             "INSERT INTO sign_offs (step_id, person_id, signed_on, signed_by) SELECT st.id, "
             "p.id, '2026-05-09', s.id FROM path_steps st, people p, people s WHERE p.employee_id "
             "= '" +
                 employee_id + "' AND s.employee_id = 'E200'"});
    };
    const auto outside_the_chain = psql_as(supervisor, "E300");
    BOOST_TEST(outside_the_chain.exit_code != 0, describe(outside_the_chain));
    BOOST_TEST(contains(outside_the_chain.err, "row-level security"), describe(outside_the_chain));
    const auto two_levels_down = psql_as(supervisor, "E203");  // E203 → E201 → E200
    BOOST_TEST(two_levels_down.exit_code == 0, describe(two_levels_down));
    BOOST_TEST(db.query("SELECT p.employee_id FROM sign_offs o JOIN people p ON p.id = "
                        "o.person_id ORDER BY 1") == "E201\nE203\n");
    // Nor may a supervisor say who they are: the links are the grantor's.
    const auto relink = run_process({"psql", "-X", "-q", as_user(db.locator(), supervisor), "-c",
                                     "UPDATE server_logins SET person_id = person_id"});
    BOOST_TEST(relink.exit_code != 0, describe(relink));
    BOOST_TEST(contains(relink.err, "permission denied"), describe(relink));

    // An auditor reads only.
    const auto by_auditor = as(auditor, {"import", "people",
                                         db.write("p3.csv",
                                                  "employee_id,first_name,last_name\n"
                                                  "E902,Kolmas,Henkilö\n")
                                             .string()});
    BOOST_TEST(by_auditor.exit_code == 3, describe(by_auditor));
    const auto sign_by_auditor = as(auditor, {"import", "signoffs",
                                              db.write("s2.csv",
                                                       "project,path_id,step,employee_id,date,by\n"
                                                       "POLKU1,P,1,E201,2026-05-06,E100\n")
                                                  .string()});
    BOOST_TEST(sign_by_auditor.exit_code == 3, describe(sign_by_auditor));
    BOOST_TEST(
        db.query("SELECT employee_id FROM people WHERE employee_id LIKE 'E90%' ORDER BY 1") ==
        "E900\n");
    BOOST_TEST(db.query("SELECT signed_on FROM sign_offs ORDER BY 1") ==
               "2026-05-05\n2026-05-09\n");

    // The audit trail only grows: HR cannot rewrite it, so erasing (which scrubs it) is the
    // owner's.
    const auto tamper =
        run_process({"psql", "-X", "-q", as_user(db.locator(), hr), "-c", "DELETE FROM audit_log"});
    BOOST_TEST(tamper.exit_code != 0, describe(tamper));
    BOOST_TEST(contains(tamper.err, "permission denied for table audit_log"), describe(tamper));
    const auto erase_by_hr = as(hr, {"person", "erase", "E900", "--yes"});
    BOOST_TEST(erase_by_hr.exit_code == 3, describe(erase_by_hr));
    BOOST_TEST(contains(erase_by_hr.err, "permission denied"));
    BOOST_TEST(db.query("SELECT COUNT(*) FROM erasures") == "0\n");
    const auto erase_by_owner = db.run({"person", "erase", "E900", "--yes"});
    BOOST_TEST(erase_by_owner.exit_code == 0, describe(erase_by_owner));

    // A new role replaces the old one.
    const auto regrant = db.run({"server", "grant", supervisor, "--role", "auditor"});
    BOOST_TEST_REQUIRE(regrant.exit_code == 0, describe(regrant));
    const auto after = as(supervisor, {"import", "signoffs",
                                       db.write("s3.csv",
                                                "project,path_id,step,employee_id,date,by\n"
                                                "POLKU1,P,1,E201,2026-05-07,E100\n")
                                           .string()});
    BOOST_TEST(after.exit_code == 3, describe(after));
    BOOST_TEST(db.query("SELECT COUNT(*) FROM server_logins") == "0\n");
}

BOOST_AUTO_TEST_SUITE_END()
