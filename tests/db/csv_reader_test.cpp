// The CSV reader (app/csv_reader.hpp) on what bench/fuzz found: lines ended by a bare CR,
// and an encoding error in the header.
#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>
#include <vector>

#include "app/csv_reader.hpp"
#include "tests/support/files.hpp"

using namespace polku;
using namespace std::string_literals;

namespace {

struct Read {
    std::vector<std::pair<std::size_t, std::vector<std::string>>> records;
    std::vector<std::string> errors;
    bool complete = false;
};

Read read_csv(const std::string& content) {
    test::TempDir dir;
    const auto path = dir / "file.csv";
    test::write_file(path, content);
    app::CsvReader reader(path.string());
    ErrorList errors("file.csv");
    Read out;
    out.complete = reader.read([&](const std::vector<std::string>& fields,
                                   std::size_t line) { out.records.emplace_back(line, fields); },
                               errors);
    for (const auto& e : errors.sorted()) {
        out.errors.push_back(e.to_string());
    }
    return out;
}

using Records = std::vector<std::pair<std::size_t, std::vector<std::string>>>;
using Strings = std::vector<std::string>;

const std::string kNul =
    "holds a NUL byte; this is not a text file, or it was saved as UTF-16: save it as CSV UTF-8";

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(a_bare_cr_ends_a_line) {
    // fuzz_csv_import: libcsv ends a record at a CR that no LF follows (old Mac files), but
    // lines were counted at LF only, so every record after the first got line 0 and its
    // errors no line at all. A CR inside a quoted field is a line break like LF.
    const auto r = read_csv("code,name\rP1,Yksi\rP2,\"Kaksi\rrivi\"\rP3,Kolme\r");
    BOOST_TEST(r.complete);
    BOOST_TEST(r.errors.empty());
    BOOST_TEST((r.records == Records{{1, {"code", "name"}},
                                     {2, {"P1", "Yksi"}},
                                     {3, {"P2", "Kaksi\rrivi"}},
                                     {5, {"P3", "Kolme"}}}));
    // CRLF is one line end, as before, and may be mixed with the others.
    const auto mixed = read_csv("a,b\r\n1,2\r3,4\n5,6\r\n");
    BOOST_TEST((mixed.records ==
                Records{{1, {"a", "b"}}, {2, {"1", "2"}}, {3, {"3", "4"}}, {4, {"5", "6"}}}));
}

BOOST_AUTO_TEST_CASE(an_encoding_error_holds_back_only_its_own_record_between_bare_crs) {
    // The whole CR-ended file was one line to the reader: a NUL anywhere in it was reported on
    // line 1 and held back the header, while the record holding it was handed on.
    const auto r = read_csv("code,name\rP1,Yksi\rP2,Ka\0ksi\rP3,Kolme\r"s);
    BOOST_TEST((r.errors == Strings{"file.csv:3: the line " + kNul}));
    BOOST_TEST(
        (r.records == Records{{1, {"code", "name"}}, {2, {"P1", "Yksi"}}, {4, {"P3", "Kolme"}}}));
}

BOOST_AUTO_TEST_CASE(after_a_header_with_an_encoding_error_no_record_is_handed_on) {
    // The next record was taken for the header: the import then reported its values as
    // unknown columns on line 1. Every line is still checked.
    const auto r = read_csv("code,na\0me\nP1,Yksi\nP2,Ka\0ksi\nP3,\"Ko\xFFlme\"\n"s);
    BOOST_TEST(r.complete);
    BOOST_TEST(r.records.empty());
    BOOST_TEST((r.errors == Strings{"file.csv:1: the line " + kNul, "file.csv:3: the line " + kNul,
                                    "file.csv:4: the line is not valid UTF-8 (byte 7); save the "
                                    "file as CSV UTF-8"}));
    // Blank lines and rows of bare delimiters before the header are not the header.
    const auto later = read_csv("\n;;\ncode;name\nP1;Yksi\n");
    BOOST_TEST((later.records == Records{{3, {"code", "name"}}, {4, {"P1", "Yksi"}}}));
}

BOOST_AUTO_TEST_SUITE_END()
