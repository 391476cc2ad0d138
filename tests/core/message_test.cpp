// core's messages through an installed translator (core/message.hpp): real validations give
// the translated sentence with their values put in, and without a translator the English.
// The translator here is a small table of the test's own, standing in for the desktop's
// catalogue (its lookup is tested in tests/gui).
#include <boost/test/unit_test.hpp>

#include <map>
#include <string>

#include "core/error.hpp"
#include "core/event_draft.hpp"
#include "core/message.hpp"
#include "core/person_draft.hpp"

using namespace polku;

namespace {

std::string test_finnish(std::string_view msgid) {
    static const std::map<std::string, std::string, std::less<>> table = {
        {"'{}' is not an email address", "'{}' ei ole sähköpostiosoite"},
        {"the session ends ({}) before or when it starts ({})",
         "kerta alkaa ({1}) vasta kun se päättyy ({0}) tai sen jälkeen"},
        {"'{}' is not a valid time of day; write 09:00, 9:00 or 9.00 (00:00 to 23:59)",
         "'{}' ei ole kellonaika"},
        {"{} (and {} more)", "{} (ja {} muuta)"},
    };
    const auto it = table.find(msgid);
    return it == table.end() ? std::string(msgid) : it->second;
}

// Installs the test's translator for one test and the identity again after it, pass or fail.
struct FinnishMessages {
    FinnishMessages() { set_translator(&test_finnish); }
    ~FinnishMessages() { set_translator(nullptr); }
};

PersonDraft person_with_email(std::string email) {
    PersonDraft d;
    d.employee_id = "E100";
    d.first_name = "Anna";
    d.last_name = "Virtanen";
    d.email = std::move(email);
    return d;
}

EventDraft event_with_session(std::string start, std::string end) {
    EventDraft d;
    d.event_id = "EV1";
    d.project = "S1";
    d.title = "Lääkehoidon koulutus";
    d.kind = "course";
    d.sessions.push_back({"15.3.2024", std::move(start), std::move(end), "", std::nullopt});
    return d;
}

std::string problem_of(const std::vector<DraftProblem>& problems, const std::string& field) {
    for (const auto& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return "(no problem in " + field + ")";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(messages)

BOOST_AUTO_TEST_CASE(placeholders_take_the_arguments_in_order_or_by_number) {
    BOOST_TEST(substitute("{} to {}", {"9:00", "16:00"}) == "9:00 to 16:00");
    BOOST_TEST(substitute("{1} ennen {0}", {"9:00", "16:00"}) == "16:00 ennen 9:00");
    BOOST_TEST(substitute("{} and {}", {"one"}) == "one and {}");  // no argument: kept
    BOOST_TEST(substitute("{x} {", {"a"}) == "{x} {");             // other braces are text
    BOOST_TEST(substitute("no placeholders", {"a"}) == "no placeholders");
    BOOST_TEST(message("{} minutes of {}", 390, std::string("EV1")) == "390 minutes of EV1");
    BOOST_TEST(message("{} of {}", std::size_t{3}, "E100") == "3 of E100");
}

BOOST_AUTO_TEST_CASE(without_a_translator_messages_are_the_english_msgids) {
    set_translator(nullptr);
    BOOST_TEST(translate("a value is required") == "a value is required");
    const auto checked = check_person_draft(person_with_email("anna.virtanen"), RowContext{2026});
    BOOST_TEST(problem_of(checked.problems, "email") == "'anna.virtanen' is not an email address");
}

BOOST_FIXTURE_TEST_CASE(a_bad_email_is_refused_in_the_installed_language, FinnishMessages) {
    const auto checked = check_person_draft(person_with_email("anna.virtanen"), RowContext{2026});
    BOOST_TEST(!checked.ok());
    BOOST_TEST(problem_of(checked.problems, "email") == "'anna.virtanen' ei ole sähköpostiosoite");

    set_translator(nullptr);  // back to English: the same check says it in English again
    const auto english = check_person_draft(person_with_email("anna.virtanen"), RowContext{2026});
    BOOST_TEST(problem_of(english.problems, "email") == "'anna.virtanen' is not an email address");
}

BOOST_FIXTURE_TEST_CASE(a_session_ending_before_it_starts_names_both_times_reordered,
                        FinnishMessages) {
    const auto checked = check_event_draft(event_with_session("12:00", "9:30"));
    BOOST_TEST(!checked.ok());
    BOOST_TEST(problem_of(checked.problems, "end") ==
               "kerta alkaa (12:00) vasta kun se päättyy (9:30) tai sen jälkeen");
    const auto bad_time = check_event_draft(event_with_session("25:00", "9:30"));
    BOOST_TEST(problem_of(bad_time.problems, "start") == "'25:00' ei ole kellonaika");

    set_translator(nullptr);
    BOOST_TEST(problem_of(check_event_draft(event_with_session("12:00", "9:30")).problems, "end") ==
               "the session ends (9:30) before or when it starts (12:00)");
}

BOOST_FIXTURE_TEST_CASE(a_message_without_a_translation_stays_english, FinnishMessages) {
    const auto checked = check_person_draft(person_with_email(""), RowContext{2026});
    PersonDraft nameless = person_with_email("");
    nameless.first_name.clear();
    const auto refused = check_person_draft(nameless, RowContext{2026});
    BOOST_TEST(checked.problems.empty());
    BOOST_TEST(problem_of(refused.problems, "first_name") == "a value is required");
}

BOOST_FIXTURE_TEST_CASE(several_errors_are_summed_up_in_the_installed_language, FinnishMessages) {
    const InputErrors errors({FieldError{Place{"people.csv", 2, "email"}, "first"},
                              FieldError{Place{"people.csv", 3, "email"}, "second"},
                              FieldError{Place{"people.csv", 4, "email"}, "third"}});
    BOOST_TEST(std::string(errors.what()) == "people.csv:2: email: first (ja 2 muuta)");
    set_translator(nullptr);
    const InputErrors english({FieldError{Place{"people.csv", 2, "email"}, "first"},
                               FieldError{Place{"people.csv", 3, "email"}, "second"}});
    BOOST_TEST(std::string(english.what()) == "people.csv:2: email: first (and 1 more)");
}

BOOST_AUTO_TEST_SUITE_END()
