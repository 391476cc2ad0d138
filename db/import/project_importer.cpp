// projects.csv: key code.
#include "core/message.hpp"
#include "db/import/importers.hpp"
#include "db/stored_values.hpp"

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
            m_errors.add(line, "code",
                         duplicate_message(message(N_("project code {}"), record->code), first));
            return;
        }
        ProjectRow incoming;
        incoming.name = record->name;
        bool business_id_changed = false;
        AuditValue old_business_id, new_business_id;
        if (record->implementer) {
            const long long org = m_names.organisation(*record->implementer);
            incoming.implementer_id = Nullable<long long>(org);
            if (record->implementer_business_id) {
                Nullable<std::string> stored_business_id;
                m_sql << "SELECT business_id FROM organisations WHERE id = :id", soci::use(org),
                    soci::into(stored_business_id.value, stored_business_id.ind);
                if (stored_business_id.get() != record->implementer_business_id) {
                    business_id_changed = true;
                    old_business_id = audit_value(stored_business_id);
                    new_business_id = *record->implementer_business_id;
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
        if (found == soci::i_ok && locked_settings(id, stored, *record, line)) {
            return;
        }
        // A new project gets its key first; one UPDATE then writes the values either way.
        if (found == soci::i_ok) {
            ++m_counts.updated;
            auto before = project_fields(stored, incoming);
            auto after = project_fields(incoming, stored);
            before.emplace_back("implementer_business_id", old_business_id);
            after.emplace_back("implementer_business_id", new_business_id);
            audit_update("projects", {{"project", record->code}}, before, after, std::nullopt, id);
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
    // `row`'s fields as projects.csv names them; the implementer's name is looked up only when
    // `other` names another.
    AuditFields project_fields(const ProjectRow& row, const ProjectRow& other) {
        return {
            {"name", row.name},
            {"implementer", row.implementer_id == other.implementer_id
                                ? AuditValue(std::monostate{})
                                : audit_name(m_sql, "SELECT name FROM organisations WHERE id = :id",
                                             row.implementer_id)},
            {"authority", audit_value(row.authority)},
            {"start", audit_value(row.start)},
            {"end", audit_value(row.end)},
            {"extended_end", audit_value(row.extended_end)},
            {"day_minutes", std::int64_t{row.day_minutes}},
            {"cap_per_day", std::string(row.cap_per_day ? "yes" : "no")},
            {"rounding", row.rounding},
            {"excluded_kinds", row.excluded_kinds}};
    }

    // A locked project's counting rules, and the span where it reaches the locked period,
    // stay as they are (core's locked_project_columns). Adds an error per column and returns
    // true when refused.
    bool locked_settings(long long id, const ProjectRow& stored, const ProjectRecord& record,
                         std::size_t line) {
        const PeriodLock* lock = m_locks.lock_of(id);
        if (!lock) {
            return false;
        }
        const auto date_of = [](const Nullable<std::string>& text) {
            return text.get() ? std::optional<Date>(stored_date(text.value)) : std::nullopt;
        };
        const ProjectSettings before{stored_rules(stored.day_minutes, stored.cap_per_day,
                                                  stored.rounding, stored.excluded_kinds),
                                     date_of(stored.start), date_of(stored.end),
                                     date_of(stored.extended_end)};
        const ProjectSettings after{CountingRules{record.day_minutes, record.cap_per_day,
                                                  record.rounding, record.excluded_kinds},
                                    record.start, record.end, record.extended_end};
        const auto columns = locked_project_columns(*lock, before, after);
        for (const auto& column : columns) {
            refuse_locked_value(line, column, message(N_("the project's {}"), column), *lock);
        }
        return !columns.empty();
    }

    NameRegistry m_names;
};

}  // namespace

std::unique_ptr<RecordImporter> make_project_importer(soci::session& sql, ErrorList& errors,
                                                      const HeaderBinding& binding,
                                                      const RowContext& context) {
    return std::make_unique<ProjectImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
