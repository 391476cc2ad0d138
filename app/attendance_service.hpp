#pragma once
// The attendance sheet use cases: the sessions to pick from, the sheet of one session (who
// is expected, as on the sign-in sheet, and their stored marks), and taking attendance.

#include <cstddef>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/signin_sheet.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct AttendanceSheetData {
    SessionSummary session;
    ParticipantSource source = ParticipantSource::none;
    // The expected participants (core's choose_expected), then anyone else already marked
    // (a walk-in saved earlier), all in signin order.
    std::vector<SigninParticipant> people;
    std::vector<PersonMark> marks;  // the stored marks, each with a mark
};

// The project's latest sessions first. Throws DatabaseError.
std::vector<SessionSummary> recent_sessions(db::Database& db, const std::string& project_code,
                                            std::size_t limit);

// Throws InputError (no such session), DatabaseError.
AttendanceSheetData attendance_sheet(db::Database& db, const SessionKey& session);

// Everyone a walk-in may be, in signin order. Throws DatabaseError.
std::vector<SigninParticipant> all_people(db::Database& db);

// Checks every wanted mark against the session's length and every new person, then adds the
// new people and writes the marks that change (MarkEdit) in one transaction: all of it or
// nothing. A mark is written only while the stored one is still the one read. Throws
// InputErrors (every problem, the column naming the employee id), ConflictError (another
// writer changed some of the same marks first: nothing is saved), InputError (no such
// session, an unknown or taken employee id), DatabaseError.
void save_sheet(db::Database& db, const SessionKey& session, const std::vector<MarkEdit>& edits,
                const std::vector<NewPerson>& new_people = {});

// The same with the marks as they should be now, whatever is stored (for a caller that read
// nothing first, e.g. a script): a mark replaces the stored one; no mark removes it.
void take_attendance(db::Database& db, const SessionKey& session,
                     const std::vector<PersonMark>& marks,
                     const std::vector<NewPerson>& new_people = {});

}  // namespace polku::app
