#include "db/record_importer.hpp"

#include "db/database.hpp"
#include "db/import/importers.hpp"

namespace polku::db {

std::unique_ptr<RecordImporter> make_record_importer(ImportKind kind, Database& db,
                                                     const HeaderBinding& binding,
                                                     ErrorList& errors, const RowContext& context) {
    using namespace import;
    static constexpr Factory kFactories[] = {
        make_project_importer,    make_target_importer,
        make_person_importer,     make_event_importer,
        make_session_importer,    make_attendance_importer,
        make_activity_importer,   make_competency_importer,
        make_competence_importer, make_course_competence_importer,
        make_event_competence_importer, make_activity_competence_importer,
        make_path_importer,       make_path_step_importer,
        make_assignment_importer, make_sign_off_importer};
    return kFactories[static_cast<std::size_t>(kind)](db.session(), errors, binding, context);
}

}  // namespace polku::db
