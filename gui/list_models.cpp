#include "gui/list_models.hpp"

#ifdef __WXGTK__
#include <glib-object.h>
#endif

#include "core/kinds.hpp"
#include "gui/wx_text.hpp"
#include "reports/cell_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

wxString date_text(const std::optional<Date>& date, reports::Language language) {
    return date ? to_wx(reports::cell_text(reports::Cell(*date), language)) : wxString();
}

wxString number_text(long long value, reports::Language language) {
    return to_wx(reports::cell_text(reports::Cell(static_cast<std::int64_t>(value)), language));
}

}  // namespace

void without_type_ahead(wxDataViewCtrl* list) {
#ifdef __WXGTK__
    // No search column, not only enable-search off: Ctrl+F would start the search anyway.
    g_object_set(G_OBJECT(list->GtkGetTreeView()), "enable-search", FALSE, "search-column", -1,
                 nullptr);
#else
    (void)list;
#endif
}

wxString EventListModel::cell(const db::EventListRow& row, unsigned column) const {
    switch (column) {
        case event_id:
            return to_wx(row.event_id);
        case title:
            return to_wx(row.title);
        case kind:
            return to_wx(reports::label(m_language, name_of(row.kind)));
        case project:
            return to_wx(row.project_code);
        case first_session:
            return date_text(row.first_session, m_language);
        case last_session:
            return date_text(row.last_session, m_language);
        case sessions:
            return number_text(row.sessions, m_language);
        case participants:
            return number_text(row.participants, m_language);
        default:
            return wxString();
    }
}

wxString PersonListModel::cell(const db::PersonListRow& row, unsigned column) const {
    switch (column) {
        case employee_id:
            return to_wx(row.employee_id);
        case last_name:
            return to_wx(row.last_name);
        case first_name:
            return to_wx(row.first_name);
        case organisation:
            return to_wx(row.organisation.value_or(""));
        case unit:
            return to_wx(row.unit.value_or(""));
        case supervisor:
            return row.supervisor_name
                       ? to_wx(*row.supervisor_name + " (" + row.supervisor_id.value_or("") + ")")
                       : wxString();
        default:
            return wxString();
    }
}

}  // namespace polku::gui
