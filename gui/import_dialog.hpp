#pragma once
// File › Import: a CSV file of one kind checked first (a dry run: new, updated and unchanged
// counts, and every error with its line), then imported — only after a clean check of the
// same file, unchanged since. Both run on a worker with its own database connection, with a
// gauge and Cancel; a cancelled import rolls back whole.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include "core/import_kind.hpp"

namespace polku::gui {

struct ImportOutcome;

class ImportDialog : public wxDialog {
  public:
    // Imports into the database at `locator`; `imported` is called after a committed import.
    ImportDialog(wxWindow* parent, const std::string& locator, std::function<void()> imported);
    ~ImportDialog() override;

    void set_kind(ImportKind kind);
    // Chooses the file (as the picker does), and its kind when the name says it.
    void set_file(const std::string& path);
    // Starts the dry run of the chosen file, or the import after a clean check.
    void check();
    void import();
    // Stops the running work: nothing of it is written.
    void cancel();
    bool busy() const { return m_busy; }

    // Called with a title and a text when the database fails; a message box by default.
    std::function<void(const wxString& title, const wxString& text)> show_error;

    wxChoice* kind_choice() const { return m_kind; }
    wxFilePickerCtrl* file_picker() const { return m_file; }
    wxButton* check_button() const { return m_check; }
    wxButton* import_button() const { return m_import; }
    wxButton* cancel_button() const { return m_cancel; }
    wxListCtrl* error_list() const { return m_errors; }
    wxString summary() const { return m_summary->GetLabel(); }

    enum Column { line, column, message, column_count };

  private:
    // The file as it was when checked clean: an import needs it unchanged.
    struct FileState {
        std::string path;
        ImportKind kind;
        std::uintmax_t size = 0;
        std::filesystem::file_time_type modified;
        bool operator==(const FileState&) const = default;
    };
    std::optional<FileState> current_file() const;
    ImportKind chosen_kind() const;
    void start(bool dry_run);
    void finish(bool dry_run, const std::optional<FileState>& file, ImportOutcome outcome);
    void forget_check();
    void update_controls();
    void say(const wxString& text, bool problem);

    std::string m_locator;
    std::function<void()> m_imported;
    std::optional<FileState> m_clean;  // the last clean check
    bool m_busy = false;
    std::stop_source m_stop;
    std::shared_ptr<std::atomic<int>> m_permille = std::make_shared<std::atomic<int>>(0);
    wxTimer m_timer;

    wxChoice* m_kind = nullptr;
    wxFilePickerCtrl* m_file = nullptr;
    wxButton* m_check = nullptr;
    wxButton* m_import = nullptr;
    wxButton* m_cancel = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_summary = nullptr;
    wxListCtrl* m_errors = nullptr;
};

}  // namespace polku::gui
