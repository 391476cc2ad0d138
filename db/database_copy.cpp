#include "db/database_copy.hpp"

#include <soci/soci.h>

#include <map>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/row_text.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

// Columns that point at a row of the same table: copied as NULL first and set once every row
// is there, since a supervisor or a parent may have a higher id than the row naming it.
const std::map<std::string, std::string> kSelfReferences = {{"people", "supervisor_id"},
                                                            {"competences", "parent_id"}};

bool has_id_column(const std::vector<std::string>& columns) {
    return std::find(columns.begin(), columns.end(), "id") != columns.end();
}

}  // namespace

const std::vector<std::string>& copied_tables() {
    static const std::vector<std::string> tables = {"organisations",
                                                    "units",
                                                    "projects",
                                                    "target_groups",
                                                    "work_packages",
                                                    "courses",
                                                    "people",
                                                    "target_group_members",
                                                    "events",
                                                    "sessions",
                                                    "attendance",
                                                    "activities",
                                                    "targets",
                                                    "competence_frameworks",
                                                    "competences",
                                                    "course_competences",
                                                    "event_competences",
                                                    "activity_competences",
                                                    "paths",
                                                    "path_steps",
                                                    "path_assignments",
                                                    "sign_offs",
                                                    "audit_log",
                                                    "erasures",
                                                    "erased_age_bands",
                                                    "report_snapshots",
                                                    "period_locks",
                                                    "server_logins"};
    return tables;
}

CopyCounts copy_database(Database& from, Database& to,
                         const std::function<void(const std::string&, std::size_t)>& progress) {
    soci::session& in = from.session();
    soci::session& out = to.session();
    CopyCounts counts;
    try {
        for (const auto& table : copied_tables()) {
            int rows = 0;
            out << "SELECT COUNT(*) FROM " + table, soci::into(rows);
            if (rows > 0) {
                throw InputError(message(N_("the target database already holds data ({}); copy "
                                            "into a new, empty database"),
                                         table));
            }
        }
        soci::transaction transaction(out);
        for (const auto& table : copied_tables()) {
            // Table names come from the list above, never from input.
            soci::row row;
            soci::statement select = (in.prepare << "SELECT * FROM " + table, soci::into(row));
            select.execute();
            bool more = select.fetch();
            std::vector<std::string> columns;
            for (std::size_t i = 0; more && i < row.size(); ++i) {
                columns.push_back(row.get_properties(i).get_name());
            }
            std::size_t copied = 0;
            if (more) {
                const auto self = kSelfReferences.find(table);
                std::string names, places;
                for (std::size_t i = 0; i < columns.size(); ++i) {
                    names += (i ? ", " : "") + columns[i];
                    places += (i ? ", :v" : ":v") + std::to_string(i);
                }
                std::vector<std::string> values(columns.size());
                std::vector<soci::indicator> indicators(columns.size());
                soci::statement insert(out);
                for (std::size_t i = 0; i < columns.size(); ++i) {
                    insert.exchange(soci::use(values[i], indicators[i]));
                }
                insert.alloc();
                insert.prepare("INSERT INTO " + table + " (" + names + ") VALUES (" + places + ")");
                insert.define_and_bind();
                std::vector<std::pair<std::string, std::string>> links;  // id, referenced id
                while (more) {
                    for (std::size_t i = 0; i < columns.size(); ++i) {
                        const bool null = row.get_indicator(i) == soci::i_null;
                        values[i] = null ? std::string() : column_text(row, i);
                        indicators[i] = null ? soci::i_null : soci::i_ok;
                        if (self != kSelfReferences.end() && columns[i] == self->second && !null) {
                            links.emplace_back(std::string(), values[i]);
                            indicators[i] = soci::i_null;
                        }
                    }
                    if (!links.empty() && links.back().first.empty()) {
                        for (std::size_t i = 0; i < columns.size(); ++i) {
                            if (columns[i] == "id") {
                                links.back().first = values[i];
                            }
                        }
                    }
                    insert.execute(true);
                    ++copied;
                    if (progress && copied % 10000 == 0) {
                        progress(table, copied);
                    }
                    more = select.fetch();
                }
                if (self != kSelfReferences.end()) {
                    std::string id, target;
                    soci::statement update =
                        (out.prepare
                             << "UPDATE " + table + " SET " + self->second + " = :t WHERE id = :id",
                         soci::use(target), soci::use(id));
                    for (const auto& link : links) {
                        id = link.first;
                        target = link.second;
                        update.execute(true);
                    }
                }
                // Ids kept as they were: the server's identity must go on after the highest.
                if (to.backend() == Backend::postgresql && has_id_column(columns)) {
                    out << "SELECT setval(pg_get_serial_sequence('" + table +
                               "', 'id'), (SELECT MAX(id) FROM " + table + "))";
                }
            }
            if (progress) {
                progress(table, copied);
            }
            counts.rows += copied;
            ++counts.tables;
        }
        transaction.commit();
    } catch (const PolkuError&) {
        throw;
    } catch (...) {
        rethrow_as_database_error(translate(N_("copying the database")));
    }
    return counts;
}

}  // namespace polku::db
