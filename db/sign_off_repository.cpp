#include "db/sign_off_repository.hpp"

#include <soci/soci.h>

#include <tuple>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"

namespace polku::db {

void SignOffRepository::record(const SignOff& sign_off) {
    soci::session& sql = m_db.session();
    soci::transaction transaction(sql);
    long long step = sign_off.step, person = sign_off.person, by = sign_off.by;
    int assigned = 0;
    sql << "SELECT COUNT(*) FROM path_assignments a JOIN path_steps s ON s.path_id = a.path_id "
           "WHERE s.id = :s AND a.person_id = :p",
        soci::use(step), soci::use(person), soci::into(assigned);
    if (assigned == 0) {
        throw InputError(
            translate(N_("the person is not assigned to this step's path; assign them first")));
    }
    const std::string date = format_iso_date(sign_off.date);
    import::Nullable<std::string> note(sign_off.note.empty() ? std::nullopt
                                                             : std::optional(sign_off.note));
    long long id = 0;
    soci::indicator found = soci::i_null;
    std::string stored_date;
    long long stored_by = 0;
    import::Nullable<std::string> stored_note;
    sql << "SELECT id, signed_on, signed_by, note FROM sign_offs WHERE step_id = :s AND "
           "person_id = :p",
        soci::use(step), soci::use(person), soci::into(id, found), soci::into(stored_date),
        soci::into(stored_by), soci::into(stored_note.value, stored_note.ind);
    const auto employee_id = [&](long long person_id) {
        std::string text;
        sql << "SELECT employee_id FROM people WHERE id = :p", soci::use(person_id),
            soci::into(text);
        return text;
    };
    const auto values = [&](const std::string& on, long long signer,
                            const std::optional<std::string>& text) -> AuditFields {
        return {{"signed_on", on},
                {"signed_by", employee_id(signer)},
                {"note", text ? AuditValue(*text) : AuditValue(std::monostate{})}};
    };
    AuditChange change;
    change.table = "sign_offs";
    std::string path_code;
    int step_number = 0;
    long long project = 0;
    sql << "SELECT p.path_id, s.step_number, p.project_id FROM path_steps s JOIN paths p ON "
           "p.id = s.path_id WHERE s.id = :s",
        soci::use(step), soci::into(path_code), soci::into(step_number), soci::into(project);
    change.key = {{"path", path_code},
                  {"step", std::int64_t{step_number}},
                  {"employee_id", employee_id(person)}};
    change.person = person;
    change.project = project;
    const auto after = values(date, by, note.get());
    if (found == soci::i_ok) {
        const auto before = values(stored_date, stored_by, stored_note.get());
        if (before == after) {
            transaction.commit();
            return;  // the same sign-off again: nothing changes, nothing to audit
        }
        sql << "UPDATE sign_offs SET signed_on = :d, signed_by = :b, note = :n WHERE id = :id",
            soci::use(date), soci::use(by), soci::use(note.value, note.ind), soci::use(id);
        change.action = AuditAction::update;
        std::tie(change.old_values, change.new_values) = changed_fields(before, after);
    } else {
        sql << "INSERT INTO sign_offs (step_id, person_id, signed_on, signed_by, note) VALUES "
               "(:s, :p, :d, :b, :n)",
            soci::use(step), soci::use(person), soci::use(date), soci::use(by),
            soci::use(note.value, note.ind);
        change.action = AuditAction::insert;
        change.new_values = after;
    }
    AuditLog(m_db).record(change);
    transaction.commit();
}

}  // namespace polku::db
