#include "gui/dashboard_panel.hpp"

#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "gui/chart_panel.hpp"
#include "gui/wx_text.hpp"
#include "reports/cell_text.hpp"

namespace polku::gui {

namespace {

// Labels and values wrapped at `wrap` pixels when given (-1: never).
wxFlexGridSizer* field_grid(wxWindow* parent, const std::vector<reports::Field>& fields,
                            reports::Language language, int wrap = -1) {
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 2));
    const auto add = [&](const std::string& text) {
        auto* shown = new wxStaticText(parent, wxID_ANY, to_wx(text));
        shown->Wrap(wrap);
        grid->Add(shown);
    };
    for (const auto& field : fields) {
        add(field.label);
        add(reports::cell_text(field.value, language));
    }
    return grid;
}

wxListCtrl* section_list(wxWindow* parent, const reports::Section& section,
                         reports::Language language) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    bool columns_made = false;
    const auto make_columns = [&](const std::vector<reports::Cell>* first_row) {
        for (std::size_t c = 0; c < section.headings.size(); ++c) {
            const bool numeric =
                first_row && c < first_row->size() && reports::is_numeric((*first_row)[c]);
            const int chars = c < section.widths.size() ? section.widths[c] : 12;
            list->InsertColumn(static_cast<long>(c), to_wx(section.headings[c]),
                               numeric ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                               std::min(chars, 40) * 8 + 16);
        }
        columns_made = true;
    };
    section.for_each_row([&](const std::vector<reports::Cell>& cells, reports::RowStyle style) {
        if (!columns_made) {
            make_columns(&cells);
        }
        const long row = list->InsertItem(list->GetItemCount(), wxString());
        for (std::size_t c = 0; c < cells.size(); ++c) {
            list->SetItem(row, static_cast<int>(c), to_wx(reports::cell_text(cells[c], language)));
        }
        if (style != reports::RowStyle::normal) {
            wxFont bold = list->GetFont();
            bold.MakeBold();
            list->SetItemFont(row, bold);
        }
    });
    if (!columns_made) {
        make_columns(nullptr);
    }
    return list;
}

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetSizer(new wxBoxSizer(wxVERTICAL));
}

void DashboardPanel::clear() {
    DestroyChildren();
    m_chart = nullptr;
    m_notice_button = nullptr;
    m_tables = nullptr;
    m_lists.clear();
    GetSizer()->Clear();
}

void DashboardPanel::show_message(const wxString& message) {
    clear();
    GetSizer()->Add(new wxStaticText(this, wxID_ANY, message), 0, wxALL, 12);
    Layout();
}

void DashboardPanel::show(const reports::Document& document) {
    clear();
    auto* sizer = GetSizer();
    auto* title = new wxStaticText(this, wxID_ANY, to_wx(document.title));
    title->SetFont(title->GetFont().Scaled(1.4f).Bold());
    sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    sizer->Add(new wxStaticText(this, wxID_ANY, to_wx(document.subtitle)), 0, wxLEFT | wxRIGHT, 10);

    // The rules box goes under the title block when both do not fit side by side (the Finnish
    // labels are long), instead of being cut at the window's edge.
    auto* top = new wxWrapSizer(wxHORIZONTAL);
    top->Add(field_grid(this, document.header, document.language), 0, wxALL, 10);
    if (!document.rules.empty()) {
        auto* rules = new wxStaticBoxSizer(wxVERTICAL, this, to_wx(document.rules_title));
        // Wrapped: the Finnish rules are long, and the box sits beside the title block.
        rules->Add(
            field_grid(rules->GetStaticBox(), document.rules, document.language, FromDIP(190)), 0,
            wxALL, 6);
        top->Add(rules, 0, wxALL, 10);
    }
    sizer->Add(top, 0, wxEXPAND);

    m_chart = new ChartPanel(this);
    m_chart->show(document.chart, document.language);
    if (document.chart) {
        auto* heading = new wxStaticText(this, wxID_ANY, to_wx(document.chart->title));
        heading->SetFont(heading->GetFont().Bold());
        sizer->Add(heading, 0, wxLEFT | wxRIGHT, 10);
        sizer->Add(m_chart, 1, wxEXPAND | wxALL, 10);
    } else {
        m_chart->Hide();
    }

    m_tables = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 240));
    for (const auto& section : document.sections) {
        auto* list = section_list(m_tables, section, document.language);
        m_tables->AddPage(list, to_wx(section.title));
        m_lists.emplace_back(section.name, list);
    }
    sizer->Add(m_tables, 1, wxEXPAND | wxALL, 10);
    Layout();
}

void DashboardPanel::show_notice(const wxString& text, const wxString& action,
                                 std::function<void()> on_action) {
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    auto* words = new wxStaticText(this, wxID_ANY, text);
    // Text and colour both: the colour alone would say nothing to some readers.
    words->SetForegroundColour(wxColour(0x9a, 0x4d, 0x00));
    words->SetFont(words->GetFont().Bold());
    line->Add(words, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    m_notice_button = new wxButton(this, wxID_ANY, action);
    m_notice_button->Bind(wxEVT_BUTTON,
                          [on_action = std::move(on_action)](wxCommandEvent&) { on_action(); });
    line->Add(m_notice_button, 0, wxALIGN_CENTER_VERTICAL);
    GetSizer()->Insert(0, line, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    Layout();
}

wxListCtrl* DashboardPanel::table(const std::string& section_name) const {
    for (const auto& [name, list] : m_lists) {
        if (name == section_name) {
            return list;
        }
    }
    return nullptr;
}

}  // namespace polku::gui
