#include "db/list_query.hpp"

#include <soci/sqlite3/soci-sqlite3.h>  // sqlite3.h, in namespace sqlite_api

#include "db/database.hpp"

namespace polku::db::list {

namespace {

constexpr std::size_t kMaxWords = 8;

// The capitals folded besides ASCII, as UTF-8 (each C3 xx), with their small letters.
struct Folded {
    const char* capital;
    const char* small;
};
constexpr Folded kFolded[] = {
    {"\u00c4", "\u00e4"}, {"\u00d6", "\u00f6"}, {"\u00c5", "\u00e5"},
    {"\u00dc", "\u00fc"}, {"\u00c9", "\u00e9"},
};

constexpr const char* kFoldFunction = "polku_fold";

using namespace sqlite_api;

void sqlite_fold(sqlite3_context* context, int, sqlite3_value** args) {
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(args[0]));
    const auto folded = fold_search_text(std::string_view(text, size));
    sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// Registers polku_fold on the connection unless it is there already (SQLite refuses to
// redefine a function while a statement runs).
void ensure_fold_function(soci::session& sql) {
    try {
        int probe = 0;
        sql << std::string("SELECT LENGTH(") + kFoldFunction + "('A'))", soci::into(probe);
        return;
    } catch (const soci::soci_error&) {
        // not registered on this connection yet
    }
    auto* backend = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
    const int rc = sqlite3_create_function_v2(backend->conn_, kFoldFunction, 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                              sqlite_fold, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        throw soci::soci_error(std::string("cannot register the search function: ") +
                               sqlite3_errstr(rc));
    }
}

}  // namespace

std::string fold_search_text(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == '\xC3' && i + 1 < out.size()) {
            for (const auto& f : kFolded) {
                if (out[i + 1] == f.capital[1]) {
                    out[i + 1] = f.small[1];
                    break;
                }
            }
            ++i;
        }
    }
    return out;
}

std::string folded_sql(Database& db, const std::string& expression) {
    if (db.backend() == Backend::sqlite) {
        ensure_fold_function(db.session());
        return std::string(kFoldFunction) + "(" + expression + ")";
    }
    std::string sql = expression;
    for (const auto& f : kFolded) {
        sql = "REPLACE(" + sql + ", '" + f.capital + "', '" + f.small + "')";
    }
    return "LOWER(" + sql + ")";
}

std::vector<std::string> search_words(std::string_view typed) {
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (!word.empty() && words.size() < kMaxWords) {
            words.push_back(fold_search_text(word));
        }
        word.clear();
    };
    for (const char c : typed) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            flush();
        } else {
            word.push_back(c);
        }
    }
    flush();
    return words;
}

std::string contains_pattern(std::string_view word) {
    std::string pattern = "%";
    for (const char c : word) {
        if (c == '%' || c == '_' || c == '!') {
            pattern.push_back('!');
        }
        pattern.push_back(c);
    }
    pattern.push_back('%');
    return pattern;
}

std::string Parameters::next_name() {
    return "p" + std::to_string(m_count++);
}

std::string Parameters::text(std::string value) {
    m_texts.push_back(std::move(value));
    m_text_names.push_back(next_name());
    return ":" + m_text_names.back();
}

std::string Parameters::number(long long value) {
    m_numbers.push_back(value);
    m_number_names.push_back(next_name());
    return ":" + m_number_names.back();
}

std::string Parameters::numbers(const std::vector<long long>& values) {
    std::string list;
    for (const long long v : values) {
        list += (list.empty() ? "" : ", ") + number(v);
    }
    return list;
}

void Parameters::bind(soci::statement& st) {
    for (std::size_t i = 0; i < m_texts.size(); ++i) {
        st.exchange(soci::use(m_texts[i], m_text_names[i]));
    }
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        st.exchange(soci::use(m_numbers[i], m_number_names[i]));
    }
}

BoundStatement::BoundStatement(soci::session& sql, const std::string& query, Parameters& parameters)
    : m_st(sql), m_query(query) {
    parameters.bind(m_st);
}

bool BoundStatement::execute() {
    m_st.alloc();
    m_st.prepare(m_query);
    m_st.define_and_bind();
    return m_st.execute(true);
}

std::vector<long long> read_keys(soci::session& sql, const std::string& query,
                                 Parameters& parameters) {
    constexpr std::size_t kBatch = 1000;
    std::vector<long long> keys;
    std::vector<long long> batch(kBatch);
    BoundStatement st(sql, query, parameters);
    st.into(batch);
    if (st.execute()) {
        do {
            keys.insert(keys.end(), batch.begin(), batch.end());
            batch.resize(kBatch);
        } while (st.fetch());
    }
    return keys;
}

}  // namespace polku::db::list
