#include "db/person_erasure.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/audit_json.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

// Fields of an audit row about the person that hold who they are or what was written about
// them in free text.
constexpr std::array<std::string_view, 7> kIdentifyingFields = {
    "first_name", "last_name", "name", "email", "birth_year", "description", "note"};

struct Identity {
    std::string employee_id, first_name, last_name;
    std::optional<std::string> email;
};

bool identifying_field(const std::string& name) {
    return std::find(kIdentifyingFields.begin(), kIdentifyingFields.end(), name) !=
           kIdentifyingFields.end();
}

// The person's values out of one set of fields: identifying fields lose their value, the
// employee id becomes the pseudonym, and any other text equal to a name or the email goes
// (`about_person` only: another person may share a first name).
bool scrub(AuditFields& fields, const Identity& who, const std::string& pseudonym,
           bool about_person) {
    bool changed = false;
    for (auto& [name, value] : fields) {
        auto* text = std::get_if<std::string>(&value);
        if (about_person && identifying_field(name) &&
            !std::holds_alternative<std::monostate>(value)) {
            value = std::monostate{};
            changed = true;
        } else if (text && *text == who.employee_id) {
            *text = pseudonym;
            changed = true;
        } else if (text && about_person &&
                   (*text == who.first_name || *text == who.last_name ||
                    (who.email && *text == *who.email) ||
                    *text == who.first_name + " " + who.last_name ||
                    *text == who.last_name + " " + who.first_name)) {
            value = std::monostate{};
            changed = true;
        }
    }
    return changed;
}

std::string like_pattern(const std::string& text) {
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '!') {
            out += '!';
        }
        out += c;
    }
    return out + "%";
}

void scrub_audit_trail(soci::session& sql, const Identity& who, PersonKey person,
                       const std::string& pseudonym) {
    // Rows about the person, and any other row naming their employee id (a sign-off they
    // gave): the id as it appears in the JSON, quotes included, so "H1" never matches "H10".
    const std::string quoted_id = audit_json({{"x", who.employee_id}}).substr(5);
    const std::string pattern = like_pattern(quoted_id.substr(0, quoted_id.size() - 1));
    long long id = 0, about = 0;
    soci::indicator about_ind = soci::i_null;
    std::string key;
    import::Nullable<std::string> old_values, new_values;
    struct Scrubbed {
        long long id;
        std::string key;
        import::Nullable<std::string> old_values, new_values;
    };
    std::vector<Scrubbed> rows;
    long long person_id = person;
    soci::statement st =
        (sql.prepare << "SELECT id, record_key, old_values, new_values, person_id FROM audit_log "
                        "WHERE person_id = :person OR record_key LIKE :p ESCAPE '!' OR "
                        "old_values LIKE :p ESCAPE '!' OR new_values LIKE :p ESCAPE '!'",
         soci::use(person_id, "person"), soci::use(pattern, "p"), soci::into(id), soci::into(key),
         soci::into(old_values.value, old_values.ind), soci::into(new_values.value, new_values.ind),
         soci::into(about, about_ind));
    st.execute();
    while (st.fetch()) {
        const bool about_person = about_ind == soci::i_ok && about == person;
        Scrubbed row{id, key, old_values, new_values};
        bool changed = false;
        auto fields = parse_audit_json(key);
        if (scrub(fields, who, pseudonym, about_person)) {
            row.key = audit_json(fields);
            changed = true;
        }
        for (auto* values : {&row.old_values, &row.new_values}) {
            if (values->ind != soci::i_ok) {
                continue;
            }
            auto parsed = parse_audit_json(values->value);
            if (scrub(parsed, who, pseudonym, about_person)) {
                values->value = audit_json(parsed);
                changed = true;
            }
        }
        if (changed) {
            rows.push_back(std::move(row));
        }
    }
    for (auto& row : rows) {
        sql << "UPDATE audit_log SET record_key = :k, old_values = :o, new_values = :n "
               "WHERE id = :id",
            soci::use(row.key), soci::use(row.old_values.value, row.old_values.ind),
            soci::use(row.new_values.value, row.new_values.ind), soci::use(row.id);
    }
}

std::string free_pseudonym(soci::session& sql, PersonKey person) {
    for (int attempt = 0;; ++attempt) {
        std::string candidate = "ERASED-" + std::to_string(person);
        if (attempt > 0) {
            candidate += "-" + std::to_string(attempt);
        }
        int taken = 0;
        sql << "SELECT COUNT(*) FROM people WHERE employee_id = :e", soci::use(candidate),
            soci::into(taken);
        if (taken == 0) {
            return candidate;
        }
    }
}

}  // namespace

PersonToErase find_person_to_erase(Database& db, const std::string& employee_id) {
    try {
        auto& sql = db.session();
        PersonToErase person;
        import::Nullable<int> birth_year;
        soci::indicator found = soci::i_null;
        sql << "SELECT id, employee_id, birth_year FROM people WHERE employee_id = :e",
            soci::use(employee_id), soci::into(person.id, found), soci::into(person.employee_id),
            soci::into(birth_year.value, birth_year.ind);
        if (found != soci::i_ok) {
            throw InputError(message(N_("no person with employee id '{}'"), employee_id));
        }
        person.birth_year = birth_year.get();
        return person;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the person to erase")));
    }
}

std::string erase_person(Database& db, const PersonToErase& person,
                         const std::vector<ErasedAgeBand>& age_bands) {
    try {
        auto& sql = db.session();
        if (db.backend() == Backend::postgresql) {
            // Asked up front: a role without these rights would erase the person's row but
            // leave their values in the trail, or in dead row versions VACUUM FULL skips.
            int owned = 0;
            sql << "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN "
                   "('people', 'activities', 'sign_offs', 'audit_log') AND "
                   "pg_has_role(current_user, tableowner, 'MEMBER')",
                soci::into(owned);
            if (owned != 4) {
                throw DatabaseError(
                    translate(N_("permission denied: erasing a person rewrites the audit trail "
                                 "and compacts the tables, which only the database's owner may "
                                 "do; run person erase as the owner")));
            }
        }
        Transaction transaction(db);
        AuditLog audit(db);
        long long id = person.id;
        int erased = 0;
        sql << "SELECT COUNT(*) FROM erasures WHERE person_id = :p", soci::use(id),
            soci::into(erased);
        if (erased > 0) {
            throw InputError(message(N_("the person '{}' is already erased"), person.employee_id));
        }
        Identity who;
        import::Nullable<std::string> email;
        sql << "SELECT employee_id, first_name, last_name, email FROM people WHERE id = :p",
            soci::use(id), soci::into(who.employee_id), soci::into(who.first_name),
            soci::into(who.last_name), soci::into(email.value, email.ind);
        who.email = email.get();
        const std::string pseudonym = free_pseudonym(sql, person.id);

        for (const auto& b : age_bands) {
            import::Nullable<std::string> band(
                b.band ? std::optional<std::string>(std::string(name_of(*b.band))) : std::nullopt);
            sql << "INSERT INTO erased_age_bands (person_id, project_id, age_band) SELECT :p, id, "
                   ":b FROM projects WHERE code = :c",
                soci::use(id), soci::use(band.value, band.ind), soci::use(b.project_code);
        }
        const std::string at = utc_timestamp_now();
        sql << "INSERT INTO erasures (person_id, erased_at, erased_by) VALUES (:p, :at, :by)",
            soci::use(id), soci::use(at), soci::use(audit.actor());
        sql << "UPDATE people SET employee_id = :e, first_name = '', last_name = :e2, "
               "email = NULL, birth_year = NULL WHERE id = :p",
            soci::use(pseudonym), soci::use(pseudonym), soci::use(id);
        sql << "UPDATE activities SET description = NULL WHERE person_id = :p", soci::use(id);
        sql << "UPDATE sign_offs SET note = NULL WHERE person_id = :p", soci::use(id);
        scrub_audit_trail(sql, who, person.id, pseudonym);
        // The erasure itself stays on record: when, by whom, which (pseudonymous) person.
        audit.record(AuditChange{AuditAction::erase,
                                 "people",
                                 {{"employee_id", pseudonym}},
                                 {},
                                 {{"projects_kept", static_cast<std::int64_t>(age_bands.size())}},
                                 person.id,
                                 std::nullopt});
        transaction.commit();
        return pseudonym;
    } catch (...) {
        rethrow_as_database_error(translate(N_("erasing the person")));
    }
}

void compact_after_erasure(Database& db) {
    try {
        auto& sql = db.session();
        if (db.backend() == Backend::sqlite) {
            // The erased values may still sit in the write-ahead log and in free pages: move
            // the log into the file, rebuild the file, and empty the log.
            sql << "PRAGMA wal_checkpoint(TRUNCATE)";
            sql << "VACUUM";
            sql << "PRAGMA wal_checkpoint(TRUNCATE)";
        } else {
            // VACUUM FULL writes each table anew, leaving no dead row versions behind.
            sql << "VACUUM FULL people, activities, sign_offs, audit_log";
        }
    } catch (...) {
        rethrow_as_database_error(translate(N_("compacting the database after the erasure")));
    }
}

}  // namespace polku::db
