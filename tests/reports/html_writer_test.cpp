#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "demo_reports.hpp"
#include "reports/html_writer.hpp"
#include "reports/ledger_document.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/vocabulary.hpp"
#include "support/files.hpp"
#include "support/process.hpp"

using namespace polku;
using namespace polku::reports;

namespace {

using Json = nlohmann::json;

const std::string nbsp = "\u00a0";

// A written page, read back with libxml2's parsers (xmllint) rather than by matching
// strings: what a browser or an XML tool would find in it is what the tests check. The page
// goes through a file, not a pipe, so xmllint's complaints about HTML5 tags cannot fill a
// pipe while the page is still being written into another.
class Page {
  public:
    enum class Parser { html, xml };
    // An XPath 1.0 expression giving a string or a number, and what it should give.
    using Expectation = std::pair<std::string, std::string>;

    explicit Page(std::string html) : m_html(std::move(html)) { test::write_file(m_file, m_html); }

    const std::string& html() const { return m_html; }

    // What the expressions give, all from one xmllint run: a parse of the demo ledger takes
    // a while. Through the XML parser, names are namespaced: match them with local-name().
    std::vector<std::string> values(const std::vector<std::string>& expressions,
                                    Parser parser = Parser::html) const {
        std::string joined = "concat(''";
        for (const auto& expression : expressions) {
            joined += ", string(" + expression + "), '\t'";
        }
        joined += ")";
        std::vector<std::string> argv = {"xmllint", "--xpath", joined, m_file.string()};
        if (parser == Parser::html) {
            argv.insert(argv.begin() + 1, "--html");
        }
        const auto r = test::run_process(argv);
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, joined << ": " << r.err);
        std::vector<std::string> results;
        std::size_t start = 0;
        for (auto tab = r.out.find('\t'); tab != std::string::npos; tab = r.out.find('\t', start)) {
            results.push_back(r.out.substr(start, tab - start));
            start = tab + 1;
        }
        BOOST_REQUIRE_EQUAL(results.size(), expressions.size());
        return results;
    }

    std::string value(const std::string& expression, Parser parser = Parser::html) const {
        return values({expression}, parser).front();
    }

    void expect(const std::vector<Expectation>& expectations, Parser parser = Parser::html) const {
        std::vector<std::string> expressions;
        for (const auto& e : expectations) {
            expressions.push_back(e.first);
        }
        const auto found = values(expressions, parser);
        for (std::size_t i = 0; i < expectations.size(); ++i) {
            BOOST_TEST_CONTEXT(expectations[i].first) {
                BOOST_TEST(found[i] == expectations[i].second);
            }
        }
    }

    // Nothing but silence from the strict XML parser.
    void check_well_formed_xml() const {
        const auto r = test::run_process({"xmllint", "--noout", m_file.string()});
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.err == "");
    }

  private:
    test::TempDir m_dir;
    std::filesystem::path m_file = m_dir / "report.html";
    std::string m_html;
};

// Expectations that a table row's cells read `cells`.
void add_row(std::vector<Page::Expectation>& to, const std::string& row_path,
             const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
        to.emplace_back("(" + row_path + ")/td[" + std::to_string(c + 1) + "]", cells[c]);
    }
}

// A figure as the JSON writes it ("2028.00", 1035) the way a reader of `language` sees it,
// worked out here rather than with the writers' cell_text.
std::string shown(const Json& value, Language language) {
    if (value.is_null()) {
        return "";
    }
    const std::string plain = value.is_string() ? value.get<std::string>() : value.dump();
    const auto point = plain.find('.');
    const std::string whole = plain.substr(0, point);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0 && whole[i - 1] != '-') {
            grouped += language == Language::fi ? nbsp : ",";
        }
        grouped += whole[i];
    }
    if (point != std::string::npos) {
        grouped += (language == Language::fi ? "," : ".") + plain.substr(point + 1);
    }
    return grouped;
}

std::string section_rows(const std::string& name) {
    return "//section[@data-section='" + name + "']//tbody/tr";
}

Json monitoring_json() {
    return Json::parse(write_monitoring_json(test::demo_monitoring()));
}

const Page& monitoring_page(Language language) {
    static const Page fi(write_html(monitoring_document(test::demo_monitoring(), Language::fi)));
    static const Page en(write_html(monitoring_document(test::demo_monitoring(), Language::en)));
    return language == Language::fi ? fi : en;
}

std::string language_name(Language language) {
    return language == Language::fi ? "fi" : "en";
}

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Text that means something in markup, in every place a document carries text.
const std::string awkward = "Budget <2024> & \"plans\" 'draft' </td><script>x</script>";

Document awkward_document() {
    Document d;
    d.language = Language::en;
    d.title = "Title " + awkward;
    d.subtitle = "Subtitle " + awkward;
    d.cofunding_line = "Cofunded " + awkward;
    d.header = {{"Label " + awkward, "Value " + awkward}, {"Started", date(2024, 3, 15)}};
    d.rules_title = "Rules " + awkward;
    d.rules = {{"Rule " + awkward, std::int64_t{360}}};
    Chart chart;
    chart.title = "Chart " + awkward;
    chart.y_label = "Days " + awkward;
    chart.from = date(2024, 1, 1);
    chart.to = date(2024, 12, 31);
    chart.series = {
        {"Solid " + awkward, ChartSeries::Line::solid, {{date(2024, 1, 1), 0}}},
        {"Dashed", ChartSeries::Line::dashed, {{date(2024, 1, 1), 0}, {date(2024, 12, 31), 900}}},
        {"Dotted",
         ChartSeries::Line::dotted,
         {{date(2024, 6, 1), 100}, {date(2024, 9, 1), 300}, {date(2024, 12, 31), 800}}},
    };
    d.chart = chart;
    Section s;
    s.name = "odd'name\"";
    s.title = "Section " + awkward;
    s.headings = {"Heading " + awkward, "Days"};
    s.row_count = 2;
    s.for_each_row = [](const RowSink& sink) {
        sink({"Cell " + awkward, Hundredths{-123456}}, RowStyle::normal);
        sink({Empty{}, Hundredths{-123456}}, RowStyle::total);
    };
    d.sections.push_back(std::move(s));
    Section empty;
    empty.name = "empty";
    empty.title = "Nothing here";
    empty.headings = {"A"};
    d.sections.push_back(std::move(empty));
    return d;
}

Document signin_like_document() {
    Document d;
    d.language = Language::fi;
    d.title = "Osallistujalista";
    d.cofunding_line = "Euroopan unionin osarahoittama";
    Section s;
    s.name = "signin";
    s.title = "Osallistujat";
    s.headings = {"Nro", "Nimi", "Yksikkö", "Allekirjoitus"};
    s.widths = {4, 30, 24, 36};
    s.signature_rows = true;
    s.row_count = 3;
    s.for_each_row = [](const RowSink& sink) {
        sink({std::int64_t{1}, std::string("Aino Aaltonen"), std::string("Hoiva"), Empty{}},
             RowStyle::normal);
        sink({std::int64_t{2}, Empty{}, Empty{}, Empty{}}, RowStyle::normal);
        sink({std::int64_t{3}, Empty{}, Empty{}, Empty{}}, RowStyle::normal);
    };
    d.sections.push_back(std::move(s));
    return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(html_writer)

BOOST_AUTO_TEST_CASE(a_report_is_one_well_formed_file_needing_nothing_from_elsewhere) {
    for (const auto language : {Language::fi, Language::en}) {
        const Page& page = monitoring_page(language);
        BOOST_TEST_CONTEXT(language_name(language)) {
            page.check_well_formed_xml();
            BOOST_TEST(page.html().starts_with("<!DOCTYPE html>\n"));
            page.expect({
                {"/html/@lang", language_name(language)},
                {"count(/html/head/meta[@charset='utf-8'])", "1"},
                {"/html/head/meta[@name='viewport']/@content",
                 "width=device-width, initial-scale=1"},
                {"/html/head/title", label(language, "monitoring") +
                                         " \u2013 S10873 OSKU \u2013 Osaava " + "kuntatyöntekijä"},
                {"count(/html/head/style)", "1"},
                // No scripts, fonts, images, style sheets or frames from anywhere.
                {"count(//script | //link | //img | //iframe | //object | //embed | //@src | "
                 "//@href)",
                 "0"},
            });
            BOOST_TEST(page.html().find("url(") == std::string::npos);
            BOOST_TEST(page.html().find("@import") == std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_title_block_and_rules_box_read_from_the_document) {
    const auto day_minutes = monitoring_json()["rules"]["day_minutes"].dump();
    monitoring_page(Language::fi)
        .expect({
            {"//h1", "Seurantaraportti"},
            {"//p[@class='subtitle']", "S10873 OSKU \u2013 Osaava kuntatyöntekijä"},
            {"//header/dl/dt[.='Hankekoodi']/following-sibling::dd[1]", "S10873"},
            {"//header/dl/dt[.='Hanke alkaa']/following-sibling::dd[1]", "1.4.2009"},
            {"//section[@class='rules']/h2", label(Language::fi, "rules")},
            {"//section[@class='rules']//dd[1]", day_minutes},
        });
}

BOOST_AUTO_TEST_CASE(finnish_figures_equal_the_monitoring_json) {
    const Json json = monitoring_json();
    const auto fi = Language::fi;
    const auto total_row = "//section[@data-section='summary']//tr[td[1]='" +
                           label(fi, "person_training_days_total") + "']";
    std::vector<Page::Expectation> expected = {
        {total_row + "/td[2]", "2" + nbsp + "028,00"},
        {total_row + "/td[2]", shown(json["person_training_days"]["total"], fi)},
    };

    const Json& kinds = json["by_kind"];
    expected.emplace_back("count(" + section_rows("kinds") + ")", std::to_string(kinds.size()));
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const Json& k = kinds[i];
        add_row(expected, section_rows("kinds") + "[" + std::to_string(i + 1) + "]",
                {label(fi, k["kind"].get<std::string>()), shown(k["events"], fi),
                 shown(k["participations"], fi), shown(k["person_training_days"], fi)});
    }

    const Json& targets = json["targets"];
    expected.emplace_back("count(" + section_rows("targets") + ")", std::to_string(targets.size()));
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Json& t = targets[i];
        std::vector<std::string> cells = {
            label(fi, t["metric"].get<std::string>()),
            t["target_group"].is_null() ? "" : t["target_group"].get<std::string>()};
        for (const char* key :
             {"planned", "realised", "realised_in_period", "percent", "expected", "forecast"}) {
            cells.push_back(shown(t[key], fi));
        }
        add_row(expected, section_rows("targets") + "[" + std::to_string(i + 1) + "]", cells);
    }
    monitoring_page(fi).expect(expected);
}

BOOST_AUTO_TEST_CASE(the_english_document_reads_english_numbers) {
    const auto en = Language::en;
    monitoring_page(en).expect({
        {"//section[@data-section='summary']//tr[td[1]='" +
             label(en, "person_training_days_total") + "']/td[2]",
         "2,028.00"},
        {section_rows("kinds") + "[1]/td[1]",
         label(en, monitoring_json()["by_kind"][0]["kind"].get<std::string>())},
        {"//header/dl/dt[.='" + label(en, "project_start") + "']/following-sibling::dd[1]",
         "2009-04-01"},
    });
}

BOOST_AUTO_TEST_CASE(numbers_are_right_aligned_and_tables_scroll_on_a_phone) {
    const Page& page = monitoring_page(Language::fi);
    page.expect({
        // Every table sits in its own scroll container, so a wide one never widens the page.
        {"count(//table)", "5"},
        {"count(//div[@class='table-scroll']/table)", "5"},
        {"count(//section[@data-section='kinds']//thead/tr/th)", "4"},
        {section_rows("kinds") + "[1]/td[1]/@class", ""},
        {section_rows("kinds") + "[1]/td[2]/@class", "num"},
        {section_rows("kinds") + "[1]/td[3]/@class", "num"},
        {section_rows("kinds") + "[1]/td[4]/@class", "num"},
        // Headings stand over their columns: right over figures, left over text.
        {"//section[@data-section='kinds']//thead/tr/th[1]/@class", ""},
        {"//section[@data-section='kinds']//thead/tr/th[2]/@class", "num"},
        {"//section[@data-section='kinds']//thead/tr/th[4]/@class", "num"},
    });
    const std::string& html = page.html();
    BOOST_TEST(html.find("td.num { text-align: right;") != std::string::npos);
    BOOST_TEST(html.find("th.num { text-align: right; }") != std::string::npos);
    BOOST_TEST(html.find(".table-scroll { overflow-x: auto;") != std::string::npos);
    BOOST_TEST(html.find("max-width: 64rem") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(printing_repeats_headings_and_keeps_rows_whole) {
    const std::string& html = monitoring_page(Language::fi).html();
    const auto print = html.find("@media print {");
    BOOST_REQUIRE(print != std::string::npos);
    const std::string rules = html.substr(print);
    BOOST_TEST(rules.find("thead { display: table-header-group; }") != std::string::npos);
    BOOST_TEST(rules.find("tr, ") != std::string::npos);
    BOOST_TEST(rules.find("break-inside: avoid") != std::string::npos);
    BOOST_TEST(rules.find(".table-scroll { overflow: visible; }") != std::string::npos);
    BOOST_TEST(html.find("@page { size: A4; margin:") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_chart_is_inline_svg_with_one_line_per_series) {
    const Page& page = monitoring_page(Language::fi);
    const Chart chart = *monitoring_document(test::demo_monitoring(), Language::fi).chart;
    BOOST_TEST(chart.series.size() == 2u);  // straight line and realised: the period is whole
    const std::string plot = "//*[local-name()='svg'][@class='plot']";
    page.expect(
        {
            {"namespace-uri(" + plot + ")", "http://www.w3.org/2000/svg"},
            {plot + "/@viewBox", "0 0 480.0 270.0"},
            {"count(" + plot + "/*[local-name()='polyline'])", std::to_string(chart.series.size())},
            {"count(" + plot + "/*[local-name()='path'])", "0"},
        },
        Page::Parser::xml);
    page.expect({
        {"//figure/figcaption", chart.title},
        {"count(//figure/ul[@class='legend']/li)", "2"},
        {"//figure/ul/li[1]/span", chart.series[0].label},
        {"//figure/ul/li[2]/span", chart.series[1].label},
        // Axis labels: thousands of days in Finnish, half-years as 1/2010, the y label.
        {"count(//svg//text[.='2" + nbsp + "000'])", "1"},
        {"count(//svg//text[.='1/2010'])", "1"},
        {"count(//svg//text[.='" + chart.y_label + "'])", "1"},
    });
}

BOOST_AUTO_TEST_CASE(chart_lines_are_solid_dashed_or_dotted_as_the_series_says) {
    const Page page(write_html(awkward_document()));
    const std::string line = "(//svg[@class='plot']/polyline)";
    const auto found = page.values({
        "count(" + line + ")",
        line + "[1]/@stroke-dasharray",
        line + "[2]/@stroke-dasharray",
        line + "[3]/@stroke-dasharray",
        line + "[3]/@points",
        "//ul[@class='legend']/li[3]//line/@stroke-dasharray",
    });
    BOOST_TEST(found[0] == "3");
    BOOST_TEST(found[1] == "");  // solid
    BOOST_TEST(!found[2].empty());
    BOOST_TEST(!found[3].empty());
    BOOST_TEST(found[2] != found[3]);
    // A point for each of the series' three points, and the legend drawn alike.
    BOOST_TEST(std::count(found[4].begin(), found[4].end(), ',') == 3);
    BOOST_TEST(found[5] == found[3]);
}

BOOST_AUTO_TEST_CASE(text_is_escaped_wherever_it_appears) {
    const Page page(write_html(awkward_document()));
    page.check_well_formed_xml();
    BOOST_TEST(page.html().find("<script>") == std::string::npos);
    BOOST_TEST(page.html().find(">Days Budget &lt;2024&gt; &amp; &quot;plans&quot; "
                                "&#39;draft&#39; &lt;/td&gt;") != std::string::npos);
    std::vector<Page::Expectation> expected = {
        {"count(//script)", "0"},
        {"/html/head/title", "Title " + awkward + " \u2013 Subtitle " + awkward},
        {"//h1", "Title " + awkward},
        {"//p[@class='subtitle']", "Subtitle " + awkward},
        {"//p[@class='cofunding']", "Cofunded " + awkward},
        {"//header//dt[1]", "Label " + awkward},
        {"//header//dd[1]", "Value " + awkward},
        {"//header//dd[2]", "2024-03-15"},
        {"//section[@class='rules']/h2", "Rules " + awkward},
        {"//section[@class='rules']//dt", "Rule " + awkward},
        {"//figcaption", "Chart " + awkward},
        {"//svg[@class='plot']/@aria-label", "Chart " + awkward},
        {"//svg[@class='plot']/text[@transform]", "Days " + awkward},
        {"//ul[@class='legend']/li[1]/span", "Solid " + awkward},
        {"//section[@data-section]/h2", "Section " + awkward},
        {"//section[@data-section]/@data-section", "odd'name\""},
        {"//th[1]", "Heading " + awkward},
        {"//tbody/tr[2]/@class", "total"},
        // A section without rows is still a whole table.
        {"count(//section[@data-section='empty']//tbody/tr)", "0"},
        {"count(//section[@data-section='empty']//thead//th)", "1"},
    };
    add_row(expected, "//section[@data-section]//tbody/tr[1]", {"Cell " + awkward, "-1,234.56"});
    page.expect(expected);
}

BOOST_AUTO_TEST_CASE(the_ledger_total_row_equals_the_ledger_total) {
    const auto& ledger = test::demo_ledger();
    const Page page(write_html(ledger_document(ledger, Language::fi)));
    page.check_well_formed_xml();
    const Json totals = Json::parse(write_ledger_json(ledger))["totals"];
    const auto rows = section_rows("ledger");
    std::vector<Page::Expectation> expected = {
        {"count(" + rows + ")", std::to_string(ledger_row_count(ledger))},
        {"count(" + rows + "[@class='subtotal'])", totals["person_days"].dump()},
        {"count(" + rows + "[@class='total'])", "1"},
        {rows + "[last()]/@class", "total"},
        {rows + "[last()]/td[11]", shown(totals["minutes"], Language::fi)},
        {rows + "[last()]/td[12]", shown(totals["counted_minutes"], Language::fi)},
        {rows + "[last()]/td[13]", shown(totals["person_training_days"], Language::fi)},
        {rows + "[last()]/td[13]", "2" + nbsp + "028,00"},
        // Thirteen columns do not fit a portrait page: the ledger prints in landscape.
        {"//section[@data-section='ledger']/@class", "report-section wide"},
    };
    page.expect(expected);
    BOOST_TEST(page.html().find("@page wide { size: A4 landscape; }") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rows_go_into_the_page_as_the_section_makes_them) {
    constexpr std::int64_t rows = 20000;
    Document d;
    Section s;
    s.name = "many";
    s.headings = {"n"};
    s.row_count = rows;
    int walks = 0;
    s.for_each_row = [&walks](const RowSink& sink) {
        ++walks;
        for (std::int64_t i = 0; i < rows; ++i) {
            sink({i}, RowStyle::normal);
        }
    };
    d.sections.push_back(std::move(s));
    const Page page(write_html(d));
    BOOST_TEST(walks == 1);
    page.expect({
        {"count(//tbody/tr)", std::to_string(rows)},
        {"//tbody/tr[last()]/td", "19,999"},
    });
}

BOOST_AUTO_TEST_CASE(a_signin_sheet_has_tall_boxed_rows_and_the_cofunding_line) {
    const Page page(write_html(signin_like_document()));
    page.check_well_formed_xml();
    std::vector<Page::Expectation> expected = {
        {"//p[@class='cofunding']", "Euroopan unionin osarahoittama"},
        {"//table/@class", "signatures"},
        // The empty signature column keeps its share of the width.
        {"count(//table/colgroup/col)", "4"},
        {"//table/colgroup/col[4]/@style", "width: 38.3%"},
        {"count(//tbody/tr)", "3"},
        // Not a chart, not a rules box: the sheet has neither.
        {"count(//figure | //section[@class='rules'])", "0"},
    };
    add_row(expected, "//tbody/tr[1]", {"1", "Aino Aaltonen", "Hoiva", ""});
    page.expect(expected);
    BOOST_TEST(page.html().find("table.signatures td { height: 3rem;") != std::string::npos);
    BOOST_TEST(page.html().find("table.signatures th, table.signatures td { border: 1px solid") !=
               std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
