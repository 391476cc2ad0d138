#pragma once
// Shared pieces of the list repositories (db/ internal: SOCI is allowed here): typed search
// words as bound LIKE patterns, case folded the same way on SQLite and PostgreSQL, and a
// statement whose parameters are bound one by one (a filter's parts, a page's keys).

#include <soci/soci.h>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polku::db {
class Database;
}

namespace polku::db::list {

// The typed text as search words: split at white space, folded (fold_search_text), at most
// eight. Empty when nothing but spaces was typed.
std::vector<std::string> search_words(std::string_view typed);

// ASCII letters and the capitals Ä Ö Å Ü É in lower case; every other byte as it is. SQLite's
// LOWER() folds ASCII only, and PostgreSQL's depends on the server's locale: folded_sql()
// folds exactly this way on both, so a typed "äij" finds "Äijälä" everywhere.
std::string fold_search_text(std::string_view text);

// SQL folding `expression` as fold_search_text folds text: on SQLite a function of the
// connection (fold_search_text itself, registered on first use: five nested REPLACE()s cost
// three times as much there), on PostgreSQL LOWER(REPLACE(…)). Throws soci_error.
std::string folded_sql(Database& db, const std::string& expression);

// A LIKE pattern finding `word` anywhere: %, _ and the escape character ! are escaped (use
// with ESCAPE '!').
std::string contains_pattern(std::string_view word);

// Parameters bound by name, held where SOCI's use() can keep referring to them.
class Parameters {
  public:
    // Adds a parameter and returns its placeholder (":p3").
    std::string text(std::string value);
    std::string number(long long value);
    // ":p4, :p5, …" for every key.
    std::string numbers(const std::vector<long long>& values);
    // Binds them all to `st` (before it is prepared).
    void bind(soci::statement& st);

  private:
    std::string next_name();
    std::deque<std::string> m_texts;  // a deque: adding never moves what is bound
    std::deque<long long> m_numbers;
    std::vector<std::string> m_text_names;
    std::vector<std::string> m_number_names;
    int m_count = 0;
};

// `query` on `sql` with `parameters` bound (they must outlive it); add intos, then execute.
class BoundStatement {
  public:
    BoundStatement(soci::session& sql, const std::string& query, Parameters& parameters);
    template <typename T>
    void into(T& value) {
        m_st.exchange(soci::into(value));
    }
    template <typename T>
    void into(T& value, soci::indicator& ind) {
        m_st.exchange(soci::into(value, ind));
    }
    // Prepares, executes and fetches the first row; false when there is none.
    bool execute();
    bool fetch() { return m_st.fetch(); }

  private:
    soci::statement m_st;
    std::string m_query;
};

// The first column (a key) of every row of `query`, read in batches.
std::vector<long long> read_keys(soci::session& sql, const std::string& query,
                                 Parameters& parameters);

// The rows read for a page, in the order of its keys (a row read by key comes back in any
// order); a key whose row is gone meanwhile is left out.
template <typename Row>
std::vector<Row> in_key_order(const std::vector<long long>& keys,
                              std::unordered_map<long long, Row>& found) {
    std::vector<Row> out;
    out.reserve(keys.size());
    for (const long long key : keys) {
        if (auto it = found.find(key); it != found.end()) {
            out.push_back(std::move(it->second));
        }
    }
    return out;
}

}  // namespace polku::db::list
