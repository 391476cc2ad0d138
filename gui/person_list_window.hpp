#pragma once
// The People window: everyone in the database in a virtual list (100,000 scroll as smoothly
// as 100: only the shown pages are read), narrowed as the user types words of a name or an
// employee id. Its own database connection (the locator), like the attendance window.

#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <string>

#include "db/database.hpp"
#include "gui/list_models.hpp"

namespace polku::gui {

class PersonListWindow : public wxFrame {
  public:
    // Opens `locator` and lists everyone. Throws DatabaseError.
    PersonListWindow(wxWindow* parent, const std::string& locator);
    ~PersonListWindow() override;

    wxTextCtrl* search_field() const { return m_search; }
    wxDataViewCtrl* list() const { return m_list; }
    PersonListModel* model() const { return m_model.get(); }

    // Lists whom the typed words keep (what a pause in typing does).
    bool apply_filter();
    // Typing waits this long for the next key before the list follows.
    static constexpr int kTypingPauseMs = 250;
    bool filter_pending() const { return m_typing.IsRunning(); }

  private:
    db::Database m_db;
    wxObjectDataPtr<PersonListModel> m_model;
    wxTimer m_typing;

    wxTextCtrl* m_search = nullptr;
    wxDataViewCtrl* m_list = nullptr;
};

}  // namespace polku::gui
