#pragma once
// Messages for users, written in English in the code and shown in the user's language.
// A msgid is a whole sentence with `{}` where a value goes, marked with N_() so that xgettext
// (po/update.sh) finds it: `message(N_("'{}' is not an email address"), email)`. A front may
// install a translator once at start-up (the desktop looks the msgid up in the one catalogue,
// po/fi.po); without one every message is the English msgid, as the CLI and the tests see it.

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>

#ifndef N_  // wxWidgets and reports/translation.hpp define the same marker
#define N_(text) text
#endif

namespace polku {

// Takes an English msgid (UTF-8) and returns it in the user's language (UTF-8), or the msgid
// itself when the catalogue lacks it. Called from any thread; must not throw.
using Translator = std::string (*)(std::string_view msgid);

// Installs the translator every message goes through from now on; nullptr restores the
// identity (English). Safe to call while other threads build messages.
void set_translator(Translator translator) noexcept;

// The msgid through the installed translator.
std::string translate(std::string_view msgid);

// `pattern` with each `{}` replaced by the next argument and each `{N}` (N a digit) by
// argument N, counted from 0, so that a translation may reorder them. A placeholder without
// an argument is kept as written; other braces are plain text.
std::string substitute(std::string_view pattern, std::initializer_list<std::string_view> arguments);

namespace detail {
inline std::string_view message_argument(std::string_view text) {
    return text;
}
template <typename T>
requires std::integral<T> &&(!std::same_as<T, bool>)&&(!std::same_as<T, char>)std::string
    message_argument(T number) {
    return std::to_string(number);
}
}  // namespace detail

// The translated msgid with the arguments (texts or whole numbers) put in its placeholders.
template <typename... Args>
std::string message(std::string_view msgid, const Args&... arguments) {
    return substitute(translate(msgid), {std::string_view(detail::message_argument(arguments))...});
}

}  // namespace polku
