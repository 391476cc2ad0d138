// projects.csv: key code.
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

struct ProjectRow {
    std::string name;
    Nullable<long long> implementer_id;
    Nullable<std::string> authority, start, end, extended_end;
    int day_minutes = 360;
    int cap_per_day = 1;
    std::string rounding, excluded_kinds;
    bool operator==(const ProjectRow&) const = default;
};

std::string excluded_text(const std::vector<Kind>& kinds) {
    std::string out;
    for (Kind k : kinds) {
        out += (out.empty() ? "" : "|") + std::string(name_of(k));
    }
    return out;
}

class ProjectImporter final : public ImporterBase {
  public:
    ProjectImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                    RowContext context)
        : ImporterBase(sql, errors, binding, context), m_names(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_project_row(row, m_context);
        if (!record) {
            return;
        }
        if (auto first = m_keys.seen(record->code, line)) {
            m_errors.add(line, "code", duplicate_message("project code " + record->code, first));
            return;
        }
        ProjectRow incoming;
        incoming.name = record->name;
        bool business_id_changed = false;
        if (record->implementer) {
            const long long org = m_names.organisation(*record->implementer);
            incoming.implementer_id = Nullable<long long>(org);
            if (record->implementer_business_id) {
                Nullable<std::string> stored_business_id;
                m_sql << "SELECT business_id FROM organisations WHERE id = :id", soci::use(org),
                    soci::into(stored_business_id.value, stored_business_id.ind);
                if (stored_business_id.get() != record->implementer_business_id) {
                    business_id_changed = true;
                    m_sql << "UPDATE organisations SET business_id = :b WHERE id = :id",
                        soci::use(*record->implementer_business_id), soci::use(org);
                }
            }
        }
        incoming.authority = record->authority;
        incoming.start = nullable_date(record->start);
        incoming.end = nullable_date(record->end);
        incoming.extended_end = nullable_date(record->extended_end);
        incoming.day_minutes = record->day_minutes;
        incoming.cap_per_day = record->cap_per_day ? 1 : 0;
        incoming.rounding = std::string(name_of(record->rounding));
        incoming.excluded_kinds = excluded_text(record->excluded_kinds);

        long long id = 0;
        soci::indicator found = soci::i_null;
        ProjectRow stored;
        m_sql << "SELECT id, name, implementer_id, authority, start_date, end_date, extended_end, "
                 "day_minutes, "
                 "cap_per_day, rounding, excluded_kinds FROM projects WHERE code = :code",
            soci::use(record->code), soci::into(id, found), soci::into(stored.name),
            soci::into(stored.implementer_id.value, stored.implementer_id.ind),
            soci::into(stored.authority.value, stored.authority.ind),
            soci::into(stored.start.value, stored.start.ind),
            soci::into(stored.end.value, stored.end.ind),
            soci::into(stored.extended_end.value, stored.extended_end.ind),
            soci::into(stored.day_minutes), soci::into(stored.cap_per_day),
            soci::into(stored.rounding), soci::into(stored.excluded_kinds);
        if (found == soci::i_ok && stored == incoming && !business_id_changed) {
            ++m_counts.unchanged;
            return;
        }
        // A new project gets its key first; one UPDATE then writes the values either way.
        if (found == soci::i_ok) {
            ++m_counts.updated;
        } else {
            ++m_counts.added;
            m_sql << "INSERT INTO projects (code, name) VALUES (:code, :name) RETURNING id",
                soci::use(record->code), soci::use(incoming.name), soci::into(id);
        }
        auto& r = incoming;
        m_sql << "UPDATE projects SET name = :name, implementer_id = :impl, authority = :auth, "
                 "start_date = :start, end_date = :end, extended_end = :ext, day_minutes = :dm, "
                 "cap_per_day = :cap, rounding = :rounding, excluded_kinds = :excluded WHERE id = "
                 ":id",
            soci::use(r.name), soci::use(r.implementer_id.value, r.implementer_id.ind),
            soci::use(r.authority.value, r.authority.ind), soci::use(r.start.value, r.start.ind),
            soci::use(r.end.value, r.end.ind), soci::use(r.extended_end.value, r.extended_end.ind),
            soci::use(r.day_minutes), soci::use(r.cap_per_day), soci::use(r.rounding),
            soci::use(r.excluded_kinds), soci::use(id);
    }

  private:
    NameRegistry m_names;
};

}  // namespace

std::unique_ptr<RecordImporter> make_project_importer(soci::session& sql, ErrorList& errors,
                                                      const HeaderBinding& binding,
                                                      const RowContext& context) {
    return std::make_unique<ProjectImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
