#include "reports/ledger_report.hpp"

#include <algorithm>
#include <memory>

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

namespace {

Json day_json(const LedgerPart& part, std::size_t d) {
    const auto& l = part.ledger;
    const auto& day = l.days[d];
    Json entries = Json::array();
    for (auto i : entries_of(l, d)) {
        const auto& e = part.entries[i];
        const auto& d = part.details.entries[i];
        const auto& source = part.details.source_of(i);
        entries.push_back(
            Json{{"kind", std::string(name_of(e.kind))},
                 {"event_id", source.event_id.empty() ? Json(nullptr) : Json(source.event_id)},
                 {"title", source.title},
                 {"start", time_or_null(d.start)},
                 {"end", time_or_null(d.end)},
                 {"status", d.status ? Json(std::string(name_of(*d.status))) : Json(nullptr)},
                 {"minutes", e.minutes}});
    }
    const auto& who = part.details.person_of(l.entries[l.offsets[d]]);
    return Json{{"employee_id", who.employee_id},
                {"name", who.name},
                {"date", format_iso_date(day.date)},
                {"entries", entries},
                {"minutes", day.raw_minutes},
                {"counted_minutes", day.counted_minutes},
                {"day_value", format_fixed(value_ten_thousandths(l, day), 4)}};
}

// A value dumped with two-space indentation, nested `depth` levels deep.
std::string nested(const Json& value, int depth) {
    std::string text = value.dump(2);
    const std::string pad(static_cast<std::size_t>(2 * depth), ' ');
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        out += c;
        if (c == '\n') {
            out += pad;
        }
    }
    return out;
}

}  // namespace

void write_ledger_json(const LedgerReport& report, const ByteSink& out) {
    const auto& p = report.project;
    const Json head{{"project", {{"code", p.code}, {"name", p.name}}},
                    {"period",
                     {{"from", format_iso_date(report.period.from)},
                      {"to", format_iso_date(report.period.to)}}},
                    {"rules",
                     {{"day_minutes", p.rules.day_minutes},
                      {"cap_per_day", p.rules.cap_per_day},
                      {"rounding", std::string(name_of(p.rules.rounding))}}}};
    // Day by day, so a million entries are never one JSON tree in memory.
    std::string buffer = "{\n";
    for (const auto& [key, value] : head.items()) {
        buffer += "  " + Json(key).dump() + ": " + nested(value, 1) + ",\n";
    }
    buffer += "  \"days\": [";
    LedgerTotals sums;
    report.for_each_part([&](const LedgerPart& part) {
        for (std::size_t d = 0; d < part.ledger.days.size(); ++d) {
            const bool first = sums.person_days == 0 && d == 0;
            buffer += first ? "\n    " : ",\n    ";
            buffer += nested(day_json(part, d), 2);
            if (buffer.size() >= 65536) {
                out(buffer);
                buffer.clear();
            }
        }
        sums.add(part.ledger);
    });
    buffer += sums.person_days == 0 ? "],\n" : "\n  ],\n";
    const Json totals{
        {"person_days", sums.person_days},
        {"minutes", sums.raw_minutes},
        {"counted_minutes", sums.counted_minutes},
        {"person_training_days", format_hundredths(sums.days_hundredths(report.denominator))}};
    buffer += "  \"totals\": " + nested(totals, 1) + "\n}\n";
    out(buffer);
}

std::string write_ledger_json(const LedgerReport& report) {
    std::string text;
    write_ledger_json(report, [&](std::string_view bytes) { text += bytes; });
    return text;
}

namespace {

// A day or total row: who and when first (as many as `lead` gives), what it sums last.
void fill_sum_row(std::vector<Cell>& row, std::initializer_list<Cell> lead, std::int64_t minutes,
                  std::int64_t counted_minutes, Cell value) {
    std::fill(row.begin(), row.end(), Cell{Empty{}});
    std::copy(lead.begin(), lead.end(), row.begin());
    row[10] = minutes;
    row[11] = counted_minutes;
    row[12] = std::move(value);
}

}  // namespace

std::vector<std::string> ledger_columns() {
    return {"row",      "employee_id",     "name",     "date", "kind",
            "event_id", "title",           "start",    "end",  "status",
            "minutes",  "counted_minutes", "day_value"};
}

std::size_t ledger_row_count(const LedgerReport& report) {
    // An entry row each, a day row each, the total.
    std::size_t rows = 1;
    report.for_each_part([&](const LedgerPart& part) {
        rows += part.ledger.entries.size() + part.ledger.days.size();
    });
    return rows;
}

void for_each_ledger_row(const LedgerReport& report, const RowSink& sink) {
    const auto time_cell = [](const std::optional<int>& v) {
        return v ? Cell{format_time_of_day(*v)} : Cell{Empty{}};
    };
    std::vector<Cell> row(13);
    LedgerTotals sums;
    report.for_each_part([&](const LedgerPart& part) {
        const auto& l = part.ledger;
        for (std::size_t day_index = 0; day_index < l.days.size(); ++day_index) {
            const auto& day = l.days[day_index];
            const auto& who = part.details.person_of(l.entries[l.offsets[day_index]]);
            for (auto i : entries_of(l, day_index)) {
                const auto& e = part.entries[i];
                const auto& d = part.details.entries[i];
                const auto& source = part.details.source_of(i);
                row = {std::string("entry"),
                       who.employee_id,
                       who.name,
                       e.date,
                       std::string(name_of(e.kind)),
                       source.event_id.empty() ? Cell{Empty{}} : Cell{source.event_id},
                       source.title,
                       time_cell(d.start),
                       time_cell(d.end),
                       d.status ? Cell{std::string(name_of(*d.status))} : Cell{Empty{}},
                       std::int64_t{e.minutes},
                       Empty{},
                       Empty{}};
                sink(row, RowStyle::normal);
            }
            fill_sum_row(row, {std::string("day"), who.employee_id, who.name, day.date},
                         day.raw_minutes, day.counted_minutes,
                         TenThousandths{value_ten_thousandths(l, day)});
            sink(row, RowStyle::subtotal);
        }
        sums.add(l);
    });
    fill_sum_row(row, {std::string("total")}, sums.raw_minutes, sums.counted_minutes,
                 Hundredths{sums.days_hundredths(report.denominator)});
    sink(row, RowStyle::total);
}

LedgerReport single_part_ledger(ProjectInfo project, Ledger ledger, std::vector<Entry> entries,
                                EntryDetails details) {
    struct Held {
        Ledger ledger;
        std::vector<Entry> entries;
        EntryDetails details;
    };
    auto held = std::make_shared<const Held>(
        Held{std::move(ledger), std::move(entries), std::move(details)});
    LedgerReport report{std::move(project), held->ledger.period, held->ledger.denominator, {}};
    report.for_each_part = [held](const LedgerPartSink& sink) {
        sink(LedgerPart{held->ledger, held->entries, held->details});
    };
    return report;
}

}  // namespace polku::reports
