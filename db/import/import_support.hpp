#pragma once
// Shared pieces of the importers (db/ internal: SOCI is allowed here).

#include <soci/soci.h>

#include <optional>
#include <string>
#include <unordered_map>

#include "core/audit_record.hpp"
#include "core/date.hpp"
#include "core/kinds.hpp"
#include "db/period_lock_guard.hpp"
#include "db/record_importer.hpp"

namespace polku::db::import {

// A value read from or written to a nullable column.
template <typename T>
struct Nullable {
    T value{};
    soci::indicator ind = soci::i_null;

    Nullable() = default;
    Nullable(const std::optional<T>& v)
        : value(v.value_or(T{})), ind(v ? soci::i_ok : soci::i_null) {}
    std::optional<T> get() const {
        return ind == soci::i_ok ? std::optional<T>(value) : std::nullopt;
    }
    bool operator==(const Nullable& other) const {
        return ind == other.ind && (ind != soci::i_ok || value == other.value);
    }
};

inline Nullable<std::string> nullable_date(const std::optional<Date>& date) {
    return Nullable<std::string>(date ? std::optional<std::string>(format_iso_date(*date))
                                      : std::nullopt);
}

template <typename E>
Nullable<std::string> nullable_name(const std::optional<E>& value) {
    return Nullable<std::string>(value ? std::optional<std::string>(std::string(name_of(*value)))
                                       : std::nullopt);
}

// code → id of every row of a table whose key is one text column.
std::unordered_map<std::string, long long> load_ids(soci::session& sql, const char* query);

std::unordered_map<std::string, long long> load_project_ids(soci::session& sql);
std::unordered_map<std::string, long long> load_person_ids(soci::session& sql);

// Finds or creates the named things a row may mention first: organisations, units, target
// groups, work packages and courses. Cached for the import's length.
class NameRegistry {
  public:
    explicit NameRegistry(soci::session& sql) : m_sql(sql) {}

    long long organisation(const std::string& name);
    long long unit(long long organisation_id, const std::string& name);
    long long target_group(long long project_id, const std::string& name);
    long long work_package(long long project_id, const std::string& name);
    long long course(const std::string& title);

    // The two statements behind one kind of name; the parent is bound as :parent when the
    // table has one (units belong to an organisation, groups and packages to a project).
    struct Statements {
        const char* select;
        const char* insert;
        bool has_parent;
    };

  private:
    long long find_or_create(const Statements& statements, long long parent_id,
                             const std::string& name);
    soci::session& m_sql;
    std::unordered_map<std::string, long long> m_cache;
};

// Remembers the first line of each key so a repeated key names both lines.
class DuplicateKeys {
  public:
    // Returns the earlier line when `key` was seen before, else 0.
    std::size_t seen(const std::string& key, std::size_t line) {
        auto [it, inserted] = m_lines.emplace(key, line);
        return inserted ? 0 : it->second;
    }

  private:
    std::unordered_map<std::string, std::size_t> m_lines;
};

// The message for a key repeated in one file.
// `what` in the user's language (core/message.hpp).
std::string duplicate_message(const std::string& what, std::size_t first_line);

// The messages for a reference to something not in the database, saying which file adds it.
std::string no_project_message(const std::string& code);
std::string no_person_message(const std::string& employee_id);
std::string no_event_message(const std::string& event_id);

// What every importer holds: the session, where problems go, the file's columns, the
// parsing context, the keys seen so far and the counts.
class ImporterBase : public RecordImporter {
  public:
    ImportCounts finish() override { return m_counts; }
    void audit_updates_in(AuditBatch& audit) override { m_audit = &audit; }

  protected:
    ImporterBase(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                 const RowContext& context)
        : m_sql(sql), m_errors(errors), m_binding(binding), m_context(context), m_locks(sql) {}

    // The one check of a dated record against the period locks: true, with the error on
    // `line`, when the project is locked on `date`. Each importer calls it for a record it is
    // about to add or change; `what` names it, an N_() msgid with `{}` for the date
    // ("attendance dated {}").
    bool refused_by_lock(std::size_t line, const std::string& column, long long project_id,
                         Date date, const std::string& what);
    // The same for a value that may not change under the lock (a rule, a kind, ESF data);
    // `what` names it in the user's language (core/message.hpp).
    void refuse_locked_value(std::size_t line, const std::string& column, const std::string& what,
                             const PeriodLock& lock);

    // The one audit row of a record this import updates (never of a new one): `key` names it
    // as people do, and only the fields that differ between `stored` and `incoming` are kept.
    // Nothing once the import is refused: it will be rolled back.
    void audit_update(const char* table, AuditFields key, const AuditFields& stored,
                      const AuditFields& incoming, std::optional<long long> person,
                      std::optional<long long> project);

    soci::session& m_sql;
    ErrorList& m_errors;
    const HeaderBinding& m_binding;
    RowContext m_context;
    DuplicateKeys m_keys;
    ImportCounts m_counts;
    PeriodLockGuard m_locks;
    AuditBatch* m_audit = nullptr;
};

// A nullable column's value as the audit trail keeps it.
AuditValue audit_value(const Nullable<std::string>& value);
AuditValue audit_value(const Nullable<long long>& value);
AuditValue audit_value(const Nullable<int>& value);
// The text a row names by id, for the trail: `query` selects it by :id ("SELECT name FROM
// units WHERE id = :id"); none for a NULL id.
AuditValue audit_name(soci::session& sql, const char* query, const Nullable<long long>& id);

}  // namespace polku::db::import
