#include "db/import/import_support.hpp"

#include <tuple>

#include "core/message.hpp"
#include "db/audit_log.hpp"

namespace polku::db::import {

std::unordered_map<std::string, long long> load_ids(soci::session& sql, const char* query) {
    std::unordered_map<std::string, long long> ids;
    std::string key;
    long long id = 0;
    soci::statement st = (sql.prepare << query, soci::into(key), soci::into(id));
    st.execute();
    while (st.fetch()) {
        ids.emplace(key, id);
    }
    return ids;
}

std::unordered_map<std::string, long long> load_project_ids(soci::session& sql) {
    return load_ids(sql, "SELECT code, id FROM projects");
}

std::unordered_map<std::string, long long> load_person_ids(soci::session& sql) {
    return load_ids(sql, "SELECT employee_id, id FROM people");
}

namespace {

constexpr NameRegistry::Statements kOrganisations{
    "SELECT id FROM organisations WHERE name = :name",
    "INSERT INTO organisations (name) VALUES (:name) RETURNING id", false};
constexpr NameRegistry::Statements kUnits{
    "SELECT id FROM units WHERE name = :name AND organisation_id = :parent",
    "INSERT INTO units (name, organisation_id) VALUES (:name, :parent) RETURNING id", true};
constexpr NameRegistry::Statements kTargetGroups{
    "SELECT id FROM target_groups WHERE name = :name AND project_id = :parent",
    "INSERT INTO target_groups (name, project_id) VALUES (:name, :parent) RETURNING id", true};
constexpr NameRegistry::Statements kWorkPackages{
    "SELECT id FROM work_packages WHERE name = :name AND project_id = :parent",
    "INSERT INTO work_packages (name, project_id) VALUES (:name, :parent) RETURNING id", true};
constexpr NameRegistry::Statements kCourses{
    "SELECT id FROM courses WHERE title = :name",
    "INSERT INTO courses (title) VALUES (:name) RETURNING id", false};

}  // namespace

long long NameRegistry::find_or_create(const Statements& statements, long long parent_id,
                                       const std::string& name) {
    const std::string cache_key =
        std::string(statements.select) + '\x1f' + std::to_string(parent_id) + '\x1f' + name;
    if (auto it = m_cache.find(cache_key); it != m_cache.end()) {
        return it->second;
    }
    long long id = 0;
    soci::indicator ind = soci::i_null;
    if (statements.has_parent) {
        m_sql << statements.select, soci::use(name, "name"), soci::use(parent_id, "parent"),
            soci::into(id, ind);
        if (ind != soci::i_ok) {
            m_sql << statements.insert, soci::use(name, "name"), soci::use(parent_id, "parent"),
                soci::into(id);
        }
    } else {
        m_sql << statements.select, soci::use(name, "name"), soci::into(id, ind);
        if (ind != soci::i_ok) {
            m_sql << statements.insert, soci::use(name, "name"), soci::into(id);
        }
    }
    m_cache.emplace(cache_key, id);
    return id;
}

long long NameRegistry::organisation(const std::string& name) {
    return find_or_create(kOrganisations, 0, name);
}

long long NameRegistry::unit(long long organisation_id, const std::string& name) {
    return find_or_create(kUnits, organisation_id, name);
}

long long NameRegistry::target_group(long long project_id, const std::string& name) {
    return find_or_create(kTargetGroups, project_id, name);
}

long long NameRegistry::work_package(long long project_id, const std::string& name) {
    return find_or_create(kWorkPackages, project_id, name);
}

long long NameRegistry::course(const std::string& title) {
    return find_or_create(kCourses, 0, title);
}

std::string duplicate_message(const std::string& what, std::size_t first_line) {
    return message(N_("the same {} is already on line {}; each key may appear once in a file"),
                   what, first_line);
}

std::string no_project_message(const std::string& code) {
    return message(N_("no project with code '{}'; import it in projects.csv first"), code);
}

std::string no_person_message(const std::string& employee_id) {
    return message(N_("no person with employee_id '{}'; import them in people.csv first"),
                   employee_id);
}

std::string no_event_message(const std::string& event_id) {
    return message(N_("no event '{}'; import it in events.csv first"), event_id);
}

bool ImporterBase::refused_by_lock(std::size_t line, const std::string& column,
                                   long long project_id, Date date, const std::string& what) {
    if (m_locks.empty()) {
        return false;
    }
    const PeriodLock* lock = m_locks.locking(project_id, date);
    if (!lock) {
        return false;
    }
    m_errors.add(line, column, locked_entry_message(message(what, format_fi_date(date)), *lock));
    return true;
}

void ImporterBase::audit_update(const char* table, AuditFields key, const AuditFields& stored,
                                const AuditFields& incoming, std::optional<long long> person,
                                std::optional<long long> project) {
    if (!m_audit || !m_errors.empty()) {
        return;
    }
    AuditChange change;
    change.action = AuditAction::update;
    change.table = table;
    change.key = std::move(key);
    std::tie(change.old_values, change.new_values) = changed_fields(stored, incoming);
    if (change.old_values.empty() && change.new_values.empty()) {
        return;
    }
    change.person = person;
    change.project = project;
    m_audit->add(change);
}

AuditValue audit_value(const Nullable<std::string>& value) {
    return value.ind == soci::i_ok ? AuditValue(value.value) : AuditValue(std::monostate{});
}

AuditValue audit_value(const Nullable<long long>& value) {
    return value.ind == soci::i_ok ? AuditValue(std::int64_t{value.value})
                                   : AuditValue(std::monostate{});
}

AuditValue audit_value(const Nullable<int>& value) {
    return value.ind == soci::i_ok ? AuditValue(std::int64_t{value.value})
                                   : AuditValue(std::monostate{});
}

AuditValue audit_name(soci::session& sql, const char* query, const Nullable<long long>& id) {
    if (id.ind != soci::i_ok) {
        return std::monostate{};
    }
    Nullable<std::string> name;
    sql << query, soci::use(id.value, "id"), soci::into(name.value, name.ind);
    return audit_value(name);
}

void ImporterBase::refuse_locked_value(std::size_t line, const std::string& column,
                                       const std::string& what, const PeriodLock& lock) {
    m_errors.add(line, column, locked_value_message(what, lock));
}

}  // namespace polku::db::import
