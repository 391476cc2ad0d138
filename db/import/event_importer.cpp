// events.csv: key event_id.
#include "core/message.hpp"
#include "db/import/importers.hpp"
#include "db/stored_values.hpp"

namespace polku::db::import {

namespace {

struct EventRow {
    long long project_id = 0;
    std::string title, kind;
    Nullable<long long> work_package_id, course_id;
    Nullable<std::string> provider, mode;
    Nullable<long long> cost_cents;
    Nullable<std::string> place;
    Nullable<long long> target_group_id;
    bool operator==(const EventRow&) const = default;
};

class EventImporter final : public ImporterBase {
  public:
    EventImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                  RowContext context)
        : ImporterBase(sql, errors, binding, context),
          m_names(sql),
          m_projects(load_project_ids(sql)) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_event_row(row, m_context);
        if (!record) {
            return;
        }
        const auto project = m_projects.find(record->project);
        if (project == m_projects.end()) {
            m_errors.add(line, "project", no_project_message(record->project));
            return;
        }
        if (auto first = m_keys.seen(record->event_id, line)) {
            m_errors.add(line, "event_id",
                         duplicate_message(message(N_("event_id {}"), record->event_id), first));
            return;
        }
        const long long project_id = project->second;
        EventRow in;
        in.project_id = project_id;
        in.title = record->title;
        in.kind = std::string(name_of(record->kind));
        if (record->work_package) {
            in.work_package_id =
                Nullable<long long>(m_names.work_package(project_id, *record->work_package));
        }
        if (record->course) {
            in.course_id = Nullable<long long>(m_names.course(*record->course));
        }
        in.provider = record->provider;
        in.mode = nullable_name(record->mode);
        in.cost_cents = record->cost_cents.has_value() ? Nullable<long long>(*record->cost_cents)
                                                       : Nullable<long long>();
        in.place = record->place;
        if (record->target_group) {
            in.target_group_id =
                Nullable<long long>(m_names.target_group(project_id, *record->target_group));
        }

        long long id = 0;
        soci::indicator found = soci::i_null;
        EventRow st;
        m_sql << "SELECT id, project_id, title, kind, work_package_id, course_id, provider, mode, "
                 "cost_cents, place, "
                 "target_group_id FROM events WHERE code = :code",
            soci::use(record->event_id), soci::into(id, found), soci::into(st.project_id),
            soci::into(st.title), soci::into(st.kind),
            soci::into(st.work_package_id.value, st.work_package_id.ind),
            soci::into(st.course_id.value, st.course_id.ind),
            soci::into(st.provider.value, st.provider.ind), soci::into(st.mode.value, st.mode.ind),
            soci::into(st.cost_cents.value, st.cost_cents.ind),
            soci::into(st.place.value, st.place.ind),
            soci::into(st.target_group_id.value, st.target_group_id.ind);
        if (found == soci::i_ok && st == in) {
            ++m_counts.unchanged;
            return;
        }
        if (found == soci::i_ok && locked_placement(id, st, in, line)) {
            return;
        }
        if (found != soci::i_ok) {
            ++m_counts.added;
            m_sql << "INSERT INTO events (code, project_id, title, kind) VALUES (:code, :p, :t, "
                     ":k) RETURNING id",
                soci::use(record->event_id), soci::use(in.project_id), soci::use(in.title),
                soci::use(in.kind), soci::into(id);
        } else {
            ++m_counts.updated;
            audit_update("events", {{"event", record->event_id}}, event_fields(st, in),
                         event_fields(in, st), std::nullopt, project_id);
        }
        m_sql << "UPDATE events SET project_id = :p, title = :t, kind = :k, work_package_id = :wp, "
                 "course_id = :c, "
                 "provider = :prov, mode = :mode, cost_cents = :cost, place = :place, "
                 "target_group_id = :tg "
                 "WHERE id = :id",
            soci::use(in.project_id), soci::use(in.title), soci::use(in.kind),
            soci::use(in.work_package_id.value, in.work_package_id.ind),
            soci::use(in.course_id.value, in.course_id.ind),
            soci::use(in.provider.value, in.provider.ind), soci::use(in.mode.value, in.mode.ind),
            soci::use(in.cost_cents.value, in.cost_cents.ind),
            soci::use(in.place.value, in.place.ind),
            soci::use(in.target_group_id.value, in.target_group_id.ind), soci::use(id);
    }

  private:
    // `row`'s fields as the trail names them (as the event editor's rows do). A name behind an
    // id is looked up only where `other` differs, since only changed fields are kept.
    AuditFields event_fields(const EventRow& row, const EventRow& other) {
        const auto named = [&](const char* query, const Nullable<long long>& id,
                               const Nullable<long long>& other_id) {
            return id == other_id ? AuditValue(std::monostate{}) : audit_name(m_sql, query, id);
        };
        return {{"project", row.project_id == other.project_id
                                ? AuditValue(std::monostate{})
                                : audit_name(m_sql, "SELECT code FROM projects WHERE id = :id",
                                             Nullable<long long>(row.project_id))},
                {"title", row.title},
                {"kind", row.kind},
                {"work_package", named("SELECT name FROM work_packages WHERE id = :id",
                                       row.work_package_id, other.work_package_id)},
                {"course",
                 named("SELECT title FROM courses WHERE id = :id", row.course_id, other.course_id)},
                {"provider", audit_value(row.provider)},
                {"mode", audit_value(row.mode)},
                {"cost_cents", audit_value(row.cost_cents)},
                {"place", audit_value(row.place)},
                {"target_group", named("SELECT name FROM target_groups WHERE id = :id",
                                       row.target_group_id, other.target_group_id)}};
    }

    // An event's kind and project decide whether and where its sessions count: neither may
    // change while a session of it lies in a locked period (of the project it leaves or
    // joins). Adds the errors and returns true when refused.
    bool locked_placement(long long id, const EventRow& stored, const EventRow& incoming,
                          std::size_t line) {
        const bool kind_changed = stored.kind != incoming.kind;
        const bool project_changed = stored.project_id != incoming.project_id;
        if (m_locks.empty() || (!kind_changed && !project_changed)) {
            return false;
        }
        Nullable<std::string> first;
        m_sql << "SELECT MIN(session_date) FROM sessions WHERE event_id = :id", soci::use(id),
            soci::into(first.value, first.ind);
        const std::optional<Date> first_session =
            first.get() ? std::optional<Date>(stored_date(first.value)) : std::nullopt;
        const PeriodLock* lock = nullptr;
        for (const long long project : {stored.project_id, incoming.project_id}) {
            const PeriodLock* l = m_locks.lock_of(project);
            if (!lock && l && event_is_locked(*l, first_session)) {
                lock = l;
            }
        }
        if (!lock) {
            return false;
        }
        if (kind_changed) {
            refuse_locked_value(
                line, "kind",
                translate(N_("the kind of an event with sessions in the locked period")), *lock);
        }
        if (project_changed) {
            refuse_locked_value(
                line, "project",
                translate(N_("the project of an event with sessions in the locked period")), *lock);
        }
        return true;
    }

    NameRegistry m_names;
    std::unordered_map<std::string, long long> m_projects;
};

}  // namespace

std::unique_ptr<RecordImporter> make_event_importer(soci::session& sql, ErrorList& errors,
                                                    const HeaderBinding& binding,
                                                    const RowContext& context) {
    return std::make_unique<EventImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
