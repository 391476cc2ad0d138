#include "reports/signin_document.hpp"

#include <memory>

#include "core/time_of_day.hpp"
#include "reports/translation.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

std::size_t walk_in_rows(std::size_t expected) {
    if (expected == 0) {
        return 20;
    }
    const std::size_t quarter = (expected + 3) / 4;
    return quarter < 5 ? 5 : quarter;
}

namespace {

std::vector<Field> session_header(const SigninSheet& s, Language language) {
    std::vector<Field> fields = {
        {label(language, "project"), s.project_code + " " + s.project_name},
        {label(language, "event_id"), s.event_id + " " + s.event_title},
        {label(language, "kind"), label(language, name_of(s.event_kind))},
        {label(language, "date"), s.date},
        {label(language, "time"),
         format_time_of_day(s.start) + "\u2013" + format_time_of_day(s.end)},
    };
    if (!s.place.empty()) {
        fields.push_back({label(language, "place"), s.place});
    }
    return fields;
}

Section signin_section(const SigninSheet& sheet, Language language) {
    Section s;
    s.name = "signin";
    s.title = tr(language, N_("Participants"));
    for (const char* column : {"number", "name", "unit", "signature"}) {
        s.headings.push_back(label(language, column));
    }
    s.widths = {4, 30, 24, 36};
    s.signature_rows = true;
    // The section may outlive the sheet (writers stream it later): it keeps its own copy.
    auto people = std::make_shared<const std::vector<SigninParticipant>>(sheet.participants);
    const std::size_t blanks = walk_in_rows(people->size());
    s.row_count = people->size() + blanks;
    s.for_each_row = [people, blanks](const RowSink& sink) {
        std::int64_t number = 0;
        for (const auto& p : *people) {
            sink({++number, p.name, p.unit.empty() ? Cell{Empty{}} : Cell{p.unit}, Empty{}},
                 RowStyle::normal);
        }
        for (std::size_t i = 0; i < blanks; ++i) {
            sink({++number, Empty{}, Empty{}, Empty{}}, RowStyle::normal);
        }
    };
    return s;
}

}  // namespace

Document signin_document(const SigninSheet& sheet, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "signin");
    d.subtitle = sheet.project_code + " " + sheet.project_name;
    d.cofunding_line = label(language, "cofunding");
    d.header = session_header(sheet, language);
    d.sections.push_back(signin_section(sheet, language));
    return d;
}

}  // namespace polku::reports
