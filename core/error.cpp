#include "core/error.hpp"

#include <algorithm>

#include "core/cancellation.hpp"
#include "core/message.hpp"

namespace polku {

std::string FieldError::to_string() const {
    std::string out = place.file;
    if (place.line > 0) {
        out += ':' + std::to_string(place.line);
    }
    if (!out.empty()) {
        out += ": ";
    }
    if (!place.column.empty()) {
        out += place.column + ": ";
    }
    out += message;
    return out;
}

static std::string first_message(const std::vector<FieldError>& errors) {
    if (errors.empty()) {
        return translate(N_("invalid input"));
    }
    std::string text = errors.front().to_string();
    if (errors.size() > 1) {
        text = message(N_("{} (and {} more)"), text, errors.size() - 1);
    }
    return text;
}

InputErrors::InputErrors(std::vector<FieldError> errors)
    : InputError(first_message(errors), errors.empty() ? Place{} : errors.front().place),
      m_errors(std::move(errors)) {}

Cancelled::Cancelled() : PolkuError(translate(N_("cancelled: nothing was written"))) {}

void ErrorList::add(std::size_t line, std::string column, std::string message) {
    m_errors.push_back(FieldError{Place{m_file, line, std::move(column)}, std::move(message)});
}

std::vector<FieldError> ErrorList::sorted() const {
    std::vector<FieldError> out = m_errors;
    std::stable_sort(out.begin(), out.end(), [](const FieldError& a, const FieldError& b) {
        return a.place.line < b.place.line;
    });
    return out;
}

}  // namespace polku
