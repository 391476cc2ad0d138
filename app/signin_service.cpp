#include "app/signin_service.hpp"

#include "db/signin_repository.hpp"

namespace polku::app {

SigninSheet signin_sheet(db::Database& db, const SigninRequest& request) {
    auto data = db::SigninRepository(db).load(request.event_id, request.date, request.start);
    auto expected = choose_expected(std::move(data.candidates));
    data.sheet.source = expected.source;
    data.sheet.participants = std::move(expected.participants);
    return std::move(data.sheet);
}

}  // namespace polku::app
