// lock, unlock and locks end to end (issue 8): a locked period refuses every import that would
// add or change an entry dated in it, or what its figures are counted by, listing each line,
// writing nothing; unlocking with a reason lets the same file in; both show in report audit.
#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

const char* const kLockedMessage = "project ESR1 is locked through 31.3.2024";

void lock_march(const CliDatabase& db) {
    const auto r = db.run({"lock", "--project", "ESR1", "--to", "2024-03-31", "--reason",
                           "1. maksatushakemus lähetetty"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    BOOST_TEST(r.err == "ESR1: locked through 2024-03-31 (was not locked)\n");
}

// Imports `content` and checks it is refused with exactly `problems`, the database unchanged.
void check_refused(const CliDatabase& db, const std::string& kind, const std::string& name,
                   const std::string& content, const std::vector<Problem>& problems) {
    const std::string before = db.snapshot();
    const auto file = db.write(name, content);
    check_rejected(db.import(kind, file), file, problems);
    BOOST_TEST(db.snapshot() == before, "a refused import must write nothing");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_period_locks)

BOOST_AUTO_TEST_CASE(attendance_in_a_locked_period_is_refused_until_unlocked) {
    CliDatabase db;
    seed(db);
    lock_march(db);
    const std::string attendance =
        "event_id,date,start,employee_id,status,minutes\n"
        "EV1,15.3.2024,,E2,present,\n"
        "EV2,5.4.2024,9:00,E2,present,\n"
        "EV1,15.3.2024,,E1,absent,\n";
    check_refused(db, "attendance", "march.csv", attendance,
                  {{2, "date", kLockedMessage}, {4, "date", "unlock it first"}});

    // Dated after the lock: in.
    db.import_ok("attendance", "april.csv",
                 "event_id,date,start,employee_id\nEV2,5.4.2024,13:00,E2\n", 1, 0, 0);

    const auto list = db.run({"locks"});
    BOOST_TEST(list.exit_code == 0, describe(list));
    BOOST_TEST(starts_with(list.out, "ESR1: locked through 2024-03-31; locked "), list.out);
    BOOST_TEST(contains(list.out, ": 1. maksatushakemus lähetetty\n"), list.out);

    const auto unlock =
        db.run({"unlock", "--project", "ESR1", "--reason", "kirjausvirhe korjataan"});
    BOOST_TEST_REQUIRE(unlock.exit_code == 0, describe(unlock));
    BOOST_TEST(unlock.err == "ESR1: not locked (was locked through 2024-03-31)\n");
    db.import_ok("attendance", "march-again.csv", attendance, 2, 1, 0);

    const auto audit = db.run(
        {"report", "audit", "--project", "ESR1", "--format", "csv", "--csv-style", "machine"});
    BOOST_TEST_REQUIRE(audit.exit_code == 0, describe(audit));
    // Both the lock and the unlock, each with its reason.
    BOOST_TEST(contains(audit.out, ",insert,period_locks,project = ESR1,"), audit.out);
    BOOST_TEST(contains(audit.out, ",update,period_locks,project = ESR1,"), audit.out);
    BOOST_TEST(contains(audit.out, "locked_through = 2024-03-31, reason = 1. maksatushakemus"),
               audit.out);
    BOOST_TEST(contains(audit.out, "locked_through = –, reason = kirjausvirhe korjataan"),
               audit.out);
}

BOOST_AUTO_TEST_CASE(what_locked_figures_are_counted_by_cannot_change) {
    CliDatabase db;
    seed(db);
    db.import_ok("people", "esf.csv",
                 "employee_id,first_name,last_name,gender\nE1,Aino,Aalto,female\n"
                 "E2,Bertta,Berg,female\n",
                 0, 2, 0);
    lock_march(db);
    check_refused(db, "sessions", "sessions.csv",
                  "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,15:00,60\n",
                  {{2, "date", "a session dated 15.3.2024 cannot be added or changed"}});
    check_refused(db, "events", "events.csv",
                  "event_id,project,title,kind\nEV1,ESR1,Kirjaaminen,seminar\n"
                  "EV2,ESR1,Työhyvinvointi,seminar\n",
                  {{2, "kind", kLockedMessage}});
    check_refused(db, "projects", "projects.csv",
                  "code,name,implementer,start,end,day_minutes\n"
                  "ESR1,Osaava henkilöstö,Kuopion kaupunki,2024-01-01,2025-12-31,420\n",
                  {{2, "day_minutes", "the project's day_minutes cannot change"}});
    // E1 is counted on 15.3.2024; E2 is not counted anywhere yet.
    check_refused(db, "people", "people.csv",
                  "employee_id,first_name,last_name,gender\nE1,Aino,Aalto,male\n"
                  "E2,Bertta,Berg,other\n",
                  {{2, "gender", "the gender of a person counted in the locked period"}});
    db.import_ok("people", "e2.csv",
                 "employee_id,first_name,last_name,gender\nE2,Bertta,Berg,other\n", 0, 1, 0);
}

BOOST_AUTO_TEST_CASE(lock_and_unlock_say_what_is_wrong_with_their_exit_codes) {
    CliDatabase db;
    seed(db);
    const auto no_reason = db.run({"lock", "--project", "ESR1", "--to", "2024-03-31"});
    BOOST_TEST(no_reason.exit_code == 2, describe(no_reason));
    const auto empty_reason =
        db.run({"lock", "--project", "ESR1", "--to", "2024-03-31", "--reason", " "});
    BOOST_TEST(empty_reason.exit_code == 2, describe(empty_reason));
    const auto unknown =
        db.run({"lock", "--project", "NOPE", "--to", "2024-03-31", "--reason", "x"});
    BOOST_TEST(unknown.exit_code == 1, describe(unknown));
    BOOST_TEST(unknown.err == "polku-cli: no project with code 'NOPE'\n");
    const auto bad_date =
        db.run({"lock", "--project", "ESR1", "--to", "31.2.2024", "--reason", "x"});
    BOOST_TEST(bad_date.exit_code == 1, describe(bad_date));
    const auto not_locked = db.run({"unlock", "--project", "ESR1", "--reason", "x"});
    BOOST_TEST(not_locked.exit_code == 1, describe(not_locked));
    BOOST_TEST(not_locked.err == "polku-cli: project ESR1 is not locked\n");

    lock_march(db);
    const auto backwards =
        db.run({"lock", "--project", "ESR1", "--to", "2024-02-29", "--reason", "x"});
    BOOST_TEST(backwards.exit_code == 1, describe(backwards));
    BOOST_TEST(contains(backwards.err, "already locked through 31.3.2024"));
    const auto lowered =
        db.run({"unlock", "--project", "ESR1", "--to", "2024-02-29", "--reason", "maaliskuu auki"});
    BOOST_TEST(lowered.exit_code == 0, describe(lowered));
    BOOST_TEST(lowered.err == "ESR1: locked through 2024-02-29 (was locked through 2024-03-31)\n");
    db.import_ok("attendance", "march.csv", "event_id,date,start,employee_id\nEV1,15.3.2024,,E2\n",
                 1, 0, 0);
}

BOOST_AUTO_TEST_SUITE_END()
