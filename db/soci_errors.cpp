#include "db/soci_errors.hpp"

#include <soci/soci.h>

#include "core/error.hpp"
#include "core/message.hpp"

namespace polku::db {

namespace {

std::string advice_for(const std::string& what) {
    if (what.find("readonly") != std::string::npos || what.find("read-only") != std::string::npos ||
        what.find("read only") != std::string::npos) {
        return translate(
            N_("the database is read-only; check the file's permissions or open a "
               "copy"));
    }
    if (what.find("row-level security") != std::string::npos) {
        return translate(
            N_("a supervisor's login signs off only as its own person (server "
               "grant USER --role supervisor --person EMPLOYEE_ID), for people "
               "below them in the reporting chain"));
    }
    if (what.find("permission denied") != std::string::npos) {
        return translate(
            N_("your role on the server may not do this; ask whoever runs it "
               "(polku-cli server grant USER --role hr|supervisor|auditor)"));
    }
    if (what.find("locked") != std::string::npos || what.find("busy") != std::string::npos) {
        return translate(
            N_("another program is using the database; try again when it has "
               "finished"));
    }
    if (what.find("unable to open") != std::string::npos ||
        what.find("Cannot establish") != std::string::npos ||
        what.find("could not connect") != std::string::npos ||
        what.find("connection") != std::string::npos) {
        return translate(N_("check the path or the server address, and that you may use it"));
    }
    return {};
}

}  // namespace

void rethrow_as_database_error(const std::string& doing) {
    try {
        throw;
    } catch (const PolkuError&) {
        throw;
    } catch (const soci::soci_error& e) {
        std::string what = e.get_error_message();
        if (what.empty()) {
            what = e.what();
        }
        while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) {
            what.pop_back();
        }
        const std::string advice = advice_for(what);
        throw DatabaseError(
            advice.empty() ? message(N_("database error while {}: {}"), doing, what)
                           : message(N_("database error while {}: {} — {}"), doing, what, advice));
    }
}

}  // namespace polku::db
