#include "gui/person_editor_dialog.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/person_editing_service.hpp"
#include "core/error.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

// Wide enough for a field and its message beside it; longer messages wrap.
constexpr int kWidth = 900;
constexpr int kMessageWidth = 420;
constexpr std::size_t kSupervisorMatches = 6;

// The field's name in the message below the fields.
wxString field_name(const std::string& column) {
    if (column == "employee_id")
        return _("Employee id");
    if (column == "first_name")
        return _("First name");
    if (column == "last_name")
        return _("Last name");
    if (column == "email")
        return _("Email");
    if (column == "organisation")
        return _("Organisation");
    if (column == "unit")
        return _("Unit");
    if (column == "supervisor_id")
        return _("Supervisor");
    if (column == "gender")
        return _("Gender");
    if (column == "birth_year")
        return _("Birth year");
    if (column == "education")
        return _("Education");
    if (column == "labour_status")
        return _("Labour status");
    if (column == "target_groups")
        return _("Target groups");
    return to_wx(column);
}

template <typename E>
std::vector<std::string> names_of() {
    std::vector<std::string> names;
    for (auto name : EnumNames<E>::names) {
        names.emplace_back(name);
    }
    return names;
}

template <typename E>
std::vector<wxString> vocabulary_labels(reports::Language language) {
    std::vector<wxString> labels;
    for (auto name : EnumNames<E>::names) {
        labels.push_back(to_wx(reports::label(language, name)));
    }
    return labels;
}

}  // namespace

PersonEditorDialog::PersonEditorDialog(wxWindow* parent, db::Database& db,
                                       const PersonRecord& person, bool is_new,
                                       const std::vector<GroupRef>& groups, RowContext context,
                                       reports::Language language)
    : RecordEditorDialog(parent, is_new
                                     ? _("New person")
                                     : wxString::Format(_("Person %s"), to_wx(person.employee_id))),
      m_db(db),
      m_context(context),
      m_stored_id(is_new ? std::string() : person.employee_id),
      m_draft(person_draft(person)),
      m_groups(groups) {
    m_saved = is_new ? PersonDraft{} : m_draft;

    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(3, wxSize(8, 4));
    grid->AddGrowableCol(2);
    add_text(panel, grid, "employee_id", _("Employee &id:"), m_draft.employee_id, 160);
    add_text(panel, grid, "first_name", _("&First name:"), m_draft.first_name);
    add_text(panel, grid, "last_name", _("&Last name:"), m_draft.last_name);
    add_text(panel, grid, "email", _("E&mail:"), m_draft.email);
    add_text(panel, grid, "organisation", _("&Organisation:"), m_draft.organisation);
    add_text(panel, grid, "unit", _("&Unit:"), m_draft.unit);
    auto* supervisor = new wxTextCtrl(panel, wxID_ANY, to_wx(m_draft.supervisor_id),
                                      wxDefaultPosition, wxSize(300, -1), wxTE_PROCESS_ENTER);
    supervisor->SetHint(_("Type a name or employee id"));
    m_fields.add_field(panel, grid, "supervisor_id", _("&Supervisor:"), supervisor);
    grid->AddSpacer(0);
    m_matches = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(300, 80));
    grid->Add(m_matches, 0);
    grid->AddSpacer(0);

    const std::vector<wxString> genders = {_("female"), _("male"), _("other")};
    add_choice(panel, grid, "gender", _("&Gender:"), names_of<Gender>(), genders, m_draft.gender);
    add_text(panel, grid, "birth_year", _("&Birth year:"), m_draft.birth_year, 80);
    add_choice(panel, grid, "education", _("E&ducation:"), names_of<Education>(),
               vocabulary_labels<Education>(language), m_draft.education);
    add_choice(panel, grid, "labour_status", _("Lab&our status:"), names_of<LabourStatus>(),
               vocabulary_labels<LabourStatus>(language), m_draft.labour_status);
    auto* group_list = new wxCheckListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(300, 120));
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        group_list->Append(to_wx(m_groups[i].project + ": " + m_groups[i].group));
        const bool member = std::find(m_draft.target_groups.begin(), m_draft.target_groups.end(),
                                      m_groups[i]) != m_draft.target_groups.end();
        group_list->Check(static_cast<unsigned>(i), member);
    }
    m_fields.add_field(panel, grid, "target_groups", _("&Target groups:"), group_list);
    sizer->Add(grid, 1, wxEXPAND | wxALL, 8);

    finish_form(panel, sizer, kWidth);

    for (const auto& [column, f] : m_fields.fields()) {
        if (auto* text = dynamic_cast<wxTextCtrl*>(f.control)) {
            text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { read_fields(); });
        } else if (auto* choice = dynamic_cast<wxChoice*>(f.control)) {
            choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { read_fields(); });
        }
    }
    group_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { read_fields(); });
    supervisor->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const int count = static_cast<int>(m_matches->GetCount());
        const int at = m_matches->GetSelection();
        if (e.GetKeyCode() == WXK_DOWN && count > 0) {
            m_matches->SetSelection(std::min(at + 1, count - 1));
        } else if (e.GetKeyCode() == WXK_UP && count > 0) {
            m_matches->SetSelection(std::max(at - 1, 0));
        } else {
            e.Skip();
        }
    });
    supervisor->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (m_matches->GetSelection() != wxNOT_FOUND) {
            choose_supervisor(m_matches->GetSelection());
        } else {
            save();
        }
    });
    m_matches->Bind(wxEVT_LISTBOX_DCLICK,
                    [this](wxCommandEvent& e) { choose_supervisor(e.GetSelection()); });

    update_matches();
    check();
    m_fields.control(is_new ? "employee_id" : "first_name")->SetFocus();
}

wxTextCtrl* PersonEditorDialog::add_text(wxWindow* parent, wxSizer* grid, const std::string& column,
                                         const wxString& label, const std::string& value,
                                         int width) {
    auto* text =
        new wxTextCtrl(parent, wxID_ANY, to_wx(value), wxDefaultPosition, wxSize(width, -1));
    m_fields.add_field(parent, grid, column, label, text);
    return text;
}

wxChoice* PersonEditorDialog::add_choice(wxWindow* parent, wxSizer* grid, const std::string& column,
                                         const wxString& label,
                                         const std::vector<std::string>& names,
                                         const std::vector<wxString>& labels,
                                         const std::string& value) {
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(300, -1));
    choice->Append(_("(not given)"));
    for (const auto& l : labels) {
        choice->Append(l);
    }
    const auto at = std::find(names.begin(), names.end(), value);
    choice->SetSelection(at == names.end() ? 0 : static_cast<int>(at - names.begin()) + 1);
    m_choices[column] = names;
    m_fields.add_field(parent, grid, column, label, choice);
    return choice;
}

void PersonEditorDialog::read_fields() {
    if (m_filling) {
        return;
    }
    const auto text = [this](const char* column) {
        return from_wx(static_cast<wxTextCtrl*>(m_fields.control(column))->GetValue());
    };
    const auto choice = [this](const char* column) {
        const int at = static_cast<wxChoice*>(m_fields.control(column))->GetSelection();
        return at > 0 ? m_choices.at(column)[static_cast<std::size_t>(at - 1)] : std::string();
    };
    const std::string supervisor = text("supervisor_id");
    const bool new_supervisor = supervisor != m_draft.supervisor_id;
    m_draft.employee_id = text("employee_id");
    m_draft.first_name = text("first_name");
    m_draft.last_name = text("last_name");
    m_draft.email = text("email");
    m_draft.organisation = text("organisation");
    m_draft.unit = text("unit");
    m_draft.supervisor_id = supervisor;
    m_draft.gender = choice("gender");
    m_draft.birth_year = text("birth_year");
    m_draft.education = choice("education");
    m_draft.labour_status = choice("labour_status");
    auto* groups = static_cast<wxCheckListBox*>(m_fields.control("target_groups"));
    m_draft.target_groups.clear();
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (groups->IsChecked(static_cast<unsigned>(i))) {
            m_draft.target_groups.push_back(m_groups[i]);
        }
    }
    if (new_supervisor) {
        update_matches();
    }
    check();
}

void PersonEditorDialog::update_matches() {
    const std::string typed = m_draft.supervisor_id;
    m_matches->Clear();
    m_match_ids.clear();
    m_supervisor_problem.clear();
    if (typed.empty()) {
        return;
    }
    try {
        for (const auto& row : app::find_people(m_db, typed, kSupervisorMatches)) {
            m_matches->Append(to_wx(row.last_name + " " + row.first_name + "  " + row.employee_id +
                                    (row.unit ? "  " + *row.unit : std::string())));
            m_match_ids.push_back(row.employee_id);
        }
        if (const auto name = app::person_name(m_db, typed)) {
            // The typed id is someone's: they are the supervisor, shown first.
            const auto at = std::find(m_match_ids.begin(), m_match_ids.end(), typed);
            if (at != m_match_ids.end()) {
                m_matches->SetSelection(static_cast<int>(at - m_match_ids.begin()));
            }
        } else {
            m_supervisor_problem = from_wx(wxString::Format(
                _("no one has the employee id %s; choose from the list"), to_wx(typed)));
        }
    } catch (const PolkuError& e) {
        m_supervisor_problem = e.what();
    }
}

void PersonEditorDialog::choose_supervisor(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= m_match_ids.size()) {
        return;
    }
    static_cast<wxTextCtrl*>(m_fields.control("supervisor_id"))
        ->SetValue(to_wx(m_match_ids[static_cast<std::size_t>(row)]));
}

void PersonEditorDialog::set_group(const GroupRef& group, bool member) {
    const auto at = std::find(m_groups.begin(), m_groups.end(), group);
    if (at == m_groups.end()) {
        return;
    }
    static_cast<wxCheckListBox*>(m_fields.control("target_groups"))
        ->Check(static_cast<unsigned>(at - m_groups.begin()), member);
    read_fields();
}

void PersonEditorDialog::check() {
    auto problems = check_person_draft(m_draft, m_context).problems;
    const bool supervisor_wrong =
        std::any_of(problems.begin(), problems.end(),
                    [](const DraftProblem& p) { return p.field == "supervisor_id"; });
    if (!m_supervisor_problem.empty() && !supervisor_wrong) {
        problems.push_back({"supervisor_id", std::nullopt, m_supervisor_problem});
    }
    show_problems(problems);
}

void PersonEditorDialog::show_problems(const std::vector<DraftProblem>& problems) {
    m_fields.clear_errors();
    wxString first;
    for (const auto& p : problems) {
        m_fields.show(p.field, to_wx(p.message), kMessageWidth);
        if (first.empty()) {
            first = wxString::Format(_("%s: %s"), field_name(p.field), to_wx(p.message));
        }
    }
    m_summary->SetLabel(first.empty() ? wxString()
                                      : wxString::Format(_("Not saved yet: %s"), first));
    m_summary->Wrap(kWidth - 40);
    m_save->Enable(problems.empty());
    grow_to_fit(*this);
}

bool PersonEditorDialog::save() {
    check();
    if (!m_save->IsEnabled()) {
        return false;
    }
    if (!write_or_show([this] { app::save_person(m_db, m_stored_id, m_draft, m_context); }, false,
                       {_("Not saved: the database did not take the changes."),
                        _("The person was not saved: %s\n\nEverything you typed "
                          "is still in the editor. Check the connection to the "
                          "database and save again."),
                        _("The person was not saved")})) {
        return false;
    }
    m_stored_id = m_draft.employee_id;
    m_saved = m_draft;
    saved();
    return true;
}

wxString PersonEditorDialog::unsaved_question() const {
    return _("The person has changes that are not saved. Close and lose them?");
}

}  // namespace polku::gui
