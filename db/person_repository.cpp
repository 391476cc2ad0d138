#include "db/person_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/audit_record.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "core/period_lock.hpp"
#include "core/reporting_chain.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/period_lock_guard.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"
#include "db/supervisor_links.hpp"

namespace polku::db {

namespace {

using import::Nullable;

// A person's row as stored, with the names of what it refers to.
struct StoredPerson {
    long long id = 0;
    PersonRecord record;
};

std::vector<GroupRef> groups_of(soci::session& sql, long long person) {
    std::vector<GroupRef> out;
    std::string project, group;
    soci::statement st = (sql.prepare << "SELECT p.code, g.name FROM target_group_members m "
                                         "JOIN target_groups g ON g.id = m.target_group_id "
                                         "JOIN projects p ON p.id = g.project_id "
                                         "WHERE m.person_id = :person ORDER BY p.code, g.name",
                          soci::use(person, "person"), soci::into(project), soci::into(group));
    st.execute();
    while (st.fetch()) {
        out.push_back({project, group});
    }
    return out;
}

std::optional<StoredPerson> find_person(soci::session& sql, const std::string& employee_id) {
    StoredPerson p;
    auto& r = p.record;
    Nullable<std::string> email, organisation, unit, supervisor, gender, education, labour;
    Nullable<int> birth_year;
    soci::indicator found = soci::i_null;
    sql << "SELECT p.id, p.first_name, p.last_name, p.email, o.name, u.name, s.employee_id, "
           "p.gender, p.birth_year, p.education, p.labour_status FROM people p "
           "LEFT JOIN organisations o ON o.id = p.organisation_id "
           "LEFT JOIN units u ON u.id = p.unit_id "
           "LEFT JOIN people s ON s.id = p.supervisor_id WHERE p.employee_id = :employee_id",
        soci::use(employee_id, "employee_id"), soci::into(p.id, found), soci::into(r.first_name),
        soci::into(r.last_name), soci::into(email.value, email.ind),
        soci::into(organisation.value, organisation.ind), soci::into(unit.value, unit.ind),
        soci::into(supervisor.value, supervisor.ind), soci::into(gender.value, gender.ind),
        soci::into(birth_year.value, birth_year.ind), soci::into(education.value, education.ind),
        soci::into(labour.value, labour.ind);
    if (found != soci::i_ok) {
        return std::nullopt;
    }
    r.employee_id = employee_id;
    r.email = email.get();
    r.organisation = organisation.get();
    r.unit = unit.get();
    r.supervisor_id = supervisor.get();
    r.gender = stored_optional_enum<Gender>(gender);
    r.birth_year = birth_year.get();
    r.education = stored_optional_enum<Education>(education);
    r.labour_status = stored_optional_enum<LabourStatus>(labour);
    r.target_groups = groups_of(sql, p.id);
    return p;
}

std::optional<long long> person_id(soci::session& sql, const std::string& employee_id) {
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM people WHERE employee_id = :employee_id",
        soci::use(employee_id, "employee_id"), soci::into(id, found);
    return found == soci::i_ok ? std::optional<long long>(id) : std::nullopt;
}

AuditValue optional_value(const std::optional<std::string>& text) {
    return text ? AuditValue(*text) : AuditValue(std::monostate{});
}

template <typename E>
AuditValue optional_name(const std::optional<E>& value) {
    return value ? AuditValue(std::string(name_of(*value))) : AuditValue(std::monostate{});
}

std::string groups_text(const std::vector<GroupRef>& groups) {
    auto sorted = groups;
    std::sort(sorted.begin(), sorted.end(), [](const GroupRef& a, const GroupRef& b) {
        return std::tie(a.project, a.group) < std::tie(b.project, b.group);
    });
    std::string text;
    for (const auto& g : sorted) {
        text += (text.empty() ? "" : "|") + g.project + ":" + g.group;
    }
    return text;
}

// The columns of people.csv, so the trail reads like the file.
AuditFields person_fields(const PersonRecord& p) {
    const auto groups = groups_text(p.target_groups);
    return {{"first_name", p.first_name},
            {"last_name", p.last_name},
            {"email", optional_value(p.email)},
            {"organisation", optional_value(p.organisation)},
            {"unit", optional_value(p.unit)},
            {"supervisor_id", optional_value(p.supervisor_id)},
            {"gender", optional_name(p.gender)},
            {"birth_year",
             p.birth_year ? AuditValue(std::int64_t{*p.birth_year}) : AuditValue(std::monostate{})},
            {"education", optional_name(p.education)},
            {"labour_status", optional_name(p.labour_status)},
            {"target_groups", groups.empty() ? AuditValue(std::monostate{}) : AuditValue(groups)}};
}

// Refuses a supervisor whose chain leads back to the person: "everyone below" must end.
void check_chain(soci::session& sql, long long person, std::optional<long long> supervisor) {
    auto links = load_supervisor_links(sql);
    std::erase_if(links, [person](const SupervisorLink& l) { return l.person == person; });
    if (supervisor) {
        links.push_back({person, *supervisor});
    }
    std::unordered_map<PersonKey, std::string> ids;
    long long id = 0;
    std::string employee_id;
    soci::statement st =
        (sql.prepare << "SELECT id, employee_id FROM people WHERE supervisor_id IS NOT NULL "
                        "OR id IN (SELECT supervisor_id FROM people) OR id = :person",
         soci::use(person, "person"), soci::into(id), soci::into(employee_id));
    st.execute();
    while (st.fetch()) {
        ids[id] = employee_id;
    }
    try {
        ReportingChain chain(links, [&ids](PersonKey key) {
            const auto it = ids.find(key);
            return it != ids.end() ? it->second : message(N_("person {}"), key);
        });
    } catch (const InputError& e) {
        throw InputError(e.what(), Place{"", 0, "supervisor_id"});
    }
}

// The ESF data and target groups of someone counted in a locked period are used by figures
// already sent to the funder: they stay as they are (the import's rule, core's
// counted_in_locked_period).
void check_locks(soci::session& sql, long long person, const PersonRecord& before,
                 const PersonRecord& after) {
    PeriodLockGuard locks(sql);
    if (locks.empty()) {
        return;
    }
    const auto columns = changed_esf_columns(
        {before.gender, before.birth_year, before.education, before.labour_status},
        {after.gender, after.birth_year, after.education, after.labour_status});
    if (!columns.empty()) {
        if (const PeriodLock* lock = locks.lock_counting_person(person)) {
            throw PeriodLockedError(
                locked_value_message(
                    message(N_("the {} of a person counted in the locked period"), columns.front()),
                    *lock),
                Place{"", 0, columns.front()});
        }
    }
    for (const auto& code :
         projects_with_changed_groups(before.target_groups, after.target_groups)) {
        long long project = 0;
        soci::indicator found = soci::i_null;
        sql << "SELECT id FROM projects WHERE code = :code", soci::use(code, "code"),
            soci::into(project, found);
        if (found != soci::i_ok) {
            continue;  // an unknown project is refused before
        }
        if (const PeriodLock* lock = locks.lock_counting_person_in(person, project)) {
            throw PeriodLockedError(
                locked_value_message(
                    message(N_("the target groups in {} of a person counted in the locked period"),
                            code),
                    *lock),
                Place{"", 0, "target_groups"});
        }
    }
}

}  // namespace

std::optional<PersonRecord> PersonRepository::load(const std::string& employee_id) {
    try {
        auto stored = find_person(m_db.session(), employee_id);
        return stored ? std::optional<PersonRecord>(std::move(stored->record)) : std::nullopt;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading person {}"), employee_id));
    }
}

std::vector<GroupRef> PersonRepository::target_groups() {
    try {
        std::vector<GroupRef> out;
        std::string project, group;
        soci::statement st =
            (m_db.session().prepare << "SELECT p.code, g.name FROM target_groups g "
                                       "JOIN projects p ON p.id = g.project_id "
                                       "ORDER BY p.code, g.name",
             soci::into(project), soci::into(group));
        st.execute();
        while (st.fetch()) {
            out.push_back({project, group});
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the target groups")));
    }
}

void PersonRepository::save(const std::string& stored_id, const PersonRecord& person) {
    try {
        auto& sql = m_db.session();
        AuditLog audit(m_db);
        import::NameRegistry names(sql);
        std::optional<StoredPerson> stored;
        if (!stored_id.empty()) {
            stored = find_person(sql, stored_id);
            if (!stored) {
                throw InputError(message(N_("person {} is no longer in the database; someone "
                                            "deleted or erased them"),
                                         stored_id));
            }
        }
        if (person.employee_id != stored_id && person_id(sql, person.employee_id)) {
            throw InputError(
                message(N_("the employee id {} is already someone else's"), person.employee_id),
                Place{"", 0, "employee_id"});
        }
        std::optional<long long> supervisor;
        if (person.supervisor_id) {
            supervisor = person_id(sql, *person.supervisor_id);
            if (!supervisor) {
                throw InputError(
                    message(N_("no person has the employee id {}"), *person.supervisor_id),
                    Place{"", 0, "supervisor_id"});
            }
        }
        std::unordered_map<std::string, long long> projects;
        for (const auto& g : person.target_groups) {
            long long project = 0;
            soci::indicator found = soci::i_null;
            sql << "SELECT id FROM projects WHERE code = :code", soci::use(g.project, "code"),
                soci::into(project, found);
            if (found != soci::i_ok) {
                throw InputError(message(N_("no project has the code {}"), g.project),
                                 Place{"", 0, "target_groups"});
            }
            projects[g.project] = project;
        }
        if (stored) {
            check_chain(sql, stored->id, supervisor);
            check_locks(sql, stored->id, stored->record, person);
        }

        Nullable<std::string> email(person.email),
            gender = import::nullable_name(person.gender),
            education = import::nullable_name(person.education),
            labour = import::nullable_name(person.labour_status);
        Nullable<int> birth_year(person.birth_year);
        Nullable<long long> organisation, unit, supervisor_key(supervisor);
        if (person.organisation) {
            organisation = Nullable<long long>(names.organisation(*person.organisation));
            if (person.unit) {
                unit = Nullable<long long>(names.unit(organisation.value, *person.unit));
            }
        }
        long long id = stored ? stored->id : 0;
        if (!stored) {
            sql << "INSERT INTO people (employee_id, first_name, last_name) VALUES (:e, :f, :l) "
                   "RETURNING id",
                soci::use(person.employee_id, "e"), soci::use(person.first_name, "f"),
                soci::use(person.last_name, "l"), soci::into(id);
        }
        sql << "UPDATE people SET employee_id = :e, first_name = :f, last_name = :l, "
               "email = :email, organisation_id = :org, unit_id = :unit, supervisor_id = :sup, "
               "gender = :g, birth_year = :by, education = :edu, labour_status = :ls "
               "WHERE id = :id",
            soci::use(person.employee_id, "e"), soci::use(person.first_name, "f"),
            soci::use(person.last_name, "l"), soci::use(email.value, email.ind, "email"),
            soci::use(organisation.value, organisation.ind, "org"),
            soci::use(unit.value, unit.ind, "unit"),
            soci::use(supervisor_key.value, supervisor_key.ind, "sup"),
            soci::use(gender.value, gender.ind, "g"),
            soci::use(birth_year.value, birth_year.ind, "by"),
            soci::use(education.value, education.ind, "edu"),
            soci::use(labour.value, labour.ind, "ls"), soci::use(id, "id");
        if (!stored ||
            groups_text(stored->record.target_groups) != groups_text(person.target_groups)) {
            sql << "DELETE FROM target_group_members WHERE person_id = :p", soci::use(id, "p");
            std::set<long long> wanted;
            for (const auto& g : person.target_groups) {
                wanted.insert(names.target_group(projects.at(g.project), g.group));
            }
            for (long long g : wanted) {
                sql << "INSERT INTO target_group_members (target_group_id, person_id) "
                       "VALUES (:g, :p)",
                    soci::use(g, "g"), soci::use(id, "p");
            }
        }

        AuditChange change;
        change.table = "people";
        change.key = {{"employee_id", person.employee_id}};
        change.person = id;
        if (!stored) {
            change.action = AuditAction::insert;
            change.new_values = person_fields(person);
            audit.record(change);
        } else {
            auto before = person_fields(stored->record);
            auto after = person_fields(person);
            if (stored_id != person.employee_id) {
                before.insert(before.begin(), {"employee_id", stored_id});
                after.insert(after.begin(), {"employee_id", person.employee_id});
            }
            std::tie(change.old_values, change.new_values) = changed_fields(before, after);
            if (!change.new_values.empty()) {
                change.action = AuditAction::update;
                audit.record(change);
            }
        }
    } catch (...) {
        rethrow_as_database_error(message(N_("saving person {}"), person.employee_id));
    }
}

std::optional<PersonCard> PersonRepository::find(const std::string& employee_id) {
    try {
        PersonCard card;
        import::Nullable<std::string> organisation, unit;
        long long key = 0;
        m_db.session() << "SELECT p.id, p.employee_id, p.first_name, p.last_name, o.name, u.name "
                          "FROM people p "
                          "LEFT JOIN organisations o ON o.id = p.organisation_id "
                          "LEFT JOIN units u ON u.id = p.unit_id "
                          "WHERE p.employee_id = :employee_id",
            soci::into(key), soci::into(card.employee_id), soci::into(card.first_name),
            soci::into(card.last_name), soci::into(organisation.value, organisation.ind),
            soci::into(unit.value, unit.ind), soci::use(employee_id, "employee_id");
        if (!m_db.session().got_data()) {
            return std::nullopt;
        }
        card.key = key;
        card.organisation = organisation.get();
        card.unit = unit.get();
        return card;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading a person")));
    }
}

}  // namespace polku::db
