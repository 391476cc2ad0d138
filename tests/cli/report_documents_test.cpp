// Reports as documents (xlsx, pdf, html) from the command line: each format is written whole,
// private, to a file or to standard output; a file that cannot be written leaves nothing
// behind. The writers' own tests (tests/reports) check what is inside with LibreOffice,
// pdftotext and xmllint.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "tests/cli/report_fixture.hpp"

using polku::test::run_process;

namespace {

struct DocumentFixture : polku::test::ReportFixture {
    DocumentFixture() {
        import("projects",
               "code,name,implementer,start,end\nP1,Työhyvinvointi ÄÖÅ,Oulunkaaren "
               "kuntayhtymä,1.1.2024,31.12.2024\n");
        import("targets", "project,metric,planned\nP1,person_training_days,10\n");
        import(
            "people",
            "employee_id,first_name,last_name,organisation,unit\nA,Aino,Äijälä,Kunta,Perusturva\n");
        import("events", "event_id,project,title,kind,place\nK,P1,Kurssi,course,Sali 1\n");
        import("sessions", "event_id,date,start,end\nK,4.3.2024,9:00,15:00\n");
        import("attendance", "event_id,date,employee_id\nK,4.3.2024,A\n");
    }

    static std::string head(const std::string& bytes, std::size_t n) { return bytes.substr(0, n); }
};

// What each format's file starts with: PDF's header, a ZIP (XLSX), the HTML doctype.
const std::vector<std::pair<std::string, std::string>> kMagic{
    {"pdf", "%PDF-"}, {"xlsx", "PK\x03\x04"}, {"html", "<!DOCTYPE html>"}};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(report_documents, DocumentFixture)

BOOST_AUTO_TEST_CASE(every_report_writes_every_document_format_privately) {
    for (const auto& [format, magic] : kMagic) {
        for (const std::vector<std::string>& kind :
             {std::vector<std::string>{"monitoring"},
              {"ledger"},
              {"transcript", "--person", "A"},
              {"signin", "--event", "K", "--date", "4.3.2024"}}) {
            const auto path = t.dir() / (kind[0] + "." + format);
            std::vector<std::string> args{"report"};
            args.insert(args.end(), kind.begin(), kind.end());
            args.insert(args.end(), {"--format", format, "--lang", "fi", "-o", path.string()});
            const auto r = cli(args);
            BOOST_TEST_CONTEXT(kind[0] << " as " << format) {
                BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
                BOOST_TEST(r.out.empty());
                BOOST_TEST(head(polku::test::read_file(path), magic.size()) == magic);
                struct stat st {};
                BOOST_REQUIRE(::stat(path.c_str(), &st) == 0);
                BOOST_TEST((st.st_mode & 0777) == 0600u);
            }
        }
    }
    // Nothing but the reports themselves: no temporary file is left beside them.
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(t.dir())) {
        const auto name = entry.path().filename().string();
        BOOST_TEST(name.front() != '.', name);
        ++files;
    }
    BOOST_TEST(files >= 12u);
}

BOOST_AUTO_TEST_CASE(a_binary_document_goes_to_standard_output_whole) {
    for (const auto& [format, magic] : kMagic) {
        const auto r = cli({"report", "monitoring", "--format", format});
        BOOST_TEST_CONTEXT(format) {
            BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
            BOOST_TEST(head(r.out, magic.size()) == magic);
        }
    }
    const auto html = cli({"report", "monitoring", "--format", "html", "--lang", "fi"});
    BOOST_TEST(html.out.find("Työhyvinvointi ÄÖÅ") != std::string::npos);
    BOOST_TEST(html.out.find("lang=\"fi\"") != std::string::npos);
    BOOST_TEST(html.out.find("Seurantaraportti") != std::string::npos);
    const auto english = cli({"report", "monitoring", "--format", "html", "--lang", "en"});
    BOOST_TEST(english.out.find("Monitoring report") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_folder_that_does_not_exist_is_an_input_error) {
    for (const auto& [format, magic] : kMagic) {
        const auto path = t.dir() / "no such folder" / ("report." + format);
        const auto r = cli({"report", "monitoring", "--format", format, "-o", path.string()});
        BOOST_TEST_CONTEXT(format) {
            BOOST_TEST(r.exit_code == 1);
            BOOST_TEST(r.err.find(path.string()) != std::string::npos, r.err);
            BOOST_TEST(!std::filesystem::exists(path.parent_path()));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_folder_that_is_not_writable_is_an_input_error_and_stays_empty) {
    // Root writes anywhere: the report runs as 'nobody', who owns neither the folder nor,
    // until given it, the SQLite database (platform.md).
    polku::test::TempDir out;
    const bool root = polku::test::running_as_root();
    if (root) {
        BOOST_REQUIRE(run_process({"chown", "nobody", out.path().string()}).exit_code == 0);
        if (!polku::test::testing_postgresql()) {
            const auto folder = std::filesystem::path(t.locator()).parent_path();
            BOOST_REQUIRE(run_process({"chown", "-R", "nobody", folder.string()}).exit_code == 0);
        }
    }
    std::filesystem::permissions(out.path(), std::filesystem::perms(0555));
    polku::test::RunOptions as_nobody;
    as_nobody.as_unprivileged_user = true;
    for (const auto& [format, magic] : kMagic) {
        const auto path = out / ("report." + format);
        const auto r = run_process({POLKU_CLI_PATH, "--db", t.locator(), "report", "monitoring",
                                    "--format", format, "-o", path.string()},
                                   as_nobody);
        BOOST_TEST_CONTEXT(format << ": " << r.err) {
            BOOST_TEST(r.exit_code == 1);
            BOOST_TEST(r.err.find(path.string()) != std::string::npos);
            BOOST_TEST(r.err.find("Permission denied") != std::string::npos);
        }
    }
    BOOST_TEST(std::filesystem::is_empty(out.path()));
    std::filesystem::permissions(out.path(), std::filesystem::perms(0700));
}

BOOST_AUTO_TEST_CASE(document_options_are_checked) {
    auto r = cli({"report", "monitoring", "--format", "pdf", "--lang", "sv"});
    BOOST_TEST(r.exit_code == 2);
    r = cli({"report", "monitoring", "--format", "xlsx", "--table", "targets"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("--table") != std::string::npos);
    r = cli({"report", "signin", "--event", "K", "--format", "pdf"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("--date") != std::string::npos);
    r = cli({"report", "signin", "--event", "K", "--date", "4.3.2024", "--format", "json"});
    BOOST_TEST(r.exit_code == 2);
    r = cli({"report", "signin", "--event", "K", "--date", "5.3.2024", "--format", "html"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("4.3.2024") != std::string::npos, r.err);
    r = cli({"report", "signin", "--event", "K", "--date", "4.3.2024", "--start", "25:00",
             "--format", "html"});
    BOOST_TEST(r.exit_code == 1);
    r = cli({"report", "monitoring", "--event", "K", "--format", "html"});
    BOOST_TEST(r.exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
