#include "db/sign_off_repository.hpp"

#include <soci/soci.h>

#include "core/error.hpp"
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
        throw InputError("the person is not assigned to this step's path; assign them first");
    }
    const std::string date = format_iso_date(sign_off.date);
    import::Nullable<std::string> note(sign_off.note.empty() ? std::nullopt
                                                             : std::optional(sign_off.note));
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM sign_offs WHERE step_id = :s AND person_id = :p", soci::use(step),
        soci::use(person), soci::into(id, found);
    if (found == soci::i_ok) {
        sql << "UPDATE sign_offs SET signed_on = :d, signed_by = :b, note = :n WHERE id = :id",
            soci::use(date), soci::use(by), soci::use(note.value, note.ind), soci::use(id);
    } else {
        sql << "INSERT INTO sign_offs (step_id, person_id, signed_on, signed_by, note) VALUES "
               "(:s, :p, :d, :b, :n)",
            soci::use(step), soci::use(person), soci::use(date), soci::use(by),
            soci::use(note.value, note.ind);
    }
    transaction.commit();
}

}  // namespace polku::db
