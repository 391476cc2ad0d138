#include "reports/ledger_report.hpp"

#include <nlohmann/json.hpp>

#include "core/quantity.hpp"
#include "core/time_of_day.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Json time_or_null(const std::optional<int>& t) {
    return t ? Json(format_time_of_day(*t)) : Json(nullptr);
}

}  // namespace

std::string write_ledger_json(const LedgerReport& report) {
    const auto& l = report.ledger;
    Json days = Json::array();
    for (const auto& day : l.days) {
        Json entries = Json::array();
        for (auto i : day.entries) {
            const auto& e = report.entries[i];
            const auto& d = report.details[i];
            entries.push_back(
                Json{{"kind", std::string(name_of(e.kind))},
                     {"event_id", d.event_id.empty() ? Json(nullptr) : Json(d.event_id)},
                     {"title", d.title},
                     {"start", time_or_null(d.start)},
                     {"end", time_or_null(d.end)},
                     {"status", d.status ? Json(std::string(name_of(*d.status))) : Json(nullptr)},
                     {"minutes", e.minutes}});
        }
        const auto& first = report.details[day.entries.front()];
        days.push_back(Json{{"employee_id", first.employee_id},
                            {"name", first.person_name},
                            {"date", format_iso_date(day.date)},
                            {"entries", entries},
                            {"minutes", day.raw_minutes},
                            {"counted_minutes", day.counted_minutes},
                            {"day_value", format_fixed(day.value_ten_thousandths, 4)}});
    }
    const auto& p = report.project;
    Json out{{"project", {{"code", p.code}, {"name", p.name}}},
             {"period",
              {{"from", format_iso_date(l.period.from)}, {"to", format_iso_date(l.period.to)}}},
             {"rules",
              {{"day_minutes", p.rules.day_minutes},
               {"cap_per_day", p.rules.cap_per_day},
               {"rounding", std::string(name_of(p.rules.rounding))}}},
             {"days", days},
             {"totals",
              {{"person_days", static_cast<std::int64_t>(l.days.size())},
               {"minutes", l.raw_minutes},
               {"counted_minutes", l.counted_minutes},
               {"person_training_days", format_hundredths(l.days_hundredths)}}}};
    return out.dump(2) + "\n";
}

std::vector<std::string> ledger_columns() {
    return {"row",      "employee_id",     "name",     "date", "kind",
            "event_id", "title",           "start",    "end",  "status",
            "minutes",  "counted_minutes", "day_value"};
}

std::size_t ledger_row_count(const LedgerReport& report) {
    std::size_t n = 1;  // the total
    for (const auto& day : report.ledger.days) {
        n += day.entries.size() + 1;
    }
    return n;
}

void for_each_ledger_row(const LedgerReport& report, const RowSink& sink) {
    const auto& l = report.ledger;
    const auto time_cell = [](const std::optional<int>& v) {
        return v ? Cell{format_time_of_day(*v)} : Cell{Empty{}};
    };
    std::vector<Cell> row(13);
    for (const auto& day : l.days) {
        const auto& who = report.details[day.entries.front()];
        for (auto i : day.entries) {
            const auto& e = report.entries[i];
            const auto& d = report.details[i];
            row = {std::string("entry"),
                   d.employee_id,
                   d.person_name,
                   e.date,
                   std::string(name_of(e.kind)),
                   d.event_id.empty() ? Cell{Empty{}} : Cell{d.event_id},
                   d.title,
                   time_cell(d.start),
                   time_cell(d.end),
                   d.status ? Cell{std::string(name_of(*d.status))} : Cell{Empty{}},
                   std::int64_t{e.minutes},
                   Empty{},
                   Empty{}};
            sink(row, RowStyle::normal);
        }
        row = {std::string("day"),
               who.employee_id,
               who.person_name,
               day.date,
               Empty{},
               Empty{},
               Empty{},
               Empty{},
               Empty{},
               Empty{},
               std::int64_t{day.raw_minutes},
               std::int64_t{day.counted_minutes},
               TenThousandths{day.value_ten_thousandths}};
        sink(row, RowStyle::subtotal);
    }
    row = {std::string("total"),
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           Empty{},
           l.raw_minutes,
           l.counted_minutes,
           Hundredths{l.days_hundredths}};
    sink(row, RowStyle::total);
}

}  // namespace polku::reports
