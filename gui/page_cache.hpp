#pragma once
// The rows of a long list, read a page at a time when first shown: the list's ordered keys
// (a filter's result) are held whole, their rows in a few pages, the least recently shown
// page dropped first. No wx here: the list models wrap it.

#include <algorithm>
#include <cstddef>
#include <functional>
#include <list>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace polku::gui {

// Row has a `long long key` member.
template <typename Row>
class PageCache {
  public:
    // Reads the rows of some keys, in their order, leaving out keys no longer stored.
    using Fetch = std::function<std::vector<Row>(const std::vector<long long>& keys)>;

    explicit PageCache(Fetch fetch, std::size_t page_rows = 200, std::size_t max_pages = 8)
        : m_fetch(std::move(fetch)), m_page_rows(page_rows), m_max_pages(max_pages) {}

    // Shows other keys: every cached page is dropped (and every failed one is tried again).
    void reset(std::vector<long long> keys) {
        m_keys = std::move(keys);
        m_pages.clear();
        m_failed.clear();
    }
    // Stops reading (the database is going away): rows not cached are empty from now on.
    void detach() { m_fetch = nullptr; }

    std::size_t size() const { return m_keys.size(); }
    const std::vector<long long>& keys() const { return m_keys; }
    std::size_t page_rows() const { return m_page_rows; }

    // The row at `index`, its page read when not cached. Null past the end, for a row
    // deleted since the keys were read, when detached, and for a page that failed to read
    // (not tried again until reset: a list asks for every cell it paints). Throws what Fetch
    // throws, the first time.
    const Row* row(std::size_t index) {
        if (index >= m_keys.size()) {
            return nullptr;
        }
        const std::size_t number = index / m_page_rows;
        auto it = m_pages.begin();
        while (it != m_pages.end() && it->number != number) {
            ++it;
        }
        if (it == m_pages.end()) {
            if (!m_fetch || m_failed.count(number)) {
                return nullptr;
            }
            try {
                it = read_page(number);
            } catch (...) {
                m_failed.insert(number);
                throw;
            }
        } else if (it != m_pages.begin()) {
            m_pages.splice(m_pages.begin(), m_pages, it);  // most recently shown first
        }
        const auto& slot = it->rows[index - number * m_page_rows];
        return slot ? &*slot : nullptr;
    }

    bool cached(std::size_t index) const {
        for (const auto& page : m_pages) {
            if (page.number == index / m_page_rows) {
                return true;
            }
        }
        return false;
    }
    std::size_t cached_pages() const { return m_pages.size(); }
    // Pages read since the cache was made (a test's measure of what scrolling costs).
    std::size_t pages_read() const { return m_pages_read; }

  private:
    struct Page {
        std::size_t number = 0;
        std::vector<std::optional<Row>> rows;  // parallel to the page's keys
    };

    typename std::list<Page>::iterator read_page(std::size_t number) {
        const std::size_t begin = number * m_page_rows;
        const std::size_t end = std::min(begin + m_page_rows, m_keys.size());
        const std::vector<long long> keys(m_keys.begin() + static_cast<std::ptrdiff_t>(begin),
                                          m_keys.begin() + static_cast<std::ptrdiff_t>(end));
        auto rows = m_fetch(keys);
        ++m_pages_read;
        Page page;
        page.number = number;
        page.rows.resize(keys.size());
        // Rows come in key order with deleted ones left out: walk both together.
        std::size_t at = 0;
        for (auto& row : rows) {
            while (at < keys.size() && keys[at] != row.key) {
                ++at;
            }
            if (at == keys.size()) {
                break;
            }
            page.rows[at++] = std::move(row);
        }
        if (m_pages.size() >= m_max_pages) {
            m_pages.pop_back();
        }
        m_pages.push_front(std::move(page));
        return m_pages.begin();
    }

    Fetch m_fetch;
    std::size_t m_page_rows;
    std::size_t m_max_pages;
    std::vector<long long> m_keys;
    std::list<Page> m_pages;  // most recently shown first
    std::set<std::size_t> m_failed;
    std::size_t m_pages_read = 0;
};

}  // namespace polku::gui
