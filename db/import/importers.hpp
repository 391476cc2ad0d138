#pragma once
// One importer per kind of file (db/ internal).

#include "db/import/import_support.hpp"

namespace polku::db::import {

using Factory = std::unique_ptr<RecordImporter> (*)(soci::session&, ErrorList&,
                                                    const HeaderBinding&, const RowContext&);

std::unique_ptr<RecordImporter> make_project_importer(soci::session&, ErrorList&,
                                                      const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_target_importer(soci::session&, ErrorList&,
                                                     const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_person_importer(soci::session&, ErrorList&,
                                                     const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_event_importer(soci::session&, ErrorList&,
                                                    const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_session_importer(soci::session&, ErrorList&,
                                                      const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_attendance_importer(soci::session&, ErrorList&,
                                                         const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_activity_importer(soci::session&, ErrorList&,
                                                       const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_competency_importer(soci::session&, ErrorList&,
                                                         const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_competence_importer(soci::session&, ErrorList&,
                                                         const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_course_competence_importer(soci::session&, ErrorList&,
                                                                const HeaderBinding&,
                                                                const RowContext&);
std::unique_ptr<RecordImporter> make_event_competence_importer(soci::session&, ErrorList&,
                                                               const HeaderBinding&,
                                                               const RowContext&);
std::unique_ptr<RecordImporter> make_activity_competence_importer(soci::session&, ErrorList&,
                                                                  const HeaderBinding&,
                                                                  const RowContext&);
std::unique_ptr<RecordImporter> make_path_importer(soci::session&, ErrorList&, const HeaderBinding&,
                                                   const RowContext&);
std::unique_ptr<RecordImporter> make_path_step_importer(soci::session&, ErrorList&,
                                                        const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_assignment_importer(soci::session&, ErrorList&,
                                                         const HeaderBinding&, const RowContext&);
std::unique_ptr<RecordImporter> make_sign_off_importer(soci::session&, ErrorList&,
                                                       const HeaderBinding&, const RowContext&);

}  // namespace polku::db::import
