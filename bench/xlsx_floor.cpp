// polku-bench-xlsx-floor ROWS FILE: what libxlsxwriter alone takes to write ROWS rows of the
// ledger's shape (the sheet and its continuation past 1,048,576 rows; entry rows of nine
// strings, a date and minutes; day rows after them) in its constant-memory mode, with no
// Polku code around it. bench/ledger_benchmark.sh compares Polku's XLSX ledger with it: the part
// of the time that is the library's own.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: polku-bench-xlsx-floor ROWS FILE\n");
        return 2;
    }
    const long rows = std::atol(argv[1]);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(argv[2], &options);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "d.m.yyyy");
    lxw_format* number = workbook_add_format(book);
    format_set_num_format(number, "#,##0");
    lxw_format* ten_thousandths = workbook_add_format(book);
    format_set_num_format(ten_thousandths, "0.0000");
    constexpr long sheet_rows = 1'048'575;  // below the heading row
    lxw_worksheet* sheets[] = {workbook_add_worksheet(book, "Ledger"),
                               workbook_add_worksheet(book, "Ledger (2)")};
    for (lxw_worksheet* sheet : sheets) {
        for (lxw_col_t c = 0; c < 13; ++c) {
            worksheet_write_string(sheet, 0, c, "heading", nullptr);
        }
    }
    // Like the generator's data: 20,000 people, 10,000 events with titles of about 50
    // characters, a person-day of one entry or (4 in 15) two, then its day row.
    std::string id, name, event, title;
    long written = 0;
    const auto next_row = [&]() -> std::pair<lxw_worksheet*, lxw_row_t> {
        const long r = written++;
        return {sheets[r < sheet_rows ? 0 : 1], static_cast<lxw_row_t>(r % sheet_rows + 1)};
    };
    for (long day = 0; written < rows; ++day) {
        const long person = day % 20'000, course = day % 10'000;
        const double date_value = 40'000.0 + static_cast<double>(day % 1'000);
        id = "H0" + std::to_string(10'000 + person);
        name = "Antti" + std::to_string(person % 97) + " Niemi" + std::to_string(person % 89);
        event = "TK-0" + std::to_string(1'000 + course);
        title = "Vuorovaikutus \"haastavissa\" tilanteissa – ryhmä " + std::to_string(course);
        for (int entry = 0; entry < (day % 15 < 4 ? 2 : 1) && written < rows; ++entry) {
            const auto [sheet, row] = next_row();
            worksheet_write_string(sheet, row, 0, "entry", nullptr);
            worksheet_write_string(sheet, row, 1, id.c_str(), nullptr);
            worksheet_write_string(sheet, row, 2, name.c_str(), nullptr);
            worksheet_write_number(sheet, row, 3, date_value, date);
            worksheet_write_string(sheet, row, 4, "course", nullptr);
            worksheet_write_string(sheet, row, 5, event.c_str(), nullptr);
            worksheet_write_string(sheet, row, 6, title.c_str(), nullptr);
            worksheet_write_string(sheet, row, 7, "09:00", nullptr);
            worksheet_write_string(sheet, row, 8, "12:00", nullptr);
            worksheet_write_string(sheet, row, 9, "present", nullptr);
            worksheet_write_number(sheet, row, 10, 165.0, number);
        }
        if (written < rows) {
            const auto [sheet, row] = next_row();
            worksheet_write_string(sheet, row, 0, "day", nullptr);
            worksheet_write_string(sheet, row, 1, id.c_str(), nullptr);
            worksheet_write_string(sheet, row, 2, name.c_str(), nullptr);
            worksheet_write_number(sheet, row, 3, date_value, date);
            worksheet_write_number(sheet, row, 10, 330.0, number);
            worksheet_write_number(sheet, row, 11, 330.0, number);
            worksheet_write_number(sheet, row, 12, 0.9167, ten_thousandths);
        }
    }
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
