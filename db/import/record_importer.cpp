#include "db/record_importer.hpp"

#include "core/message.hpp"
#include "db/database.hpp"
#include "db/import/importers.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

// A failure of the database itself while importing (a lost server, a role that may not
// write) is a DatabaseError with the line it happened on, like every other database failure:
// exit code 3 and advice, not an internal error.
class DatabaseFailures final : public RecordImporter {
  public:
    explicit DatabaseFailures(std::unique_ptr<RecordImporter> inner) : m_inner(std::move(inner)) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        try {
            m_inner->add(fields, line);
        } catch (...) {
            rethrow_as_database_error(message(N_("importing line {}"), std::to_string(line)));
        }
    }
    ImportCounts finish() override {
        try {
            return m_inner->finish();
        } catch (...) {
            rethrow_as_database_error(translate(N_("importing")));
        }
    }
    void audit_updates_in(AuditBatch& audit) override { m_inner->audit_updates_in(audit); }

  private:
    std::unique_ptr<RecordImporter> m_inner;
};

}  // namespace

std::unique_ptr<RecordImporter> make_record_importer(ImportKind kind, Database& db,
                                                     const HeaderBinding& binding,
                                                     ErrorList& errors, const RowContext& context,
                                                     AuditBatch* audit) {
    using namespace import;
    static constexpr Factory kFactories[] = {make_project_importer,
                                             make_target_importer,
                                             make_person_importer,
                                             make_event_importer,
                                             make_session_importer,
                                             make_attendance_importer,
                                             make_activity_importer,
                                             make_competency_importer,
                                             make_competence_importer,
                                             make_course_competence_importer,
                                             make_event_competence_importer,
                                             make_activity_competence_importer,
                                             make_path_importer,
                                             make_path_step_importer,
                                             make_assignment_importer,
                                             make_sign_off_importer};
    try {
        auto importer = std::make_unique<DatabaseFailures>(
            kFactories[static_cast<std::size_t>(kind)](db.session(), errors, binding, context));
        if (audit) {
            importer->audit_updates_in(*audit);
        }
        return importer;
    } catch (...) {
        rethrow_as_database_error(translate(N_("starting the import")));
    }
}

}  // namespace polku::db
