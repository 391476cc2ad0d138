#include "db/person_export.hpp"

#include <soci/soci.h>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/row_text.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

struct Query {
    const char* table;
    const char* sql;  // one bound parameter, :p, the person's id
};

// Every table that holds a person's rows; a test checks that a person's every row is here.
constexpr Query kQueries[] = {
    {"person",
     "SELECT p.employee_id, p.first_name, p.last_name, p.email, o.name AS organisation, "
     "u.name AS unit, s.employee_id AS supervisor_id, p.gender, p.birth_year, p.education, "
     "p.labour_status FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
     "LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN people s ON s.id = p.supervisor_id "
     "WHERE p.id = :p"},
    {"target_groups",
     "SELECT pr.code AS project, tg.name AS target_group FROM target_group_members m JOIN "
     "target_groups tg ON tg.id = m.target_group_id JOIN projects pr ON pr.id = tg.project_id "
     "WHERE m.person_id = :p ORDER BY pr.code, tg.name"},
    {"attendance",
     "SELECT pr.code AS project, e.code AS event_id, e.title, s.session_date AS date, "
     "s.start_minute, s.end_minute, a.status, a.minutes FROM attendance a JOIN sessions s ON "
     "s.id = a.session_id JOIN events e ON e.id = s.event_id JOIN projects pr ON pr.id = "
     "e.project_id WHERE a.person_id = :p ORDER BY s.session_date, s.start_minute, e.code"},
    {"activities",
     "SELECT pr.code AS project, a.activity_date AS date, a.kind, a.minutes, a.description "
     "FROM activities a JOIN projects pr ON pr.id = a.project_id WHERE a.person_id = :p ORDER "
     "BY a.activity_date, a.kind, pr.code"},
    {"path_assignments",
     "SELECT pr.code AS project, pa.path_id, pa.name AS path_name, a.start_date, a.due_date "
     "FROM path_assignments a JOIN paths pa ON pa.id = a.path_id JOIN projects pr ON pr.id = "
     "pa.project_id WHERE a.person_id = :p ORDER BY pr.code, pa.path_id"},
    {"sign_offs_received",
     "SELECT pr.code AS project, pa.path_id, st.step_number AS step, so.signed_on, "
     "b.employee_id AS signed_by, so.note FROM sign_offs so JOIN path_steps st ON st.id = "
     "so.step_id JOIN paths pa ON pa.id = st.path_id JOIN projects pr ON pr.id = pa.project_id "
     "JOIN people b ON b.id = so.signed_by WHERE so.person_id = :p ORDER BY so.signed_on, "
     "pa.path_id, st.step_number"},
    {"sign_offs_given",
     "SELECT pr.code AS project, pa.path_id, st.step_number AS step, so.signed_on, "
     "w.employee_id AS for_employee_id, so.note FROM sign_offs so JOIN path_steps st ON st.id "
     "= so.step_id JOIN paths pa ON pa.id = st.path_id JOIN projects pr ON pr.id = "
     "pa.project_id JOIN people w ON w.id = so.person_id WHERE so.signed_by = :p ORDER BY "
     "so.signed_on, pa.path_id, st.step_number"},
    {"supervises", "SELECT employee_id FROM people WHERE supervisor_id = :p ORDER BY employee_id"},
    {"audit_trail",
     "SELECT changed_at, actor, action, table_name, record_key, old_values, new_values FROM "
     "audit_log WHERE person_id = :p ORDER BY id"},
    {"erasure", "SELECT erased_at, erased_by FROM erasures WHERE person_id = :p"},
};

}  // namespace

std::vector<TextTable> export_person(Database& db, const std::string& employee_id) {
    soci::session& sql = db.session();
    try {
        long long person = 0;
        soci::indicator found = soci::i_null;
        sql << "SELECT id FROM people WHERE employee_id = :e", soci::use(employee_id),
            soci::into(person, found);
        if (found != soci::i_ok) {
            throw InputError(message(N_("no one has the employee id {}; check the id "
                                        "(people.csv's employee_id column)"),
                                     employee_id));
        }
        std::vector<TextTable> tables;
        for (const auto& query : kQueries) {
            TextTable table{query.table, {}, {}};
            soci::row row;
            soci::statement st =
                (sql.prepare << query.sql, soci::use(person, "p"), soci::into(row));
            st.execute();
            while (st.fetch()) {
                if (table.columns.empty()) {
                    for (std::size_t i = 0; i < row.size(); ++i) {
                        table.columns.push_back(row.get_properties(i).get_name());
                    }
                }
                std::vector<std::optional<std::string>> values;
                for (std::size_t i = 0; i < row.size(); ++i) {
                    values.push_back(row.get_indicator(i) == soci::i_null
                                         ? std::nullopt
                                         : std::optional(column_text(row, i)));
                }
                table.rows.push_back(std::move(values));
            }
            tables.push_back(std::move(table));
        }
        return tables;
    } catch (const PolkuError&) {
        throw;
    } catch (...) {
        rethrow_as_database_error(message(N_("exporting {}"), employee_id));
    }
}

}  // namespace polku::db
