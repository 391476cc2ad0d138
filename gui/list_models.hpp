#pragma once
// The virtual list models of the Events and People windows: a wxDataViewVirtualListModel over
// a PageCache, so the control asks for the rows it shows and only their pages are read.
// Cells are formatted here, in GetValueByRow, which never throws: a page that cannot be read
// shows empty cells and reports the error once through on_error.

#include <wx/dataview.h>

#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "db/event_list_repository.hpp"
#include "db/person_list_repository.hpp"
#include "gui/page_cache.hpp"
#include "reports/language.hpp"

namespace polku::gui {

template <typename Row>
class PagedListModel : public wxDataViewVirtualListModel {
  public:
    explicit PagedListModel(typename PageCache<Row>::Fetch fetch)
        : wxDataViewVirtualListModel(0), m_cache(std::move(fetch)) {}

    // Shows the rows of `keys` (a filter's result), from the top.
    void show(std::vector<long long> keys) {
        m_cache.reset(std::move(keys));
        m_error_reported = false;
        Reset(static_cast<unsigned>(m_cache.size()));
    }
    // Stops reading rows (the window's database is going away).
    void detach() { m_cache.detach(); }

    std::size_t size() const { return m_cache.size(); }
    const PageCache<Row>& cache() const { return m_cache; }

    // The text of a cell as the list shows it.
    wxString text(unsigned row, unsigned column) const {
        wxVariant value;
        GetValueByRow(value, row, column);
        return value.GetString();
    }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override {
        value = wxString();
        try {
            if (const Row* r = m_cache.row(row)) {
                value = cell(*r, column);
            }
        } catch (const std::exception& e) {
            report(e.what());
        } catch (...) {
            report("unknown error");
        }
    }
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

    // Told (once per filter) that rows could not be read.
    std::function<void(const std::string&)> on_error;

  protected:
    virtual wxString cell(const Row& row, unsigned column) const = 0;

  private:
    void report(const std::string& error) const {
        if (!m_error_reported && on_error) {
            m_error_reported = true;
            on_error(error);
        }
    }

    mutable PageCache<Row> m_cache;  // reading a page is how the model answers a const call
    mutable bool m_error_reported = false;
};

// Turns off the type-ahead find of GTK's tree view behind `list`: it would look for the typed
// letters row by row, reading every page of a long list when nothing matches. Call after
// every change of the list's rows (wx gives GTK the model again, which turns it back on).
void without_type_ahead(wxDataViewCtrl* list);

class EventListModel : public PagedListModel<db::EventListRow> {
  public:
    enum Column {
        event_id,
        title,
        kind,
        project,
        first_session,
        last_session,
        sessions,
        participants,
        column_count
    };
    EventListModel(PageCache<db::EventListRow>::Fetch fetch, reports::Language language)
        : PagedListModel(std::move(fetch)), m_language(language) {}

  protected:
    wxString cell(const db::EventListRow& row, unsigned column) const override;

  private:
    reports::Language m_language;
};

class PersonListModel : public PagedListModel<db::PersonListRow> {
  public:
    enum Column {
        employee_id,
        last_name,
        first_name,
        organisation,
        unit,
        supervisor,
        column_count
    };
    explicit PersonListModel(PageCache<db::PersonListRow>::Fetch fetch)
        : PagedListModel(std::move(fetch)) {}

  protected:
    wxString cell(const db::PersonListRow& row, unsigned column) const override;
};

}  // namespace polku::gui
