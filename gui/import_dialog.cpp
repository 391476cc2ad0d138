#include "gui/import_dialog.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

#include "app/import_service.hpp"
#include "core/cancellation.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "gui/background_task.hpp"
#include "gui/database_error.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/panel_dialog.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

// What a worker's import came to, carried back to the UI thread whole (the kinds of failure
// are told apart there).
struct ImportOutcome {
    std::optional<app::ImportResult> result;
    std::vector<FieldError> errors;  // every problem of the file
    std::string refused;             // the file cannot be read, or another refusal
    std::string database_error;
    bool cancelled = false;
};

namespace {

const wxColour kErrorColour(176, 0, 0);
constexpr int kGaugeRange = 1000;

// What each kind of file holds, in ImportKind's order; the file's name follows it.
constexpr const char* kKindLabels[] = {N_("Projects"),
                                       N_("Targets"),
                                       N_("People"),
                                       N_("Events"),
                                       N_("Sessions of events"),
                                       N_("Attendance marks"),
                                       N_("Individual activities"),
                                       N_("Moodle competency framework"),
                                       N_("Competences"),
                                       N_("Competences of courses"),
                                       N_("Competences of events"),
                                       N_("Competences of individual activities"),
                                       N_("Competence paths"),
                                       N_("Steps of the paths"),
                                       N_("People on the paths"),
                                       N_("Signed-off steps")};
static_assert(std::size(kKindLabels) == static_cast<std::size_t>(ImportKind::signoffs) + 1);

ImportOutcome run_import(const std::string& locator, ImportKind kind, const std::string& path,
                         bool dry_run, std::stop_token stop,
                         std::shared_ptr<std::atomic<int>> permille) {
    ImportOutcome outcome;
    try {
        // A worker has its own connection (SOCI sessions are not shared between threads).
        auto db = db::Database::open(locator);
        app::ImportOptions options{dry_run, {}, std::move(stop)};
        options.progress = [permille](std::size_t done, std::size_t total) {
            permille->store(total == 0 ? kGaugeRange
                                       : static_cast<int>(done * kGaugeRange / total));
        };
        outcome.result = app::import_file(db, kind, path, options);
    } catch (const Cancelled&) {
        outcome.cancelled = true;
    } catch (const InputErrors& e) {
        outcome.errors = e.errors();
    } catch (const DatabaseError& e) {
        outcome.database_error = e.what();
    } catch (const PolkuError& e) {
        outcome.refused = e.what();
    }
    return outcome;
}

wxString counts_text(const db::ImportCounts& counts) {
    return wxString::Format(_("%zu new, %zu updated, %zu unchanged"), counts.added, counts.updated,
                            counts.unchanged);
}

}  // namespace

ImportDialog::ImportDialog(wxWindow* parent, const std::string& locator,
                           std::function<void()> imported)
    : wxDialog(parent, wxID_ANY, _("Import"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_locator(locator),
      m_imported(std::move(imported)),
      m_timer(this) {
    show_error = [this](const wxString& title, const wxString& text) {
        message_box(text, title, wxOK | wxICON_ERROR, this);
    };
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 6));
    grid->AddGrowableCol(1);
    m_kind = new wxChoice(panel, wxID_ANY);
    for (std::size_t k = 0; k < import_kind_names().size(); ++k) {
        m_kind->Append(wxString::Format("%s (%s.csv)", wxGetTranslation(kKindLabels[k]),
                                        to_wx(std::string(import_kind_names()[k]))));
    }
    m_kind->SetSelection(0);
    grid->Add(new wxStaticText(panel, wxID_ANY, _("&Kind of file:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_kind, 0);
    m_file = new wxFilePickerCtrl(panel, wxID_ANY, wxString(), _("Choose the file to import"),
                                  _("CSV files (*.csv)|*.csv|All files (*)|*"), wxDefaultPosition,
                                  wxSize(480, -1),
                                  wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    grid->Add(new wxStaticText(panel, wxID_ANY, _("&File:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_file, 1, wxEXPAND);
    sizer->Add(grid, 0, wxEXPAND | wxALL, 8);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_check = new wxButton(panel, wxID_ANY, _("C&heck"));
    m_import = new wxButton(panel, wxID_ANY, _("&Import"));
    m_cancel = new wxButton(panel, wxID_ANY, _("Ca&ncel"));
    actions->Add(m_check, 0, wxRIGHT, 6);
    actions->Add(m_import, 0, wxRIGHT, 6);
    actions->Add(m_cancel, 0, wxRIGHT, 12);
    m_gauge = new wxGauge(panel, wxID_ANY, kGaugeRange);
    actions->Add(m_gauge, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(actions, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

    m_summary = new wxStaticText(panel, wxID_ANY,
                                 _("Choose the kind and the file, then check it: nothing is "
                                   "written until it checks clean and you import it."));
    sizer->Add(m_summary, 0, wxEXPAND | wxALL, 8);
    sizer->Add(new wxStaticText(panel, wxID_ANY, _("&Problems found:")), 0, wxLEFT | wxRIGHT, 8);
    m_errors = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, wxSize(720, 260),
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    m_errors->InsertColumn(line, _("Line"), wxLIST_FORMAT_RIGHT, 60);
    m_errors->InsertColumn(column, _("Column"), wxLIST_FORMAT_LEFT, 130);
    m_errors->InsertColumn(message, _("Message"), wxLIST_FORMAT_LEFT, 510);
    sizer->Add(m_errors, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);

    auto* close = finish_panel_dialog(*this, panel, sizer);
    m_check->SetDefault();

    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { forget_check(); });
    m_file->Bind(wxEVT_FILEPICKER_CHANGED,
                 [this](wxFileDirPickerEvent&) { set_file(from_wx(m_file->GetPath())); });
    m_check->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { check(); });
    m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { import(); });
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    // Closing stops the work; the worker's connection rolls back what it began.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        cancel();
        Destroy();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { m_gauge->SetValue(m_permille->load()); });
    update_controls();
    m_kind->SetFocus();
}

ImportDialog::~ImportDialog() {
    m_stop.request_stop();
    m_timer.Stop();
}

void ImportDialog::set_kind(ImportKind kind) {
    m_kind->SetSelection(static_cast<int>(kind));
    forget_check();
}

void ImportDialog::set_file(const std::string& path) {
    if (from_wx(m_file->GetPath()) != path) {
        m_file->SetPath(to_wx(path));
    }
    // attendance.csv, people-2024.csv: the kind the name starts with.
    const std::string stem = std::filesystem::path(path).stem().string();
    for (const auto name : import_kind_names()) {
        if (stem.starts_with(name) &&
            (stem.size() == name.size() ||
             !std::isalpha(static_cast<unsigned char>(stem[name.size()])))) {
            m_kind->SetSelection(static_cast<int>(*import_kind_from_name(name)));
        }
    }
    forget_check();
}

ImportKind ImportDialog::chosen_kind() const {
    return static_cast<ImportKind>(std::max(m_kind->GetSelection(), 0));
}

std::optional<ImportDialog::FileState> ImportDialog::current_file() const {
    const std::string path = from_wx(m_file->GetPath());
    std::error_code error;
    FileState state{path, chosen_kind(), std::filesystem::file_size(path, error), {}};
    if (error) {
        return std::nullopt;
    }
    state.modified = std::filesystem::last_write_time(path, error);
    if (error) {
        return std::nullopt;
    }
    return state;
}

void ImportDialog::forget_check() {
    m_clean.reset();
    update_controls();
}

void ImportDialog::update_controls() {
    m_check->Enable(!m_busy && !m_file->GetPath().empty());
    m_import->Enable(!m_busy && m_clean && m_clean == current_file());
    m_cancel->Enable(m_busy);
    m_kind->Enable(!m_busy);
    m_file->Enable(!m_busy);
}

void ImportDialog::say(const wxString& text, bool problem) {
    m_summary->SetForegroundColour(problem ? kErrorColour : wxNullColour);
    m_summary->SetLabel(text);
    m_summary->Wrap(GetClientSize().x - 20);
    Layout();
}

void ImportDialog::check() {
    start(true);
}

void ImportDialog::import() {
    if (!m_clean || m_clean != current_file()) {
        forget_check();
        say(_("The file has changed since it was checked, or another file is chosen: check it "
              "again before importing."),
            true);
        return;
    }
    start(false);
}

void ImportDialog::cancel() {
    if (m_busy) {
        m_stop.request_stop();
        say(_("Cancelling..."), false);
    }
}

void ImportDialog::start(bool dry_run) {
    if (m_busy) {
        return;
    }
    const auto file = current_file();
    if (!file) {
        say(wxString::Format(_("%s cannot be read: choose a file that exists."), m_file->GetPath()),
            true);
        return;
    }
    m_busy = true;
    m_stop = std::stop_source();
    m_permille->store(0);
    m_gauge->SetValue(0);
    m_timer.Start(100);
    m_errors->DeleteAllItems();
    say(dry_run ? _("Checking the file...") : _("Importing the file..."), false);
    update_controls();
    m_cancel->SetFocus();
    const std::string locator = m_locator;
    run_in_background<ImportOutcome>(
        this,
        [locator, file = *file, dry_run, stop = m_stop.get_token(), permille = m_permille] {
            return run_import(locator, file.kind, file.path, dry_run, stop, permille);
        },
        [this, dry_run, file](ImportOutcome outcome) { finish(dry_run, file, std::move(outcome)); },
        [this, dry_run, file](const std::string& error) {
            ImportOutcome outcome;
            outcome.refused = error;
            finish(dry_run, file, std::move(outcome));
        });
}

void ImportDialog::finish(bool dry_run, const std::optional<FileState>& file,
                          ImportOutcome outcome) {
    m_busy = false;
    m_timer.Stop();
    m_gauge->SetValue(outcome.result ? kGaugeRange : 0);
    // A cancelled or failed import can be started again; one that ran, or found the database
    // changed under a checked file, needs a new check.
    if (!dry_run && !outcome.cancelled && outcome.database_error.empty()) {
        m_clean.reset();
    }
    if (outcome.cancelled) {
        say(dry_run ? _("Cancelled: the file was not checked.")
                    : _("Cancelled: nothing was imported, the database is as it was."),
            false);
    } else if (!outcome.errors.empty()) {
        for (const auto& e : outcome.errors) {
            const long row = m_errors->InsertItem(
                m_errors->GetItemCount(),
                e.place.line > 0 ? wxString::Format("%zu", e.place.line) : wxString());
            m_errors->SetItem(row, column, to_wx(e.place.column));
            m_errors->SetItem(row, message, to_wx(e.message));
        }
        m_errors->SetItemState(0, wxLIST_STATE_FOCUSED | wxLIST_STATE_SELECTED,
                               wxLIST_STATE_FOCUSED | wxLIST_STATE_SELECTED);
        say(wxString::Format(wxPLURAL("The file has %zu problem: nothing was written. Correct "
                                      "it and check again.",
                                      "The file has %zu problems: nothing was written. Correct "
                                      "them and check again.",
                                      outcome.errors.size()),
                             outcome.errors.size()),
            true);
    } else if (!outcome.database_error.empty()) {
        say(_("The database did not answer: nothing was written."), true);
        show_error(dry_run ? _("The file was not checked") : _("The file was not imported"),
                   database_error_text(outcome.database_error));
    } else if (!outcome.refused.empty()) {
        say(wxString::Format(_("Nothing was written: %s"), to_wx(outcome.refused)), true);
    } else if (dry_run) {
        // Clean only if the file is still the one that was read.
        if (file == current_file()) {
            m_clean = file;
        }
        say(wxString::Format(_("The file checks clean: %s. Press Import to write it."),
                             counts_text(outcome.result->counts)),
            false);
    } else {
        say(wxString::Format(_("Imported: %s."), counts_text(outcome.result->counts)), false);
        if (m_imported) {
            m_imported();
        }
    }
    update_controls();
    if (m_import->IsEnabled()) {
        m_import->SetFocus();
    } else if (m_errors->GetItemCount() > 0) {
        m_errors->SetFocus();
    } else {
        m_check->SetFocus();
    }
}

}  // namespace polku::gui
